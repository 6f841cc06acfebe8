import { act, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { renderConsole } from '../testing/render-console';
import { CustomerRating } from './customer-rating';

afterEach(() => vi.unstubAllGlobals());

it("shows the customer's stars and comment on a chat they rated", async () => {
  stubFetch({ 'GET /api/agents/conversations/cnv_1/rating': () => json({ rated: true, rating: 4, comment: 'Quick and kind', ratedAt: '2026-12-04T10:00:00Z' }) });
  await renderConsole(<CustomerRating kind="chat" id="cnv_1" />);
  expect(await screen.findByRole('img', { name: 'Rated 4 stars of 5' })).toBeInTheDocument();
  expect(screen.getByText('Quick and kind')).toBeInTheDocument();
});

it('says a ticket is not rated yet', async () => {
  stubFetch({ 'GET /api/tickets/tkt_1/rating': () => json({ rated: false }) });
  await renderConsole(<CustomerRating kind="ticket" id="tkt_1" />);
  expect(await screen.findByText('The customer has not rated this yet.')).toBeInTheDocument();
});

it('does not poll for a rating that has not come', async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  try {
    const { calls } = stubFetch({ 'GET /api/tickets/tkt_1/rating': () => json({ rated: false }) });
    await renderConsole(<CustomerRating kind="ticket" id="tkt_1" />);
    await screen.findByText('The customer has not rated this yet.');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5 * 60_000);
    });
    expect(calls.filter((c) => c.url.pathname === '/api/tickets/tkt_1/rating')).toHaveLength(1);
  } finally {
    vi.useRealTimers();
  }
});
