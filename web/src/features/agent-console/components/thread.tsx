import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArrowDown, Bot, Check, CheckCheck, Clock, Lock, RotateCw, Trash2 } from 'lucide-react';
import { Skeleton } from '@/components/ui/skeleton';
import { formatIst, formatIstTime } from '@/lib/format';
import type { ChatMessage, ChatNote } from '@/lib/socket/frames';
import type { PendingMessage } from '@/lib/socket/outbox';
import { cn } from '@/lib/utils/cn';
import { fetchImage } from '@/lib/api/chat-images';
import { interleave } from '../model/thread-order';

function ThreadImage({ url, alt }: { url: string; alt: string }) {
  const image = useQuery({ queryKey: ['agent', 'image', url], queryFn: ({ signal }) => fetchImage(url, signal), staleTime: Infinity });
  if (image.isPending) return <Skeleton className="h-32 w-48" />;
  if (!image.data) return <span className="text-xs text-fg-muted">{alt}</span>;
  return <img src={image.data} alt={alt} className="max-h-56 max-w-full rounded-ui object-contain" />;
}

/** Bold (**x**) and line breaks from the bot's Markdown-ish text, as React elements (never HTML). */
function Text({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\*\*[^*]+\*\*)/g).map((part, i) =>
        part.startsWith('**') && part.endsWith('**') ? <strong key={i}>{part.slice(2, -2)}</strong> : <span key={i}>{part}</span>,
      )}
    </>
  );
}

function isNote(entry: ChatMessage | ChatNote): entry is ChatNote {
  return 'noteSeq' in entry;
}

/** A private note: amber, dashed, with a lock and "Private note", so it never passes for a reply the customer saw. */
function NoteItem({ note, agentId }: { note: ChatNote; agentId: string }) {
  const { t } = useTranslation('agent');
  return (
    <li
      id={`note-${note.id}`}
      aria-label={t('consoleWorkspace.notes.itemLabel', { name: note.authorName })}
      className="mx-6 flex flex-col gap-1 rounded-ui border border-dashed border-warning bg-warning-soft px-3 py-2"
    >
      <span className="flex items-center gap-1.5 text-xs font-medium text-fg-muted">
        <Lock aria-hidden className="size-3.5 text-warning" />
        {t('consoleWorkspace.notes.private')} · {note.authorId === agentId ? t('thread.you') : note.authorName}
        <span aria-hidden>·</span>
        <time title={formatIst(note.timestamp ?? '')}>{formatIstTime(note.timestamp ?? Date.now())}</time>
      </span>
      <p className="break-words whitespace-pre-wrap">
        {(note.text ?? "").split(/((?<![\w.])@[A-Za-z0-9][A-Za-z0-9._+-]*)/g).map((part, i) =>
          part.startsWith('@') ? (
            <strong key={i} className="font-semibold text-primary">
              {part}
            </strong>
          ) : (
            <span key={i}>{part}</span>
          ),
        )}
      </p>
    </li>
  );
}

export interface ThreadProps {
  messages: ChatMessage[];
  /** Private notes, shown among the messages to staff only. */
  notes?: readonly ChatNote[];
  pending: readonly PendingMessage[];
  agentId: string;
  readUpTo: number;
  loading: boolean;
  customerTyping: string | null;
  onRetry: (clientMessageId: string) => void;
  onDiscard: (clientMessageId: string) => void;
}

/**
 * The thread: customer on the left, the bot on the left in the brand tint with its name, agents on
 * the right, system notes centred. It sticks to the bottom only while the agent is there; reading
 * older messages, new ones show as "3 new ↓" instead of moving the page.
 */
