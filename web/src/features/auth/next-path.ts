/** Where to go after signing in: only a path inside this app (no //evil.example, no scheme). */
export function safeNextPath(next: string | null | undefined, fallback = '/support'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/** The sign-in page's address, coming back to `from` afterwards. */
export function signInPath(from: string): string {
  return `/support/sign-in?next=${encodeURIComponent(from)}`;
}
