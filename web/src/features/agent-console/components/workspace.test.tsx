import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWebSocket } from '@/testing/fake-websocket';
import { json, stubFetch } from '@/testing/fetch';
import { useAlerts } from '../hooks/use-alerts';
import { AGENT, CHAT, conversation, message, renderConsole } from '../testing/render-console';
import { InboxPage } from './inbox-page';

function Page() {
  const alerts = useAlerts();
  return <InboxPage agentId={AGENT} alerts={alerts} />;
}

const PRIYA = 'agt_priya';
const colleagues = [
  { id: AGENT, name: 'Asha', handle: 'asha', availability: 'ONLINE', connected: true, activeChats: 1, maxConcurrentChats: 4, canTakeChats: true, teams: ['payments'], me: true },
  { id: PRIYA, name: 'Priya Sharma', handle: 'priya', availability: 'ONLINE', connected: true, activeChats: 2, maxConcurrentChats: 4, canTakeChats: true, teams: ['payments'], me: false },
  { id: 'agt_full', name: 'Full Fatima', handle: 'fatima', availability: 'ONLINE', connected: true, activeChats: 3, maxConcurrentChats: 3, canTakeChats: true, teams: ['kyc'], me: false },
];
const note = (noteSeq: number, afterSeq: number, text: string, author = 'Priya Sharma') => ({
  id: `note_${noteSeq}`,
  chatId: CHAT,
  noteSeq,
  afterSeq,
  authorId: author === 'Asha' ? AGENT : PRIYA,
  authorName: author,
  text,
  mentions: [],
  timestamp: '2026-12-04T10:01:00Z',
});

function backend(extra: Parameters<typeof stubFetch>[0] = {}) {
  const mine = conversation({ labels: ['refund'] });
  return stubFetch({
    'GET /api/chat': () => json([mine]),
    'GET /api/agents/queue': () => json([]),
    'GET /api/agents/me': () => json({ agentId: AGENT, availability: 'ONLINE', activeChats: 1, maxConcurrentChats: 4, teams: ['payments'] }),
    [`GET /api/chat/${CHAT}`]: () => json(mine),
    [`GET /api/chat/${CHAT}/messages`]: () =>
      json([message({ senderRole: 'CUSTOMER', text: 'where is my money', seq: 1 }), message({ senderRole: 'AGENT', text: 'Looking into it', seq: 2 })]),
    [`GET /api/agents/conversations/${CHAT}/notes`]: () => json([note(1, 1, 'Bank says RRN pending')]),
    'GET /api/agents/customers/demo-user-1/transactions': () => json([]),
    'GET /api/agents/customers/demo-user-1/conversations': () =>
      json([
        { id: CHAT, status: 'ASSIGNED', labels: [], createdAt: '2026-12-04T09:58:00Z', updatedAt: '2026-12-04T10:00:00Z' },
        { id: 'cnv_old', status: 'CLOSED', topic: 'Card blocked', labels: ['kyc'], createdAt: '2026-11-01T09:00:00Z', updatedAt: '2026-11-01T10:00:00Z' },
      ]),
    'GET /api/tickets': () => json({ items: [{ id: 'tkt_1', number: 'ZP-1042', issueType: 'Refund late', status: 'OPEN', createdAt: '2026-11-20T09:00:00Z' }], page: 0, size: 10, total: 1 }),
    'GET /api/agents/colleagues': () => json(colleagues),
    ...extra,
  });
}

async function openChat(extra: Parameters<typeof stubFetch>[0] = {}) {
  const fetch = backend(extra);
  const view = await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: `/agent/inbox/${CHAT}` });
  const box = await screen.findByRole('textbox', { name: 'Reply to the customer' });
  return { ...fetch, ...view, box };
}

afterEach(() => vi.unstubAllGlobals());

