import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import '../i18n';
import { HelpAdminPage } from './help-admin-page';

afterEach(() => vi.unstubAllGlobals());

const article = (id: string, category: string, title: string) => ({
  id,
  slug: id,
  locale: 'en',
  category,
  title,
  status: 'PUBLISHED',
  version: 1,
  updatedAt: '2026-12-02T10:00:00Z',
});

describe('the article list', () => {
  it('names each topic in English and, where it has one, in Hindi', async () => {
    const { calls } = stubFetch({
      'GET /api/admin/help/articles': () => json([article('cashback', 'wallet', 'Cashback'), article('pin', 'upi', 'UPI PIN')]),
      'GET /api/admin/help/locales/hi': () => json([]),
      'GET /api/support/faqs/categories': (c) =>
        json(
          c.url.searchParams.get('locale') === 'hi'
            ? [
                { slug: 'wallet', title: 'वॉलेट', position: 1 },
                { slug: 'upi', title: 'UPI', position: 2 },
              ]
            : [
                { slug: 'wallet', title: 'Wallet', position: 1 },
                { slug: 'upi', title: 'UPI', position: 2 },
              ],
        ),
    });
    renderRoute(<HelpAdminPage />, { path: '/admin/help/*', at: '/admin/help' });

    const wallet = await screen.findByRole('table', { name: /^Wallet/ });
    expect(await within(wallet).findByText('(वॉलेट)')).toHaveAttribute('lang', 'hi');
    // A topic whose Hindi name is its English one is not named twice.
    const upi = screen.getByRole('table', { name: /^UPI/ });
    expect(within(upi).queryByText(/\(UPI\)/)).toBeNull();
    // The English names are asked for in English, whatever the browser's language.
    expect(calls.filter((c) => c.url.pathname === '/api/support/faqs/categories').map((c) => c.url.searchParams.get('locale')).sort()).toEqual(['en', 'hi']);
  });
});
