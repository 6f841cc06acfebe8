/** Reads the claims of a JWT without verifying it (the server verifies; we only need sub, name, exp and a staff token's roles). */
export function readJwt(token: string): { sub?: string; name?: string; exp?: number; roles?: unknown; pwd_change?: unknown } | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return claims && typeof claims === 'object' ? (claims as { sub?: string; name?: string; exp?: number; roles?: unknown; pwd_change?: unknown }) : null;
  } catch {
    return null;
  }
}

