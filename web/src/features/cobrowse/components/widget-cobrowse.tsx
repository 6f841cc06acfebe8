import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import type { Capture } from '../capture/record';
import { useCustomerCobrowse, type LoadCapture } from './use-customer-cobrowse';
import { ConsentBody, SharingIndicators } from './customer-cobrowse-views';

declare global {
  interface Window {
    /** Set by zetchat-cobrowse.js, the widget's recorder (rrweb), loaded once the customer consents. */
    ZetChatCapture?: { startCapture(send: (json: string, full: boolean) => void): Capture };
  }
}

let loading: Promise<NonNullable<Window['ZetChatCapture']>> | null = null;

/**
 * Loads the recorder script from the widget's backend, once. The widget is one classic script (an
 * IIFE cannot split chunks), so rrweb (~80 KB gzipped, more than the widget's whole budget) is a
 * second script beside it, fetched only when a customer says yes.
 */
export function loadRecorderScript(url: string, doc: Document = document): Promise<NonNullable<Window['ZetChatCapture']>> {
  if (window.ZetChatCapture) return Promise.resolve(window.ZetChatCapture);
  loading ??= new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => (window.ZetChatCapture ? resolve(window.ZetChatCapture) : reject(new Error('zetchat-cobrowse.js did not start')));
    script.onerror = () => {
      loading = null;
      reject(new Error(`Could not load ${url}`));
    };
    doc.head.appendChild(script);
  });
  return loading;
}

/**
 * Co-browsing from the widget: the same consent, banner and pointer as the support hub's, drawn in
 * the widget's shadow root, over the host page (the Zet Pay app itself, what the agent most needs
 * to see). It records the host page; the widget's own element is blocked (the agent has the chat).
 */
export function WidgetCobrowse({ backend }: { backend: string }) {
  const { t } = useTranslation('cobrowse');
  const [ended, setEnded] = useState<string | null>(null);
  const load = useCallback<LoadCapture>(
    async () => (await loadRecorderScript(`${backend}/widget/zetchat-cobrowse.js`)).startCapture,
    [backend],
  );
  const { asked, sharing, pointer, answer, stop } = useCustomerCobrowse(load, setEnded);
  return (
    <>
      {asked && (
        <div
          role="dialog"
          aria-modal="false"
          aria-labelledby="zc-cobrowse-title"
          className="fixed inset-x-0 bottom-0 z-50 flex flex-col gap-4 rounded-t-ui bg-surface p-5 text-fg shadow-3 sm:inset-x-auto sm:right-4 sm:bottom-4 sm:w-[380px] sm:rounded-ui sm:border sm:border-border"
        >
          <div className="flex items-start justify-between gap-3">
            <h2 id="zc-cobrowse-title" className="text-lg font-semibold">
              {t('consent.title', { agent: asked.agent })}
            </h2>
            <button
              type="button"
              aria-label={t('consent.close')}
              title={t('consent.close')}
              onClick={() => answer(false)}
              className="-mt-2 -mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-ui text-fg-muted hover:bg-surface-muted hover:text-fg"
            >
              <X aria-hidden className="size-5" />
            </button>
          </div>
          <ConsentBody agent={asked.agent} answer={answer} />
        </div>
      )}
      {sharing && <SharingIndicators sharing={sharing} pointer={pointer} stop={stop} />}
      {ended && !sharing && !asked && (
        <div role="status" className="fixed inset-x-0 top-0 z-30 flex items-center gap-3 bg-surface px-4 py-2 text-sm text-fg shadow-3">
          <p className="min-w-0 flex-1">
            <span className="font-medium">{t('ended.title')}</span>{' '}
            {t(`ended.${ended as 'CHAT_CLOSED'}`, { defaultValue: '' })}
          </p>
          <button type="button" aria-label={t('consent.close')} onClick={() => setEnded(null)} className="inline-flex size-9 items-center justify-center rounded-ui text-fg-muted hover:bg-surface-muted">
            <X aria-hidden className="size-4" />
          </button>
        </div>
      )}
    </>
  );
}
