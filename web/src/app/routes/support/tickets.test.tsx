import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { customerSession } from '@/features/auth';
import { json, stubFetch } from '@/testing/fetch';
import { expIn, fakeJwt } from '@/testing/jwt';
import { App } from '../../App';

function at(path: string) {
  window.history.pushState({}, '', path);
  return render(<App />);
}

afterEach(() => customerSession.signOut());

describe('/support/tickets', () => {
  it('loads the tickets screens for a signed-in customer, with their token', async () => {
    const token = fakeJwt({ sub: 'demo-user-1', name: 'Ravi Kumar', exp: expIn(3_600_000) });
    customerSession.signIn(token, 'demo');
    const { calls } = stubFetch({ 'GET /api/support/tickets': () => json({ items: [], page: 0, size: 20, total: 0 }) });
    at('/support/tickets');
    expect(await screen.findByRole('heading', { level: 1, name: 'My tickets' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No tickets yet' })).toBeInTheDocument();
    expect(calls[0]?.headers.get('Authorization')).toBe(`Bearer ${token}`);
  });

  it('sends a visitor to sign-in first, keeping the prefilled link to come back to', async () => {
    at('/support/tickets/new?transactionId=TXN9&category=upi-payments');
    await waitFor(() => expect(window.location.pathname).toBe('/support/sign-in'));
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/support/tickets/new?transactionId=TXN9&category=upi-payments');
  });
});
