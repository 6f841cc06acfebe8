import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import '../i18n';
import { TrainingPage } from './training-page';

afterEach(() => vi.unstubAllGlobals());

const versions = [
  {
    version: 2,
    active: true,
    examples: 40,
    intents: 4,
    createdAt: '2026-12-02T10:00:00Z',
    evaluation: {
      tested: 8,
      accuracy: 0.875,
      macroF1: 0.8,
      intents: [{ intent: 'refund', support: 2, precision: 0.5, recall: 1, f1: 0.667 }],
      confusions: [{ expected: 'otp', predicted: 'refund', count: 1 }],
    },
  },
  { version: 1, active: false, examples: 30, intents: 3, createdAt: '2026-12-01T10:00:00Z' },
];

describe('the training page', () => {
  it('shows the active version’s evaluation and offers to roll back to the older one', async () => {
    stubFetch({
      'GET /api/admin/bot/models': () => json(versions),
      'GET /api/admin/bot/models/training': () => json({ state: 'IDLE', fraction: 0, percent: 0 }),
    });
    renderRoute(<TrainingPage />);

    const evaluation = await screen.findByRole('region', { name: 'Evaluation of version 2' });
    expect(evaluation).toHaveTextContent('87.5%');
    expect(evaluation).toHaveTextContent('80.0%');
    expect(within(evaluation).getByRole('table', { name: 'Most frequent confusions' })).toHaveTextContent('otprefund1');
    const table = screen.getByRole('region', { name: 'Model versions' });
    await waitFor(() => expect(within(table).getByRole('button', { name: 'Roll back to version 1' })).toBeInTheDocument());
  });
});
