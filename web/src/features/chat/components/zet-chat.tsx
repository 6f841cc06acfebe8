import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ArrowDown, MessageCircle } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { describeError, isApiError } from '@/lib/api/errors';
import { useOnlineStatus } from '@/hooks/use-online-status';
import { useSocketClient, useSocketConnection } from '@/lib/socket/use-socket';
import { cn } from '@/lib/utils/cn';
import { closeChat, chatKeys, type ChatContext, type ChatSession } from '../api/chats';
import { useChat } from '../hooks/use-chat';
import { useStickToBottom } from '../hooks/use-stick-to-bottom';
import type { LinkOptions } from '../model/rich-text';
import { pickLabels } from '../model/transaction-choice';
import { ChatHeader } from './chat-header';
import { ChatSkeleton } from './chat-skeleton';
import { Composer } from './composer';
import { ConnectionNotice } from './connection-notice';
import { Csat } from './csat';
import { MessageItem } from './message-item';
import { QueueStatus } from './queue-status';
import { QuickReplies } from './quick-replies';
import { TypingIndicator } from './typing-indicator';

export interface ZetChatProps {
  /** The chat to show; without one the customer's open chat, or a new one with `context`. */
  chatId?: string;
  context?: ChatContext;
  /** The chat shown changed (found, opened, or a new one asked for: undefined). */
  onChatChange?: (chatId: string | undefined) => void;
  /** Where help-article links point (the widget: its backend). */
  linkOptions?: LinkOptions;
  /** Header slots: a back link on the page, a close button in the widget. */
  headerStart?: ReactNode;
  headerEnd?: ReactNode;
  className?: string;
}

/**
 * The customer chat: a full-height sheet with the thread and the composer pinned below it. The
 * same component is the /support/chat page and the embeddable widget's panel.
 */
