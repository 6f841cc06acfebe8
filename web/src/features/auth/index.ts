// features/auth: the customer session. Other features never import it; app/routes composes it.
export { customerSession, readJwt, SessionStore, type Session, type SessionEnd, type SessionSnapshot } from './session';
export { installHostBridge, requestHostToken, hasHost } from './host-bridge';
export { refreshCustomerToken } from './refresh';
export { useSession } from './hooks/use-session';
export { safeNextPath, signInPath } from './next-path';
export { SignInPage } from './components/sign-in-page';
export { AccountButton } from './components/account-button';
export { RequireSession } from './components/require-session';
export { SessionEndedBanner } from './components/session-ended-banner';