describe('the conversation workspace', () => {
  it('shows private notes among the messages, marked as private, after the message they followed', async () => {
    await openChat();
    const log = screen.getByRole('log', { name: 'Messages' });
    const noteItem = await within(log).findByRole('listitem', { name: 'Private note by Priya Sharma' });
    expect(noteItem).toHaveTextContent('Private note');
    const items = within(log).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.findIndex((x) => x.includes('where is my money'))).toBeLessThan(items.findIndex((x) => x.includes('RRN pending')));
    expect(items.findIndex((x) => x.includes('RRN pending'))).toBeLessThan(items.findIndex((x) => x.includes('Looking into it')));
  });

  it('adds a live note from a chat_note frame', async () => {
    const { ws } = await openChat();
    act(() => ws.receive('chat_note', note(2, 2, 'Refund approved, tell him')));
    expect(await screen.findByText('Refund approved, tell him')).toBeInTheDocument();
  });

  it('catches up on a note written while the socket was down once it reopens', async () => {
    let notes = [note(1, 1, 'Bank says RRN pending')];
    const { client } = await openChat({ [`GET /api/agents/conversations/${CHAT}/notes`]: () => json(notes) });
    await screen.findByText('Bank says RRN pending');
    act(() => FakeWebSocket.last.drop());
    notes = [...notes, note(2, 2, 'Written while you were away')]; // its chat_note went nowhere
    act(() => client.reconnectNow());
    const ws = FakeWebSocket.last;
    await act(async () => {
      ws.open();
      await Promise.resolve();
    });
    act(() => ws.receive('auth_success', { userId: AGENT, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }));
    expect(await screen.findByText('Written while you were away')).toBeInTheDocument();
  });

  it('opens a mention at its note: the note has the id the link names and scrolls into view once', async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      backend();
      const { ws } = await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: `/agent/inbox/${CHAT}#note-note_1` });
      const noteItem = await screen.findByRole('listitem', { name: 'Private note by Priya Sharma' });
      expect(noteItem).toHaveAttribute('id', 'note-note_1');
      await waitFor(() => expect(scrolled).toEqual([noteItem]));
      act(() => ws.receive('chat_note', note(2, 2, 'Refund approved, tell him')));
      await screen.findByText('Refund approved, tell him');
      expect(scrolled).toEqual([noteItem]);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('opens canned responses on /, moves with the arrows and fills the chosen one on the server into the box', async () => {
    const { box, calls, ws } = await openChat({
      'GET /api/agents/canned-responses': () =>
        json([
          { id: 'cr_1', shortcut: 'refund-eta', text: 'Hi {{customer.name}}, refunds take 3 days', scope: 'PERSONAL' },
          { id: 'cr_2', shortcut: 'refund-rrn', text: 'Your RRN is …', team: 'payments', scope: 'TEAM' },
        ]),
      'POST /api/agents/canned-responses/cr_2/render': () => json({ id: 'cr_2', conversationId: CHAT, text: 'Your RRN is 4242, Ravi' }),
    });
    await userEvent.type(box, '/ref');
    const list = await screen.findByRole('listbox', { name: 'Canned responses' });
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    expect(calls.some((c) => c.url.pathname === '/api/agents/canned-responses' && c.url.searchParams.get('q') === 'ref')).toBe(true);
    await userEvent.keyboard('{ArrowDown}');
    expect(within(list).getByRole('option', { name: /refund-rrn/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(box).toHaveValue('Your RRN is 4242, Ravi'));
    expect(calls.find((c) => c.url.pathname.endsWith('/render'))?.body).toEqual({ conversationId: CHAT });
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(ws.frames('send_message')).toEqual([]);
  });

  it('looks a canned shortcut up once it stops changing, not at every keystroke', async () => {
    const { box, calls } = await openChat({
      'GET /api/agents/canned-responses': () => json([{ id: 'cr_1', shortcut: 'refund-eta', text: 'Refunds take 3 days', scope: 'PERSONAL' }]),
    });
    await userEvent.type(box, '/refund');
    await screen.findByRole('listbox', { name: 'Canned responses' });
    const searches = calls.filter((c) => c.url.pathname === '/api/agents/canned-responses');
    expect(searches.map((c) => c.url.searchParams.get('q'))).toEqual(['refund']);
  });

  it('closes the canned list with Escape and keeps the text', async () => {
    const { box } = await openChat({ 'GET /api/agents/canned-responses': () => json([{ id: 'cr_1', shortcut: 'hello', text: 'Hello' }]) });
    await userEvent.type(box, '/he');
    await screen.findByRole('listbox', { name: 'Canned responses' });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveValue('/he');
  });

  it('writes a private note with an @mention picked from the colleagues, never telling the customer', async () => {
    const { calls, ws } = await openChat({
      [`POST /api/agents/conversations/${CHAT}/notes`]: (c) => json(note(2, 2, (c.body as { text: string }).text, 'Asha'), 201),
    });
    await userEvent.click(screen.getByRole('radio', { name: 'Private note' }));
    const box = screen.getByRole('textbox', { name: /Private note for the team/ });
    await userEvent.type(box, 'Can you check this @pri');
    const list = await screen.findByRole('listbox', { name: 'Mention a colleague' });
    expect(within(list).getByRole('option', { name: /Priya Sharma/ })).toBeInTheDocument();
    expect(within(list).queryByRole('option', { name: /Asha/ })).not.toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(box).toHaveValue('Can you check this @priya ');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url.pathname.endsWith('/notes'))).toBe(true));
    expect(calls.find((c) => c.method === 'POST' && c.url.pathname.endsWith('/notes'))?.body).toMatchObject({ text: 'Can you check this @priya' });
    expect(await screen.findByRole('listitem', { name: 'Private note by Asha' })).toHaveTextContent('@priya');
    expect(ws.frames('typing')).toEqual([]);
    expect(ws.frames('send_message')).toEqual([]);
    expect(ws.frames('viewing').some((f) => f.typing)).toBe(true);
  });

  it('transfers to a colleague chosen from the directory, with status and load, the note written in the thread first', async () => {
    const { calls } = await openChat({
      [`POST /api/agents/conversations/${CHAT}/transfer`]: () => json({ conversationId: CHAT }),
      [`POST /api/agents/conversations/${CHAT}/notes`]: () => json({ id: 'nte_t', noteSeq: 9, afterSeq: 4, text: 'x' }, 201),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Transfer the chat' });
    const priya = await within(dialog).findByRole('radio', { name: /Priya Sharma/ });
    expect(within(dialog).getByText(/2\/4 chats/)).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /Full Fatima/ })).toBeDisabled();
    expect(within(dialog).queryByRole('radio', { name: /Asha/ })).not.toBeInTheDocument();
    await userEvent.click(priya);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Note for the next person' }), 'UPI refund, RRN sent');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(calls.some((c) => c.url.pathname.endsWith('/transfer'))).toBe(true));
    // The bot's handover stays pinned; the note is a private note, stored while the chat is still ours.
    expect(calls.find((c) => c.url.pathname.endsWith('/transfer'))?.body).toEqual({ toAgentId: PRIYA });
    const noteCall = calls.findIndex((c) => c.url.pathname.endsWith('/notes') && c.method === 'POST');
    expect(noteCall).toBeGreaterThanOrEqual(0);
    expect(noteCall).toBeLessThan(calls.findIndex((c) => c.url.pathname.endsWith('/transfer')));
    expect(calls[noteCall]?.body).toMatchObject({ text: 'Transferred to Priya Sharma: UPI refund, RRN sent' });
  });

  it('tells the server it is viewing and shows the colleagues there and who types', async () => {
    const { ws } = await openChat();
    expect(ws.frames('viewing')[0]).toEqual({ kind: 'conversation', id: CHAT, typing: false });
    act(() =>
      ws.receive('viewers_changed', {
        kind: 'conversation',
        id: CHAT,
        viewers: [
          { agentId: AGENT, name: 'Asha', typing: false },
          { agentId: PRIYA, name: 'Priya Sharma', typing: false },
        ],
      }),
    );
    expect(await screen.findByText('Priya Sharma is also viewing')).toBeInTheDocument();
    act(() => ws.receive('viewers_changed', { kind: 'conversation', id: CHAT, viewers: [{ agentId: PRIYA, name: 'Priya Sharma', typing: true }] }));
    expect(await screen.findByText('Priya Sharma is typing…')).toBeInTheDocument();
    act(() => ws.receive('viewers_changed', { kind: 'conversation', id: 'cnv_other', viewers: [] }));
    expect(screen.getByText('Priya Sharma is typing…')).toBeInTheDocument();
  });

  it('lists the customer’s other conversations and tickets, which open from there', async () => {
    await openChat();
    const past = await screen.findByRole('region', { name: 'Past conversations' });
    const old = await within(past).findByRole('link', { name: /Card blocked/ });
    expect(old).toHaveAttribute('href', '/agent/inbox/cnv_old');
    expect(within(past).getAllByRole('link')).toHaveLength(1);
    const tickets = screen.getByRole('region', { name: 'Tickets' });
    expect(await within(tickets).findByRole('link', { name: /ZP-1042/ })).toHaveAttribute('href', '/agent/tickets/tkt_1');
  });

  it('adds and removes labels on the conversation', async () => {
    const { calls } = await openChat({
      [`PUT /api/agents/conversations/${CHAT}/labels/vip`]: () => json({ chatId: CHAT, labels: ['refund', 'vip'] }),
      [`DELETE /api/agents/conversations/${CHAT}/labels/refund`]: () => json({ chatId: CHAT, labels: ['vip'] }),
      'GET /api/agents/labels': () => json([{ label: 'vip', conversations: 3 }]),
    });
    const labels = screen.getByRole('list', { name: 'Labels' });
    expect(labels).toHaveTextContent('refund');
    await userEvent.click(within(labels).getByRole('button', { name: 'Add label' }));
    await userEvent.type(within(labels).getByRole('combobox', { name: 'New label' }), 'VIP{Enter}');
    expect(await within(labels).findByText('vip')).toBeInTheDocument();
    await userEvent.click(within(labels).getByRole('button', { name: 'Remove label refund' }));
    await waitFor(() => expect(within(labels).queryByText('refund')).not.toBeInTheDocument());
    expect(calls.some((c) => c.method === 'PUT' && c.url.pathname.endsWith('/labels/vip'))).toBe(true);
  });

  it('shows a new label in the inbox too, so filtering by it keeps the chat listed', async () => {
    await openChat({
      [`PUT /api/agents/conversations/${CHAT}/labels/vip`]: () => json({ chatId: CHAT, labels: ['refund', 'vip'] }),
      'GET /api/agents/labels': () => json([{ label: 'vip', conversations: 3 }]),
    });
    const labels = screen.getByRole('list', { name: 'Labels' });
    await userEvent.click(within(labels).getByRole('button', { name: 'Add label' }));
    await userEvent.type(within(labels).getByRole('combobox', { name: 'New label' }), 'vip{Enter}');
    expect(await within(labels).findByText('vip')).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Label' }), 'vip');
    expect(screen.queryByText('No chat matches these filters')).not.toBeInTheDocument();
  });

  it('lets an agent who may only read the chat leave a note, with no way to reply', async () => {
    const others = conversation({ assignedAgentId: PRIYA, participants: ['demo-user-1', PRIYA] });
    const { calls, ws } = await (async () => {
      const fetch = backend({
        [`GET /api/chat/${CHAT}`]: () => json(others),
        [`POST /api/agents/conversations/${CHAT}/notes`]: (c) => json(note(2, 2, (c.body as { text: string }).text, 'Asha'), 201),
      });
      const view = await renderConsole(<Page />, { path: '/agent/inbox/:chatId?', at: `/agent/inbox/${CHAT}` });
      return { ...fetch, ...view };
    })();
    expect(await screen.findByText('Another agent has this chat.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Reply to the customer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Reply' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /Private note for the team/ }), 'Customer called the bank too{Enter}');
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url.pathname.endsWith('/notes'))).toBe(true));
    expect(ws.frames('send_message')).toEqual([]);
  });

  it('keeps a note’s draft apart from the reply’s, so a reload never opens a note as a reply', async () => {
    const { box } = await openChat();
    await userEvent.type(box, 'Ask the bank');
    await userEvent.click(screen.getByRole('radio', { name: 'Private note' }));
    expect(screen.getByRole('textbox', { name: /Private note for the team/ })).toHaveValue('Ask the bank');
    expect(sessionStorage.getItem(`zetpay.agent.draft.${CHAT}`) ?? '').toBe('');
    expect(sessionStorage.getItem(`zetpay.agent.draft.${CHAT}:note`)).toBe('Ask the bank');
  });
});
