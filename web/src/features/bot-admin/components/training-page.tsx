import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Play, Upload } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toast';
import { describeError, isApiError } from '@/lib/api/errors';
import { useActivate, useModels, useTrain, useTrainingProgress, type ModelVersion } from '../api/models';
import { useImportCsv } from '../api/training-data';
import { csvProblem, type CsvProblem } from '../model/csv-problem';
import { isTraining, percentOf } from '../model/progress';
import { EvaluationView } from './evaluation-view';

/** /admin/bot/training: upload examples, train with a live progress bar, the versions with their evaluation. */
export function TrainingPage() {
  const models = useModels();
  const [shown, setShown] = useState<number | null>(null);
  const active = models.data?.find((m) => m.active);
  const evaluated = models.data?.find((m) => m.version === (shown ?? active?.version));
  return (
    <div className="flex flex-col gap-4 p-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <UploadCard />
        <TrainCard />
      </div>
      <VersionsCard models={models} shown={evaluated?.version ?? null} onShow={setShown} />
      {evaluated && <EvaluationView version={evaluated} />}
    </div>
  );
}

/** The file's text through FileReader, which every browser (and the tests' DOM) has. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file);
  });
}

function UploadCard() {
  const { t } = useTranslation('botAdmin');
  const upload = useImportCsv();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<CsvProblem | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    const text = await readText(file);
    setProblem(null);
    upload.mutate(text, {
      onError: (e) => {
        if (isApiError(e) && e.code === 'invalid-training-data') setProblem(csvProblem(e.detail ?? e.message, text));
      },
    });
  }

  const result = upload.data;
  return (
    <Card role="region" aria-label={t('upload.title')} className="flex flex-col gap-3 p-4">
      <h2 className="text-base font-semibold">{t('upload.title')}</h2>
      <p className="text-sm text-fg-muted">{t('upload.description')}</p>
      <form onSubmit={(e) => void submit(e)} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="training-file" className="text-sm font-medium">
            {t('upload.file')}
          </label>
          <input id="training-file" ref={input} type="file" accept=".csv,text/csv" required className="text-sm file:mr-3 file:rounded-ui file:border file:border-border-strong file:bg-surface file:px-3 file:py-1.5" />
        </div>
        <Button type="submit" size="sm" loading={upload.isPending} icon={<Upload aria-hidden className="size-4" />}>
          {t('upload.submit')}
        </Button>
      </form>
      {problem ? (
        <div role="alert" className="flex flex-col gap-1 rounded-ui border border-danger bg-danger-soft p-3 text-sm">
          <p className="font-semibold text-danger">
            {t('upload.refused')}
            {problem.line !== null && `: ${t('upload.atLine', { line: problem.line })}`}
          </p>
          <p>{problem.message}</p>
          {problem.text !== null && (
            <pre aria-label={t('upload.lineText', { line: problem.line })} className="overflow-x-auto rounded-ui bg-surface px-2 py-1 font-mono text-xs">
              <span className="mr-3 text-fg-muted select-none">{problem.line}</span>
              {problem.text}
            </pre>
          )}
        </div>
      ) : upload.isError ? (
        <p role="alert" className="text-sm text-danger">
          {t('upload.failed')}: {describeError(upload.error)}
        </p>
      ) : result ? (
        <p role="status" className="rounded-ui bg-success-soft px-3 py-2 text-sm">
          {t('upload.imported', { intents: result.intentsCreated ?? 0, examples: result.examplesAdded ?? 0, duplicates: result.duplicatesSkipped ?? 0 })}
        </p>
      ) : null}
    </Card>
  );
}

function TrainCard() {
  const { t } = useTranslation('botAdmin');
  const progress = useTrainingProgress();
  const train = useTrain();
  const running = isTraining(progress.data);
  const percent = percentOf(progress.data);
  const state = progress.data?.state;
  const announced = useRef<number | null>(null);

  useEffect(() => {
    const version = progress.data?.version;
    if (state === 'FINISHED' && version && announced.current !== version && train.isSuccess) {
      announced.current = version;
      toast({ tone: 'success', title: t('train.finished', { version }) });
    }
  }, [state, progress.data?.version, train.isSuccess, t]);

  return (
    <Card role="region" aria-label={t('train.title')} className="flex flex-col gap-3 p-4">
      <h2 className="text-base font-semibold">{t('train.title')}</h2>
      <p className="text-sm text-fg-muted">{t('train.description')}</p>
      <div>
        <Button
          size="sm"
          loading={train.isPending || running}
          icon={<Play aria-hidden className="size-4" />}
          onClick={() => train.mutate(undefined, { onError: (e) => toast({ tone: 'danger', title: t('train.failed'), description: describeError(e) }) })}
        >
          {t('train.start')}
        </Button>
      </div>
      {/* A finished or failed run shows only when this page started it: an old one says nothing now. */}
      {(running || (train.isSuccess && (state === 'FINISHED' || state === 'FAILED'))) && (
        <div className="flex flex-col gap-1">
          <div className="flex justify-between text-sm">
            <span>{running ? t(`train.phase.${(progress.data?.phase ?? 'starting') as 'starting'}`, { defaultValue: progress.data?.phase }) : state === 'FINISHED' ? t('train.finished', { version: progress.data?.version }) : ''}</span>
            <span className="tabular-nums">{percent}%</span>
          </div>
          <div role="progressbar" aria-label={t('train.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2.5 overflow-hidden rounded-full bg-surface-muted">
            <div className="h-full rounded-full bg-primary transition-[width] duration-300 motion-reduce:transition-none" style={{ width: `${percent}%` }} />
          </div>
          {state === 'FAILED' && (
            <p role="alert" className="text-sm text-danger">
              {t('train.failedRun', { error: progress.data?.error ?? '' })}
            </p>
          )}
        </div>
      )}
    </Card>
  );
}

