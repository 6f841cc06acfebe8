import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cn } from '@/lib/utils/cn';
import { statusOf, useLocales, type LocaleStatus } from '../api/locales';

const TONES: Record<LocaleStatus, BadgeTone> = { MISSING: 'warning', DRAFT: 'neutral', PUBLISHED: 'success' };

/** "Hindi: missing" and the like: where an article stands in a language. */
export function LocaleBadge({ locale, status }: { locale: string; status: LocaleStatus }) {
  const { t } = useTranslation('helpAdmin');
  return (
    <Badge tone={TONES[status]}>
      {t('locales.badge', { language: t(`locales.names.${locale}`, { defaultValue: locale }), state: t(`locales.state.${status}`) })}
    </Badge>
  );
}

/**
 * The article's languages as tabs: English (the article) and each other language with its state,
 * so a missing Hindi version shows on every article's page and is one click from being written.
 */
export function LocaleTabs({ articleId, current }: { articleId: string; current: string }) {
  const { t } = useTranslation('helpAdmin');
  const locales = useLocales(articleId);
  if (!locales.data) return null;
  return (
    <nav aria-label={t('locales.label')} className="flex flex-wrap items-center gap-2 border-b border-border bg-surface px-4 py-2">
      {locales.data.map((state) => {
        const locale = state.locale ?? 'en';
        const selected = locale === current;
        return (
          <Link
            key={locale}
            to={locale === 'en' ? `/admin/help/articles/${articleId}` : `/admin/help/articles/${articleId}?locale=${locale}`}
            aria-current={selected ? 'page' : undefined}
            className={cn(
              'flex items-center gap-2 rounded-ui px-2 py-1 text-sm',
              selected ? 'bg-primary-soft font-medium text-primary' : 'text-fg hover:bg-surface-muted',
            )}
          >
            {locale === 'en' ? t('locales.names.en') : <LocaleBadge locale={locale} status={statusOf(state)} />}
          </Link>
        );
      })}
    </nav>
  );
}
