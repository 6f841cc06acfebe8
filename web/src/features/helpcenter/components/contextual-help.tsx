import { useTranslation } from 'react-i18next';
import { Lightbulb } from 'lucide-react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { describeError } from '@/lib/api/errors';
import { useContextualHelp } from '../api/get-contextual-help';
import { ArticleList, ArticleListSkeleton } from './article-list';

/** "upi_payment" → "UPI payments" from the locale, else "upi payment". */
function useScreenName() {
  const { t, i18n } = useTranslation('helpcenter');
  return (screen: string) => {
    const key = `screens.${screen}`;
    return i18n.exists(key, { ns: 'helpcenter' }) ? t(key as 'screens.upi_payment') : screen.replace(/[_-]+/g, ' ');
  };
}

/**
 * Help for where the customer came from: the app opens /support?screen=upi_payment&error=U30 and
 * this shows the articles GET /api/support/help suggests for that screen and error code.
 */
export function ContextualHelp({ screen, errorCode }: { screen: string | null; errorCode: string | null }) {
  const { t } = useTranslation('helpcenter');
  const { t: tc } = useTranslation();
  const screenName = useScreenName();
  const help = useContextualHelp(screen, errorCode);
  if (!screen && !errorCode) return null;

  const title =
    errorCode && screen
      ? t('contextual.screenAndErrorTitle', { code: errorCode, screen: screenName(screen) })
      : errorCode
        ? t('contextual.errorTitle', { code: errorCode })
        : t('contextual.screenTitle', { screen: screenName(screen ?? '') });

  let body;
  if (help.isPending) body = <ArticleListSkeleton rows={2} />;
  else if (help.isError)
    body = (
      <Banner
        tone="danger"
        title={t('contextual.failedTitle')}
        action={
          <Button size="sm" variant="secondary" onClick={() => void help.refetch()} loading={help.isFetching}>
            {tc('actions.retry')}
          </Button>
        }
      >
        {describeError(help.error)}
      </Banner>
    );
  else if (help.data.length === 0) body = <p className="text-fg-muted">{t('contextual.empty')}</p>;
  else body = <ArticleList articles={help.data} />;

  return (
    <section aria-labelledby="contextual-help" className="flex flex-col gap-3">
      <h2 id="contextual-help" className="flex items-center gap-2 text-lg font-semibold">
        <Lightbulb aria-hidden className="size-5 text-accent" />
        {title}
      </h2>
      {body}
    </section>
  );
}
