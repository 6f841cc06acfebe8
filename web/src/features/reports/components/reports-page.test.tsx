import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import type { Report } from '../api/get-reports';
import { ReportsPage } from './reports-page';

const NOW = new Date('2026-03-09T12:00:00Z');

function stat(count: number, median: number | null, p90: number | null) {
  return { count, median, p90 };
}

function report(overrides: Partial<Report> = {}): Report {
  return {
    filter: { from: '2026-03-03', to: '2026-03-09' },
    volume: { opened: 10, closed: 6, days: [{ day: '2026-03-03', opened: 3, closed: 3 }] },
    times: {
      firstResponse: stat(6, 450, 4500),
      resolution: stat(6, 1800, 9000),
      days: [{ day: '2026-03-03', firstResponse: stat(3, 120, 1464), resolution: stat(3, 1800, 11880) }],
    },
    sla: { tickets: 3, firstResponse: { met: 1, breached: 1, pending: 1 }, resolution: { met: 1, breached: 0, pending: 2 } },
    csat: {
      ratings: 4,
      average: 3.5,
      distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: rating === 1 ? 0 : 1 })),
    },
    bot: { botTook: 4, contained: 1, containmentRate: 0.25, handovers: [{ cause: 'FAILED_PAYMENT', count: 1 }] },
    heatMap: Array.from({ length: 168 }, (_, i) => ({ weekday: Math.floor(i / 24) + 1, hour: i % 24, opened: i === 10 ? 2 : 0 })),
    agents: [
      { agentId: 'a1', name: 'Asha Rao', handled: 3, medianFirstResponse: 120, medianResolution: 1800, csatAverage: 3.33, ratings: 3, secondsOnline: 39_600 },
    ],
    ...overrides,
  } as Report;
}

function renderPage() {
  return renderRoute(<ReportsPage now={NOW} />, { path: '/admin/reports' });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Reports', () => {
  it('shows skeletons while loading', async () => {
    stubFetch({ 'GET /api/reports': () => new Promise<Response>(() => {}) });
    renderPage();
    expect(await screen.findByRole('status', { name: 'Loading the reports…' })).toBeInTheDocument();
  });

  it('asks for the last seven IST days, then shows every report with its number', async () => {
    const { calls } = stubFetch({ 'GET /api/reports': () => json(report()) });
    renderPage();
    expect(await screen.findByRole('region', { name: 'Volume' })).toHaveTextContent('Opened 10 · Closed 6');
    expect(calls[0]?.url.searchParams.get('from')).toBe('2026-03-03');
    expect(calls[0]?.url.searchParams.get('to')).toBe('2026-03-09');
    expect(screen.getByRole('region', { name: 'First response and resolution' })).toHaveTextContent(
      'First response (median) 7 min 30 s (p90 1 h 15 min)',
    );
    expect(screen.getByRole('region', { name: 'CSAT' })).toHaveTextContent('Average 3.5 from 4 ratings');
    expect(screen.getByRole('region', { name: 'Bot containment and handovers' })).toHaveTextContent('25.0 % contained (1 of 4)');
    expect(screen.getByRole('cell', { name: 'Mon 10:00, 2 opened' })).toBeInTheDocument();
    const agents = within(screen.getByRole('region', { name: 'Agents' }));
    const row = agents.getByRole('row', { name: /Asha Rao/ });
    expect(row).toHaveTextContent('Asha Rao32 min30 min3.3311 h');
  });

  it('filters by channel and team', async () => {
    const { calls } = stubFetch({
      'GET /api/reports': () => json(report()),
      'GET /api/team/teams': () => json([{ name: 'cards', displayName: 'Cards desk', members: 2, openChats: 0, queued: 0 }]),
    });
    renderPage();
    await screen.findByRole('region', { name: 'Volume' });
    await userEvent.selectOptions(screen.getByLabelText('Channel'), 'PAYMENT_INCIDENT');
    await screen.findByRole('option', { name: 'Cards desk' });
    await userEvent.selectOptions(screen.getByLabelText('Team'), 'cards');
    await vi.waitFor(() => expect(calls.at(-1)?.url.searchParams.get('team')).toBe('cards'));
    expect(calls.at(-1)?.url.searchParams.get('channel')).toBe('PAYMENT_INCIDENT');
  });

  it('says when nothing happened in the range', async () => {
    stubFetch({
      'GET /api/reports': () => json(report({ volume: { opened: 0, closed: 0, days: [] }, agents: [] })),
    });
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Nothing in this range' })).toBeInTheDocument();
  });

  it('says what failed and retries', async () => {
    let calls = 0;
    stubFetch({
      'GET /api/reports': () => (++calls === 1 ? json({ status: 503, title: 'Service Unavailable' }, 503) : json(report())),
    });
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the reports');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Volume' })).toBeInTheDocument();
  });

  it('exports a table as CSV with the same filters', async () => {
    const { calls } = stubFetch({
      'GET /api/reports': () => json(report()),
      'GET /api/reports/agents.csv': () =>
        new Response('agent_id,name\r\na1,Asha Rao\r\n', { headers: { 'Content-Type': 'text/csv' } }),
    });
    const created = vi.fn(() => 'blob:csv');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage();
    await screen.findByRole('region', { name: 'Agents' });
    await userEvent.click(screen.getByRole('button', { name: 'Export Agents as CSV' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const csv = calls.find((c) => c.url.pathname === '/api/reports/agents.csv');
    expect(csv?.url.searchParams.get('from')).toBe('2026-03-03');
    expect(created).toHaveBeenCalled();
  });
});
