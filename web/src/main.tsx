import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Inter, self-hosted, Latin subset only, three weights (body, medium, headings): ~24 KB each in woff2.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import './index.css';
import { App } from '@/app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