export function Thread({ messages, notes = [], pending, agentId, readUpTo, loading, customerTyping, onRetry, onDiscard }: ThreadProps) {
  const { t } = useTranslation('agent');
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const seenCount = useRef(messages.length);
  const [unseen, setUnseen] = useState(0);

  const toBottom = () => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
    setUnseen(0);
    seenCount.current = messages.length;
  };

  useLayoutEffect(() => {
    if (atBottom.current) toBottom();
    else setUnseen(messages.length - seenCount.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [messages.length, notes.length, pending.length, customerTyping]);

  useEffect(() => {
    atBottom.current = true;
  }, []);

  // A mention links to its note (#note-<id>): bring it into view once it has loaded, and only once,
  // so later messages and notes do not pull the agent back to it.
  const { hash } = useLocation();
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    const target = hash.startsWith('#note-') ? decodeURIComponent(hash.slice(1)) : null;
    if (!target || scrolledTo.current === target || loading) return;
    const item = document.getElementById(target);
    if (!item || !scroller.current?.contains(item)) return;
    scrolledTo.current = target;
    atBottom.current = false;
    item.scrollIntoView({ block: 'center' });
  }, [hash, notes, loading]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
    if (atBottom.current) {
      setUnseen(0);
      seenCount.current = messages.length;
    }
  };

  if (loading) {
    return (
      <div aria-busy className="flex flex-1 flex-col gap-4 p-4">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="ml-auto h-10 w-1/2" />
        <Skeleton className="h-16 w-3/5" />
      </div>
    );
  }

  return (
    <div className="relative min-h-0 flex-1">
      {/* Focusable, so the keyboard can scroll it when nothing inside takes focus (axe: scrollable-region-focusable). */}
      <div
        ref={scroller}
        onScroll={onScroll}
        tabIndex={0}
        className="h-full overflow-y-auto px-4 py-3 focus-visible:outline-2 focus-visible:outline-focus"
        role="log"
        aria-label={t('thread.label')}
        aria-live="polite"
      >
        <ol className="flex flex-col gap-2">
          {interleave(messages, notes).map((m) => {
            if (isNote(m)) return <NoteItem key={m.id} note={m} agentId={agentId} />;
            const role = m.senderRole ?? 'CUSTOMER';
            if (role === 'SYSTEM' || m.type === 'SYSTEM') {
              return (
                <li key={m.seq} className="my-1 self-center rounded-ui bg-surface-muted px-3 py-1 text-center text-xs text-fg-muted">
                  <Text text={m.text ?? ''} /> · <time title={formatIst(m.timestamp ?? '')}>{formatIstTime(m.timestamp ?? Date.now())}</time>
                </li>
              );
            }
            const mine = role === 'AGENT' || role === 'SUPERVISOR' || role === 'ADMIN';
            const bot = role === 'BOT';
            return (
              <li key={m.seq} className={cn('flex max-w-[75%] flex-col gap-0.5', mine ? 'items-end self-end' : 'items-start self-start')}>
                <span className="flex items-center gap-1 text-xs text-fg-muted">
                  {bot && <Bot aria-hidden className="size-3.5 text-primary" />}
                  {bot ? t('thread.bot') : mine ? (m.senderId === agentId ? t('thread.you') : m.senderName) : m.senderName || t('thread.customer')}
                  <span aria-hidden>·</span>
                  <time title={formatIst(m.timestamp ?? '')}>{formatIstTime(m.timestamp ?? Date.now())}</time>
                </span>
                <div
                  className={cn(
                    'rounded-ui px-3 py-2 break-words whitespace-pre-wrap',
                    mine ? 'bg-primary text-on-primary' : bot ? 'border border-primary/20 bg-primary-soft' : 'border border-border bg-surface',
                  )}
                >
                  {m.imageUrl && <ThreadImage url={m.imageUrl} alt={t('thread.image')} />}
                  {m.text && <Text text={m.text} />}
                  {bot && m.quickReplies && m.quickReplies.length > 0 && (
                    <span className="mt-1.5 flex flex-wrap gap-1">
                      {m.quickReplies.map((q) => (
                        <span key={q.label} className="rounded-full border border-primary/30 px-2 text-xs text-primary">
                          {q.label}
                        </span>
                      ))}
                    </span>
                  )}
                </div>
                {mine && m.senderId === agentId && (
                  <span className="flex items-center gap-1 text-xs text-fg-muted">
                    {m.seq <= readUpTo || m.isRead ? (
                      <>
                        <CheckCheck aria-hidden className="size-3.5 text-accent" /> {t('thread.seen')}
                      </>
                    ) : (
                      <>
                        <Check aria-hidden className="size-3.5" /> {t('thread.sent')}
                      </>
                    )}
                  </span>
                )}
              </li>
            );
          })}
          {pending.map((p) => (
            <li key={p.clientMessageId} className="flex max-w-[75%] flex-col items-end gap-0.5 self-end">
              <div className="rounded-ui bg-primary/70 px-3 py-2 whitespace-pre-wrap text-on-primary">{p.text ?? t('thread.image')}</div>
              {p.state === 'failed' ? (
                <span className="flex items-center gap-2 text-xs text-danger">
                  {t('thread.failed')}
                  <button type="button" className="inline-flex items-center gap-1 underline" onClick={() => onRetry(p.clientMessageId)}>
                    <RotateCw aria-hidden className="size-3" /> {t('actions.retry')}
                  </button>
                  <button type="button" className="inline-flex items-center gap-1 underline" onClick={() => onDiscard(p.clientMessageId)}>
                    <Trash2 aria-hidden className="size-3" /> {t('actions.delete')}
                  </button>
                </span>
              ) : (
                <span className="flex items-center gap-1 text-xs text-fg-muted">
                  <Clock aria-hidden className="size-3" /> {p.state === 'sending' ? t('thread.sending') : t('thread.queued')}
                </span>
              )}
            </li>
          ))}
        </ol>
        {customerTyping && (
          <p className="mt-2 text-xs text-fg-muted" aria-live="polite">
            {t('thread.typing', { name: customerTyping })}
          </p>
        )}
      </div>
      {unseen > 0 && (
        <button
          type="button"
          onClick={toBottom}
          className="absolute bottom-3 left-1/2 flex -translate-x-1/2 items-center gap-1 rounded-full bg-primary px-3 py-1 text-xs font-medium text-on-primary shadow-2"
        >
          {t('thread.newMessages', { count: unseen })} <ArrowDown aria-hidden className="size-3.5" />
        </button>
      )}
    </div>
  );
}
