import { useTranslation } from 'react-i18next';

/** "Asha is typing…" with three dots (still under reduced motion: the words say it). */
export function TypingIndicator({ name }: { name: string }) {
  const { t } = useTranslation('chat');
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-2 px-12 py-1 text-sm text-fg-muted">
      <span aria-hidden className="flex gap-1">
        {[0, 150, 300].map((delay) => (
          <span key={delay} className="size-1.5 rounded-full bg-fg-muted motion-safe:animate-bounce" style={{ animationDelay: `${delay}ms` }} />
        ))}
      </span>
      {t('typing', { name })}
    </div>
  );
}
