import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type CustomerSignInMethod = 'DEMO_CUSTOMERS' | 'HOST_BRIDGE';

/** GET /api/auth/sign-in-methods: the ways in this deployment has (demo customers only in the embedded default). */
export async function getSignInMethods(signal?: AbortSignal): Promise<CustomerSignInMethod[]> {
  const methods = await unwrap(api.GET('/api/auth/sign-in-methods', { signal }));
  return (methods.customer ?? []) as CustomerSignInMethod[];
}

export function useSignInMethods() {
  // A deployment's ways in do not change while the page is open.
  return useQuery({ queryKey: ['auth', 'sign-in-methods'], queryFn: ({ signal }) => getSignInMethods(signal), staleTime: Infinity });
}
