import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import '../i18n';
import { HelpAdminPage } from './help-admin-page';

afterEach(() => vi.unstubAllGlobals());

const english = {
  id: 'art_1',
  slug: 'cashback',
  locale: 'en',
  category: 'wallet',
  title: 'Cashback',
  body: 'Cashback arrives in a day.',
  tags: [],
  questions: [],
  screens: [],
  errorCodes: [],
  status: 'PUBLISHED',
  version: 4,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-02T10:00:00Z',
};

describe('the Hindi version editor', () => {
  it('shows the Hindi version missing, writes it beside the English text and shows it as a draft', async () => {
    let hindi: Record<string, unknown> | null = null;
    const { calls } = stubFetch({
      'GET /api/admin/help/articles/art_1': () => json(english),
      'GET /api/admin/help/articles/art_hi': () => json(hindi),
      'GET /api/admin/help/articles/art_hi/versions': () => json([]),
      'GET /api/admin/help/articles/art_1/locales': () =>
        json([
          { locale: 'en', missing: false, id: 'art_1', status: 'PUBLISHED', version: 4 },
          hindi
            ? { locale: 'hi', missing: false, id: 'art_hi', status: 'DRAFT', version: 1, title: hindi.title }
            : { locale: 'hi', missing: true, version: 0 },
        ]),
      'GET /api/support/faqs/categories': () => json([{ slug: 'wallet', title: 'Wallet', position: 1 }]),
      'POST /api/admin/help/render': (c) => json({ html: `<p>${(c.body as { body: string }).body}</p>` }),
      'PUT /api/admin/help/articles/art_1/locales/hi': (c) => {
        hindi = { ...english, ...(c.body as object), id: 'art_hi', locale: 'hi', status: 'DRAFT', version: 1 };
        return json(hindi);
      },
    });
    renderRoute(<HelpAdminPage />, { path: '/admin/help/*', at: '/admin/help/articles/art_1?locale=hi' });

    const languages = await screen.findByRole('navigation', { name: 'Languages' });
    expect(await within(languages).findByText('Hindi: missing')).toBeInTheDocument();
    const englishSide = screen.getByRole('region', { name: 'English (the article)' });
    expect(await within(englishSide).findByText('Cashback arrives in a day.')).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: 'Title in Hindi' }), 'कैशबैक');
    await userEvent.type(screen.getByRole('textbox', { name: 'Body in Hindi (Markdown)' }), 'कैशबैक एक दिन में आता है।');
    await userEvent.click(screen.getByRole('button', { name: 'Save Hindi draft' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ title: 'कैशबैक', body: 'कैशबैक एक दिन में आता है।' });
    expect(await within(languages).findByText('Hindi: draft')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Publish' })).toBeEnabled();
  });
});
