import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import type { ModelVersion } from '../api/models';

function pct(value: number | undefined) {
  return value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** A version's hold-out evaluation: the headline numbers, per-intent scores (worst first) and the top confusions. */
export function EvaluationView({ version }: { version: ModelVersion }) {
  const { t } = useTranslation('botAdmin');
  const evaluation = version.evaluation;
  const title = t('evaluation.title', { version: version.version });
  if (!evaluation) {
    return (
      <Card role="region" aria-label={title} className="flex flex-col gap-2 p-4">
        <h2 className="text-base font-semibold">{title}</h2>
        <p className="text-fg-muted">{t('evaluation.none')}</p>
      </Card>
    );
  }
  return (
    <Card role="region" aria-label={title} className="flex flex-col gap-4 p-4">
      <div>
        <h2 className="text-base font-semibold">{title}</h2>
        <p className="text-sm text-fg-muted">{t('evaluation.description', { tested: evaluation.tested })}</p>
      </div>
      <dl className="grid grid-cols-3 gap-3">
        {(
          [
            ['accuracy', pct(evaluation.accuracy)],
            ['macroF1', pct(evaluation.macroF1)],
            ['tested', String(evaluation.tested ?? 0)],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="rounded-ui border border-border p-3">
            <dt className="text-xs text-fg-muted">{t(`evaluation.${key}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <table aria-label={t('evaluation.intents')} className="w-full border-collapse text-left text-sm">
          <caption className="pb-2 text-left text-sm font-semibold">{t('evaluation.intents')}</caption>
          <thead className="bg-surface-muted text-xs text-fg-muted">
            <tr>
              {(['intent', 'support', 'precision', 'recall', 'f1'] as const).map((c) => (
                <th key={c} scope="col" className="px-2 py-1.5 font-medium">
                  {t(`evaluation.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {(evaluation.intents ?? []).slice(0, 15).map((s) => (
              <tr key={s.intent}>
                <td className="px-2 py-1 font-mono text-xs">{s.intent}</td>
                <td className="px-2 py-1 tabular-nums">{s.support}</td>
                <td className="px-2 py-1 tabular-nums">{pct(s.precision)}</td>
                <td className="px-2 py-1 tabular-nums">{pct(s.recall)}</td>
                <td className="px-2 py-1 tabular-nums">{pct(s.f1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table aria-label={t('evaluation.confusions')} className="w-full self-start border-collapse text-left text-sm">
          <caption className="pb-2 text-left text-sm font-semibold">{t('evaluation.confusions')}</caption>
          <thead className="bg-surface-muted text-xs text-fg-muted">
            <tr>
              {(['expected', 'predicted', 'count'] as const).map((c) => (
                <th key={c} scope="col" className="px-2 py-1.5 font-medium">
                  {t(`evaluation.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {(evaluation.confusions ?? []).length === 0 ? (
              <tr>
                <td colSpan={3} className="px-2 py-2 text-fg-muted">
                  {t('evaluation.noConfusions')}
                </td>
              </tr>
            ) : (
              (evaluation.confusions ?? []).map((c) => (
                <tr key={`${c.expected}-${c.predicted}`}>
                  <td className="px-2 py-1 font-mono text-xs">{c.expected}</td>
                  <td className="px-2 py-1 font-mono text-xs">{c.predicted}</td>
                  <td className="px-2 py-1 tabular-nums">{c.count}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
