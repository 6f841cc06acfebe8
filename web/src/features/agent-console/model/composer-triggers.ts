/**
 * What the composer's draft asks for at the caret: `/word` as the whole reply opens the canned
 * responses; `@word` just before the caret in a note opens the colleagues. Pure, so it is tested
 * as a table.
 */
export type Trigger = { kind: 'canned'; query: string } | { kind: 'mention'; query: string; start: number } | null;

export function triggerAt(text: string, caret: number, mode: 'reply' | 'note'): Trigger {
  if (mode === 'reply') {
    const canned = /^\/(\S*)$/.exec(text.slice(0, caret));
    return canned && caret === text.length ? { kind: 'canned', query: canned[1]! } : null;
  }
  const mention = /(^|\s)@([A-Za-z0-9._+-]*)$/.exec(text.slice(0, caret));
  if (!mention) return null;
  return { kind: 'mention', query: mention[2]!, start: caret - mention[2]!.length - 1 };
}

/** The draft with the `@partial` at start replaced by `@handle ` and where the caret goes after it. */
export function insertMention(text: string, start: number, caret: number, handle: string): { text: string; caret: number } {
  const rest = text.slice(caret);
  const inserted = /^\s/.test(rest) ? `@${handle}` : `@${handle} `;
  return { text: text.slice(0, start) + inserted + rest, caret: start + inserted.length + (inserted.endsWith(' ') ? 0 : 1) };
}
