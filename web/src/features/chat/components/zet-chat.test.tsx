import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json } from '@/testing/fetch';
import { CHAT, message, renderChat, session } from '../testing/render-chat';

afterEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, value: true });
});

const thread = () => screen.findByRole('list', { name: 'Messages' });

describe('ZetChat', () => {
  it('tells the assistant, the agent, system notes and the customer apart', async () => {
    await renderChat({
      chat: session({ status: 'ASSIGNED', assignedAgentId: 'agt_1', participantNames: { agt_1: 'Asha Rao' }, agentOnline: true }),
      history: [
        message({ senderRole: 'BOT', seq: 1, text: 'Hi, I am the **Zet Pay Assistant**.' }),
        message({ senderRole: 'CUSTOMER', seq: 2, text: 'I want to talk to a person' }),
        message({ senderRole: 'SYSTEM', seq: 3, text: 'Asha Rao joined the chat.' }),
        message({ senderRole: 'AGENT', seq: 4, text: 'Hello Ravi, I am looking at it.' }),
      ],
    });
    const list = await thread();
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.dataset.sender)).toEqual(['bot', 'customer', 'system', 'agent']);
    expect(within(rows[0]!).getByText('Zet Pay Assistant', { selector: 'p' })).toBeInTheDocument();
    // The name says it is the assistant; no second "Assistant" badge beside it.
    expect(within(rows[0]!).queryByText('Assistant', { exact: true })).toBeNull();
    expect(within(rows[0]!).getByText('Zet Pay Assistant', { selector: 'strong' })).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Asha Rao joined the chat.')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Asha Rao', { selector: 'p' })).toBeInTheDocument();
    // The header names the agent who joined.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Asha Rao');
    expect(within(rows[1]!).getByText('Sent')).toBeInTheDocument();
  });

  it('shows "Seen" when the agent has read up to the message', async () => {
    const { socket } = await renderChat({
      chat: session({ status: 'ASSIGNED', assignedAgentId: 'agt_1', participantNames: { agt_1: 'Asha Rao' } }),
      history: [message({ senderRole: 'CUSTOMER', seq: 1, text: 'hello' })],
    });
    await thread();
    expect(screen.getByText('Sent')).toBeInTheDocument();
    act(() => socket.receive('message_read', { chatId: CHAT, userId: 'agt_1', upToSeq: 1, messageId: 'msg_1' }));
    expect(screen.getByText('Seen')).toBeInTheDocument();
  });

  it('sends a quick reply as the customer message the bot expects', async () => {
    const { socket } = await renderChat({
      history: [
        message({
          senderRole: 'BOT',
          seq: 1,
          text: 'Hi! Pick one below.',
          quickReplies: [
            { label: 'Where is my refund?', reply: 'Where is my refund?' },
            { label: 'Talk to a person', reply: 'Talk to a person' },
          ],
        }),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Talk to a person' }));
    expect(socket.frames('send_message')).toEqual([{ chatId: CHAT, text: 'Talk to a person', clientMessageId: expect.any(String) }]);
    // The choice is made: the buttons go while it is on its way.
    expect(screen.queryByRole('button', { name: 'Where is my refund?' })).toBeNull();
  });

  it('shows the bot’s payment choice with amount, payee, IST time and status, and sends the transaction id', async () => {
    const { socket } = await renderChat({
      history: [
        message({
          senderRole: 'BOT',
          seq: 1,
          text: 'Sorry about that. Which payment is it? Here are your latest ones:',
          quickReplies: [
            { label: '₹1,23,456.78 to freshbasket@okhdfc · failed', reply: 'DEMOB8C1DF01' },
            { label: '₹348.11 to cityeb@oksbi · success', reply: 'DEMOB8C1DF02' },
            { label: "It's not in this list", reply: "It's not in this list" },
          ],
        }),
      ],
      routes: {
        'GET /api/payments/transactions': () =>
          json([
            { id: 'DEMOB8C1DF01', amount: 123456.78, currency: 'INR', method: 'UPI', status: 'FAILED', debited: true, counterparty: 'freshbasket@okhdfc', occurredAt: '2026-12-04T03:45:48Z' },
            { id: 'DEMOB8C1DF02', amount: 348.11, currency: 'INR', method: 'UPI', status: 'SUCCESS', debited: true, counterparty: 'cityeb@oksbi', occurredAt: '2026-12-03T23:45:48Z' },
          ]),
      },
    });
    const payments = await screen.findByRole('list', { name: 'Your recent payments' });
    const failed = await within(payments).findByRole('button', { name: /₹1,23,456\.78/ });
    expect(failed).toHaveTextContent('freshbasket@okhdfc');
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent(/4 Dec 2026, 9:15\s?am IST/i); // 03:45 UTC is 9:15 am in India
    expect(screen.getByRole('button', { name: "It's not in this list" })).toBeInTheDocument();
    await userEvent.click(failed);
    expect(socket.frames('send_message').map((f) => f.text)).toEqual(['DEMOB8C1DF01']);
    // The customer's pick reads as the payment, not as its id.
    expect(screen.getByText('₹1,23,456.78 to freshbasket@okhdfc · failed')).toBeInTheDocument();
  });

  it('sends optimistically: waiting while offline, sending, failed with retry, then sent', async () => {
    const { socket, client } = await renderChat({ connect: false });
    await thread().catch(() => undefined);
    await screen.findByRole('heading', { name: 'How can we help?' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'money debited twice{Enter}');
    expect(screen.getByText('money debited twice')).toBeInTheDocument();
    expect(screen.getByText('Waiting to send')).toBeInTheDocument();

    await act(async () => {
      socket.open();
      await Promise.resolve();
    });
    act(() => socket.receive('auth_success', { userId: 'demo-user-1', expiresAt: '2099-01-01T00:00:00Z' }));
    const [sent] = socket.frames('send_message');
    expect(sent).toMatchObject({ chatId: CHAT, text: 'money debited twice' });
    expect(screen.getByText('Sending…')).toBeInTheDocument();

    act(() => socket.receive('error', { code: 'internal-error', message: 'boom', frame: 'send_message', clientMessageId: sent!.clientMessageId }));
    expect(screen.getByText('Not sent')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    const frames = socket.frames('send_message');
    expect(frames).toHaveLength(2);
    expect(frames[1]!.clientMessageId).toBe(sent!.clientMessageId); // the same message, stored once

    const stored = message({ senderRole: 'CUSTOMER', seq: 1, text: 'money debited twice', clientMessageId: sent!.clientMessageId });
    act(() => socket.receive('message_ack', { clientMessageId: sent!.clientMessageId, replayed: false, message: stored }));
    act(() => socket.receive('chat_message', stored)); // the echo: dropped, seen already
    expect(await screen.findByText('Sent')).toBeInTheDocument();
    expect(screen.getAllByText('money debited twice')).toHaveLength(1);
    expect(client.getState().outbox).toEqual([]);
  });

  it('says it is offline and how many messages wait to go', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, value: false });
    await renderChat({ connect: false });
    await screen.findByRole('heading', { name: 'How can we help?' });
    expect(screen.getByText('You are offline')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'one{Enter}two{Enter}');
    expect(screen.getByText('2 messages will be sent when you are back online.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a photo' })).toBeDisabled();
  });

  it('resumes after the last message it has, and shows a replayed message once', async () => {
    const { socket } = await renderChat({ history: [message({ senderRole: 'BOT', seq: 1, text: 'Hello' })] });
    await thread();
    await waitFor(() => expect(socket.frames('resume')).toEqual([{ chatId: CHAT, afterSeq: 1 }]));
    const reply = message({ senderRole: 'BOT', seq: 2, text: 'Anything else?' });
    act(() => socket.receive('chat_message', reply));
    expect(await screen.findByText('Anything else?')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getAllByText('Anything else?')).toHaveLength(1);
  });

  it('shows the place in the queue and the expected wait, and follows queue_update', async () => {
    const { socket } = await renderChat({
      chat: session({ status: 'QUEUED', queue: { position: 3, expectedWaitSeconds: 240, agentsOnline: 2 } }),
      history: [message({ senderRole: 'SYSTEM', seq: 1, text: "I'm connecting you to a person." })],
    });
    expect(await screen.findByText('You are number 3 in line')).toBeInTheDocument();
    expect(screen.getByText('About 4 minutes to wait')).toBeInTheDocument();
    act(() => socket.receive('queue_update', { chatId: CHAT, queue: { position: 1, expectedWaitSeconds: 60, agentsOnline: 2 } }));
    expect(await screen.findByText('You are number 1 in line')).toBeInTheDocument();
    expect(screen.getByText('About 1 minute to wait')).toBeInTheDocument();
    act(() => socket.receive('queue_update', { chatId: CHAT, queue: { position: 1, expectedWaitSeconds: -1, agentsOnline: 0 } }));
    expect(await screen.findByText(/No one is available right now/)).toBeInTheDocument();
  });

  it('names the agent who joins (conversation_updated, then the session for the name)', async () => {
    let current = session({ status: 'QUEUED', queue: { position: 1, expectedWaitSeconds: 60, agentsOnline: 1 } });
    const { socket } = await renderChat({ chat: current, routes: { [`GET /api/chat/${CHAT}`]: () => json(current) } });
    await screen.findByText('You are number 1 in line');
    current = session({ status: 'ASSIGNED', assignedAgentId: 'agt_1', participantNames: { agt_1: 'Asha Rao' }, agentOnline: true });
    act(() => socket.receive('conversation_updated', { chatId: CHAT, status: 'ASSIGNED', assignedAgentId: 'agt_1', team: null, lastSeq: 2 }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Asha Rao'));
    expect(screen.queryByText('You are number 1 in line')).toBeNull();
    act(() => socket.receive('typing', { chatId: CHAT, userId: 'agt_1', name: 'Asha Rao', isTyping: true }));
    expect(screen.getByText('Asha Rao is typing…')).toBeInTheDocument();
  });

  it('names the agent who joins from the conversation_updated frame alone, without asking for the session again', async () => {
    const current = session({ status: 'QUEUED', queue: { position: 1, expectedWaitSeconds: 60, agentsOnline: 1 } });
    const { socket, calls } = await renderChat({ chat: current, routes: { [`GET /api/chat/${CHAT}`]: () => json(current) } });
    await screen.findByText('You are number 1 in line');
    const sessionReads = () => calls.filter((c) => c.method === 'GET' && c.url.pathname === `/api/chat/${CHAT}`).length;
    const before = sessionReads();
    act(() =>
      socket.receive('conversation_updated', { chatId: CHAT, status: 'ASSIGNED', assignedAgentId: 'agt_7', assignedAgentName: 'Priya Nair', team: null, lastSeq: 2 }),
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Priya Nair'));
    expect(screen.queryByText('You are number 1 in line')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(sessionReads()).toBe(before);
  });

  it('asks for a rating when the chat has ended and sends it', async () => {
    const { calls } = await renderChat({
      chat: session({ status: 'CLOSED' }),
      props: { chatId: CHAT, onChatChange: () => {} },
      history: [message({ senderRole: 'SYSTEM', seq: 1, text: 'The chat has ended.' })],
      routes: { [`POST /api/support/chats/${CHAT}/rating`]: () => json({ rating: 4, subjectType: 'CHAT', subjectId: CHAT }, 201) },
    });
    expect(await screen.findByRole('heading', { name: 'How did we do?' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    const send = screen.getByRole('button', { name: 'Send rating' });
    expect(send).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: '4 stars' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Anything to add? (optional)' }), 'Quick and kind');
    await userEvent.click(send);
    expect(await screen.findByText('Thank you for your feedback.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start a new chat' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ rating: 4, comment: 'Quick and kind' });
  });

  it('opens a new chat with the context when the customer has no open one', async () => {
    const created = session({ id: 'cnv_new', status: 'BOT' });
    const { calls } = await renderChat({
      chat: created,
      props: { context: { screen: 'upi_payment', errorCode: 'U30', transactionId: 'TXN1' } },
      routes: { 'GET /api/chat': () => json([session({ status: 'CLOSED', id: 'cnv_old' })]), 'POST /api/chat/initiate/support': () => json(created) },
    });
    await screen.findByRole('heading', { name: 'How can we help?' });
    // The page's language goes along: the bot answers in it.
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      context: { screen: 'upi_payment', errorCode: 'U30', transactionId: 'TXN1', language: 'en' },
    });
  });

  it('tells the server the page’s language when the open chat has another, and not when it has this one', async () => {
    const { calls } = await renderChat({
      chat: session({ status: 'BOT', language: { detected: 'hi', preferred: 'hi' } }),
      history: [message({ senderRole: 'BOT', seq: 1, text: 'नमस्ते' })],
      routes: { [`PUT /api/chat/${CHAT}/language`]: () => json(session({ status: 'BOT', language: { preferred: 'en' } })) },
    });
    await thread();
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ language: 'en' });
  });

  it('shows a retry when the chat cannot be loaded', async () => {
    let fail = true;
    await renderChat({
      routes: {
        [`GET /api/chat/${CHAT}/messages`]: () => (fail ? json({ status: 503, title: 'Unavailable' }, 503) : json([message({ senderRole: 'BOT', seq: 1, text: 'Back again' })])),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Your chat could not be loaded' })).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Back again')).toBeInTheDocument();
  });
});

describe('ZetChat images', () => {
  const png = (bytes: number, name = 'receipt.png', type = 'image/png') => new File([new Uint8Array(bytes)], name, { type });

  it('refuses what is not a JPEG, PNG or GIF, or is over 5 MB, before uploading', async () => {
    const { calls } = await renderChat();
    await screen.findByRole('heading', { name: 'How can we help?' });
    const input = screen.getByTestId('chat-image-input');
    await userEvent.upload(input, png(10, 'notes.pdf', 'application/pdf'), { applyAccept: false });
    expect(screen.getByRole('alert')).toHaveTextContent('Only JPEG, PNG or GIF photos can be sent.');
    await userEvent.upload(input, png(5 * 1024 * 1024 + 1));
    expect(screen.getByRole('alert')).toHaveTextContent('larger than 5 MB');
    expect(calls.some((c) => c.url.pathname.endsWith('/images'))).toBe(false);
  });

  it('previews a photo, uploads it, then sends its imageUrl', async () => {
    const imageUrl = `/api/chat/${CHAT}/images/img_0123456789abcdef0123456789abcdef`;
    const { socket } = await renderChat({
      routes: { [`POST /api/chat/${CHAT}/images`]: () => json({ imageUrl, contentType: 'image/png', size: 10 }, 201) },
    });
    await screen.findByRole('heading', { name: 'How can we help?' });
    await userEvent.upload(screen.getByTestId('chat-image-input'), png(10));
    expect(await screen.findByRole('img', { name: 'Photo to send' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send photo' }));
    await waitFor(() => expect(socket.frames('send_message')).toEqual([{ chatId: CHAT, imageUrl, clientMessageId: expect.any(String) }]));
  });
});

describe('ZetChat live behaviour', () => {
  it('keeps the reader’s place when they scrolled up, and offers "New messages ↓"', async () => {
    const { socket } = await renderChat({ history: [message({ senderRole: 'BOT', seq: 1, text: 'Hello' })] });
    const thread = await screen.findByTestId('chat-thread');
    // jsdom has no layout: a tall thread read from the top.
    Object.defineProperty(thread, 'scrollHeight', { configurable: true, value: 2000 });
    Object.defineProperty(thread, 'clientHeight', { configurable: true, value: 500 });
    thread.scrollTop = 100;
    const scrollTo = vi.fn();
    thread.scrollTo = scrollTo as unknown as typeof thread.scrollTo;
    act(() => thread.dispatchEvent(new Event('scroll')));
    act(() => socket.receive('chat_message', message({ senderRole: 'BOT', seq: 2, text: 'Are you still there?' })));
    const jump = await screen.findByRole('button', { name: /1 new message/ });
    expect(scrollTo).not.toHaveBeenCalled();
    await userEvent.click(jump);
    expect(scrollTo).toHaveBeenCalledWith(expect.objectContaining({ top: 2000 }));
    expect(screen.queryByRole('button', { name: /new message/ })).toBeNull();
  });

  it('catches up over REST when the page becomes visible again (a phone that slept)', async () => {
    let calls = 0;
    await renderChat({
      history: [message({ senderRole: 'BOT', seq: 1, text: 'Hello' })],
      routes: {
        [`GET /api/chat/${CHAT}/messages`]: (call) => {
          if (!call.url.searchParams.has('afterSeq')) return json([message({ senderRole: 'BOT', seq: 1, text: 'Hello' })]);
          calls += 1;
          expect(call.url.searchParams.get('afterSeq')).toBe('1');
          return json([message({ senderRole: 'AGENT', seq: 2, text: 'Written while you were away' })]);
        },
      },
    });
    await screen.findByText('Hello');
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(await screen.findByText('Written while you were away')).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('sends few typing frames while the customer types, and stops when they send', async () => {
    const { socket } = await renderChat();
    await screen.findByRole('heading', { name: 'How can we help?' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'my refund');
    expect(socket.frames('typing')).toEqual([{ chatId: CHAT, isTyping: true }]);
    await userEvent.keyboard('{Enter}');
    expect(socket.frames('typing')).toEqual([
      { chatId: CHAT, isTyping: true },
      { chatId: CHAT, isTyping: false },
    ]);
  });

  it('marks the newest message from the other side read while the thread is seen', async () => {
    const { socket } = await renderChat({ history: [message({ senderRole: 'AGENT', seq: 1, id: 'msg_agent', text: 'Hi' })] });
    await screen.findByText('Hi');
    await waitFor(() => expect(socket.frames('read')).toEqual([{ chatId: CHAT, messageId: 'msg_agent' }]));
  });
});
