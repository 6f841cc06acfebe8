import { useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Download } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { saveBlob } from '@/lib/utils/save-blob';
import { downloadCsv, type ReportTable } from '../api/download-csv';
import { useReports, useTeamChoices, type Report, type ReportQuery } from '../api/get-reports';
import { formatAxisDuration, formatDuration, formatPercent, istDate } from '../model/format';
import { HeatMap } from './heat-map';
import '../i18n';

const CHANNELS = ['CHAT', 'TICKET_FORM', 'TICKET_FROM_CHAT', 'PAYMENT_INCIDENT', 'TICKET_BY_AGENT'] as const;
const HEIGHT = 220;

/** A chart as wide as its card (a fixed width overflowed the narrower cards and cut the last day off). */
function Fit({ children }: { children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
      {children}
    </ResponsiveContainer>
  );
}

/** Supervisors' and admins' reports: filters, a card per report with its chart, CSV per table. */
export function ReportsPage({ now = new Date() }: { now?: Date }) {
  const { t } = useTranslation('reports');
  const [query, setQuery] = useState<ReportQuery>({ from: istDate(now, 6), to: istDate(now) });
  const reports = useReports(query);
  const teams = useTeamChoices();
  const set = (change: Partial<ReportQuery>) => setQuery((q) => ({ ...q, ...change }));

  return (
    // The shell's <main> does not scroll: this pane does, so the rail and header stay in place.
    <div tabIndex={0} className="min-h-0 min-w-0 flex-1 overflow-y-auto focus-visible:outline-2 focus-visible:outline-focus">
    <div className="mx-auto flex max-w-6xl flex-col gap-4 p-4">
      <h1 className="text-2xl font-semibold text-fg">{t('title')}</h1>
      <form aria-label={t('filters.label')} className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <Input type="date" label={t('filters.from')} value={query.from} max={query.to} onChange={(e) => e.target.value && set({ from: e.target.value })} />
        <Input type="date" label={t('filters.to')} value={query.to} min={query.from} onChange={(e) => e.target.value && set({ to: e.target.value })} />
        <Select label={t('filters.team')} value={query.team ?? ''} onChange={(e) => set({ team: e.target.value || undefined })}>
          <option value="">{t('filters.anyTeam')}</option>
          {teams.data?.map((team) => (
            <option key={team.name} value={team.name}>
              {team.displayName}
            </option>
          ))}
        </Select>
        <Select label={t('filters.channel')} value={query.channel ?? ''} onChange={(e) => set({ channel: e.target.value || undefined })}>
          <option value="">{t('filters.anyChannel')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`filters.channels.${c}`)}
            </option>
          ))}
        </Select>
      </form>
      {reports.isPending ? (
        <div role="status" aria-label={t('loading')} className="grid gap-4 md:grid-cols-2">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-64" />
          ))}
        </div>
      ) : reports.isError ? (
        <ErrorState title={t('error')} retryLabel={t('retry')} onRetry={() => void reports.refetch()} retrying={reports.isFetching} />
      ) : isEmpty(reports.data) ? (
        <EmptyState title={t('empty.title')} description={t('empty.description')} />
      ) : (
        <Reports report={reports.data} query={query} />
      )}
    </div>
    </div>
  );
}

function isEmpty(report: Report) {
  return report.volume.opened === 0 && report.volume.closed === 0 && report.agents.length === 0;
}

