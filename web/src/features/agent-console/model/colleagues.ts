/**
 * Whether a colleague answers to what was typed: their handle, or a word of their name or one of
 * their teams, starts with it (case-insensitive; nothing typed matches everyone). One rule for the
 * @mention list and the transfer dialog, so a colleague found in one is found in the other.
 */
export function matchColleague(colleague: { name: string; handle: string; teams?: readonly string[] }, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const words = [colleague.handle, ...colleague.name.split(/\s+/), ...(colleague.teams ?? [])];
  return words.some((w) => w.toLowerCase().startsWith(q));
}
