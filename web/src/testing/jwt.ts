/** An unsigned JWT with these claims (the client only reads claims; the server verifies). */
export function fakeJwt(claims: { sub: string; name?: string; exp: number; roles?: string[]; pwd_change?: boolean }): string {
  const encode = (value: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}.signature`;
}

/** exp (seconds) this many ms from now. */
export function expIn(ms: number): number {
  return Math.floor((Date.now() + ms) / 1000);
}
