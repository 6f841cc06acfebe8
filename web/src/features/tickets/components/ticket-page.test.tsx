import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { configureApiAuth } from '@/lib/api/client';
import { json, stubFetch } from '@/testing/fetch';
import { flushDelayedStops } from '@/lib/socket/use-socket';
import { renderTicketRoute } from '../testing/render-ticket';
import { NOW, detailedTicket, entry, ticket, transactions } from '../testing/fixtures';
import { TicketPage } from './ticket-page';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s/g, ' ');

function renderTicket(id = 'tkt_1') {
  return renderTicketRoute(<TicketPage />, { path: '/support/tickets/:ticketId', at: `/support/tickets/${id}` });
}

const saved: Array<{ href: string; download: string }> = [];

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  configureApiAuth({ getToken: () => 'customer-token', onUnauthorized: () => {} });
  saved.length = 0;
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: vi.fn(() => 'blob:http://localhost/file-1') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download });
  });
});
afterEach(() => {
  cleanup();
  flushDelayedStops();
  vi.useRealTimers();
  configureApiAuth({ getToken: () => null, onUnauthorized: () => {} });
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

describe('A ticket', () => {
  it('shows where it stands, the linked payment and the public thread with its files', async () => {
    stubFetch({
      'GET /api/support/tickets/tkt_1': () =>
        json(
          detailedTicket({
            thread: [
              ...detailedTicket().thread!,
              entry({ id: 'tmsg_note', visibility: 'INTERNAL', body: 'Customer sounds upset, check with bank' }),
            ],
          }),
        ),
      'GET /api/payments/transactions': () => json(transactions),
    });
    renderTicket();

    expect(await screen.findByRole('heading', { level: 1, name: 'UPI payments: Money debited but payment failed' })).toBeInTheDocument();
    expect(screen.getByText('SPT-2026-000001')).toBeInTheDocument();
    expect(screen.getAllByText('In progress')[0]).toHaveClass('bg-accent-soft');
    expect(screen.getByText(/Resolution expected in 6 days/)).toBeInTheDocument();

    const timeline = within(screen.getByRole('region', { name: 'Progress' }));
    const steps = timeline.getAllByRole('listitem');
    expect(steps.map((s) => plain(s.textContent))).toEqual([
      expect.stringContaining('Ticket raised'),
      expect.stringContaining('An agent is working on it'),
      expect.stringContaining('Resolution expected by 10 Dec, 6:00 pm'),
    ]);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).toHaveTextContent('by Asha Rao');

    const payment = within(await screen.findByRole('region', { name: 'Linked payment' }));
    expect(await payment.findByText('₹4,104.82')).toBeInTheDocument();
    expect(payment.getByText('freshbasket@okhdfc')).toBeInTheDocument();
    expect(plain(payment.getByText(/4 Dec 2026/).textContent)).toBe('4 Dec 2026, 11:17 am IST');
    expect(payment.getByText('Failed')).toBeInTheDocument();
    expect(payment.getByText('Money debited, payment failed')).toBeInTheDocument();

    const thread = within(screen.getByRole('list', { name: 'Conversation' }));
    const messages = thread.getAllByRole('listitem').filter((li) => li.hasAttribute('data-role'));
    expect(messages.map((m) => m.getAttribute('data-role'))).toEqual(['customer', 'agent', 'customer']);
    expect(messages[0]).toHaveTextContent('You');
    expect(messages[0]).toHaveTextContent('I paid ₹4,104.82 and it failed');
    expect(messages[1]).toHaveTextContent('Asha Rao, Zet Pay Support');
    expect(messages[1]).toHaveTextContent('we are checking with your bank');
    expect(screen.queryByText(/Customer sounds upset/)).toBeNull();
    expect(within(messages[0]!).getByRole('button', { name: 'Download bank-statement.pdf' })).toHaveTextContent('1.2 MB');
    expect(within(messages[2]!).getByRole('button', { name: 'Download screenshot.png' })).toHaveTextContent('240 kB');
  });

  it('downloads a file with the token in a header, never in the URL, through a blob URL', async () => {
    const { calls } = stubFetch({
      'GET /api/support/tickets/tkt_1': () => json(detailedTicket({ transactionId: undefined })),
      'GET /api/support/tickets/tkt_1/attachments/att_1': () =>
        new Response('%PDF-1.4 statement', { headers: { 'Content-Type': 'application/pdf' } }),
    });
    renderTicket();
    await userEvent.click(await screen.findByRole('button', { name: 'Download bank-statement.pdf' }));

    await waitFor(() => expect(saved).toEqual([{ href: 'blob:http://localhost/file-1', download: 'bank-statement.pdf' }]));
    const download = calls.find((c) => c.url.pathname.endsWith('/attachments/att_1'))!;
    expect(download.headers.get('Authorization')).toBe('Bearer customer-token');
    expect(download.url.search).toBe('');
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob;
    expect(await new Response(blob).text()).toBe('%PDF-1.4 statement');
  });

  it('sends a reply, then fetches the ticket again', async () => {
    let reads = 0;
    const { calls } = stubFetch({
      'GET /api/support/tickets/tkt_1': () => {
        reads += 1;
        const base = detailedTicket({ transactionId: undefined });
        return json(
          reads === 1
            ? base
            : { ...base, thread: [...base.thread!, entry({ id: 'tmsg_3', authorRole: 'CUSTOMER', authorName: 'Ravi Kumar', body: 'Any update?' })] },
        );
      },
      'POST /api/support/tickets/tkt_1/reply': () => json(entry({ id: 'tmsg_3', authorRole: 'CUSTOMER', body: 'Any update?' }), 201),
    });
    renderTicket();
    const box = await screen.findByRole('textbox', { name: 'Your reply' });

    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(box).toHaveAccessibleDescription('Write a message first.');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.click(box);
    await userEvent.paste('  Any update?  ');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Any update?')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ message: 'Any update?' });
    expect(reads).toBe(2);
    expect(box).toHaveValue('');
  });

  it('offline, a reply waits and goes when the connection is back', async () => {
    const { calls } = stubFetch({
      'GET /api/support/tickets/tkt_1': () => json(detailedTicket({ transactionId: undefined })),
      'POST /api/support/tickets/tkt_1/reply': () => json(entry({ authorRole: 'CUSTOMER', body: 'Hello?' }), 201),
    });
    renderTicket();
    const box = await screen.findByRole('textbox', { name: 'Your reply' });
    await userEvent.click(box);
    await userEvent.paste('Hello?');
    act(() => onlineManager.setOnline(false));
    try {
      await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
      expect(await screen.findByText('Waiting for a connection')).toBeInTheDocument();
      expect(box).toHaveValue('Hello?');
      expect(calls.some((c) => c.method === 'POST')).toBe(false);
    } finally {
      act(() => onlineManager.setOnline(true));
    }
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ message: 'Hello?' }));
    await waitFor(() => expect(box).toHaveValue(''));
  });

  it('uploads a picked file first and replies with its id', async () => {
    const { calls } = stubFetch({
      'GET /api/support/tickets/tkt_1': () => json(detailedTicket({ transactionId: undefined })),
      'POST /api/support/attachments': () =>
        json({ id: 'att_new', filename: 'receipt.png', contentType: 'image/png', size: 4 }, 201),
      'POST /api/support/tickets/tkt_1/reply': () => json(entry({ authorRole: 'CUSTOMER' }), 201),
    });
    renderTicket();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])], 'receipt.png', { type: 'image/png' });
    await userEvent.upload(await screen.findByLabelText('Add photos or PDFs'), png);
    expect(await screen.findByText(/Attached/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Preview of receipt.png' })).toHaveAttribute('src', 'blob:http://localhost/file-1');

    const upload = calls.find((c) => c.url.pathname === '/api/support/attachments')!;
    expect(upload.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.headers.get('Authorization')).toBe('Bearer customer-token');
    expect(upload.body).toContain('name="file"');

    await userEvent.click(screen.getByRole('textbox', { name: 'Your reply' }));
    await userEvent.paste('Receipt attached');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await waitFor(() =>
      expect(calls.find((c) => c.url.pathname.endsWith('/reply'))?.body).toEqual({
        message: 'Receipt attached',
        attachments: ['att_new'],
      }),
    );
  });

  it('refuses a file the server would refuse, before uploading it', async () => {
    const { calls } = stubFetch({ 'GET /api/support/tickets/tkt_1': () => json(detailedTicket({ transactionId: undefined })) });
    renderTicket();
    const input = await screen.findByLabelText('Add photos or PDFs');
    const exe = new File(['MZ this is not a picture'], 'photo.jpg', { type: 'image/jpeg' });
    await userEvent.upload(input, exe);
    expect(await screen.findByText('photo.jpg is not a JPEG, PNG or GIF image or a PDF.')).toBeInTheDocument();
    const big = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'huge.jpg', { type: 'image/jpeg' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await userEvent.upload(input, big);
    expect(await screen.findByText('huge.jpg is larger than 10 MB.')).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/support/attachments')).toBe(false);
  });

  it('asks for a rating once resolved and sends it', async () => {
    const { calls } = stubFetch({
      'GET /api/support/tickets/tkt_1': () => json(detailedTicket({ status: 'RESOLVED', transactionId: undefined })),
      'POST /api/support/tickets/tkt_1/rating': ({ body }) =>
        json({ subjectType: 'TICKET', subjectId: 'tkt_1', ...(body as object) }, 201),
    });
    renderTicket();
    const csat = within(await screen.findByRole('region', { name: 'How did we do?' }));
    await userEvent.click(csat.getByRole('button', { name: 'Send rating' }));
    expect(csat.getByRole('alert')).toHaveTextContent('Pick a rating from 1 to 5.');

    await userEvent.click(csat.getByRole('radio', { name: '4 stars, Good' }));
    await userEvent.click(csat.getByRole('textbox', { name: 'Anything to add? (optional)' }));
    await userEvent.paste('Quick and clear');
    await userEvent.click(csat.getByRole('button', { name: 'Send rating' }));
    expect(await screen.findByText('Thank you for your feedback')).toBeInTheDocument();
    expect(calls.find((c) => c.url.pathname.endsWith('/rating'))?.body).toEqual({ rating: 4, comment: 'Quick and clear' });
    expect(screen.getByText('This ticket is resolved. Replying reopens it.')).toBeInTheDocument();
  });

  it('says so when the ticket was rated already', async () => {
    stubFetch({
      'GET /api/support/tickets/tkt_1': () => json(detailedTicket({ status: 'CLOSED', transactionId: undefined })),
      'POST /api/support/tickets/tkt_1/rating': () =>
        json({ status: 409, title: 'Conflict', code: 'already-rated', detail: 'You have already rated this.' }, 409),
    });
    renderTicket();
    await userEvent.click(await screen.findByRole('radio', { name: '5 stars, Excellent' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    expect(await screen.findByText('You have already rated this ticket. Thank you.')).toBeInTheDocument();
    // Closed: no reply box, a way to raise a new ticket instead.
    expect(screen.queryByRole('textbox', { name: 'Your reply' })).toBeNull();
    expect(screen.getByText('This ticket is closed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Raise a ticket' })).toHaveAttribute('href', '/support/tickets/new');
  });

  it('shows the refund ETA of a ticket opened for a failed payment', async () => {
    stubFetch({
      'GET /api/support/tickets/tkt_9': () =>
        json(
          ticket({
            id: 'tkt_9',
            source: 'PAYMENT_EVENT',
            priority: 'HIGH',
            refundEta: '2026-12-09',
            description: 'Payment of ₹4104.82 failed but the amount was debited.',
            transactionId: undefined,
            thread: [],
            history: [{ field: 'status', to: 'OPEN', by: 'Zet Pay', at: '2026-12-04T13:09:00Z' }],
          }),
        ),
    });
    renderTicket('tkt_9');
    expect(await screen.findByText('Refund initiated → expected by 9 Dec')).toBeInTheDocument();
    const steps = within(screen.getByRole('region', { name: 'Progress' })).getAllByRole('listitem');
    expect(steps.map((s) => plain(s.textContent))).toEqual([
      expect.stringContaining('Opened for your failed payment'),
      expect.stringContaining('First reply expected by 4 Dec, 10:39 pm'),
      expect.stringContaining('Refund expected by 9 Dec'),
    ]);
    const opening = within(screen.getByRole('list', { name: 'Conversation' })).getAllByRole('listitem')[0]!;
    expect(opening).toHaveAttribute('data-role', 'system');
  });

  it('a ticket that is not there (or not mine) is a not-found state; other failures retry', async () => {
    stubFetch({});
    renderTicket('tkt_nope');
    expect(await screen.findByRole('heading', { name: 'We could not find this ticket' })).toBeInTheDocument();
  });
});
