import { useEffect, useRef, useState, useSyncExternalStore, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageCircle, X } from 'lucide-react';
import { ZetChat, type ChatContext } from '@/features/chat';
import { useVisualViewportHeight } from '@/features/chat/hooks/use-visual-viewport';
import { LanguageSwitch } from '@/components/language-switch';
import { WidgetCobrowse } from '@/features/cobrowse/components/widget-cobrowse';
import { cn } from '@/lib/utils/cn';
import type { WidgetStore } from './store';

/**
 * The launcher button and the chat panel: a full-screen sheet on a phone, a floating panel from
 * 640 px. The chat mounts on first open (a page view opens no conversation) and stays mounted, so
 * closing and opening again keeps the thread, the socket and any draft.
 */
export function WidgetApp({ store }: { store: WidgetStore }) {
  const { t, i18n } = useTranslation('chat');
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const [chatId, setChatId] = useState<string | undefined>(undefined);
  const [mounted, setMounted] = useState(state.open);
  const launcher = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const height = useVisualViewportHeight(state.open);

  useEffect(() => {
    if (!state.open) return;
    setMounted(true);
    // Into the panel: the composer once it is there, else the panel itself.
    const timer = setTimeout(() => {
      const target = panel.current?.querySelector<HTMLElement>('textarea, button') ?? panel.current;
      target?.focus();
    }, 50);
    return () => clearTimeout(timer);
  }, [state.open]);

  // Back to the launcher when the panel closes (Escape, the close button, ZetChat.close()).
  const wasOpen = useRef(state.open);
  useEffect(() => {
    if (wasOpen.current && !state.open) launcher.current?.focus();
    wasOpen.current = state.open;
  }, [state.open]);

  const close = () => store.close();

  return (
    // lang on the widget's own root: the host page's <html lang> is the page's, not the widget's.
    <div className="text-fg" lang={i18n.language}>
      <button
        ref={launcher}
        type="button"
        hidden={state.open}
        aria-label={t('widget.open')}
        title={t('widget.open')}
        aria-expanded={state.open}
        onClick={() => store.open()}
        className="fixed right-4 bottom-4 flex size-14 items-center justify-center rounded-full bg-primary text-on-primary shadow-3 hover:bg-primary-hover"
        data-zetchat-launcher=""
      >
        <MessageCircle aria-hidden className="size-7" />
      </button>
      {/* With a customer (and so a socket): their agent may ask to see the host page, panel open or not. */}
      {state.token && state.userId && <WidgetCobrowse backend={state.baseUrl} />}
      {mounted && (
        <div
          ref={panel}
          role="dialog"
          aria-modal="false"
          aria-label={t('widget.open')}
          tabIndex={-1}
          hidden={!state.open}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
          style={height && state.open ? ({ '--zc-vh': `${height}px` } as CSSProperties) : undefined}
          className={cn(
            'fixed inset-x-0 bottom-0 flex h-[var(--zc-vh,100dvh)] flex-col overflow-hidden bg-bg shadow-3',
            'sm:inset-x-auto sm:right-4 sm:bottom-4 sm:h-[min(640px,calc(100dvh-2rem))] sm:w-[380px] sm:rounded-ui sm:border sm:border-border',
          )}
      >
          {state.token ? (
            <ZetChat
              chatId={chatId}
              context={state.context as ChatContext}
              onChatChange={setChatId}
              linkOptions={{ appBase: state.baseUrl }}
              headerEnd={
                <>
                  <LanguageSwitch compact />
                  <CloseButton onClose={close} label={t('widget.close')} />
                </>
              }
            />
          ) : (
            <div className="flex h-full flex-col">
              <div className="flex min-h-14 items-center justify-end border-b border-border bg-surface px-2">
                <LanguageSwitch compact />
                <CloseButton onClose={close} label={t('widget.close')} />
              </div>
              <p className="p-6 text-center text-fg-muted">{t('widget.signIn')}</p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function CloseButton({ onClose, label }: { onClose: () => void; label: string }) {
  return (
    <button type="button" aria-label={label} title={label} onClick={onClose} className="flex size-11 shrink-0 items-center justify-center rounded-ui text-fg-muted hover:bg-surface-muted hover:text-fg">
      <X aria-hidden className="size-5" />
    </button>
  );
}
