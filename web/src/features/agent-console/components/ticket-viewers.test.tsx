import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { AGENT, renderConsole } from '../testing/render-console';
import { TicketDetail } from './ticket-detail';

afterEach(() => vi.unstubAllGlobals());

const ticket = { id: 'tkt_1', number: 'ZP-1001', issueType: 'Wallet top-up missing', customerName: 'Ravi Kumar', status: 'OPEN', priority: 'HIGH', thread: [], history: [] };

it('a ticket opened by its number tells who else has it open, keyed by its id, and that this agent types', async () => {
  stubFetch({ 'GET /api/tickets/ZP-1001': () => json(ticket) });
  const { ws } = await renderConsole(<TicketDetail agentId={AGENT} teams={['payments']} />, { path: '/agent/tickets/:ticketId', at: '/agent/tickets/ZP-1001' });
  await screen.findByText('Wallet top-up missing');
  expect(ws.frames('viewing')[0]).toEqual({ kind: 'ticket', id: 'ZP-1001', typing: false });
  act(() => ws.receive('viewers_changed', { kind: 'ticket', id: 'tkt_1', viewers: [{ agentId: 'agt_priya', name: 'Priya Sharma', typing: true }] }));
  expect(await screen.findByText('Priya Sharma is also viewing')).toBeInTheDocument();
  expect(screen.getByText('Priya Sharma is typing…')).toBeInTheDocument();
  await userEvent.type(screen.getByRole('textbox', { name: /reply|note/i }), 'On it');
  expect(ws.frames('viewing').at(-1)).toEqual({ kind: 'ticket', id: 'ZP-1001', typing: true });
});
