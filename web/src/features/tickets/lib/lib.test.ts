import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { i18n } from '@/lib/i18n';
import { nextPage } from '../api/get-tickets';
import { matchesTransaction } from '../components/transaction-picker';
import { NOW, ticket, transaction } from '../testing/fixtures';
import { checkFile, formatFileSize, sniffType } from './attachments';
import { issueType, subjectMax } from './categories';
import { fieldErrorsOf } from './field-errors';
import { slaSummary } from './sla';
import { ticketStatusTone } from './status';
import { buildTimeline } from './timeline';

const bytes = (...values: number[]) => new File([new Uint8Array(values)], 'f');

describe('attachments', () => {
  it('knows a file by its first bytes, as the server does', async () => {
    expect(await sniffType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(await sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(await sniffType(new File(['GIF89a'], 'a.gif'))).toBe('image/gif');
    expect(await sniffType(new File(['%PDF-1.7'], 'a.pdf'))).toBe('application/pdf');
    expect(await sniffType(new File(['MZ'], 'a.pdf'))).toBeNull();
  });

  it('refuses empty and oversized files', async () => {
    expect(await checkFile(new File([], 'empty.png'))).toBe('empty');
    const big = new File(['%PDF-'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    expect(await checkFile(big)).toBe('size');
    expect(await checkFile(new File(['%PDF-1.4'], 'ok.pdf'))).toBeNull();
  });

  it('sizes for people', () => {
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(245_760)).toBe('240 kB');
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
  });

  it('sizes in the reader’s language once Hindi is on', async () => {
    await i18n.changeLanguage('hi');
    expect(formatFileSize(512)).toBe(new Intl.NumberFormat('hi-IN', { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(512));
    expect(formatFileSize(512)).not.toBe('512 bytes');
    await i18n.changeLanguage('en');
  });
});

describe('SLA summary', () => {
  it('waits for the first reply, then for the resolution; overdue when past or breached', () => {
    expect(slaSummary(ticket(), NOW)).toEqual({ kind: 'reply', due: '2026-12-04T17:09:00Z', overdue: false });
    expect(slaSummary(ticket({ sla: { firstResponseDue: '2026-12-04T14:00:00Z', paused: false, firstResponseBreached: false, resolutionBreached: false } }), NOW)).toMatchObject({ overdue: true });
    expect(
      slaSummary(ticket({ sla: { firstRespondedAt: '2026-12-04T13:00:00Z', resolutionDue: '2026-12-10T12:30:00Z', resolutionBreached: true, paused: false, firstResponseBreached: false } }), NOW),
    ).toEqual({ kind: 'resolution', due: '2026-12-10T12:30:00Z', overdue: true });
  });

  it('stops while waiting on the customer and says nothing once resolved', () => {
    expect(slaSummary(ticket({ status: 'WAITING_ON_CUSTOMER' }), NOW)).toEqual({ kind: 'paused' });
    expect(slaSummary(ticket({ status: 'RESOLVED' }), NOW)).toBeNull();
    expect(slaSummary(ticket({ status: 'CLOSED' }), NOW)).toBeNull();
  });
});

describe('timeline', () => {
  it('follows the status history, reopenings included, and ends with what is expected', () => {
    const steps = buildTimeline(
      ticket({
        status: 'OPEN',
        refundEta: '2026-12-09',
        history: [
          { field: 'status', to: 'OPEN', by: 'Ravi', at: '2026-12-01T10:00:00Z' },
          { field: 'status', from: 'OPEN', to: 'RESOLVED', by: 'Asha', at: '2026-12-02T10:00:00Z' },
          { field: 'status', from: 'RESOLVED', to: 'OPEN', by: 'Ravi', at: '2026-12-03T10:00:00Z' },
          { field: 'priority', from: 'LOW', to: 'HIGH', by: 'Asha', at: '2026-12-03T11:00:00Z' },
        ],
      }),
    );
    expect(steps.map((s) => (s.kind === 'status' ? s.status : s.kind === 'expected' ? `expected:${s.what}` : s.kind))).toEqual([
      'raised',
      'RESOLVED',
      'reopened',
      'expected:reply',
      'expected:refund',
    ]);
  });

  it('starts at the creation time when there is no history', () => {
    expect(buildTimeline(ticket({ status: 'CLOSED' }))).toEqual([{ kind: 'raised', automatic: false, at: '2026-12-04T13:09:00Z', done: true }]);
  });
});

describe('helpers', () => {
  it('colours each status its own way', () => {
    expect(['OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED', 'ODD'].map(ticketStatusTone)).toEqual([
      'primary',
      'info',
      'warning',
      'success',
      'neutral',
      'neutral',
    ]);
  });

  it('pages while there are more tickets', () => {
    expect(nextPage({ page: 0, size: 20, total: 21 })).toBe(1);
    expect(nextPage({ page: 1, size: 20, total: 21 })).toBeUndefined();
    expect(nextPage({ page: 0, size: 20, total: 20 })).toBeUndefined();
  });

  it('puts the topic in front of the subject, within the backend’s 120 characters', () => {
    expect(issueType('Wallet', '  Top-up missing ')).toBe('Wallet: Top-up missing');
    expect(issueType('Wallet', 'x'.repeat(subjectMax('Wallet')))).toHaveLength(120);
  });

  it('reads the server’s field errors', () => {
    const error = new ApiError(400, {
      code: 'validation-failed',
      errors: [
        { field: 'issueType', message: 'must not be blank' },
        { field: 'issueType', message: 'second' },
        { field: 'attachments', message: 'Unknown or already attached: att_1.' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({ issueType: 'Must not be blank.', attachments: 'Unknown or already attached: att_1.' });
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });

  it('finds payments by merchant, amount (typed or shown), id and status', () => {
    const tx = transaction({ amount: 125000, counterparty: 'Croma Electronics', id: 'TX77' });
    expect(matchesTransaction(tx, 'croma')).toBe(true);
    expect(matchesTransaction(tx, '1,25,000')).toBe(true);
    expect(matchesTransaction(tx, '125000')).toBe(true);
    expect(matchesTransaction(tx, '₹1,25,000.00')).toBe(true);
    expect(matchesTransaction(tx, 'tx77')).toBe(true);
    expect(matchesTransaction(tx, 'failed', 'Failed')).toBe(true);
    expect(matchesTransaction(tx, 'amazon')).toBe(false);
  });
});
