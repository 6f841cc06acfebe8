import { StrictMode, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { applyHostLocale, prepareCustomerLanguage } from '@/lib/i18n';
import { api, configureApiAuth } from '@/lib/api/client';
import { createQueryClient } from '@/lib/query-client';
import { SocketClient } from '@/lib/socket/client';
import { SocketProvider } from '@/lib/socket/use-socket';
import { backendMiddleware, normaliseBase, scriptOrigin, socketUrlFor } from './backend';
import { mountInShadow, type ShadowMount } from './mount';
import { WidgetStore } from './store';
import { WidgetApp } from './widget-app';
import css from './widget.css?inline';

/**
 * The embeddable chat: one <script src="https://support.zetpay.app/widget/zetchat.js"> and
 *
 *     ZetChat.init({ token, context: { screen: 'upi_payment' }, baseUrl? });
 *     ZetChat.open({ context: { transactionId: 'TXN1' } });   // from a contextual-help button
 *
 * It mounts a launcher and the chat panel in a shadow root and talks to the backend its script came
 * from (or `baseUrl`).
 */
export interface ZetChatInit {
  /** The customer's token from the app's identity provider. */
  token: string;
  /** Where the customer is (screen, errorCode, transactionId): shown to the agent, used by the bot. */
  context?: Record<string, string>;
  /** The support backend; defaults to the origin of this script. */
  baseUrl?: string;
  /** Asked for a fresh token before the current one expires. */
  refreshToken?: () => string | null | Promise<string | null>;
  /** Open the panel at once. */
  open?: boolean;
  /** The app's language ('hi', 'hi-IN', 'en-IN'): the widget speaks it unless the customer chose another. */
  locale?: string;
  /** Force a theme; default follows the system. */
  theme?: 'light' | 'dark';
}

export interface ZetChatWidget {
  init(options: ZetChatInit): boolean;
  open(options?: { context?: Record<string, string> }): void;
  close(): void;
  destroy(): void;
}

const origin = scriptOrigin() ?? window.location.origin;

function cleanContext(context: unknown): Record<string, string> {
  if (!context || typeof context !== 'object') return {};
  return Object.fromEntries(
    Object.entries(context as Record<string, unknown>)
      .filter(([key, value]) => ['screen', 'errorCode', 'transactionId'].includes(key) && typeof value === 'string' && value.length <= 100)
      .map(([key, value]) => [key, String(value)]),
  );
}

export function createWidget(scriptBase: string = origin): ZetChatWidget {
  const store = new WidgetStore(scriptBase);
  let refresh: ZetChatInit['refreshToken'];
  let mount: ShadowMount | null = null;
  let root: ReturnType<typeof createRoot> | null = null;
  const queryClient = createQueryClient();

  const middleware = backendMiddleware(() => store.getState().baseUrl);
  api.use(middleware);
  configureApiAuth({
    getToken: () => store.getState().token,
    onUnauthorized: () => store.set({ token: null }),
  });

  const render = () => {
    if (mount) return;
    void prepareCustomerLanguage();
    mount = mountInShadow(css, { theme: store.getState().theme });
    root = createRoot(mount.container);
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <CustomerSocket store={store} refresh={() => refresh?.() ?? null}>
            <WidgetApp store={store} />
          </CustomerSocket>
        </QueryClientProvider>
      </StrictMode>,
    );
  };

  return {
    init(options) {
      if (!options || typeof options.token !== 'string' || !store.setToken(options.token)) return false;
      refresh = options.refreshToken;
      store.set({
        context: cleanContext(options.context),
        ...(options.baseUrl ? { baseUrl: normaliseBase(options.baseUrl) } : {}),
        ...(options.theme ? { theme: options.theme } : {}),
      });
      render();
      void applyHostLocale(options.locale);
      if (options.theme) mount?.container.setAttribute('data-theme', options.theme);
      if (options.open) store.open();
      return true;
    },
    open(options) {
      render();
      store.open(options?.context ? cleanContext(options.context) : undefined);
    },
    close() {
      store.close();
    },
    destroy() {
      root?.unmount();
      mount?.remove();
      root = null;
      mount = null;
      api.eject(middleware);
    },
  };
}

/** One socket per customer, to the widget's backend; its outbox is kept per customer. */
function CustomerSocket({ store, refresh, children }: { store: WidgetStore; refresh: () => string | null | Promise<string | null>; children: ReactNode }) {
  const { userId, baseUrl } = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const client = useMemo(
    () =>
      userId
        ? new SocketClient({
            url: socketUrlFor(baseUrl),
            getToken: async (reason) => {
              if (reason === 'refresh') {
                const fresh = await refresh();
                if (fresh && store.setToken(fresh)) return fresh;
              }
              return store.getState().token;
            },
            onAuthFailed: () => store.set({ token: null }),
            outboxKey: `zetchat.outbox.${userId}`,
          })
        : null,
    // A new customer or backend is a new socket; a refreshed token is read on the next authenticate.
    [userId, baseUrl],
  );
  useEffect(() => () => client?.stop(), [client]);
  return client ? <SocketProvider client={client}>{children}</SocketProvider> : children;
}

declare global {
  interface Window {
    ZetChatWidget?: ZetChatWidget;
  }
}

if (typeof window !== 'undefined' && !window.ZetChatWidget) {
  const widget = createWidget();
  window.ZetChatWidget = widget;
  // The documented name; a page that loaded the app's own bridge keeps its init for the page itself.
  const existing = window.ZetChat as Record<string, unknown> | undefined;
  window.ZetChat = { ...existing, init: widget.init, open: widget.open, close: widget.close, destroy: widget.destroy };
  document.dispatchEvent(new CustomEvent('zetchat:ready'));
}
