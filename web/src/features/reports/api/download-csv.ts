import { api, unwrap } from '@/lib/api/client';
import { clean, type ReportQuery } from './get-reports';

export type ReportTable = 'volume' | 'response-times' | 'sla' | 'csat' | 'bot' | 'handovers' | 'heatmap' | 'agents';

/**
 * GET /api/reports/{table}.csv with the token in its header (never in a URL), as a Blob, and the
 * file name the server gives.
 */
export async function downloadCsv(table: ReportTable, query: ReportQuery): Promise<{ blob: Blob; filename: string }> {
  const blob = await unwrap(
    api.GET('/api/reports/{table}.csv', {
      params: { path: { table }, query: clean(query) },
      parseAs: 'blob',
    }),
  );
  return { blob: blob as unknown as Blob, filename: `zetpay-${table}-${query.from}-to-${query.to}.csv` };
}
