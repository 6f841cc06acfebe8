import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, stubFetch } from '@/testing/fetch';
import { renderRoute } from '@/testing/render';
import { NOW, ticket, transactions } from '../testing/fixtures';
import { NewTicketPage } from './new-ticket-page';

function renderForm(at = '/support/tickets/new') {
  return renderRoute(<NewTicketPage />, { path: '/support/tickets/new', at });
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: vi.fn(() => 'blob:http://localhost/preview') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

const created = ticket({ id: 'tkt_new', number: 'SPT-2026-000042' });

async function fillIn({ category = 'Wallet', subject = 'Top-up not credited', description = 'Added ₹500 at 10 am, not in my wallet' } = {}) {
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'What is it about?' }), category);
  await typeInto(screen.getByRole('textbox', { name: 'Subject' }), subject);
  await typeInto(screen.getByRole('textbox', { name: 'What happened?' }), description);
}

/** Pastes the text: typing it key by key is slow on a busy CI machine and tests nothing more here. */
async function typeInto(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

describe('Raise a ticket', () => {
  it('says what is missing, field by field, without sending', async () => {
    const { calls } = stubFetch({ 'GET /api/payments/transactions': () => json(transactions) });
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Raise ticket' }));
    expect(screen.getByRole('combobox', { name: 'What is it about?' })).toHaveAccessibleDescription('Choose a topic.');
    expect(screen.getByRole('combobox', { name: 'What is it about?' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveAccessibleDescription(/Add a subject\.$/);
    expect(screen.getByRole('textbox', { name: 'What happened?' })).toHaveAccessibleDescription(/Tell us what happened\.$/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows the server’s validation messages (400 problem+json) under their fields', async () => {
    stubFetch({
      'GET /api/payments/transactions': () => json(transactions),
      'POST /api/support/tickets/create': () =>
        json(
          {
            type: 'urn:zetpay:support:problem:validation-failed',
            title: 'Bad Request',
            status: 400,
            detail: 'The request has invalid fields: description, issueType.',
            code: 'validation-failed',
            errors: [
              { field: 'description', message: 'size must be between 0 and 8000' },
              { field: 'issueType', message: 'must not be blank' },
              { field: 'transactionId', message: 'is not one of your transactions' },
            ],
          },
          400,
        ),
    });
    renderForm();
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Raise ticket' }));
    expect(await screen.findByRole('textbox', { name: 'Subject' })).toHaveAccessibleDescription(/Must not be blank\.$/);
    expect(screen.getByRole('textbox', { name: 'What happened?' })).toHaveAccessibleDescription(/Size must be between 0 and 8000\.$/);
    expect(screen.getByRole('group', { name: /Which payment/ })).toHaveAccessibleDescription('Is not one of your transactions.');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveAttribute('aria-invalid', 'true');

    // Editing a field takes its server message away; the others stay until the next send.
    await typeInto(screen.getByRole('textbox', { name: 'Subject' }), ' today');
    expect(screen.getByRole('textbox', { name: 'Subject' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: 'What happened?' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the picked payment and goes to the new ticket', async () => {
    const { calls } = stubFetch({
      'GET /api/payments/transactions': () => json(transactions),
      'POST /api/support/tickets/create': () => json(created, 201),
    });
    renderForm();
    const picker = within(screen.getByRole('group', { name: /Which payment/ }));
    const failed = await picker.findByRole('radio', { name: /₹4,104\.82, freshbasket@okhdfc, 4 Dec 2026, 11:17\s?am IST, Failed, Money debited, payment failed/ });
    expect(failed.closest('label')).toHaveClass('border-l-warning');
    expect(picker.getByRole('radio', { name: /₹1,25,000\.00, Croma Electronics/ }).closest('label')).not.toHaveClass('border-l-warning');
    expect(picker.getByRole('radio', { name: 'Not about a payment' })).toBeChecked();

    await fillIn({ category: 'UPI payments', subject: 'Money debited but payment failed' });
    await userEvent.click(failed);
    await userEvent.click(screen.getByRole('button', { name: 'Raise ticket' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/support/tickets/tkt_new'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      issueType: 'UPI payments: Money debited but payment failed',
      description: 'Added ₹500 at 10 am, not in my wallet',
      transactionId: 'DEMO01',
    });
  });

  it('searches payments by merchant or amount', async () => {
    const many = [
      ...transactions,
      ...Array.from({ length: 6 }, (_, i) => ({ ...transactions[0]!, id: `MORE${i}`, counterparty: `shop${i}@okaxis`, amount: 10 + i })),
    ];
    stubFetch({ 'GET /api/payments/transactions': () => json(many) });
    renderForm();
    const picker = within(screen.getByRole('group', { name: /Which payment/ }));
    await picker.findByRole('radio', { name: /cityeb@oksbi/ });
    expect(picker.getAllByRole('radio')).toHaveLength(1 + 6);
    await userEvent.type(picker.getByRole('searchbox', { name: 'Search payments by merchant, amount or ID' }), 'croma');
    await waitFor(() => expect(picker.getAllByRole('radio')).toHaveLength(2));
    expect(picker.getByRole('radio', { name: /Croma Electronics/ })).toBeInTheDocument();
    await userEvent.clear(picker.getByRole('searchbox'));
    await userEvent.type(picker.getByRole('searchbox'), '1,25,000');
    await waitFor(() => expect(picker.getAllByRole('radio')).toHaveLength(2));
    await userEvent.click(picker.getByRole('button', { name: 'Clear' }));
    await userEvent.click(await picker.findByRole('button', { name: 'Show all 10 payments' }));
    expect(picker.getAllByRole('radio')).toHaveLength(11);
  });

  it('is prefilled from the link (?category, ?transactionId), as the hub and the chat send it', async () => {
    const { calls } = stubFetch({
      'GET /api/payments/transactions': () => json(transactions),
      'POST /api/support/tickets/create': () => json(created, 201),
    });
    renderForm('/support/tickets/new?category=refunds&transactionId=DEMO03');
    expect(screen.getByRole('combobox', { name: 'What is it about?' })).toHaveValue('refunds');
    expect(await screen.findByRole('radio', { name: /₹1,628\.63, bmt@okaxis/ })).toBeChecked();
    await typeInto(screen.getByRole('textbox', { name: 'Subject' }), 'Refund not received');
    await typeInto(screen.getByRole('textbox', { name: 'What happened?' }), 'Still waiting');
    await userEvent.click(screen.getByRole('button', { name: 'Raise ticket' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        issueType: 'Refunds: Refund not received',
        description: 'Still waiting',
        transactionId: 'DEMO03',
      }),
    );
  });

  it('keeps a prefilled payment that is not in the recent history', async () => {
    stubFetch({ 'GET /api/payments/transactions': () => json(transactions) });
    renderForm('/support/tickets/new?transactionId=OLD123&category=nonsense');
    expect(await screen.findByRole('radio', { name: 'Payment OLD123' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'What is it about?' })).toHaveValue('');
  });

  it('uploads files first and sends their ids; waits for uploads to finish', async () => {
    let finishUpload: (() => void) | undefined;
    const { calls } = stubFetch({
      'GET /api/payments/transactions': () => json([]),
      'POST /api/support/attachments': () =>
        new Promise<Response>((resolve) => {
          finishUpload = () => resolve(json({ id: 'att_9', filename: 'statement.pdf', contentType: 'application/pdf', size: 9 }, 201));
        }),
      'POST /api/support/tickets/create': () => json(created, 201),
    });
    renderForm();
    expect(await screen.findByText('You have no recent payments.')).toBeInTheDocument();
    await fillIn();
    await userEvent.upload(screen.getByLabelText('Add photos or PDFs'), new File(['%PDF-1.7 x'], 'statement.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('Uploading…')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Raise ticket' }));
    expect(screen.getByText('Wait until your files finish uploading.')).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname.endsWith('/create'))).toBe(false);

    finishUpload!();
    expect(await screen.findByText(/Attached/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Raise ticket' }));
    await waitFor(() =>
      expect(calls.find((c) => c.url.pathname.endsWith('/create'))?.body).toMatchObject({ attachments: ['att_9'] }),
    );
  });

  it('an upload the server refuses can be removed', async () => {
    stubFetch({
      'GET /api/payments/transactions': () => json([]),
      'POST /api/support/attachments': () =>
        json({ status: 429, title: 'Too Many Requests', code: 'rate-limited', retryAfter: 120 }, 429),
    });
    renderForm();
    await userEvent.upload(screen.getByLabelText('Add photos or PDFs'), new File(['GIF89a...'], 'a.gif', { type: 'image/gif' }));
    expect(await screen.findByText('You are doing that too often. Please wait 120 seconds and try again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload a.gif again' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove a.gif' }));
    expect(screen.queryByText('a.gif')).toBeNull();
  });
});
