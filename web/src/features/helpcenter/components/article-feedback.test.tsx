import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ArticleFeedback } from './article-feedback';
import { json, noContent, stubFetch, type Call } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';

const SLUG = 'upi-payment-failed-money-debited';
const votes = (calls: Call[]) => calls.filter((c) => c.url.pathname === `/api/support/faqs/${SLUG}/feedback`).map((c) => c.body);

function renderFeedback(canVote = true) {
  return renderRoute(<ArticleFeedback slug={SLUG} canVote={canVote} signInHref={`/support/sign-in?next=/support/articles/${SLUG}`} />);
}

describe('ArticleFeedback', () => {
  it('"Yes" sends a helpful vote and thanks the customer', async () => {
    const { calls } = stubFetch({ [`POST /api/support/faqs/${SLUG}/feedback`]: noContent });
    renderFeedback();
    expect(screen.getByRole('heading', { name: 'Was this helpful?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Thanks for telling us.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
    expect(votes(calls)).toEqual([{ helpful: true }]);
  });

  it('"No" asks what was missing and sends it as the comment', async () => {
    const { calls } = stubFetch({ [`POST /api/support/faqs/${SLUG}/feedback`]: noContent });
    renderFeedback();
    await userEvent.click(screen.getByRole('button', { name: 'No' }));
    const comment = await screen.findByLabelText('What was missing or unclear? (optional)');
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await userEvent.type(comment, 'My bank (SBI) is not listed');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Thanks, we will use this to improve the article.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/What was missing/)).toBeNull();
    expect(votes(calls)).toEqual([{ helpful: false }, { helpful: false, comment: 'My bank (SBI) is not listed' }]);
  });

  it('a failed vote says why and can be tried again', async () => {
    let status = 429;
    stubFetch({
      [`POST /api/support/faqs/${SLUG}/feedback`]: () =>
        status === 204 ? noContent() : json({ status, code: 'rate-limited', retryAfter: 30 }, status),
    });
    renderFeedback();
    await userEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please wait 30 seconds');
    status = 204;
    await userEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText('Thanks for telling us.')).toBeInTheDocument();
  });

  it('without a session it leads to sign-in instead of voting', () => {
    const { fetch } = stubFetch({});
    renderFeedback(false);
    expect(screen.queryByRole('button', { name: 'Yes' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in to tell us whether this helped' })).toHaveAttribute(
      'href',
      `/support/sign-in?next=/support/articles/${SLUG}`,
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});
