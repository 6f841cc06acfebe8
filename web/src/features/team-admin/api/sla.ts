import { api, unwrap } from '@/lib/api/client';
import type { Schemas } from '@/lib/api/types';

export type SlaTarget = Required<Omit<Schemas['SlaTargetView'], 'updatedAt'>> & Pick<Schemas['SlaTargetView'], 'updatedAt'>;
export type Priority = SlaTarget['priority'];

export const slaKeys = { all: ['admin', 'sla'] as const };

/** GET /api/team/sla-targets: every priority's targets (saved, or the configured defaults). */
export async function listSlaTargets(signal?: AbortSignal): Promise<SlaTarget[]> {
  return (await unwrap(api.GET('/api/team/sla-targets', { signal }))) as SlaTarget[];
}

/** PUT /api/admin/sla-targets/{priority} (admins): applies to tickets created from now on. */
export async function saveSlaTarget(
  priority: Priority,
  target: { firstResponseMinutes: number; resolutionMinutes: number; aroundTheClock: boolean },
): Promise<SlaTarget> {
  return (await unwrap(
    api.PUT('/api/admin/sla-targets/{priority}', { params: { path: { priority } }, body: target }),
  )) as SlaTarget;
}
