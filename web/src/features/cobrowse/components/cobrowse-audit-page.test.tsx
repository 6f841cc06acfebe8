import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '@/testing/render';
import { json, stubFetch } from '@/testing/fetch';
import { CobrowseAuditPage } from './cobrowse-audit-page';

const row = (over: Record<string, unknown>) => ({
  id: 's1',
  chatId: 'cnv_1',
  agentId: 'agt_1',
  agentName: 'Kavya Iyer',
  customerId: 'demo-user-3',
  state: 'ENDED',
  requestedAt: '2026-12-04T05:00:00Z',
  answeredAt: '2026-12-04T05:00:10Z',
  consented: true,
  endedAt: '2026-12-04T05:03:10Z',
  endedBy: 'customer',
  endReason: 'ENDED_BY_CUSTOMER',
  sharedSeconds: 180,
  ...over,
});

describe('CobrowseAuditPage', () => {
  it('lists who co-browsed, when, with whose consent and how it ended, and filters by agent and page', async () => {
    const { calls } = stubFetch({
      'GET /api/team/accounts': () => json([{ id: 'agt_1', name: 'Kavya Iyer' }, { id: 'agt_2', name: 'Asha Rao' }]),
      'GET /api/cobrowse/sessions': ({ url }) => json(Number(url.searchParams.get('page')) === 0
        ? { items: [row({}), row({ id: 's2', state: 'DECLINED', consented: false, answeredAt: '2026-12-04T04:59:00Z', endedBy: 'customer', endReason: null, sharedSeconds: 0 })], page: 0, size: 20, total: 21, from: '2026-11-28', to: '2026-12-04' }
        : { items: [row({ id: 's3', endedBy: 'system', endReason: 'PAGE_LOST' })], page: 1, size: 20, total: 21, from: '2026-11-28', to: '2026-12-04' }),
    });
    const urls = () => calls.map((c) => c.url.toString());
    renderRoute(<CobrowseAuditPage now={new Date('2026-12-04T10:00:00Z')} />, { path: '/admin/cobrowse' });

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Kavya Iyer');
    expect(rows[1]).toHaveTextContent('Given');
    expect(rows[1]).toHaveTextContent('3 min 0 s');
    expect(rows[1]).toHaveTextContent('By the customer · stopped sharing');
    expect(rows[2]).toHaveTextContent('Declined');
    expect(urls().find((u) => u.includes('/api/cobrowse/sessions'))).toContain('from=2026-11-28');

    await userEvent.selectOptions(screen.getByLabelText('Agent'), 'agt_2');
    await vi.waitFor(() => expect(urls().some((u) => u.includes('agentId=agt_2'))).toBe(true));
    await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByText(/the page lost its connection/)).toHaveTextContent('By the system');
    expect(screen.getByText('Page 2 of 2 · 21 sessions')).toBeInTheDocument();
  });
});
