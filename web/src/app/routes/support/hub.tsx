import { startTransition, useCallback, useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/features/auth';
import { CategoryList, ContextualHelp, HelpSearch, trackClick } from '@/features/helpcenter';
import { ChatWithUsLink, ContactOptions } from './contact-options';

/**
 * /support: the support hub. Search first (sticky, results as you type), then help for the screen
 * or error the app sent (?screen=upi_payment&error=U30), the ways to a person, and the topics.
 */
export function HubRoute() {
  const { t } = useTranslation('helpcenter');
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const { session } = useSession();
  const screen = params.get('screen');
  const errorCode = params.get('error') ?? params.get('errorCode');

  useEffect(() => {
    document.title = t('hub.documentTitle');
  }, [t]);

  // The settled query lives in the URL (?q=), so Back from an article returns to the results. As a
  // transition: the navigation re-renders the hub, which must not hold up the results the same
  // query is fetching (help search's 100 ms target). Not once the browser has left the hub: a link
  // followed within the debounce has pushed its URL, but its render is pending (a transition) and the
  // hub still mounted; writing ?q= then would navigate back here and undo the click.
  const keepQuery = useCallback(
    (query: string) => {
      if (window.location.pathname !== pathname) return;
      startTransition(() =>
        setParams(
          (current) => {
            const next = new URLSearchParams(current);
            if (query) next.set('q', query);
            else next.delete('q');
            return next.toString() === current.toString() ? current : next;
          },
          { replace: true },
        ),
      );
    },
    [setParams, pathname],
  );

  return (
    <div className="flex flex-col gap-6 px-4 pt-4 pb-10">
      <h1 className="text-2xl font-semibold">{t('hub.title')}</h1>
      <HelpSearch
        initialQuery={params.get('q') ?? ''}
        onQueryChange={keepQuery}
        onResultOpen={session ? (article, query) => article.slug && trackClick(article.slug, query) : undefined}
        noResultsAction={<ChatWithUsLink />}
      >
        <div className="flex flex-col gap-8">
          <ContextualHelp screen={screen} errorCode={errorCode} />
          <ContactOptions />
          <CategoryList />
        </div>
      </HelpSearch>
    </div>
  );
}
