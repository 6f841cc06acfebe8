import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app/App';
import { customerSession } from '@/features/auth';
import { json, noContent, stubFetch } from '@/testing/fetch';
import { categories, failedPaymentArticle, failedPaymentHit, refundHit } from '@/testing/fixtures';
import { expIn, fakeJwt } from '@/testing/jwt';

function at(path: string) {
  window.history.pushState({}, '', path);
  return render(<App />);
}

afterEach(() => customerSession.signOut());

describe('/support hub', () => {
  it('shows help for the screen and error the app sent, the ways to a person and the topics', async () => {
    const { calls } = stubFetch({
      'GET /api/support/help': () => json([failedPaymentHit]),
      'GET /api/support/faqs/categories': () => json(categories),
    });
    at('/support?screen=upi_payment&error=U30');
    expect(await screen.findByRole('heading', { level: 1, name: 'How can we help?' })).toBeInTheDocument();
    const contextual = await screen.findByRole('region', { name: 'Error U30 on UPI payments' });
    expect(await within(contextual).findByRole('link', { name: /My UPI payment failed/ })).toHaveAttribute(
      'href',
      '/support/articles/upi-payment-failed-money-debited',
    );
    const help = calls.find((c) => c.url.pathname === '/api/support/help')!;
    expect(Object.fromEntries(help.url.searchParams)).toEqual({ screen: 'upi_payment', errorCode: 'U30', limit: '5', locale: 'en' });
    expect(screen.getByRole('link', { name: /Chat with us/ })).toHaveAttribute('href', '/support/chat');
    expect(screen.getByRole('link', { name: /My tickets/ })).toHaveAttribute('href', '/support/tickets');
    const topics = screen.getByRole('region', { name: 'Browse by topic' });
    expect(await within(topics).findByRole('link', { name: /Refunds/ })).toHaveAttribute('href', '/support/categories/refunds');
  });

  it('a topic lists its articles', async () => {
    stubFetch({
      'GET /api/support/faqs/categories': () => json(categories),
      'GET /api/support/faqs': ({ url }) => json(url.searchParams.get('category') === 'refunds' ? [refundHit] : []),
    });
    at('/support/categories/refunds');
    expect(await screen.findByRole('heading', { level: 1, name: 'Refunds' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /refund hasn't shown up/ })).toBeInTheDocument();
  });
});

describe('/support/articles/:slug', () => {
  it('shows the article with its update time in IST on hover', async () => {
    stubFetch({ 'GET /api/support/faqs/upi-payment-failed-money-debited': () => json(failedPaymentArticle) });
    at('/support/articles/upi-payment-failed-money-debited');
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { level: 1, name: 'My UPI payment failed but money was debited' })).toBeInTheDocument();
    expect(within(article).getByText('Your money is safe').tagName).toBe('STRONG');
    expect(within(article).getByRole('heading', { level: 2, name: 'What happens next' })).toBeInTheDocument();
    expect(article.querySelector('time')?.getAttribute('title')?.replace(/\s/g, ' ')).toBe('2 Dec 2026, 3:30 pm IST');
    expect(document.title).toBe('My UPI payment failed but money was debited · Zet Pay Support');
  });

  it('says an unknown article is not available', async () => {
    stubFetch({});
    at('/support/articles/gone');
    expect(await screen.findByRole('heading', { name: 'This article is not available' })).toBeInTheDocument();
  });

  it('a signed-in customer votes; a 401 ends the session, says so, and asks to sign in again', async () => {
    customerSession.signIn(fakeJwt({ sub: 'demo-user-1', name: 'Ravi Kumar', exp: expIn(3_600_000) }), 'demo');
    let answer = 204;
    const { calls } = stubFetch({
      'GET /api/support/faqs/upi-payment-failed-money-debited': () => json(failedPaymentArticle),
      'POST /api/support/faqs/upi-payment-failed-money-debited/feedback': () =>
        answer === 204 ? noContent() : json({ status: 401, code: 'invalid-token' }, 401),
    });
    at('/support/articles/upi-payment-failed-money-debited');
    expect(await screen.findByText('Ravi Kumar')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Thanks for telling us.')).toBeInTheDocument();
    expect(calls.at(-1)?.headers.get('Authorization')).toMatch(/^Bearer /);

    answer = 401;
    await userEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(await screen.findByText('Your session has ended')).toBeInTheDocument();
    expect(customerSession.getSnapshot()).toEqual({ session: null, ended: 'expired' });
    expect(screen.getByRole('link', { name: 'Sign in to tell us whether this helped' })).toBeInTheDocument();
  });
});
