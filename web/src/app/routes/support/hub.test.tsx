import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '@/app/App';
import { SEARCH_DEBOUNCE_MS } from '@/features/helpcenter';
import { json, stubFetch } from '@/testing/fetch';
import { categories, refundHit } from '@/testing/fixtures';

afterEach(() => window.history.pushState({}, '', '/'));

describe('/support hub search in the URL', () => {
  it('a link followed just after the box was cleared is not undone when the query settles', async () => {
    stubFetch({
      'GET /api/support/faqs': () => json([refundHit]),
      'GET /api/support/faqs/categories': () => json(categories),
    });
    window.history.pushState({}, '', '/support?q=refund');
    render(<App />);
    const results = await screen.findByRole('region', { name: 'Search results' });
    expect(await within(results).findByRole('link', { name: /refund hasn't shown up/ })).toBeInTheDocument();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search help articles' }), { target: { value: '' } });
    // A link followed within the debounce: the browser is at the chat already, while the router's
    // render of it is still pending (a transition, slow on a busy phone) and the hub still mounted.
    window.history.pushState({}, '', '/support/chat');
    await act(() => new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS * 3)));

    expect(window.location.pathname).toBe('/support/chat');
  });
});
