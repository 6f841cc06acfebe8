import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChevronRight, MessageCircle, Ticket } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

/** The ways to a person: live chat and the customer's tickets (their screens live in features/chat and features/tickets). */
export function ContactOptions({ className }: { className?: string }) {
  const { t } = useTranslation('helpcenter');
  return (
    <section aria-labelledby="contact-us" className={cn('flex flex-col gap-3', className)}>
      <h2 id="contact-us" className="text-lg font-semibold">
        {t('contact.title')}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <Link
          to="/support/chat"
          className="flex min-h-16 items-center gap-3 rounded-ui bg-primary p-4 text-on-primary shadow-1 hover:bg-primary-hover"
        >
          <MessageCircle aria-hidden className="size-6 shrink-0" />
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="font-semibold">{t('contact.chat')}</span>
            <span className="text-sm opacity-90">{t('contact.chatDescription')}</span>
          </span>
          <ChevronRight aria-hidden className="size-5 shrink-0" />
        </Link>
        <Link
          to="/support/tickets"
          className="flex min-h-16 items-center gap-3 rounded-ui border border-border bg-surface p-4 text-fg shadow-1 hover:bg-surface-muted"
        >
          <Ticket aria-hidden className="size-6 shrink-0 text-primary" />
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="font-semibold">{t('contact.tickets')}</span>
            <span className="text-sm text-fg-muted">{t('contact.ticketsDescription')}</span>
          </span>
          <ChevronRight aria-hidden className="size-5 shrink-0 text-fg-muted" />
        </Link>
      </div>
    </section>
  );
}

/** The one "Chat with us" button, where a page runs out of answers. */
export function ChatWithUsLink() {
  const { t } = useTranslation('helpcenter');
  return (
    <Link to="/support/chat" className="inline-flex min-h-11 items-center gap-2 rounded-ui bg-primary px-4 font-medium text-on-primary hover:bg-primary-hover">
      <MessageCircle aria-hidden className="size-5" />
      {t('contact.chat')}
    </Link>
  );
}
