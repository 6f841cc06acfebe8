import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignInPage } from './sign-in-page';
import { RequireSession } from './require-session';
import { customerSession } from '../session';
import { json, stubFetch } from '@/testing/fetch';
import { expIn, fakeJwt } from '@/testing/jwt';
import { renderRoute } from '@/testing/render';

afterEach(() => customerSession.signOut());

const DEMO = { 'GET /api/auth/sign-in-methods': () => json({ customer: ['DEMO_CUSTOMERS', 'HOST_BRIDGE'] }) };
const PRODUCTION = { 'GET /api/auth/sign-in-methods': () => json({ customer: ['HOST_BRIDGE'] }) };

describe('SignInPage', () => {
  it('signs in as a picked demo customer through /api/dev/token and goes back where it came from', async () => {
    const token = fakeJwt({ sub: 'demo-user-2', name: 'Priya Sharma', exp: expIn(86_400_000) });
    const { calls } = stubFetch({
      ...DEMO,
      'POST /api/dev/token': () => json({ token, tokenType: 'Bearer', userId: 'demo-user-2', expiresAt: '2099-01-01T00:00:00Z' }),
    });
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in?next=%2Fsupport%2Fchat' });
    expect(await screen.findByRole('heading', { name: 'Sign in to Zet Pay Support' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continue as Priya Sharma' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/support\/chat$/));
    expect(calls.find((c) => c.url.pathname === '/api/dev/token')?.body).toEqual({ userId: 'demo-user-2', name: 'Priya Sharma' });
    expect(customerSession.getSnapshot().session).toMatchObject({ userId: 'demo-user-2', source: 'demo' });
    expect(sessionStorage.getItem('zetpay.session.customer')).toContain('demo-user-2');
  });

  it('offers only the app where the server has no demo customers (production), and signs in through ZetChat-style host tokens', async () => {
    const { calls } = stubFetch(PRODUCTION);
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in?next=%2Fsupport%2Ftickets' });
    expect(await screen.findByRole('heading', { name: 'Sign in from the Zet Pay app' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Continue as/ })).toBeNull();
    expect(calls.some((c) => c.url.pathname === '/api/dev/token')).toBe(false);

    customerSession.signIn(fakeJwt({ sub: 'demo-user-3', name: 'Arjun Mehta', exp: expIn(3_600_000) }), 'host');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/support\/tickets$/));
  });

  it('offers only the app when it cannot ask which ways in there are', async () => {
    stubFetch({}); // every route 404
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in' });
    expect(await screen.findByRole('heading', { name: 'Sign in from the Zet Pay app' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Continue as/ })).toBeNull();
  });

  it('says sign-in comes from the app where the dev endpoint turns out not to exist (404)', async () => {
    stubFetch(DEMO); // the dev endpoint 404s
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in' });
    await userEvent.click(await screen.findByRole('button', { name: 'Continue as Ravi Kumar' }));
    expect(await screen.findByRole('heading', { name: 'Sign in from the Zet Pay app' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Continue as/ })).toBeNull();
  });

  it('shows other failures in plain words and lets the person try again', async () => {
    stubFetch({ ...DEMO, 'POST /api/dev/token': () => json({ status: 503, title: 'Service Unavailable' }, 503) });
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in' });
    await userEvent.click(await screen.findByRole('button', { name: 'Continue as Ravi Kumar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This service is busy or under maintenance');
    expect(screen.getByRole('button', { name: 'Continue as Ravi Kumar' })).toBeEnabled();
  });

  it('tells a person whose session ended why they are here, whichever the ways in', async () => {
    customerSession.signIn(fakeJwt({ sub: 'u', exp: expIn(60_000) }), 'demo');
    customerSession.expire();
    stubFetch(PRODUCTION);
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in' });
    expect(screen.getByText('Your session has ended')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Sign in from the Zet Pay app' })).toBeInTheDocument();
    expect(screen.getByText('Your session has ended')).toBeInTheDocument();
  });
});

describe('RequireSession', () => {
  it('sends a visitor without a session to sign-in, with the way back', () => {
    renderRoute(
      <RequireSession>
        <p>secret</p>
      </RequireSession>,
      { path: '/support/tickets', at: '/support/tickets?status=OPEN' },
    );
    expect(screen.queryByText('secret')).toBeNull();
    expect(screen.getByTestId('location')).toHaveTextContent('/support/sign-in?next=%2Fsupport%2Ftickets%3Fstatus%3DOPEN');
  });

  it('shows the page to a signed-in customer', () => {
    customerSession.signIn(fakeJwt({ sub: 'u', exp: expIn(60_000) }), 'demo');
    renderRoute(
      <RequireSession>
        <p>secret</p>
      </RequireSession>,
      { path: '/support/tickets', at: '/support/tickets' },
    );
    expect(screen.getByText('secret')).toBeInTheDocument();
  });
});