export function ZetChat({ chatId: requestedId, context, onChatChange, linkOptions, headerStart, headerEnd, className }: ZetChatProps) {
  const { t } = useTranslation('chat');
  useSocketConnection();
  const client = useSocketClient();
  const queryClient = useQueryClient();
  const online = useOnlineStatus();
  const chat = useChat({ chatId: requestedId, context });
  const { session, timeline, messages } = chat;
  const status = session?.status;
  const labels = useMemo(() => pickLabels(messages), [messages]);

  useEffect(() => {
    if (chat.chatId && chat.chatId !== requestedId) onChatChange?.(chat.chatId);
  }, [chat.chatId, requestedId, onChatChange]);

  const startNew = () => {
    queryClient.removeQueries({ queryKey: ['chat', 'open'] });
    onChatChange?.(undefined);
  };

  // The thread and its scrolling.
  const last = timeline[timeline.length - 1];
  const stick = useStickToBottom({
    count: timeline.length,
    firstKey: timeline[0]?.key,
    lastKey: last?.key,
    mineLast: last ? last.kind !== 'message' || last.sender === 'customer' : false,
  });

  // Read marks: the newest message from the other side, once it can be seen.
  const lastOther = [...messages].reverse().find((m) => m.senderRole !== 'CUSTOMER');
  const markedRead = useRef<string | null>(null);
  const { markRead } = chat;
  useEffect(() => {
    const mark = () => {
      if (!lastOther || markedRead.current === lastOther.id || !stick.atBottom) return;
      if (document.visibilityState !== 'visible' || chat.socketStatus !== 'open') return;
      markedRead.current = lastOther.id;
      markRead(lastOther.id);
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [lastOther, stick.atBottom, chat.socketStatus, markRead]);

  // The assistant "types" between the customer's message and its answer (it sends no typing frames).
  const lastStored = messages[messages.length - 1];
  const [botThinking, setBotThinking] = useState(false);
  useEffect(() => {
    const waiting = status === 'BOT' && lastStored?.senderRole === 'CUSTOMER';
    const age = lastStored?.timestamp ? Date.now() - Date.parse(lastStored.timestamp) : Infinity;
    if (!waiting || !(age < 10_000)) {
      setBotThinking(false);
      return;
    }
    setBotThinking(true);
    const timer = setTimeout(() => setBotThinking(false), 10_000 - age);
    return () => clearTimeout(timer);
  }, [status, lastStored]);

  const quickReplies =
    status === 'BOT' && last?.kind === 'message' && last.sender === 'bot' && last.message.quickReplies?.length ? last.message.quickReplies : null;

  const end = useMutation({
    mutationFn: () => closeChat(chat.chatId!),
    onSuccess: (closed) => queryClient.setQueryData<ChatSession>(chatKeys.session(closed.id), closed),
  });
  const [confirmEnd, setConfirmEnd] = useState(false);

  const notFound = isApiError(chat.error) && (chat.error.status === 404 || chat.error.status === 403);
  const typingName = chat.typing?.name ?? (botThinking ? t('sender.bot') : null);

  return (
    <div className={cn('flex h-full min-h-0 flex-col bg-bg text-fg', className)} data-zetchat="">
      <ChatHeader
        session={session}
        start={headerStart}
        end={
          <>
            {session && status !== 'CLOSED' && (
              <button
                type="button"
                onClick={() => setConfirmEnd((v) => !v)}
                aria-expanded={confirmEnd}
                className="min-h-11 rounded-ui px-3 text-sm font-medium text-fg-muted hover:bg-surface-muted hover:text-fg"
              >
                {t('end.button')}
              </button>
            )}
            {headerEnd}
          </>
        }
      />
      {confirmEnd && status !== 'CLOSED' && (
        <div role="group" aria-label={t('end.question')} className="flex flex-wrap items-center gap-2 border-b border-border bg-surface px-4 py-2 text-sm">
          <p className="flex-1 font-medium">{t('end.question')}</p>
          {end.isError && <p role="alert" className="w-full text-danger">{describeError(end.error)}</p>}
          <button type="button" onClick={() => setConfirmEnd(false)} className="min-h-11 rounded-ui px-3 font-medium text-fg hover:bg-surface-muted">
            {t('end.keep')}
          </button>
          <button type="button" disabled={end.isPending} onClick={() => end.mutate(undefined, { onSuccess: () => setConfirmEnd(false) })} className="min-h-11 rounded-ui bg-danger px-3 font-medium text-white disabled:opacity-55">
            {t('end.confirm')}
          </button>
        </div>
      )}
      <ConnectionNotice online={online} status={chat.socketStatus} queued={chat.queued} onReconnect={() => client.reconnectNow()} />
      {status === 'QUEUED' && <QueueStatus queue={session?.queue} />}

      {chat.error ? (
        <div className="flex flex-1 items-center justify-center overflow-y-auto">
          {notFound ? (
            <EmptyState
              icon={<MessageCircle />}
              title={t('notFound.title')}
              description={t('notFound.description')}
              action={
                <button type="button" onClick={startNew} className="min-h-11 rounded-ui bg-primary px-4 font-medium text-on-primary">
                  {t('startNew')}
                </button>
              }
            />
          ) : (
            <ErrorState title={t('error.title')} description={describeError(chat.error)} retryLabel={t('error.retry')} onRetry={chat.retry} />
          )}
        </div>
      ) : chat.loading ? (
        <div className="flex flex-1 flex-col" role="status" aria-label={t('loading')}>
          <ChatSkeleton />
        </div>
      ) : (
        <div className="relative flex min-h-0 flex-1 flex-col">
          {/* Focusable, so the keyboard can scroll it also when nothing inside takes focus (a closed chat). */}
          <div
            ref={stick.ref}
            tabIndex={0}
            role="region"
            aria-label={t('thread')}
            className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 py-3 focus-visible:outline-2 focus-visible:outline-focus"
            data-testid="chat-thread"
          >
            {chat.hasOlder && (
              <div className="flex justify-center pb-2">
                <button type="button" onClick={() => void chat.loadOlder()} disabled={chat.loadingOlder} className="min-h-11 rounded-ui px-3 text-sm font-medium text-primary hover:bg-primary-soft disabled:opacity-55">
                  {chat.loadingOlder ? t('older.loading') : t('older.load')}
                </button>
              </div>
            )}
            {timeline.length === 0 ? (
              <EmptyState icon={<MessageCircle />} title={t('empty.title')} description={t('empty.description')} />
            ) : (
              <ol aria-label={t('thread')} className="flex flex-col" aria-live="polite" aria-relevant="additions">
                {timeline.map((item) => (
                  <MessageItem key={item.key} item={item} actions={chat} linkOptions={linkOptions} pickLabels={labels} />
                ))}
              </ol>
            )}
            {quickReplies && <QuickReplies replies={quickReplies} onSend={chat.send} />}
            {typingName && status !== 'CLOSED' && <TypingIndicator name={typingName} />}
          </div>
          {stick.unseen > 0 && !stick.atBottom && (
            <button
              type="button"
              onClick={() => stick.scrollToBottom(true)}
              className="absolute bottom-3 left-1/2 flex min-h-11 -translate-x-1/2 items-center gap-1.5 rounded-full bg-primary px-4 text-sm font-medium text-on-primary shadow-2"
            >
              {t('newMessages', { count: stick.unseen })}
              <ArrowDown aria-hidden className="size-4" />
            </button>
          )}
        </div>
      )}

      {status === 'CLOSED' && chat.chatId ? (
        <Csat chatId={chat.chatId} onStartNew={onChatChange ? startNew : undefined} />
      ) : (
        !chat.error && (
          <Composer
            onSend={chat.send}
            onImage={(file) => void chat.sendImage(file)}
            onTyping={(isTyping) => chat.typingChanged(isTyping)}
            canAttach={online && Boolean(chat.chatId)}
          />
        )
      )}
    </div>
  );
}
