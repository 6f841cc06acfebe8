import { api, unwrap } from '@/lib/api/client';

/**
 * POST /api/support/faqs/{slug}/click: which result a search led to, for the help centre's
 * analytics (searches with no click). Needs a signed-in customer; fire and forget.
 */
export function trackClick(slug: string, query: string): void {
  const trimmed = query.trim().slice(0, 200);
  if (!trimmed) return;
  unwrap(api.POST('/api/support/faqs/{slug}/click', { params: { path: { slug } }, body: { query: trimmed }, keepalive: true })).catch(
    () => {
      // Analytics only: nobody waits for it and a failure changes nothing for the customer.
    },
  );
}
