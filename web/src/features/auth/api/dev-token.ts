import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';
import { customerSession, type Session } from '../session';

export type DevTokenRequest = Schemas['DevTokenRequest'];

/** POST /api/dev/token: the embedded default's customer token for any user id (404 in production). */
export async function requestDevToken(request: DevTokenRequest): Promise<Schemas['DevTokenResponse']> {
  return unwrap(api.POST('/api/dev/token', { body: request }));
}

/** Signs in as a demo customer. */
export async function demoSignIn(request: DevTokenRequest): Promise<Session> {
  const response = await requestDevToken(request);
  const session = response.token
    ? customerSession.signIn(response.token, 'demo', { name: request.name ?? null, expiresAt: response.expiresAt })
    : null;
  if (!session) throw new Error('The dev token endpoint answered without a usable token');
  return session;
}

export function useDemoSignIn() {
  return useMutation({ mutationFn: demoSignIn });
}
