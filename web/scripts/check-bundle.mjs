#!/usr/bin/env node
// Bundle budget: what a customer's phone downloads before /support shows. Reads Vite's manifest,
// follows the entry's static imports plus the /support route's lazy chunk (loaded at once on that
// path) and their static imports, gzips each file and fails when the JS is over the budget.
// Prints every chunk, so a build log shows where the bytes went.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const KB = 1024;
const BUDGET_GZIP = 150 * KB;
/** The lazily imported module the router loads for /support (and everything under it). */
const SUPPORT_ROUTE = 'src/app/routes/support/index.tsx';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error(`check-bundle: ${manifestFile} is missing; run vite build with build.manifest (vite.config.ts).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('check-bundle: no entry in the manifest.');
  process.exit(1);
}

/** The chunk and every chunk it imports statically, as manifest keys. */
function closure(key, into = new Set()) {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, into);
  return into;
}

/** Route modules a customer must never download up front (app/router.tsx loads them lazily). */
const OTHER_AUDIENCES = ['src/app/routes/agent/', 'src/app/routes/admin/'];

const initial = closure(entryKey);
const supportKey = Object.keys(manifest).find((key) => manifest[key].src === SUPPORT_ROUTE);
if (supportKey) closure(supportKey, initial);
else console.warn(`check-bundle: ${SUPPORT_ROUTE} is not a chunk; counting the entry only.`);

const leaked = [...initial].filter((key) => OTHER_AUDIENCES.some((dir) => (manifest[key].src ?? key).startsWith(dir)));
if (leaked.length) {
  console.error(`check-bundle: /support loads console code up front: ${leaked.join(', ')}`);
  process.exit(1);
}

const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(dist, file));
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes.get(file);
}

const fmt = (n) => `${(n / KB).toFixed(1).padStart(7)} KB`;
const rows = Object.entries(manifest)
  .filter(([, chunk]) => chunk.file.endsWith('.js'))
  .map(([key, chunk]) => ({ key, file: chunk.file, initial: initial.has(key), ...size(chunk.file) }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

console.log('\nJS chunks (gzip -9)                        raw       gzip   loaded by /support at first');
for (const row of rows) {
  console.log(`  ${row.file.padEnd(40)}${fmt(row.raw)}${fmt(row.gzip)}   ${row.initial ? 'yes' : 'lazy'}`);
}
const css = new Set([...initial].flatMap((key) => manifest[key].css ?? []));
const cssGzip = [...css].reduce((sum, file) => sum + size(file).gzip, 0);
const jsGzip = rows.filter((r) => r.initial).reduce((sum, r) => sum + r.gzip, 0);

console.log(`\n/support initial JS: ${fmt(jsGzip).trim()} gzipped (budget ${BUDGET_GZIP / KB} KB); CSS ${fmt(cssGzip).trim()}`);
let failed = false;
if (jsGzip > BUDGET_GZIP) {
  console.error(`check-bundle: the customer entry is over budget by ${((jsGzip - BUDGET_GZIP) / KB).toFixed(1)} KB.`);
  failed = true;
}

// The embeddable widget (vite.widget.config.ts): one script a host page loads, CSS inside.
const WIDGET = 'widget/zetchat.js';
const WIDGET_BUDGET_GZIP = 60 * KB;
if (!existsSync(join(dist, WIDGET))) {
  console.error(`check-bundle: ${WIDGET} is missing; run vite build -c vite.widget.config.ts.`);
  failed = true;
} else {
  const widget = size(WIDGET);
  console.log(`widget ${WIDGET}: ${fmt(widget.raw).trim()} raw, ${fmt(widget.gzip).trim()} gzipped (budget ${WIDGET_BUDGET_GZIP / KB} KB)`);
  if (widget.gzip > WIDGET_BUDGET_GZIP) {
    console.error(`check-bundle: the widget is over budget by ${((widget.gzip - WIDGET_BUDGET_GZIP) / KB).toFixed(1)} KB.`);
    failed = true;
  }
}
// The widget's recorder (rrweb), loaded by the widget only once a customer consents to co-browsing:
// not part of the widget's budget, but it must be there for the widget to offer co-browsing.
const RECORDER = 'widget/zetchat-cobrowse.js';
if (!existsSync(join(dist, RECORDER))) {
  console.error(`check-bundle: ${RECORDER} is missing; run vite build -c vite.widget-capture.config.ts.`);
  failed = true;
} else {
  const recorder = size(RECORDER);
  console.log(`widget recorder ${RECORDER}: ${fmt(recorder.raw).trim()} raw, ${fmt(recorder.gzip).trim()} gzipped (loaded on consent only)`);
}
if (failed) process.exit(1);
