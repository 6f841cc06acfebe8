import { shadowSafeCss } from './shadow-css';

export interface ShadowMount {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  remove(): void;
}

/**
 * A host element at the end of <body> with an open shadow root holding the widget and its styles.
 * Styles go into the shadow root only (a constructed stylesheet where supported, which a page's CSP
 * on inline <style> does not block; else a <style> element), so the page's CSS neither reaches the
 * widget nor is reached by it.
 */
export function mountInShadow(css: string, { doc = document, theme }: { doc?: Document; theme?: 'light' | 'dark' } = {}): ShadowMount {
  const host = doc.createElement('zetpay-chat');
  host.setAttribute('data-zetchat-host', '');
  // Only the host's own box: fixed, above the page, and nothing the page's CSS may change.
  // Inline and !important: a page's `* { all: unset !important }` or `div { transform: … }` cannot
  // move it or make it a containing block for the panel.
  host.setAttribute(
    'style',
    ['all: initial', 'position: fixed', 'z-index: 2147483000', 'inset: auto 0 0 auto', 'width: 0', 'height: 0', 'display: block']
      .map((d) => `${d} !important`)
      .join('; '),
  );
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = shadowSafeCss(css);
  const Sheet = doc.defaultView?.CSSStyleSheet;
  let adopted = false;
  if (Sheet && 'adoptedStyleSheets' in shadow && typeof Sheet.prototype.replaceSync === 'function') {
    try {
      const constructed = new Sheet();
      constructed.replaceSync(sheet);
      shadow.adoptedStyleSheets = [constructed];
      adopted = true;
    } catch {
      adopted = false;
    }
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = sheet;
    shadow.appendChild(style);
  }
  const container = doc.createElement('div');
  container.setAttribute('data-zetchat-container', '');
  container.className = 'zc';
  if (theme) container.setAttribute('data-theme', theme);
  shadow.appendChild(container);
  doc.body.appendChild(host);
  return { host, shadow, container, remove: () => host.remove() };
}
