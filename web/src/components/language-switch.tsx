import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type AppLanguage } from '@/lib/i18n';
import { cn } from '@/lib/utils/cn';

/** Each language named in its own script, whatever the page's language: a reader finds their own. */
const NAMES: Record<AppLanguage, string> = { en: 'English', hi: 'हिन्दी' };

function current(language: string): AppLanguage {
  return language.startsWith('hi') ? 'hi' : 'en';
}

/**
 * English / हिन्दी for the customer side. The full switch (support hub header) shows both, the one in
 * use pressed; the compact one (the widget's header, where space is short) is one button naming the
 * other language, in its own script and without an icon, so the chat's title keeps its room on a
 * phone. Either way the choice is remembered (lib/i18n setLanguage).
 */
export function LanguageSwitch({ compact = false, className }: { compact?: boolean; className?: string }) {
  const { t, i18n } = useTranslation();
  const active = current(i18n.language);

  if (compact) {
    const other: AppLanguage = active === 'hi' ? 'en' : 'hi';
    return (
      <button
        type="button"
        lang={other}
        title={t('language.label')}
        onClick={() => void setLanguage(other)}
        className={cn(
          'flex min-h-11 shrink-0 items-center rounded-ui px-2 text-sm font-medium text-fg-muted hover:bg-surface-muted hover:text-fg',
          className,
        )}
      >
        {NAMES[other]}
      </button>
    );
  }

  return (
    <div role="group" aria-label={t('language.label')} className={cn('flex items-center rounded-ui border border-border p-0.5', className)}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          onClick={() => void setLanguage(language)}
          className={cn(
            'min-h-11 min-w-11 rounded-[6px] px-2 text-sm font-medium',
            language === active ? 'bg-primary text-on-primary' : 'text-fg-muted hover:bg-surface-muted hover:text-fg',
          )}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
