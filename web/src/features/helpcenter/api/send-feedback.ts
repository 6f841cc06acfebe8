import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type Feedback = Schemas['FeedbackRequest'];

/** POST /api/support/faqs/{slug}/feedback: "Was this helpful?" One vote per customer; a new one replaces it. */
export function sendFeedback(slug: string, feedback: Feedback): Promise<void> {
  return unwrap(api.POST('/api/support/faqs/{slug}/feedback', { params: { path: { slug } }, body: feedback }));
}

export function useSendFeedback(slug: string) {
  return useMutation({ mutationFn: (feedback: Feedback) => sendFeedback(slug, feedback) });
}
