import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '@/testing/fetch';
import { useAlerts } from '../hooks/use-alerts';
import { AGENT, CHAT, conversation, message, renderConsole } from '../testing/render-console';
import { InboxPage } from './inbox-page';

function Page() {
  const alerts = useAlerts();
  return <InboxPage agentId={AGENT} alerts={alerts} />;
}

const handover = 'Handed over by the bot: The customer asked for a person.\nDetected intents: failed_payment (0.91).\nTransaction: TXN1.';

function backend(extra: Parameters<typeof stubFetch>[0] = {}) {
  const queued = conversation({ id: 'cnv_q', status: 'QUEUED', assignedAgentId: undefined, participants: ['u2', 'support'], participantNames: { u2: 'Meera' }, queue: { position: 1 } });
  const bot = conversation({ id: 'cnv_b', status: 'BOT', assignedAgentId: undefined, participants: ['u3', 'support'], participantNames: { u3: 'Kabir' } });
  const mine = conversation({ handoverNote: handover, lastMessage: message({ senderRole: 'CUSTOMER', text: 'where is my money', seq: 1 }) });
  return stubFetch({
    'GET /api/chat': () => json([mine, queued, bot]),
    'GET /api/agents/queue': () => json([{ conversationId: 'cnv_q', position: 1 }]),
    'GET /api/agents/me': () => json({ agentId: AGENT, availability: 'ONLINE', activeChats: 1, maxConcurrentChats: 4, teams: ['payments'] }),
    [`GET /api/chat/${CHAT}`]: () => json(mine),
    [`GET /api/chat/${CHAT}/messages`]: () => json([message({ senderRole: 'CUSTOMER', text: 'where is my money', seq: 1 })]),
    'GET /api/agents/customers/demo-user-1/transactions': () =>
      json([{ id: 'TXN1', amount: 1250.5, status: 'FAILED', debited: true, method: 'UPI', counterparty: 'shop@okaxis', occurredAt: '2026-12-04T09:00:00Z' }]),
    ...extra,
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('InboxPage', () => {
  it('lists my chats, the queue and the bot’s chats in their tabs', async () => {
    backend();
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    expect(await screen.findByText('Ravi Kumar')).toBeInTheDocument();
    expect(screen.getByText('where is my money')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: /Queue/ }));
    expect(screen.getByText('Meera')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pick' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: /Bot/ }));
    expect(screen.getByText('Kabir')).toBeInTheDocument();
  });

  it('counts a new customer message as unread, live', async () => {
    backend();
    const { ws } = await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    await screen.findByText('Ravi Kumar');
    act(() => ws.receive('chat_message', message({ senderRole: 'CUSTOMER', text: 'hello??', seq: 2 })));
    expect(await screen.findByText('hello??')).toBeInTheDocument();
    expect(screen.getByLabelText('1 unread message')).toBeInTheDocument();
  });

  it('picks a queued chat and opens it under Mine, where it now is', async () => {
    const { calls } = backend({ 'POST /api/agents/queue/cnv_q/pick': () => json({ conversationId: 'cnv_q', agentId: AGENT }) });
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    await userEvent.click(await screen.findByRole('tab', { name: /Queue/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Pick' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/agent/inbox/cnv_q'));
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/agents/queue/cnv_q/pick')).toBe(true);
    // Not back on the Queue tab the chat has left (the list is refetched after the switch).
    await waitFor(() => expect(screen.getByRole('tab', { name: /Mine/ })).toHaveAttribute('aria-selected', 'true'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('tab', { name: /Mine/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('opens a chat with the handover summary, the thread and the customer’s payments', async () => {
    backend();
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: `/agent/inbox/${CHAT}` });
    const summary = await screen.findByRole('region', { name: 'Handover from the bot' });
    expect(within(summary).getByText('failed_payment')).toBeInTheDocument();
    expect(within(summary).getByText('91%')).toBeInTheDocument();
    expect(await screen.findByText('Failed but debited')).toBeInTheDocument();
    expect(screen.getByRole('log', { name: 'Messages' })).toHaveTextContent('where is my money');
  });

  it('titles the handover with its typed cause and urgency, whatever language the note is in', async () => {
    const urgent = conversation({ handover: { cause: 'SUSPECTED_FRAUD', priority: 'URGENT' }, handoverNote: 'बॉट ने बातचीत सौंपी' });
    backend({ [`GET /api/chat/${CHAT}`]: () => json(urgent), 'GET /api/chat': () => json([urgent]) });
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: `/agent/inbox/${CHAT}` });
    const summary = await screen.findByRole('region', { name: 'Handover from the bot' });
    expect(within(summary).getByRole('button', { expanded: true })).toHaveTextContent(/Urgent.*Suspected fraud/);
  });

  it('sends typing frames and the reply over the socket, and shows the customer typing', async () => {
    backend();
    const { ws } = await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: `/agent/inbox/${CHAT}` });
    const box = await screen.findByRole('textbox', { name: 'Reply to the customer' });
    await userEvent.type(box, 'Checking now{Enter}');
    expect(ws.frames('typing')[0]).toEqual({ chatId: CHAT, isTyping: true });
    await waitFor(() => expect(ws.frames('send_message')[0]).toMatchObject({ chatId: CHAT, text: 'Checking now' }));
    act(() => ws.receive('typing', { chatId: CHAT, userId: 'demo-user-1', name: 'Ravi Kumar', isTyping: true }));
    expect(screen.getByText('Ravi Kumar is typing…')).toBeInTheDocument();
  });

  it('keeps the draft per conversation in sessionStorage', async () => {
    backend();
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: `/agent/inbox/${CHAT}` });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Reply to the customer' }), 'half a reply');
    expect(sessionStorage.getItem(`zetpay.agent.draft.${CHAT}`)).toBe('half a reply');
  });

  it('moves with j / k and opens resolve with e', async () => {
    backend();
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    await screen.findByText('Ravi Kumar');
    await userEvent.keyboard('j');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/agent/inbox/${CHAT}`));
    await screen.findByRole('button', { name: 'Resolve' });
    await userEvent.keyboard('e');
    expect(await screen.findByRole('dialog', { name: 'Resolve the chat' })).toBeInTheDocument();
  });

  it('keeps the resolve reason as a private note, never as a message to the customer', async () => {
    const { calls } = backend({
      [`POST /api/agents/conversations/${CHAT}/notes`]: () => json({ id: 'n1', text: 'Resolved' }),
      [`POST /api/chat/${CHAT}/close`]: () => json(conversation({ status: 'CLOSED' })),
    });
    const { ws } = await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: `/agent/inbox/${CHAT}` });
    await userEvent.click(await screen.findByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Resolve the chat' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url.pathname === `/api/chat/${CHAT}/close`)).toBe(true));
    const note = calls.find((c) => c.method === 'POST' && c.url.pathname === `/api/agents/conversations/${CHAT}/notes`);
    expect(note?.body).toMatchObject({ text: 'Resolved: Question answered' });
    expect(calls.indexOf(note!)).toBeLessThan(calls.findIndex((c) => c.url.pathname === `/api/chat/${CHAT}/close`));
    expect(ws.frames('send_message')).toEqual([]);
  });

  it('lists teammates’ chats in the Team tab and badges an urgent handover from its typed cause', async () => {
    const teammate = conversation({
      id: 'cnv_t',
      assignedAgentId: 'agt_ravi',
      participants: ['u4', 'agt_ravi'],
      participantNames: { u4: 'Tara', agt_ravi: 'Ravi' },
      handover: { cause: 'SUSPECTED_FRAUD', priority: 'URGENT' },
      // The words of the summary no longer decide anything.
      handoverNote: 'बॉट ने बातचीत सौंपी',
    });
    backend({ 'GET /api/chat': () => json([conversation({}), teammate]) });
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    await screen.findByText('Ravi Kumar');
    expect(screen.queryByText('Tara')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: /Team/ }));
    const panel = screen.getByRole('tabpanel', { name: 'Team' });
    expect(within(panel).getByText('Tara')).toBeInTheDocument();
    expect(within(panel).getByText('Urgent')).toBeInTheDocument();
    expect(within(panel).getByTitle('Suspected fraud')).toBeInTheDocument();
  });

  it('loads the Closed tab from the server, older pages on demand', async () => {
    const closed = (id: string, name: string) =>
      conversation({ id, status: 'CLOSED', participants: [`u_${id}`, AGENT], participantNames: { [`u_${id}`]: name } });
    const { calls } = backend({
      'GET /api/agents/conversations/closed': (call) =>
        call.url.searchParams.get('cursor') === 'c2'
          ? json({ items: [closed('cnv_old', 'Older Customer')] })
          : json({ items: [closed('cnv_new', 'Newer Customer')], nextCursor: 'c2' }),
    });
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    await userEvent.click(await screen.findByRole('tab', { name: /Closed/ }));
    expect(await screen.findByText('Newer Customer')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show older' }));
    expect(await screen.findByText('Older Customer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show older' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname === '/api/agents/conversations/closed').map((c) => c.url.searchParams.get('cursor'))).toEqual([null, 'c2']);
  });

  it('filters by team, status and label, kept in the URL', async () => {
    const cards = conversation({
      id: 'cnv_c',
      team: 'cards',
      labels: ['vip'],
      participants: ['u5', AGENT],
      participantNames: { u5: 'Chitra' },
      lastMessage: message({ senderRole: 'AGENT', text: 'on it', seq: 3 }),
    });
    backend({
      'GET /api/chat': () => json([conversation({ lastMessage: message({ senderRole: 'CUSTOMER', text: 'where is my money', seq: 1 }) }), cards]),
      'GET /api/agents/labels': () => json([{ label: 'vip', conversations: 1 }]),
    });
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    await screen.findByText('Chitra');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'cards');
    expect(screen.getByTestId('location')).toHaveTextContent('/agent/inbox?team=cards');
    expect(screen.queryByText('Ravi Kumar')).not.toBeInTheDocument();
    expect(screen.getByText('Chitra')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'waiting');
    expect(screen.getByText('No chat matches these filters')).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Label' }), 'vip');
    expect(screen.getByTestId('location')).toHaveTextContent('/agent/inbox?label=vip');
    expect(screen.getByText('Chitra')).toBeInTheDocument();
    expect(screen.queryByText('Ravi Kumar')).not.toBeInTheDocument();
  });

  it('reads the filters from the URL it was opened at, and keeps them when a chat opens', async () => {
    backend({ 'GET /api/chat': () => json([conversation({ team: 'payments' }), conversation({ id: 'cnv_c', team: 'cards', participants: ['u5', AGENT], participantNames: { u5: 'Chitra' } })]) });
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox?team=cards' });
    await userEvent.click(await screen.findByText('Chitra'));
    expect(screen.getByTestId('location')).toHaveTextContent('/agent/inbox/cnv_c?team=cards');
    expect(screen.queryByText('Ravi Kumar')).not.toBeInTheDocument();
  });

  it('searches across conversations and opens a result', async () => {
    const { calls } = backend({
      'GET /api/agents/conversations/search': () =>
        json({ items: [{ id: 'cnv_x', customerId: 'u9', customerName: 'Zubin Old', status: 'CLOSED', labels: [], updatedAt: '2026-11-01T10:00:00Z' }], page: 0, size: 20, hasMore: false }),
    });
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    await screen.findByText('Ravi Kumar');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search conversations' }), 'zubin');
    // Sent once the typing pauses, with the whole word.
    await waitFor(() => expect(calls.filter((c) => c.url.pathname === '/api/agents/conversations/search').at(-1)?.url.searchParams.get('q')).toBe('zubin'));
    const results = await screen.findByRole('region', { name: 'Search results' });
    await userEvent.click(await within(results).findByText('Zubin Old'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/agent/inbox/cnv_x?q=zubin'));
  });

  it('shows in each search result the words that matched', async () => {
    backend({
      'GET /api/agents/conversations/search': () =>
        json({
          items: [
            { id: 'cnv_x', customerId: 'u9', customerName: 'Zubin Old', status: 'CLOSED', labels: [], updatedAt: '2026-11-01T10:00:00Z', matched: 'my kestrel refund is late' },
            { id: 'cnv_y', customerId: 'u8', customerName: 'Kestrel Rao', status: 'CLOSED', labels: [], updatedAt: '2026-11-01T10:00:00Z' },
          ],
          page: 0,
          size: 20,
          hasMore: false,
        }),
    });
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    await screen.findByText('Ravi Kumar');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search conversations' }), 'kestrel');
    const results = await screen.findByRole('region', { name: 'Search results' });
    expect(await within(results).findByText('my kestrel refund is late')).toBeInTheDocument();
    // Found by the name: the conversation's id instead.
    expect(within(results).getByText('cnv_y')).toBeInTheDocument();
  });

  it('shows an error with a retry when the inbox cannot load', async () => {
    stubFetch({
      'GET /api/chat': () => json({ status: 500, title: 'Server error' }, 500),
      'GET /api/agents/queue': () => json([]),
      'GET /api/agents/me': () => json({}),
    });
    await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: '/agent/inbox' });
    expect(await screen.findByText('The inbox could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
