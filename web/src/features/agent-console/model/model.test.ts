import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@/lib/socket/frames';
import type { Conversation } from '../api/conversations';
import { parseHandover, parseIntents } from './handover';
import {
  applyFilters,
  applyMessage,
  applyUpdate,
  customerOf,
  filtersFrom,
  isFiltered,
  markSeen,
  priorityOf,
  sortForTab,
  tabOf,
  unreadOf,
  withFilter,
} from './inbox';
import { drafts, loadAlertPrefs, saveAlertPrefs } from './storage';

const ME = 'agt_me';
const row = (patch: Partial<Conversation>): Conversation => ({
  id: 'c1',
  status: 'ASSIGNED',
  assignedAgentId: ME,
  lastSeq: 3,
  participants: ['u1', ME],
  participantNames: { u1: 'Ravi', [ME]: 'Asha' },
  unreadCounts: { [ME]: 0 },
  ...patch,
});
const msg = (patch: Partial<ChatMessage>): ChatMessage => ({ id: 'm', chatId: 'c1', seq: 4, senderId: 'u1', senderRole: 'CUSTOMER', text: 'hi', ...patch });

describe('tabOf', () => {
  it.each([
    [{ status: 'BOT' }, 'bot'],
    [{ status: 'QUEUED', assignedAgentId: undefined }, 'queue'],
    [{ status: 'ASSIGNED' }, 'mine'],
    [{ status: 'ASSIGNED', assignedAgentId: 'someone' }, 'team'],
    [{ status: 'CLOSED' }, 'closed'],
  ] as const)('%o → %s', (patch, tab) => {
    expect(tabOf(row(patch), ME)).toBe(tab);
  });
});

describe('applyMessage', () => {
  it.each([
    ['a customer message in another chat counts as unread', msg({}), null, 1],
    ['not while the agent has the chat open', msg({}), 'c1', 0],
    ['not the agent’s own message', msg({ senderId: ME, senderRole: 'AGENT' }), null, 0],
    ['not a system note', msg({ senderRole: 'SYSTEM', senderId: 'support' }), null, 0],
    ['not a message already seen (seq ≤ lastSeq)', msg({ seq: 3 }), null, 0],
  ])('%s', (_, m, open, unread) => {
    const [next] = applyMessage([row({})], m, { agentId: ME, openChatId: open })!;
    expect(unreadOf(next!, ME)).toBe(unread);
  });

  it('moves the last message and seq on', () => {
    const [next] = applyMessage([row({})], msg({ text: 'money gone' }), { agentId: ME, openChatId: null })!;
    expect(next!.lastMessage?.text).toBe('money gone');
    expect(next!.lastSeq).toBe(4);
  });
});

describe('applyUpdate', () => {
  it('moves a known chat to its new status', () => {
    const { list, needsRefetch } = applyUpdate([row({ status: 'QUEUED' })], { chatId: 'c1', status: 'ASSIGNED', assignedAgentId: ME, team: 'payments', lastSeq: 5 });
    expect(needsRefetch).toBe(false);
    expect(list![0]!.status).toBe('ASSIGNED');
    expect(list![0]!.team).toBe('payments');
  });
  it('asks for a refetch for a chat it does not know', () => {
    expect(applyUpdate([row({})], { chatId: 'other', status: 'QUEUED', assignedAgentId: null, team: null, lastSeq: 1 }).needsRefetch).toBe(true);
  });
});

it('markSeen clears the agent’s unread count', () => {
  expect(unreadOf(markSeen([row({ unreadCounts: { [ME]: 3 } })], 'c1', ME)![0]!, ME)).toBe(0);
});

it('sorts the queue first in line first and other tabs newest first', () => {
  const a = row({ id: 'a', queue: { position: 2 }, updatedAt: '2026-12-04T10:00:00Z' });
  const b = row({ id: 'b', queue: { position: 1 }, updatedAt: '2026-12-04T09:00:00Z' });
  expect(sortForTab([a, b], 'queue').map((c) => c.id)).toEqual(['b', 'a']);
  expect(sortForTab([b, a], 'mine').map((c) => c.id)).toEqual(['a', 'b']);
});

it('takes the customer from the first participant', () => {
  expect(customerOf(row({}))).toEqual({ id: 'u1', name: 'Ravi' });
});

