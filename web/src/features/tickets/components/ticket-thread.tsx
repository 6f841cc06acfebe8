import { useTranslation } from 'react-i18next';
import { RelativeTime } from '@/components/ui/relative-time';
import { cn } from '@/lib/utils/cn';
import type { Ticket, TicketEntry, TicketFile } from '../api/types';
import { AttachmentList } from './attachment-list';

interface Message {
  key: string;
  role: 'customer' | 'agent' | 'system';
  authorName?: string;
  body?: string;
  createdAt?: string;
  files: TicketFile[];
}

function roleOf(entry: TicketEntry): Message['role'] {
  if (entry.authorRole === 'CUSTOMER') return 'customer';
  if (entry.authorRole === 'SYSTEM') return 'system';
  return 'agent';
}

/**
 * The conversation: what the customer wrote when raising the ticket (with the files they attached
 * then), then every public reply. Internal notes never reach customers (the API leaves them out);
 * anything not marked PUBLIC is skipped here too.
 */
export function TicketThread({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('tickets');
  const ticketId = ticket.id ?? '';
  const opening: Message = {
    key: 'description',
    // Tickets opened by the payments system describe the failure; they are not the customer's words.
    role: ticket.source === 'CUSTOMER' || ticket.source === 'CHAT' || !ticket.source ? 'customer' : 'system',
    body: ticket.description,
    createdAt: ticket.createdAt,
    files: ticket.attachments ?? [],
  };
  const replies: Message[] = (ticket.thread ?? [])
    .filter((entry) => entry.visibility === 'PUBLIC')
    .map((entry) => ({
      key: entry.id ?? `${entry.createdAt}-${entry.authorId}`,
      role: roleOf(entry),
      authorName: entry.authorName,
      body: entry.body,
      createdAt: entry.createdAt,
      files: entry.attachments ?? [],
    }));
  const messages = opening.body || opening.files.length ? [opening, ...replies] : replies;

  function author(message: Message): string {
    if (message.role === 'customer') return t('thread.you');
    if (message.role === 'system') return t('thread.system');
    return message.authorName ? t('thread.agent', { name: message.authorName }) : t('thread.support');
  }

  return (
    <ol aria-label={t('ticket.sections.conversation')} className="flex flex-col gap-3">
      {messages.map((message) => (
        <li
          key={message.key}
          data-role={message.role}
          className={cn(
            'flex flex-col gap-1.5',
            message.role === 'customer' && 'items-end pl-8',
            message.role === 'agent' && 'items-start pr-8',
            message.role === 'system' && 'items-stretch',
          )}
        >
          <span className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <span className="font-medium text-fg">{author(message)}</span>
            {message.createdAt && <RelativeTime value={message.createdAt} className="text-fg-muted" />}
          </span>
          {message.body && (
            <div
              className={cn(
                'max-w-full rounded-ui px-4 py-3 break-words whitespace-pre-wrap',
                message.role === 'customer' && 'bg-primary-soft text-fg',
                message.role === 'agent' && 'border border-border bg-surface text-fg shadow-1',
                message.role === 'system' && 'bg-surface-muted text-sm text-fg-muted',
              )}
            >
              {message.body}
            </div>
          )}
          <AttachmentList ticketId={ticketId} files={message.files} className="w-full max-w-sm" />
        </li>
      ))}
    </ol>
  );
}
