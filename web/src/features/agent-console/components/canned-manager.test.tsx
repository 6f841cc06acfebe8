import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, noContent, stubFetch } from '@/testing/fetch';
import { renderConsole } from '../testing/render-console';
import { CannedManager } from './canned-manager';

afterEach(() => vi.unstubAllGlobals());

const existing = [
  { id: 'cr_1', shortcut: 'refund-eta', text: 'Refunds take 3 banking days', scope: 'PERSONAL' },
  { id: 'cr_2', shortcut: 'kyc-docs', text: 'Please upload your PAN', team: 'kyc', scope: 'TEAM' },
];

describe('CannedManager', () => {
  it('lists mine and my teams’ responses and adds a team one', async () => {
    const { calls } = stubFetch({
      'GET /api/agents/canned-responses': () => json(existing),
      'POST /api/agents/canned-responses': (c) => json({ id: 'cr_3', ...(c.body as object) }, 201),
    });
    await renderConsole(<CannedManager open onOpenChange={() => {}} teams={['payments']} />);
    const dialog = await screen.findByRole('dialog', { name: 'Canned responses' });
    expect(await within(dialog).findByText('/refund-eta')).toBeInTheDocument();
    expect(within(dialog).getByText('Team kyc')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'New canned response' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Shortcut' }), '/upi-delay');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Text' }), 'Hi {{{{customer.name}}, UPI is slow today');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Who can use it' }), 'payments');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ shortcut: 'upi-delay', text: 'Hi {{customer.name}}, UPI is slow today', team: 'payments' });
  });

  it('shows the server’s refusal of an unknown placeholder and keeps the form', async () => {
    stubFetch({
      'GET /api/agents/canned-responses': () => json([]),
      'POST /api/agents/canned-responses': () =>
        json(
          { status: 400, title: 'Bad Request', code: 'validation-failed', errors: [{ field: 'text', message: 'unknown placeholder {{customer.pan}}' }] },
          400,
        ),
    });
    await renderConsole(<CannedManager open onOpenChange={() => {}} teams={[]} />);
    const dialog = await screen.findByRole('dialog', { name: 'Canned responses' });
    expect(await within(dialog).findByText(/No canned responses yet/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'New canned response' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Shortcut' }), 'pan');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Text' }), 'Your PAN');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('unknown placeholder {{customer.pan}}');
    expect(within(dialog).getByRole('textbox', { name: 'Shortcut' })).toHaveValue('pan');
  });

  it('edits and deletes a response', async () => {
    const { calls } = stubFetch({
      'GET /api/agents/canned-responses': () => json(existing),
      'PUT /api/agents/canned-responses/cr_1': (c) => json({ ...existing[0], ...(c.body as object) }),
      'DELETE /api/agents/canned-responses/cr_2': () => noContent(),
    });
    await renderConsole(<CannedManager open onOpenChange={() => {}} teams={[]} />);
    const dialog = await screen.findByRole('dialog', { name: 'Canned responses' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Edit /refund-eta' }));
    const text = within(dialog).getByRole('textbox', { name: 'Text' });
    await userEvent.clear(text);
    await userEvent.type(text, 'Refunds take 5 banking days');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ shortcut: 'refund-eta', text: 'Refunds take 5 banking days' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete /kyc-docs' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.url.pathname.endsWith('/cr_2'))).toBe(true));
  });
});