function pct(value: number | undefined | null) {
  return value === undefined || value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

function VersionsCard({ models, shown, onShow }: { models: ReturnType<typeof useModels>; shown: number | null; onShow: (v: number) => void }) {
  const { t } = useTranslation('botAdmin');
  const activate = useActivate();
  const active = models.data?.find((m) => m.active)?.version ?? 0;

  function activateVersion(version: number) {
    activate.mutate(version, {
      onSuccess: () => toast({ tone: 'success', title: t('versions.activated', { version }) }),
      onError: (e) => toast({ tone: 'danger', title: t('versions.activateFailed'), description: describeError(e) }),
    });
  }

  return (
    <Card role="region" aria-label={t('versions.title')} className="flex flex-col gap-3 p-4">
      <h2 className="text-base font-semibold">{t('versions.title')}</h2>
      {models.isPending ? (
        <div aria-busy className="flex flex-col gap-2">
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
        </div>
      ) : models.isError ? (
        <ErrorState title={t('versions.failed')} description={describeError(models.error)} retryLabel={t('actions.retry')} onRetry={() => void models.refetch()} />
      ) : models.data.length === 0 ? (
        <p className="text-fg-muted">{t('versions.empty')}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <thead className="bg-surface-muted text-xs text-fg-muted">
            <tr>
              {(['version', 'trained', 'data', 'accuracy', 'macroF1', 'status'] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 font-medium">
                  {t(`versions.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {models.data.map((m: ModelVersion) => {
              const version = m.version ?? 0;
              return (
                <tr key={version} className={shown === version ? 'bg-primary-soft/50' : undefined}>
                  <td className="px-3 py-2">
                    <button type="button" className="font-mono text-primary hover:underline" aria-label={t('versions.show', { version })} onClick={() => onShow(version)}>
                      v{version}
                    </button>
                  </td>
                  <td className="px-3 py-2 text-xs text-fg-muted">{m.createdAt && <RelativeTime value={m.createdAt} />}</td>
                  <td className="px-3 py-2 text-fg-muted">{t('versions.data', { examples: m.examples, intents: m.intents })}</td>
                  <td className="px-3 py-2 tabular-nums">{pct(m.evaluation?.accuracy ?? m.validationAccuracy)}</td>
                  <td className="px-3 py-2 tabular-nums">{pct(m.evaluation?.macroF1)}</td>
                  <td className="px-3 py-2">
                    {m.active ? (
                      <Badge tone="success">{t('versions.active')}</Badge>
                    ) : (
                      <Button size="sm" variant="secondary" loading={activate.isPending && activate.variables === version} onClick={() => activateVersion(version)}>
                        {version < active ? t('versions.rollBack', { version }) : t('versions.activate', { version })}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
