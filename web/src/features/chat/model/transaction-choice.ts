import type { Schemas } from '@/lib/api/types';

export type QuickReply = Schemas['QuickReply'];

export interface TransactionPick {
  /** What tapping sends: the transaction id, as the bot's flow expects. */
  reply: string;
  /** The bot's own label (₹1,554.68 to freshbasket@okhdfc · failed), shown if the payment is not found. */
  label: string;
}

/**
 * The bot asks "which payment?" with quick replies whose reply is a transaction id and whose label
 * describes it (PaymentFlows.choice); every other quick reply sends its own label. So a reply that
 * differs from its label and looks like an id is a payment to pick; the rest stay buttons ("It's not
 * in this list").
 */
export function splitQuickReplies(replies: readonly QuickReply[] | undefined): { picks: TransactionPick[]; buttons: QuickReply[] } {
  const picks: TransactionPick[] = [];
  const buttons: QuickReply[] = [];
  for (const reply of replies ?? []) {
    if (!reply.label || !reply.reply) continue;
    if (reply.reply !== reply.label && /^[A-Za-z0-9][\w-]{2,63}$/.test(reply.reply)) {
      picks.push({ reply: reply.reply, label: reply.label });
    } else {
      buttons.push(reply);
    }
  }
  return { picks, buttons };
}

/**
 * What the customer's picks stand for: a message that is a transaction id picked from the bot's
 * list reads as that payment's label (₹1,554.68 to freshbasket@okhdfc · failed), not as the id.
 */
export function pickLabels(messages: ReadonlyArray<{ senderRole?: string; quickReplies?: QuickReply[] }>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const message of messages) {
    if (message.senderRole !== 'BOT') continue;
    for (const pick of splitQuickReplies(message.quickReplies).picks) labels.set(pick.reply, pick.label);
  }
  return labels;
}
