import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from 'i18next';
import { loadLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import { ArticleView } from './article-view';

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const page = { id: 'art_1', slug: 'refund-timelines', title: 'Refund timelines', category: 'refunds', html: '<p>Three days.</p>', tags: [], screens: [], version: 1, updatedAt: '2026-12-01T10:00:00Z' };

describe('an article in the reader’s language', () => {
  it('asks for the Hindi version and shows it in Hindi, without a note', async () => {
    await loadLanguage('hi');
    await i18n.changeLanguage('hi');
    const { calls } = stubFetch({
      'GET /api/support/faqs/refund-timelines': () => json({ ...page, title: 'रिफ़ंड में कितना समय लगता है', locale: 'hi' }),
    });
    renderRoute(<ArticleView slug="refund-timelines" />);

    expect(await screen.findByRole('heading', { level: 1, name: 'रिफ़ंड में कितना समय लगता है' })).toBeInTheDocument();
    expect(calls[0]?.url.searchParams.get('locale')).toBe('hi');
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'hi');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says so when the article is not in Hindi yet and marks the English text as English', async () => {
    await loadLanguage('hi');
    await i18n.changeLanguage('hi');
    stubFetch({ 'GET /api/support/faqs/refund-timelines': () => json({ ...page, locale: 'en' }) });
    renderRoute(<ArticleView slug="refund-timelines" />);

    expect(await screen.findByRole('note')).toHaveTextContent('यह लेख अभी हिंदी में नहीं है');
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'en');
  });

  it('shows no note to an English reader', async () => {
    const { calls } = stubFetch({ 'GET /api/support/faqs/refund-timelines': () => json({ ...page, locale: 'en' }) });
    renderRoute(<ArticleView slug="refund-timelines" />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Refund timelines' })).toBeInTheDocument();
    expect(calls[0]?.url.searchParams.get('locale')).toBe('en');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
