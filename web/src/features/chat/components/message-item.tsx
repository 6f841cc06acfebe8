import { useTranslation } from 'react-i18next';
import { AlertCircle, Check, CheckCheck, Clock, LoaderCircle, RotateCw, Trash2, type LucideIcon } from 'lucide-react';
import { formatIst, formatIstTime } from '@/lib/format/time';
import { cn } from '@/lib/utils/cn';
import type { LinkOptions } from '../model/rich-text';
import type { Delivery, TimelineItem } from '../model/timeline';
import { Avatar } from './avatar';
import { ChatImage } from './chat-image';
import { RichText } from './rich-text';

export interface MessageActions {
  retrySend: (clientMessageId: string) => void;
  discard: (clientMessageId: string) => void;
  retryUpload: (id: string) => void;
  dismissUpload: (id: string) => void;
}

/** One row of the thread: a stored message, a pending send, or an image uploading. */
export function MessageItem({
  item,
  actions,
  linkOptions,
  pickLabels,
}: {
  item: TimelineItem;
  actions: MessageActions;
  linkOptions?: LinkOptions;
  /** The customer's payment picks, by transaction id, to show as the payment rather than its id. */
  pickLabels?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('chat');
  if (item.kind === 'message') {
    const { message, sender, first } = item;
    if (sender === 'system') {
      return (
        <li className="flex justify-center px-2 py-1" data-sender="system">
          <p className="max-w-[85%] rounded-ui bg-surface-muted px-3 py-1.5 text-center text-sm text-fg-muted">
            <span className="sr-only">{t('sender.system')}: </span>
            {message.text}
          </p>
        </li>
      );
    }
    const mine = sender === 'customer';
    const name = sender === 'bot' ? t('sender.bot') : sender === 'agent' ? message.senderName || t('sender.agent') : t('sender.you');
    return (
      <li className={cn('flex gap-2', mine ? 'justify-end pl-10' : 'pr-10', first ? 'mt-3' : 'mt-1')} data-sender={sender}>
        {!mine && (first ? <Avatar kind={sender === 'bot' ? 'bot' : 'agent'} name={message.senderName} className="mt-5" /> : <span aria-hidden className="w-8 shrink-0" />)}
        <div className={cn('flex min-w-0 flex-col', mine ? 'items-end' : 'items-start')}>
          {!mine && first && (
            <p className="mb-1 text-xs font-medium text-fg-muted">{name}</p>
          )}
          <div
            className={cn(
              'rounded-ui px-3 py-2 text-[0.9375rem] leading-snug',
              mine ? 'bg-primary text-on-primary' : 'border border-border bg-surface text-fg',
            )}
          >
            <span className="sr-only">{name}: </span>
            {message.imageUrl && <ChatImage imageUrl={message.imageUrl} alt={t('image.alt', { name })} />}
            {message.text &&
              (mine ? (
                <p className="break-words whitespace-pre-wrap" title={pickLabels?.has(message.text) ? message.text : undefined}>
                  {pickLabels?.get(message.text) ?? message.text}
                </p>
              ) : (
                <RichText text={message.text} linkOptions={linkOptions} />
              ))}
          </div>
          <p className="mt-0.5 flex items-center gap-1 text-xs text-fg-muted">
            <time dateTime={message.timestamp} title={message.timestamp ? formatIst(message.timestamp) : undefined}>
              {message.timestamp ? formatIstTime(message.timestamp) : ''}
            </time>
            {item.delivery && <DeliveryLabel delivery={item.delivery} />}
          </p>
        </div>
      </li>
    );
  }

  if (item.kind === 'pending') {
    const { pending, delivery } = item;
    return (
      <li className="mt-1 flex justify-end pl-10" data-sender="customer" data-delivery={delivery}>
        <div className="flex min-w-0 flex-col items-end">
          <div className={cn('rounded-ui px-3 py-2 text-[0.9375rem] leading-snug', delivery === 'failed' ? 'border border-danger bg-danger-soft text-fg' : 'bg-primary text-on-primary opacity-75')}>
            {pending.imageUrl && <ChatImage imageUrl={pending.imageUrl} alt={t('image.alt', { name: t('sender.you') })} />}
            {pending.text && <p className="break-words whitespace-pre-wrap">{pickLabels?.get(pending.text) ?? pending.text}</p>}
          </div>
          <div className="mt-0.5 flex flex-wrap items-center justify-end gap-1 text-xs text-fg-muted">
            <DeliveryLabel delivery={delivery} />
            {delivery === 'failed' && (
              <>
                {pending.error?.message && <span className="sr-only">{pending.error.message}</span>}
                <button type="button" className="inline-flex min-h-11 items-center gap-1 rounded-ui px-2 font-medium text-primary hover:bg-primary-soft" onClick={() => actions.retrySend(pending.clientMessageId)}>
                  <RotateCw aria-hidden className="size-3.5" />
                  {t('delivery.retry')}
                </button>
                <button type="button" className="inline-flex min-h-11 items-center gap-1 rounded-ui px-2 text-fg-muted hover:bg-surface-muted" onClick={() => actions.discard(pending.clientMessageId)}>
                  <Trash2 aria-hidden className="size-3.5" />
                  {t('delivery.discard')}
                </button>
              </>
            )}
          </div>
        </div>
      </li>
    );
  }

  const { upload } = item;
  return (
    <li className="mt-1 flex justify-end pl-10" data-sender="customer" data-delivery={upload.state}>
      <div className="flex flex-col items-end">
        <div className={cn('rounded-ui p-1', upload.state === 'failed' ? 'border border-danger bg-danger-soft' : 'bg-primary opacity-75')}>
          {upload.preview && <img src={upload.preview} alt={t('image.preview')} className="max-h-48 max-w-56 rounded-ui object-contain" />}
        </div>
        <div className="mt-0.5 flex flex-wrap items-center justify-end gap-1 text-xs text-fg-muted">
          {upload.state === 'uploading' ? (
            <span className="inline-flex items-center gap-1">
              <LoaderCircle aria-hidden className="size-3.5 motion-safe:animate-spin" />
              {t('image.uploading')}
            </span>
          ) : (
            <>
              <span className="inline-flex items-center gap-1 font-medium text-danger">
                <AlertCircle aria-hidden className="size-3.5" />
                {upload.error ?? t('image.failed')}
              </span>
              <button type="button" className="inline-flex min-h-11 items-center gap-1 rounded-ui px-2 font-medium text-primary hover:bg-primary-soft" onClick={() => actions.retryUpload(upload.id)}>
                <RotateCw aria-hidden className="size-3.5" />
                {t('delivery.retry')}
              </button>
              <button type="button" className="inline-flex min-h-11 items-center gap-1 rounded-ui px-2 text-fg-muted hover:bg-surface-muted" onClick={() => actions.dismissUpload(upload.id)}>
                <Trash2 aria-hidden className="size-3.5" />
                {t('delivery.discard')}
              </button>
            </>
          )}
        </div>
      </div>
    </li>
  );
}

/** How each state of a sent message reads: its icon, and a colour where it needs attention. */
const deliveryLooks: Record<Delivery, { Icon: LucideIcon; className?: string; iconClassName?: string }> = {
  sending: { Icon: LoaderCircle, iconClassName: 'motion-safe:animate-spin' },
  queued: { Icon: Clock },
  failed: { Icon: AlertCircle, className: 'font-medium text-danger' },
  sent: { Icon: Check },
  seen: { Icon: CheckCheck, className: 'text-primary' },
};

function DeliveryLabel({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation('chat');
  const { Icon, className, iconClassName } = deliveryLooks[delivery];
  return (
    <span className={cn('inline-flex items-center gap-1', className)}>
      <Icon aria-hidden className={cn('size-3.5', iconClassName)} />
      {t(`delivery.${delivery}`)}
    </span>
  );
}
