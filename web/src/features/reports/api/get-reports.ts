import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { listTeams, teamKeys } from '@/lib/api/teams';

/**
 * The generated schema marks every field optional; the server always sends the records whole (a
 * median or average may be missing when there was nothing to measure: those stay optional below).
 */
type Complete<T> = T extends Array<infer U> ? Array<Complete<U>> : T extends object ? { [K in keyof T]-?: Complete<Exclude<T[K], undefined>> } : T;
type Measured = 'median' | 'p90' | 'average' | 'containmentRate' | 'medianFirstResponse' | 'medianResolution' | 'csatAverage';
type WithGaps<T> = T extends Array<infer U> ? Array<WithGaps<U>> : T extends object ? { [K in keyof T]: K extends Measured ? T[K] | null | undefined : WithGaps<T[K]> } : T;

export type Report = WithGaps<Complete<components['schemas']['Report']>>;
export type ReportAgentRow = Report['agents'][number];
export type ReportHeatCell = Report['heatMap'][number];

/** What the page asks for: IST days (YYYY-MM-DD) and optional team and channel. */
export interface ReportQuery {
  from: string;
  to: string;
  team?: string;
  channel?: string;
}

export const reportKeys = {
  all: ['reports'] as const,
  query: (query: ReportQuery) => ['reports', query] as const,
};

/** GET /api/reports: every report for the filter, in one answer. */
export function getReports(query: ReportQuery, signal?: AbortSignal): Promise<Report> {
  return unwrap(api.GET('/api/reports', { params: { query: clean(query) }, signal })) as Promise<unknown> as Promise<Report>;
}

export function useReports(query: ReportQuery) {
  return useQuery({
    queryKey: reportKeys.query(query),
    queryFn: ({ signal }) => getReports(query, signal),
    // Changing a filter keeps the last charts up until the new ones arrive.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Drops empty filters, so the URL carries only what was chosen. */
export function clean(query: ReportQuery) {
  return {
    from: query.from,
    to: query.to,
    ...(query.team ? { team: query.team } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
  };
}

/** A team to filter by: its routing name and the name people read. */
export interface TeamChoice {
  name: string;
  displayName: string;
}

/** The team filter's choices: the team registry (each team named on an account is in it), shared with the team page's cache. */
export function useTeamChoices() {
  return useQuery({
    queryKey: teamKeys.all,
    queryFn: ({ signal }) => listTeams(signal),
    select: (teams): TeamChoice[] => teams.map(({ name, displayName }) => ({ name, displayName })),
    staleTime: 60_000,
  });
}
