import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { json, noContent, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import { TeamPage } from '..';

afterEach(() => vi.unstubAllGlobals());

const wallet = { name: 'wallet', displayName: 'Wallet Team', description: 'Top-ups', members: 2, openChats: 1, queued: 0 };

function renderPage() {
  return renderRoute(<TeamPage roles={['SUPERVISOR']} />, { path: '/admin/team' });
}

it('renames a team by its display name and keeps its key', async () => {
  let teams = [wallet];
  const { calls } = stubFetch({
    'GET /api/team/accounts': () => json([]),
    'GET /api/team/teams': () => json(teams),
    'PATCH /api/team/teams/wallet': () => {
      teams = [{ ...wallet, displayName: 'Wallets and UPI' }];
      return json(teams[0]);
    },
  });
  renderPage();

  await userEvent.click(await screen.findByRole('button', { name: 'Rename Wallet Team' }));
  const dialog = screen.getByRole('dialog');
  expect(within(dialog).getByText(/The team name wallet stays/)).toBeInTheDocument();
  const shown = within(dialog).getByLabelText('Display name');
  await userEvent.clear(shown);
  await userEvent.type(shown, 'Wallets and UPI');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Save name' }));

  expect(await screen.findByText('Wallets and UPI')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ displayName: 'Wallets and UPI', description: 'Top-ups' });
});

it('says what still uses a team the server will not delete', async () => {
  stubFetch({
    'GET /api/team/accounts': () => json([]),
    'GET /api/team/teams': () => json([wallet]),
    'DELETE /api/team/teams/wallet': () =>
      json(
        {
          status: 409,
          code: 'team-in-use',
          detail: 'The team wallet is still used by 2 members, 1 open conversations. Move or close them first.',
          uses: [{ what: 'members', count: 2 }],
        },
        409,
      ),
  });
  renderPage();

  await userEvent.click(await screen.findByRole('button', { name: 'Delete Wallet Team' }));
  await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete team' }));

  expect(await screen.findByText(/still used by 2 members, 1 open conversations/)).toBeInTheDocument();
});

it('deletes an unused team', async () => {
  let teams = [wallet];
  stubFetch({
    'GET /api/team/accounts': () => json([]),
    'GET /api/team/teams': () => json(teams),
    'DELETE /api/team/teams/wallet': () => {
      teams = [];
      return noContent();
    },
  });
  renderPage();

  await userEvent.click(await screen.findByRole('button', { name: 'Delete Wallet Team' }));
  await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete team' }));

  await waitFor(() => expect(screen.queryByText('Wallet Team')).not.toBeInTheDocument());
});

it('shows a team key only where it says more than the display name', async () => {
  const cards = { name: 'cards', displayName: 'Cards', description: '', members: 1, openChats: 0, queued: 0 };
  stubFetch({
    'GET /api/team/accounts': () => json([]),
    'GET /api/team/teams': () => json([cards, wallet]),
  });
  renderPage();

  const list = await screen.findByRole('list', { name: 'Teams' });
  expect(within(list).getByText('wallet')).toBeInTheDocument();
  expect(within(list).queryByText('cards')).not.toBeInTheDocument();
  expect(within(list).getByText('Cards')).toBeInTheDocument();
  expect(screen.getByPlaceholderText('Name or e-mail')).toBeInTheDocument();
});
