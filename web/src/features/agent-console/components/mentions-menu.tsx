import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bell } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { useSocketEvent } from '@/lib/socket/use-socket';
import { cn } from '@/lib/utils/cn';
import { getMentions, markAllMentionsRead, markMentionRead, mentionKeys, type Mention, type MentionList } from '../api/mentions';

/** Where a mention opens: its conversation, at the note (the thread scrolls to #note-<id>). */
export function mentionPath(m: Pick<Mention, 'conversationId' | 'noteId'>): string {
  return `/agent/inbox/${m.conversationId}#note-${m.noteId}`;
}

/** Adds a live mention to the unread list once (pure): a frame replayed after a reconnect counts once. */
export function withMention(list: MentionList | undefined, mention: Mention): MentionList | undefined {
  if (!list || list.mentions.some((m) => m.id === mention.id)) return list;
  return { mentions: [mention, ...list.mentions], unread: list.unread + 1 };
}

function without(list: MentionList | undefined, id: string): MentionList | undefined {
  if (!list || !list.mentions.some((m) => m.id === id)) return list;
  return { mentions: list.mentions.filter((m) => m.id !== id), unread: Math.max(0, list.unread - 1) };
}

/** The header's bell: unread @mentions from private notes, live, each opening its conversation at the note. */
export function MentionsMenu() {
  const { t } = useTranslation('agent');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const mentions = useQuery({ queryKey: mentionKeys.unread, queryFn: ({ signal }) => getMentions(signal) });
  useSocketEvent('mention', (m) => queryClient.setQueryData<MentionList>(mentionKeys.unread, (old) => withMention(old, m as Mention)));

  const read = useMutation({
    mutationFn: markMentionRead,
    onMutate: (id) => queryClient.setQueryData<MentionList>(mentionKeys.unread, (old) => without(old, id)),
    onError: () => void queryClient.invalidateQueries({ queryKey: mentionKeys.unread }),
  });
  const readAll = useMutation({
    mutationFn: markAllMentionsRead,
    onSuccess: () => queryClient.setQueryData<MentionList>(mentionKeys.unread, { mentions: [], unread: 0 }),
  });

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const unread = mentions.data?.unread ?? 0;
  const label = unread > 0 ? t('inboxLive.mentions.openUnread', { count: unread }) : t('inboxLive.mentions.open');
  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="relative inline-flex size-8 items-center justify-center rounded-ui text-fg-muted hover:bg-surface-muted hover:text-fg"
      >
        <Bell aria-hidden className="size-4" />
        {unread > 0 && (
          <span aria-hidden className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-danger px-1 text-center text-[10px] leading-4 font-semibold text-on-primary tabular-nums">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} role="dialog" aria-label={t('inboxLive.mentions.title')} className="absolute top-full right-0 z-30 mt-1 flex max-h-[28rem] w-80 flex-col rounded-ui border border-border bg-surface shadow-lg">
          <div className="flex items-center gap-2 border-b border-border px-3 py-2">
            <span className="flex-1 font-medium">{t('inboxLive.mentions.title')}</span>
            {unread > 0 && (
              <Button size="sm" variant="ghost" className="min-h-7 px-2 text-xs" loading={readAll.isPending} onClick={() => readAll.mutate()}>
                {t('inboxLive.mentions.markAll')}
              </Button>
            )}
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            {mentions.isPending ? (
              <div aria-busy className="flex flex-col gap-2 p-3">
                <Skeleton className="h-4 w-3/5" />
                <Skeleton className="h-3 w-4/5" />
              </div>
            ) : mentions.isError ? (
              <ErrorState title={t('inboxLive.mentions.error')} description={describeError(mentions.error)} retryLabel={t('actions.retry')} onRetry={() => void mentions.refetch()} />
            ) : mentions.data.mentions.length === 0 ? (
              <p className="p-4 text-sm text-fg-muted">{t('inboxLive.mentions.empty')}</p>
            ) : (
              <ul className="divide-y divide-border">
                {mentions.data.mentions.map((m) => (
                  <li key={m.id}>
                    <a
                      href={mentionPath(m)}
                      onClick={(e) => {
                        e.preventDefault();
                        read.mutate(m.id);
                        setOpen(false);
                        navigate(mentionPath(m));
                      }}
                      className={cn('flex flex-col gap-0.5 px-3 py-2.5 hover:bg-surface-muted')}
                    >
                      <span className="flex items-center gap-2">
                        <span className="min-w-0 flex-1 truncate font-medium">{t('inboxLive.mentions.from', { name: m.authorName })}</span>
                        {m.mentionedAt && <RelativeTime value={m.mentionedAt} className="text-xs text-fg-muted" />}
                      </span>
                      <span className="line-clamp-2 text-xs text-fg-muted">{m.excerpt}</span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
