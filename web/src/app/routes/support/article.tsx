import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { signInPath, useSession } from '@/features/auth';
import { ArticleFeedback, ArticleView } from '@/features/helpcenter';
import { ChatWithUsLink } from './contact-options';

/** /support/articles/:slug: the article, "Was this helpful?", and the way to a person. */
export function ArticleRoute() {
  const { slug = '' } = useParams();
  const { session } = useSession();
  const location = useLocation();
  const { t } = useTranslation('helpcenter');
  return (
    <div className="px-4 pt-2 pb-10">
      <ArticleView
        key={slug}
        slug={slug}
        footer={
          <>
            <ArticleFeedback slug={slug} canVote={Boolean(session)} signInHref={signInPath(location.pathname)} />
            <section aria-labelledby="still-need-help" className="mt-2 flex flex-col items-start gap-2 rounded-ui bg-primary-soft p-4">
              <h2 id="still-need-help" className="font-semibold">
                {t('article.stillNeedHelp')}
              </h2>
              <p className="text-fg-muted">{t('article.stillNeedHelpDescription')}</p>
              <ChatWithUsLink />
            </section>
          </>
        }
      />
    </div>
  );
}
