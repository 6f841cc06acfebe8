import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import '../i18n';
import { HelpAdminPage } from './help-admin-page';

afterEach(() => vi.unstubAllGlobals());

const article = {
  id: 'art_1',
  slug: 'cashback',
  locale: 'en',
  category: 'wallet',
  title: 'Cashback',
  body: 'Cashback arrives in a day.',
  tags: [],
  questions: ['where is my cashback?'],
  screens: ['wallet_home'],
  errorCodes: [],
  status: 'DRAFT',
  version: 2,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-02T10:00:00Z',
};

describe('the article editor', () => {
  it('previews the body as the server renders it, saves a new version and compares an old one line by line', async () => {
    const { calls } = stubFetch({
      'GET /api/admin/help/articles/art_1': () => json(article),
      'GET /api/support/faqs/categories': () => json([{ slug: 'wallet', title: 'Wallet', position: 1 }]),
      'GET /api/admin/help/articles/art_1/versions': () =>
        json([
          { version: 2, title: 'Cashback', editedBy: 'agt_1', editedAt: '2026-12-02T10:00:00Z' },
          { version: 1, title: 'Cashback', editedBy: 'agt_1', editedAt: '2026-12-01T10:00:00Z' },
        ]),
      'GET /api/admin/help/articles/art_1/versions/1': () => json({ ...article, version: 1, body: 'Cashback arrives in a week.' }),
      'POST /api/admin/help/render': (c) => json({ html: `<p><strong>${(c.body as { body: string }).body}</strong></p>` }),
      'PUT /api/admin/help/articles/art_1': (c) => json({ ...article, ...(c.body as object), version: 3 }),
    });
    renderRoute(<HelpAdminPage />, { path: '/admin/help/*', at: '/admin/help/articles/art_1' });

    const preview = await screen.findByRole('region', { name: 'Preview as customers see it' });
    expect(await within(preview).findByText('Cashback arrives in a day.')).toBeInTheDocument();

    const body = screen.getByRole('textbox', { name: 'Body (Markdown)' });
    await userEvent.clear(body);
    await userEvent.type(body, 'Cashback arrives in an hour.');
    expect(await within(preview).findByText('Cashback arrives in an hour.', {}, { timeout: 2000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({
      slug: 'cashback',
      body: 'Cashback arrives in an hour.',
      screens: ['wallet_home'],
      questions: ['where is my cashback?'],
    });
    expect(await screen.findByText('Version 3')).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Compare version 1 with the current one' }));
    const diff = await screen.findByRole('table', { name: 'Changes from version 1 to the current one' });
    expect(within(diff).getByText('Cashback arrives in a week.').closest('tr')).toHaveAttribute('data-kind', 'removed');
    expect(within(diff).getByText('Cashback arrives in an hour.').closest('tr')).toHaveAttribute('data-kind', 'added');
  });
});
