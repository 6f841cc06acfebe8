import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

/**
 * The embeddable widget: one classic script, dist/widget/zetchat.js (a stable name a host page can
 * point at), with its CSS inside for the shadow root. Built after the app (`npm run build`).
 *
 * React 19 + ReactDOM alone are ~60 KB gzipped, the widget's whole budget, so this build aliases
 * react/react-dom to preact/compat (~11 KB): the chat components are the app's own, unchanged.
 * The app keeps React. i18next gives way to src/widget/i18n-lite.ts the same way.
 */
const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  plugins: [react(), widgetTheme(), tailwindcss()],
  resolve: {
    alias: [
      // i18next is ~14 KB gzipped; the widget uses the app's strings through a small stand-in.
      { find: /^@\/lib\/i18n$/, replacement: `${src}/widget/i18n-lite.ts` },
      { find: /^react-i18next$/, replacement: `${src}/widget/i18n-lite.ts` },
      { find: '@', replacement: src },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: true,
    lib: {
      entry: fileURLToPath(new URL('./src/widget/main.tsx', import.meta.url)),
      name: 'ZetChatBundle',
      formats: ['iife'],
      fileName: () => 'zetchat.js',
    },
  },
});

/**
 * The widget's theme is the app's (src/index.css): its :root variables (light, dark) and @theme
 * block, set on the widget's container (.zc) inside the shadow root rather than on :host, where a
 * page rule such as `* { --zp-primary: red }` could still override them. Replaces the marker in
 * widget.css.
 */
function widgetTheme(): Plugin {
  const marker = '/* @zetchat-theme */';
  return {
    name: 'zetchat-widget-theme',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/widget/widget.css') || !code.includes(marker)) return null;
      const indexCss = readFileSync(`${src}/index.css`, 'utf8');
      const theme = topLevelBlocks(indexCss)
        .filter((block) => /^(:root|@theme|@media \(prefers-color-scheme)/.test(block))
        .map((block) =>
          block
            .replace(/:root/g, '.zc'),
        )
        .join('\n\n');
      return code.replace(marker, theme);
    },
  };
}

/** The top-level rules and at-rules of a stylesheet, comments dropped (enough for index.css). */
function topLevelBlocks(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        blocks.push(text.slice(start, i + 1).trim());
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      start = i + 1; // a top-level statement (@import): not a block
    }
  }
  return blocks;
}
