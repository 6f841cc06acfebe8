/**
 * Tailwind declares its internal variables (--tw-shadow, --tw-ring-…) with @property, which a
 * shadow root ignores: without their initial values a `shadow-2` or `ring` computes to nothing.
 * Give the initial values to the elements directly (inherited ones on :host), as Tailwind's own
 * fallback for browsers without @property does.
 */
export function shadowSafeCss(css: string): string {
  const everyElement: string[] = [];
  const inherited: string[] = [];
  for (const [, name, body] of css.matchAll(/@property\s+(--[\w-]+)\s*\{([^}]*)\}/g)) {
    const initial = /initial-value\s*:\s*([^;]+)/.exec(body ?? '')?.[1]?.trim() ?? 'initial';
    (/inherits\s*:\s*true/.test(body ?? '') ? inherited : everyElement).push(`${name}:${initial}`);
  }
  // Tailwind's theme tokens go on :root/:host; the container (.zc) gets them too, so a page rule on
  // the host element (which wins over :host) cannot change what the widget inherits.
  let out = css.replace(/:root,\s*:host\s*\{/g, ':host,.zc{');
  if (inherited.length) out += `\n:host,.zc{${inherited.join(';')}}`;
  if (everyElement.length) out += `\n*,::before,::after,::backdrop{${everyElement.join(';')}}`;
  return out;
}
