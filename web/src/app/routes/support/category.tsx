import { useParams } from 'react-router';
import { CategoryArticles } from '@/features/helpcenter';
import { ChatWithUsLink } from './contact-options';

/** /support/categories/:slug: one topic's articles. */
export function CategoryRoute() {
  const { slug = '' } = useParams();
  return (
    <div className="px-4 pt-2 pb-10">
      <CategoryArticles key={slug} slug={slug} emptyAction={<ChatWithUsLink />} />
    </div>
  );
}
