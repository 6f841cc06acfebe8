import { defineConfig } from 'vite';
import { fileURLToPath, URL } from 'node:url';

/**
 * The widget's recorder: dist/widget/zetchat-cobrowse.js, a second classic script next to
 * zetchat.js. rrweb (~80 KB gzipped) is more than the widget's whole 60 KB budget and an IIFE
 * cannot split off a lazy chunk, so the widget adds this script to the host page only once the
 * customer consents to co-browsing (features/cobrowse/components/widget-cobrowse.tsx).
 */
export default defineConfig({
  resolve: {
    alias: [{ find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: 'dist/widget',
    // After the widget's own build, into the same folder: keep zetchat.js.
    emptyOutDir: false,
    sourcemap: false,
    lib: {
      entry: fileURLToPath(new URL('./src/widget/capture.ts', import.meta.url)),
      name: 'ZetChatCaptureBundle',
      formats: ['iife'],
      fileName: () => 'zetchat-cobrowse.js',
    },
  },
});
