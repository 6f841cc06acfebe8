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

describe('SignInPage', () => {
  it('signs in as a picked demo customer through /api/dev/token and goes back where it came from', async () => {
    const token = fakeJwt({ sub: 'demo-user-2', name: 'Priya Sharma', exp: expIn(86_400_000) });
    const { calls } = stubFetch({
      'POST /api/dev/token': () => json({ token, tokenType: 'Bearer', userId: 'demo-user-2', expiresAt: '2099-01-01T00:00:00Z' }),
    });
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in?next=%2Fsupport%2Fchat' });
    expect(screen.getByRole('heading', { name: 'Sign in to Zet Pay Support' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continue as Priya Sharma' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/support\/chat$/));
    expect(calls[0]?.body).toEqual({ userId: 'demo-user-2', name: 'Priya Sharma' });
    expect(customerSession.getSnapshot().session).toMatchObject({ userId: 'demo-user-2', source: 'demo' });
    expect(sessionStorage.getItem('zetpay.session.customer')).toContain('demo-user-2');
  });

  it('says sign-in comes from the app where the dev endpoint does not exist (404)', async () => {
    stubFetch({}); // every route 404
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in' });
    await userEvent.click(screen.getByRole('button', { name: 'Continue as Ravi Kumar' }));
    expect(await screen.findByRole('heading', { name: 'Sign in from the Zet Pay app' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Continue as/ })).toBeNull();
  });

  it('shows other failures in plain words and lets the person try again', async () => {
    stubFetch({ 'POST /api/dev/token': () => json({ status: 503, title: 'Service Unavailable' }, 503) });
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in' });
    await userEvent.click(screen.getByRole('button', { name: 'Continue as Ravi Kumar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This service is busy or under maintenance');
    expect(screen.getByRole('button', { name: 'Continue as Ravi Kumar' })).toBeEnabled();
  });

  it('tells a person whose session ended why they are here', () => {
    customerSession.signIn(fakeJwt({ sub: 'u', exp: expIn(60_000) }), 'demo');
    customerSession.expire();
    renderRoute(<SignInPage />, { path: '/support/sign-in', at: '/support/sign-in' });
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
