/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath, URL } from 'node:url';

// The backend serves the build from the jar (classpath:/static); `npm run dev` proxies the API and
// the socket to a backend started with ./mvnw spring-boot:run (or BACKEND_URL).
const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    proxy: {
      '/api': backend,
      '/ws': { target: backend.replace(/^http/, 'ws'), ws: true },
      '/actuator': backend,
      '/v3': backend,
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    reportCompressedSize: true,
    // scripts/check-bundle.mjs reads it to sum what the customer entry loads before any lazy route.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
    // The CI machine has two cores shared with the backend's build: user-event flows are slow there.
    testTimeout: 20_000,
  },
});
