// Writes a Brotli (.br) and a gzip (.gz) copy beside each text file of the web build, at the
// highest levels, once at build time: the backend serves them to browsers that accept them
// (Spring's EncodedResourceResolver) with no compression work per request. Run by Maven after
// `npm run build` (pom.xml, execution web-precompress):
//
//     node scripts/precompress.mjs dist
//
// Files under 1 KiB, and copies that would save less than a tenth, are not written.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
const dir = process.argv[2] ?? 'dist';

function* files(at) {
  for (const entry of readdirSync(at, { withFileTypes: true })) {
    const path = join(at, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

let plain = 0;
let brotli = 0;
let gzip = 0;
for (const path of files(dir)) {
  const body = readFileSync(path);
  if (body.length < 1024) continue;
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  plain += body.length;
  if (br.length < body.length * 0.9) {
    writeFileSync(`${path}.br`, br);
    brotli += br.length;
  }
  if (gz.length < body.length * 0.9) {
    writeFileSync(`${path}.gz`, gz);
    gzip += gz.length;
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`[web] precompressed ${kb(plain)} of text: brotli ${kb(brotli)}, gzip ${kb(gzip)}`);
