import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

// bulletproof-react's import rules, as a test instead of a lint plugin: shared code (components,
// hooks, lib, config, locales) imports no feature and no app code; a feature imports no other
// feature. Features meet only in app/ (routes, providers).
const src = resolve(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every import of a file, resolved to a path relative to src/. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [specifier.slice(2)];
    if (specifier.startsWith('.')) return [relative(src, resolve(dirname(file), specifier))];
    return [];
  });
}

const area = (path: string) => path.split('/')[0]!;
const feature = (path: string) => (path.startsWith('features/') ? path.split('/')[1] : undefined);

describe('architecture', () => {
  const all = files(src).map((file) => ({ file: relative(src, file), imports: imports(file) }));

  it('shared code does not import features or the app', () => {
    const shared = new Set(['components', 'hooks', 'lib', 'config', 'locales', 'testing']);
    const offences = all
      .filter(({ file }) => shared.has(area(file)))
      .flatMap(({ file, imports }) =>
        imports.filter((target) => ['features', 'app'].includes(area(target))).map((target) => `${file} → ${target}`),
      );
    expect(offences).toEqual([]);
  });

  it('a feature does not import another feature', () => {
    const offences = all
      .filter(({ file }) => feature(file))
      .flatMap(({ file, imports }) =>
        imports
          .filter((target) => feature(target) && feature(target) !== feature(file))
          .map((target) => `${file} → ${target}`),
      );
    expect(offences).toEqual([]);
  });

  it('finds the imports it checks (a guard against a broken scan)', () => {
    expect(all.find((f) => f.file === 'app/router.tsx')?.imports).toContain('app/routes/not-found');
  });
});
