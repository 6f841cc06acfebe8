/** One line of the bot's handover note, split into what it is about and what it says. */
export interface HandoverField {
  key: 'reason' | 'intents' | 'flow' | 'told' | 'transaction' | 'screen' | 'language' | 'gloss' | 'other';
  value: string;
}

const labels: Array<[RegExp, HandoverField['key']]> = [
  [/^Handed over by the bot:\s*/i, 'reason'],
  [/^Detected intents:\s*/i, 'intents'],
  [/^Flow:\s*/i, 'flow'],
  [/^Bot told the customer:\s*/i, 'told'],
  [/^Transaction:\s*/i, 'transaction'],
  [/^Opened from:\s*/i, 'screen'],
  [/^Language:\s*/i, 'language'],
  [/^Last message, glossed in English:\s*/i, 'gloss'],
];

/**
 * The bot writes its handover summary as lines of "Label: value." (bot.internal.TriageBot#summary);
 * this reads them into fields the console lays out, keeping any line it does not know as `other`.
 */
export function parseHandover(note: string | null | undefined): HandoverField[] {
  if (!note?.trim()) return [];
  return note
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      for (const [pattern, key] of labels) {
        if (pattern.test(line)) return { key, value: line.replace(pattern, '').replace(/\.$/, '') };
      }
      return { key: 'other' as const, value: line };
    });
}

/** Intents as chips: "card_blocked (0.91), refund_status" → [{name, confidence}]. */
export function parseIntents(value: string): Array<{ name: string; confidence: number | null }> {
  if (!value || value === 'none') return [];
  return value.split(/,\s*/).map((part) => {
    const match = /^(.*?)\s*\(?([01](?:\.\d+)?|\d{1,3}%)\)?$/.exec(part.trim());
    if (match && match[1]) {
      const raw = match[2]!;
      const confidence = raw.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : Number(raw);
      return { name: match[1].trim(), confidence: Number.isFinite(confidence) ? confidence : null };
    }
    return { name: part.trim(), confidence: null };
  });
}