function Reports({ report, query }: { report: Report; query: ReportQuery }) {
  const { t } = useTranslation('reports');
  const trend = report.times.days.map((d) => ({
    day: d.day.slice(5),
    firstResponse: d.firstResponse.median ?? null,
    resolution: d.resolution.median ?? null,
  }));
  const sla = [
    { target: t('sla.firstResponse'), ...report.sla.firstResponse },
    { target: t('sla.resolution'), ...report.sla.resolution },
  ];
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ReportCard title={t('volume.title')} table="volume" query={query}
        figure={`${t('volume.opened')} ${report.volume.opened} · ${t('volume.closed')} ${report.volume.closed}`}>
        <Fit>
          <LineChart data={report.volume.days.map((d) => ({ ...d, day: d.day.slice(5) }))}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line dataKey="opened" name={t('volume.opened')} stroke="var(--color-primary, #2563eb)" />
            <Line dataKey="closed" name={t('volume.closed')} stroke="var(--color-success, #16a34a)" />
          </LineChart>
        </Fit>
      </ReportCard>
      <ReportCard title={t('times.title')} table="response-times" query={query}
        figure={`${t('times.firstResponse')} ${formatDuration(report.times.firstResponse.median)} (${t('times.p90', { value: formatDuration(report.times.firstResponse.p90) })}) · ${t('times.resolution')} ${formatDuration(report.times.resolution.median)}`}>
        <Fit>
          <LineChart data={trend}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis tickFormatter={formatAxisDuration} width={56} />
            <Tooltip formatter={(value) => formatDuration(typeof value === 'number' ? value : null)} />
            <Legend />
            <Line dataKey="firstResponse" name={t('times.firstResponse')} stroke="#2563eb" connectNulls />
            <Line dataKey="resolution" name={t('times.resolution')} stroke="#9333ea" connectNulls />
          </LineChart>
        </Fit>
      </ReportCard>
      <ReportCard title={t('sla.title')} table="sla" query={query}
        figure={`${t('sla.breached')} ${report.sla.firstResponse.breached + report.sla.resolution.breached}`}>
        <Fit>
          <BarChart data={sla}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="target" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="met" name={t('sla.met')} stackId="s" fill="#16a34a" />
            <Bar dataKey="breached" name={t('sla.breached')} stackId="s" fill="#dc2626" />
            <Bar dataKey="pending" name={t('sla.pending')} stackId="s" fill="#a3a3a3" />
          </BarChart>
        </Fit>
      </ReportCard>
      <ReportCard title={t('csat.title')} table="csat" query={query}
        figure={report.csat.average == null ? t('csat.none') : t('csat.average', { value: report.csat.average, count: report.csat.ratings })}>
        <Fit>
          <BarChart data={report.csat.distribution}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="rating" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" name={t('csat.count')} fill="#f59e0b" />
          </BarChart>
        </Fit>
      </ReportCard>
      <ReportCard title={t('bot.title')} table="handovers" query={query}
        figure={report.bot.botTook === 0 ? t('bot.none') : t('bot.rate', { rate: formatPercent(report.bot.containmentRate), contained: report.bot.contained, took: report.bot.botTook })}>
        <Fit>
          <BarChart layout="vertical" data={report.bot.handovers}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="cause" width={200} tickFormatter={(cause: string) => t(`causes.${cause}`, { defaultValue: cause })} />
            <Tooltip />
            <Bar dataKey="count" name={t('bot.handovers')} fill="#0891b2" />
          </BarChart>
        </Fit>
      </ReportCard>
      <ReportCard title={t('heatMap.title')} table="heatmap" query={query}>
        <HeatMap cells={report.heatMap} />
      </ReportCard>
      <ReportCard title={t('agents.title')} table="agents" query={query} wide>
        <AgentTable report={report} />
      </ReportCard>
    </div>
  );
}

function AgentTable({ report }: { report: Report }) {
  const { t } = useTranslation('reports');
  if (report.agents.length === 0) return <p className="text-fg-muted">{t('agents.none')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-fg-muted">
            <th scope="col" className="py-2 pr-3">{t('agents.agent')}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t('agents.handled')}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t('agents.firstResponse')}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t('agents.resolution')}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t('agents.csat')}</th>
            <th scope="col" className="py-2 text-right">{t('agents.online')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {report.agents.map((a) => (
            <tr key={a.agentId}>
              <th scope="row" className="py-2 pr-3 font-medium">{a.name}</th>
              <td className="py-2 pr-3 text-right tabular-nums">{a.handled}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatDuration(a.medianFirstResponse)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatDuration(a.medianResolution)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{a.csatAverage ?? '–'}</td>
              <td className="py-2 text-right tabular-nums">{formatDuration(a.secondsOnline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReportCard({ title, table, query, figure, wide, children }: {
  title: string;
  table: ReportTable;
  query: ReportQuery;
  figure?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('reports');
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  async function exportCsv() {
    setState('loading');
    try {
      const { blob, filename } = await downloadCsv(table, query);
      saveBlob(blob, filename);
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <Card aria-label={title} className={wide ? 'flex flex-col gap-3 p-4 md:col-span-2' : 'flex flex-col gap-3 p-4'}>
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold text-fg">{title}</h2>
          {figure && <p className="text-fg-muted">{figure}</p>}
        </div>
        <Button variant="secondary" size="sm" className="shrink-0 whitespace-nowrap" aria-label={t('exportOf', { table: title })} loading={state === 'loading'}
          icon={<Download aria-hidden className="size-4" />} onClick={() => void exportCsv()}>
          {t('export')}
        </Button>
      </div>
      {state === 'failed' && <p role="alert" className="text-danger">{t('exportFailed')}</p>}
      <div className="overflow-x-auto">{children}</div>
    </Card>
  );
}
