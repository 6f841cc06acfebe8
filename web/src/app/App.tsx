import { BrowserRouter, Navigate, Route, Routes } from 'react-router';

// One app, one route tree per audience. The web build is being laid down (issue 14): the
// audiences' screens land in their feature folders.
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<Navigate to="/support" replace />} />
        <Route path="/support/*" element={<main><h1>Zet Pay Support</h1></main>} />
      </Routes>
    </BrowserRouter>
  );
}
