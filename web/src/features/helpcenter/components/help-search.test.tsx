import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HelpSearch, SEARCH_DEBOUNCE_MS } from './help-search';
import { SEARCH_TIMING } from '../utils/search-timing';
import { json, stubFetch, type Call } from '@/testing/fetch';
import { categories, failedPaymentHit, refundHit } from '@/testing/fixtures';
import { renderRoute } from '@/testing/render';

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
const searches = (calls: Call[]) => calls.filter((c) => c.url.pathname === '/api/support/faqs').map((c) => c.url.searchParams.get('query'));

function renderSearch(props: Partial<Parameters<typeof HelpSearch>[0]> = {}) {
  return renderRoute(
    <HelpSearch {...props}>
      <p>Topics and more</p>
    </HelpSearch>,
  );
}

describe('HelpSearch', () => {
  it('waits until typing pauses, then sends one search for what was typed', async () => {
    const { calls } = stubFetch({
      'GET /api/support/faqs': () => json([failedPaymentHit]),
      'GET /api/support/faqs/categories': () => json(categories),
    });
    const onQueryChange = vi.fn();
    renderSearch({ onQueryChange });
    await user().type(screen.getByRole('searchbox', { name: 'Search help articles' }), 'money gone');
    expect(searches(calls)).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(await screen.findByRole('link', { name: /My UPI payment failed/ })).toBeInTheDocument();
    expect(searches(calls)).toEqual(['money gone']);
    expect(onQueryChange).toHaveBeenLastCalledWith('money gone');
  });

  it('marks the last keystroke, the settled query and the painted results, for measuring its latency', async () => {
    stubFetch({
      'GET /api/support/faqs': () => json([failedPaymentHit]),
      'GET /api/support/faqs/categories': () => json(categories),
    });
    // Fake timers would replace performance with a stub that records nothing: leave it real here.
    vi.useRealTimers();
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    performance.clearMeasures();
    renderSearch();
    await user().type(screen.getByRole('searchbox', { name: 'Search help articles' }), 'money gone');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(await screen.findByRole('link', { name: /My UPI payment failed/ })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(50)); // the next frame
    const [total] = performance.getEntriesByName(SEARCH_TIMING.keystrokeToResults, 'measure') as PerformanceMeasure[];
    const [afterDebounce] = performance.getEntriesByName(SEARCH_TIMING.queryToResults, 'measure') as PerformanceMeasure[];
    expect(total?.detail).toEqual({ query: 'money gone' });
    expect(afterDebounce?.detail).toEqual({ query: 'money gone' });
    // The debounce runs on fake timers, so real durations say nothing here; the order of the marks does.
    expect(afterDebounce!.startTime).toBeGreaterThanOrEqual(total!.startTime);
    expect(afterDebounce!.startTime + afterDebounce!.duration).toBe(total!.startTime + total!.duration);
  });

  it('cancels a search that is overtaken by the next one', async () => {
    const signals: AbortSignal[] = [];
    stubFetch({
      'GET /api/support/faqs': ({ url, signal }) => {
        signals.push(signal);
        if (url.searchParams.get('query') === 'refu') return new Promise<Response>(() => {}); // slow: never answers
        return json([refundHit]);
      },
      'GET /api/support/faqs/categories': () => json(categories),
    });
    renderSearch();
    const box = screen.getByRole('searchbox');
    await user().type(box, 'refu');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    await user().type(box, 'nd');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(await screen.findByRole('link', { name: /refund hasn't shown up/ })).toBeInTheDocument();
    expect(signals).toHaveLength(2);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('shows the backend highlights as <mark>, and escaped markup as text, never HTML', async () => {
    stubFetch({
      'GET /api/support/faqs': () => json([failedPaymentHit, refundHit]),
      'GET /api/support/faqs/categories': () => json(categories),
    });
    renderSearch();
    await user().type(screen.getByRole('searchbox'), 'payment fails');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    const results = await screen.findByRole('region', { name: 'Search results' });
    const first = within(results).getByRole('link', { name: /My UPI payment failed/ });
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['payment', 'payment', 'fails', 'money']);
    expect(first).toHaveTextContent('UPI payments and transfers'); // the topic
    const second = within(results).getByRole('link', { name: /refund hasn't shown up/ });
    expect(second).toHaveTextContent("If a refund hasn't reached you yet <b>check</b>");
    expect(second.querySelector('b')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('2 articles found');
  });

  it('says when nothing matches and offers the next step', async () => {
    stubFetch({ 'GET /api/support/faqs': () => json([]), 'GET /api/support/faqs/categories': () => json(categories) });
    renderSearch({ noResultsAction: <a href="/support/chat">Chat with us</a> });
    await user().type(screen.getByRole('searchbox'), 'xyzzy');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(await screen.findByRole('heading', { name: 'No articles match “xyzzy”' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chat with us' })).toBeInTheDocument();
  });

  it('shows a failed search in plain words with a retry that works', async () => {
    let fail = true;
    stubFetch({
      'GET /api/support/faqs': () => (fail ? json({ status: 500, code: 'internal-error' }, 500) : json([refundHit])),
      'GET /api/support/faqs/categories': () => json(categories),
    });
    renderSearch();
    await user().type(screen.getByRole('searchbox'), 'refund');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(await screen.findByRole('heading', { name: 'Search is not working right now' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Our service is having trouble right now');
    fail = false;
    await user().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: /refund hasn't shown up/ })).toBeInTheDocument();
  });

  it('shows skeletons while the first results load, and the page again once cleared', async () => {
    stubFetch({ 'GET /api/support/faqs': () => new Promise<Response>(() => {}), 'GET /api/support/faqs/categories': () => json(categories) });
    renderSearch({ initialQuery: 'kyc' });
    expect(screen.queryByText('Topics and more')).toBeNull();
    expect(screen.getByRole('region', { name: 'Search results' })).toHaveAttribute('aria-busy', 'true');
    await user().click(screen.getByRole('button', { name: 'Clear search' }));
    expect(screen.getByText('Topics and more')).toBeInTheDocument();
  });

  it('calls onResultOpen with the query when a result is opened (click tracking)', async () => {
    stubFetch({ 'GET /api/support/faqs': () => json([failedPaymentHit]), 'GET /api/support/faqs/categories': () => json(categories) });
    const onResultOpen = vi.fn();
    renderSearch({ onResultOpen });
    await user().type(screen.getByRole('searchbox'), 'money');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    await user().click(await screen.findByRole('link', { name: /My UPI payment failed/ }));
    expect(onResultOpen).toHaveBeenCalledWith(failedPaymentHit, 'money');
    expect(screen.getByTestId('location')).toHaveTextContent('/support/articles/upi-payment-failed-money-debited');
  });
});
