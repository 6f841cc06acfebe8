import { cn } from '@/lib/utils/cn';

/**
 * An article's body as customers read it: the server's HTML (Markdown rendered and sanitised by the
 * help centre: links only http(s), mailto or our pages; images only from allowed hosts) in the
 * article styles. The help centre and the editor's preview both show bodies through this, so the
 * preview looks exactly like the published page.
 */
export function ArticleBody({ html, className }: { html: string; className?: string }) {
  // Sanitised server-side (see above); never text from the customer.
  return <div className={cn('prose-article', className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
