/** The widget's rem: the browser default, whatever the page sets on its <html>. */
export const WIDGET_REM_PX = 16;

/**
 * Lengths in rem (all of Tailwind's spacing and type scale) are relative to the page's <html>
 * font size, even inside a shadow root: a page with `html { font-size: 40px }` would blow the widget
 * up 2.5 times. They become px at the browser's default size. Escaped selectors (`text-\[0\.9rem\]`)
 * are left alone: a number there follows a backslash or a dot.
 */
export function remToPx(css: string): string {
  return css.replace(/(?<![\w.\\])(-?\d*\.?\d+)rem\b/g, (_, n: string) => `${+(Number(n) * WIDGET_REM_PX).toFixed(4)}px`);
}

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
  let out = remToPx(css).replace(/:root,\s*:host\s*\{/g, ':host,.zc{');
  if (inherited.length) out += `\n:host,.zc{${inherited.join(';')}}`;
  if (everyElement.length) out += `\n*,::before,::after,::backdrop{${everyElement.join(';')}}`;
  return out;
}