describe('priorityOf', () => {
  it.each([
    [{ cause: 'SUSPECTED_FRAUD', priority: 'URGENT' }, 'URGENT'],
    [{ cause: 'UPSET_CUSTOMER', priority: 'HIGH' }, 'HIGH'],
    [{ cause: 'ASKED_FOR_PERSON', priority: 'NORMAL' }, null],
    [undefined, null],
  ] as const)('handover %o → %s', (handover, priority) => {
    expect(priorityOf(row({ handover }))).toBe(priority);
  });

  it('reads the typed handover, not the words of the summary', () => {
    // A Hindi summary, or any rewording, must not change the badge.
    expect(priorityOf(row({ handoverNote: 'बॉट ने सौंपा: धोखाधड़ी का संदेह', handover: { cause: 'SUSPECTED_FRAUD', priority: 'URGENT' } }))).toBe('URGENT');
    expect(priorityOf(row({ handoverNote: 'Handed over by the bot: suspected fraud. The customer sounds upset.' }))).toBeNull();
  });
});

describe('filters', () => {
  const waiting = row({ id: 'w', team: 'payments', labels: ['refund'], lastMessage: msg({ senderRole: 'CUSTOMER' }) });
  const replied = row({ id: 'r', team: 'cards', labels: [], lastMessage: msg({ senderRole: 'AGENT', senderId: ME }) });
  const none = { team: null, status: null, label: null };

  it.each([
    ['no filter keeps all', none, ['w', 'r']],
    ['by team', { ...none, team: 'cards' }, ['r']],
    ['by label', { ...none, label: 'refund' }, ['w']],
    ['waiting on us: the customer wrote last', { ...none, status: 'waiting' as const }, ['w']],
    ['waiting on the customer: we wrote last', { ...none, status: 'replied' as const }, ['r']],
    ['all filters at once', { team: 'payments', status: 'replied' as const, label: 'refund' }, []],
  ])('%s', (_, filters, ids) => {
    expect(applyFilters([waiting, replied], filters).map((c) => c.id)).toEqual(ids);
  });

  it('reads and writes them in the URL, keeping other parameters', () => {
    const params = new URLSearchParams('team=cards&status=bogus&q=ravi');
    expect(filtersFrom(params)).toEqual({ team: 'cards', status: null, label: null });
    const next = withFilter(withFilter(params, 'label', 'refund'), 'team', null);
    expect(next.toString()).toBe('status=bogus&q=ravi&label=refund');
    expect(isFiltered(filtersFrom(next))).toBe(true);
  });
});

describe('handover note', () => {
  const note = [
    'Handed over by the bot: The customer asked for a person.',
    'Detected intents: failed_payment (0.91), human.',
    'Bot told the customer: UPI payment failed article.',
    'Transaction: TXN1.',
    'Opened from: screen upi_payment, error U30.',
  ].join('\n');

  it('reads each line into a field', () => {
    expect(parseHandover(note)).toEqual([
      { key: 'reason', value: 'The customer asked for a person' },
      { key: 'intents', value: 'failed_payment (0.91), human' },
      { key: 'told', value: 'UPI payment failed article' },
      { key: 'transaction', value: 'TXN1' },
      { key: 'screen', value: 'screen upi_payment, error U30' },
    ]);
    expect(parseHandover(null)).toEqual([]);
  });

  it('reads the customer’s language and the English gloss of a Hindi message', () => {
    const hindi = [
      'Handed over by the bot: The customer asked for a person.',
      'Language: writes Hindi (Devanagari); chose Hindi (Devanagari) in the app; the bot answered in Hindi (Devanagari).',
      'Last message, glossed in English: "human person agent talk to agent".',
    ].join('\n');
    expect(parseHandover(hindi).slice(1)).toEqual([
      { key: 'language', value: 'writes Hindi (Devanagari); chose Hindi (Devanagari) in the app; the bot answered in Hindi (Devanagari)' },
      { key: 'gloss', value: '"human person agent talk to agent"' },
    ]);
  });

  it('reads intents with and without confidence', () => {
    expect(parseIntents('failed_payment (0.91), human')).toEqual([
      { name: 'failed_payment', confidence: 0.91 },
      { name: 'human', confidence: null },
    ]);
    expect(parseIntents('none')).toEqual([]);
  });
});

describe('storage', () => {
  it('keeps drafts per conversation in sessionStorage', () => {
    drafts.set('c1', 'half a reply');
    expect(sessionStorage.getItem('zetpay.agent.draft.c1')).toBe('half a reply');
    expect(drafts.get('c2')).toBe('');
    drafts.set('c1', '');
    expect(drafts.get('c1')).toBe('');
  });
  it('remembers alert preferences, off by default', () => {
    expect(loadAlertPrefs()).toEqual({ desktop: false, sound: false });
    saveAlertPrefs({ desktop: false, sound: true });
    expect(loadAlertPrefs()).toEqual({ desktop: false, sound: true });
  });
});
