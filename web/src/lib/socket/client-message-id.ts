/** A fresh id for an outgoing message; the server stores each clientMessageId once per sender. */
export function newClientMessageId(): string {
  const c = globalThis.crypto;
  // randomUUID exists only in secure contexts (https, localhost); a phone on the LAN over http lacks it.
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
