import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { useAlerts } from '../hooks/use-alerts';
import { AGENT, renderConsole } from '../testing/render-console';
import { Bot, ChartColumn, Inbox } from 'lucide-react';
import { AgentShell, type RailItem } from './agent-shell';
import { withMention } from './mentions-menu';

const rail: RailItem[] = [
  { to: '/agent/inbox', label: 'Inbox', icon: <Inbox /> },
  { to: '/admin/reports', label: 'Reports', icon: <ChartColumn />, needs: ['SUPERVISOR', 'ADMIN'] },
  { to: '/admin/bot', label: 'Bot', icon: <Bot />, needs: ['ADMIN'] },
];

function Shell() {
  const alerts = useAlerts();
  return (
    <AgentShell alerts={alerts} onHelp={() => {}} rail={rail}>
      <p>page</p>
    </AgentShell>
  );
}

const mention = (id: string, patch: Record<string, unknown> = {}) => ({
  id,
  conversationId: 'cnv_9',
  noteId: `note_${id}`,
  noteSeq: 1,
  authorId: 'agt_ravi',
  authorName: 'Ravi',
  excerpt: '@asha can you check the refund?',
  mentionedAt: '2026-12-04T10:00:00Z',
  read: false,
  ...patch,
});

function backend(extra: Parameters<typeof stubFetch>[0] = {}) {
  return stubFetch({
    'GET /api/agents/me': () => json({ agentId: AGENT, name: 'Asha', availability: 'ONLINE', activeChats: 1, maxConcurrentChats: 4, teams: ['payments'] }),
    'GET /api/agents/me/mentions': () => json({ mentions: [mention('m1')], unread: 1 }),
    ...extra,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('AgentShell title', () => {
  it('says Agent console on the desk', async () => {
    backend();
    await renderConsole(<Shell />, { path: '/agent/*', at: '/agent/inbox' });
    expect(screen.getByRole('banner')).toHaveTextContent('Agent console');
  });

  it('says Admin console on the supervisors\' and admins\' pages', async () => {
    backend();
    await renderConsole(<Shell />, { path: '/admin/*', at: '/admin/reports', roles: ['SUPERVISOR'] });
    expect(screen.getByRole('banner')).toHaveTextContent('Admin console');
    expect(screen.getByRole('banner')).not.toHaveTextContent('Agent console');
  });
});

describe('AgentShell rail', () => {
  it('shows an agent only the places every staff member may open', async () => {
    backend();
    await renderConsole(<Shell />);
    const nav = screen.getByRole('navigation', { name: 'Console' });
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/agent/inbox']);
  });

  it('shows a supervisor the reports but not the admins\' bot', async () => {
    backend();
    await renderConsole(<Shell />, { roles: ['AGENT', 'SUPERVISOR'] });
    const nav = screen.getByRole('navigation', { name: 'Console' });
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/agent/inbox', '/admin/reports']);
  });
});

describe('AgentShell header', () => {
  it('follows the agent_load frame for status and capacity, without polling', async () => {
    const { calls } = backend();
    const { ws } = await renderConsole(<Shell />, { path: '/agent/*', at: '/agent' });
    expect(await screen.findByTestId('capacity')).toHaveTextContent('1 of 4 chats');
    const reads = calls.filter((c) => c.url.pathname === '/api/agents/me').length;

    act(() => ws.receive('agent_load', { status: 'AWAY', active: 3, capacity: 4 }));

    await waitFor(() => expect(screen.getByTestId('capacity')).toHaveTextContent('3 of 4 chats'));
    expect(screen.getByRole('combobox', { name: 'Your status' })).toHaveValue('AWAY');
    expect(calls.filter((c) => c.url.pathname === '/api/agents/me').length).toBe(reads);
  });

  it('counts unread mentions, live, and opens the conversation at the note, marking it read', async () => {
    const { calls } = backend({ 'POST /api/agents/me/mentions/m2/read': () => json({ id: 'm2', unread: 1 }) });
    const { ws } = await renderConsole(<Shell />, { path: '/agent/*', at: '/agent' });
    const bell = await screen.findByRole('button', { name: 'Mentions: 1 unread' });

    act(() => ws.receive('mention', mention('m2', { authorName: 'Kiran', conversationId: 'cnv_7', noteId: 'note_7' })));
    await waitFor(() => expect(bell).toHaveAccessibleName('Mentions: 2 unread'));

    await userEvent.click(bell);
    const panel = screen.getByRole('dialog', { name: 'Mentions' });
    await userEvent.click(within(panel).getByText('Kiran mentioned you'));

    expect(screen.getByTestId('location')).toHaveTextContent('/agent/inbox/cnv_7');
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/agents/me/mentions/m2/read')).toBe(true));
    expect(await screen.findByRole('button', { name: 'Mentions: 1 unread' })).toBeInTheDocument();
  });

  it('marks every mention read', async () => {
    const { calls } = backend({ 'POST /api/agents/me/mentions/read': () => json({ marked: 1, unread: 0 }) });
    await renderConsole(<Shell />, { path: '/agent/*', at: '/agent' });
    await userEvent.click(await screen.findByRole('button', { name: 'Mentions: 1 unread' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText(/No unread mentions/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mentions' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/agents/me/mentions/read')).toBe(true);
  });

  it('turns the sound on and off, remembered in localStorage', async () => {
    backend();
    await renderConsole(<Shell />, { path: '/agent/*', at: '/agent' });
    await userEvent.click(await screen.findByRole('button', { name: 'Turn on the sound for new chats and messages' }));
    expect(JSON.parse(localStorage.getItem('zetpay.agent.alerts') ?? '{}')).toMatchObject({ sound: true });
    await userEvent.click(screen.getByRole('button', { name: 'Turn off the sound' }));
    expect(JSON.parse(localStorage.getItem('zetpay.agent.alerts') ?? '{}')).toMatchObject({ sound: false });
  });
});

describe('withMention', () => {
  it('adds a mention once, even if the frame comes again', () => {
    const list = { mentions: [], unread: 0 };
    const once = withMention(list, mention('m1') as never);
    expect(once).toMatchObject({ unread: 1 });
    expect(withMention(once, mention('m1') as never)).toBe(once);
  });
});
