import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Send } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { describeError } from '@/lib/api/errors';
import { useTryIt } from '../api/try-it';

function pct(value: number | undefined) {
  return `${((value ?? 0) * 100).toFixed(1)}%`;
}

/** /admin/bot/try: a sentence → the intent and confidence, the runners-up, and whether the bot would hand over. */
export function TryItPage() {
  const { t } = useTranslation('botAdmin');
  const attempt = useTryIt();
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) attempt.mutate(text.trim());
  }

  const trial = attempt.data;
  return (
    <section aria-label={t('try.title')} className="flex max-w-3xl flex-col gap-4 p-4">
      <p className="text-fg-muted">{t('try.description')}</p>
      <form onSubmit={submit} className="flex items-end gap-2">
        <Input label={t('try.sentence')} value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} required />
        <Button type="submit" loading={attempt.isPending} icon={<Send aria-hidden className="size-4" />}>
          {t('try.submit')}
        </Button>
      </form>
      {attempt.isError && (
        <p role="alert" className="text-danger">
          {t('try.failed')}: {describeError(attempt.error)}
        </p>
      )}
      {trial && (
        <Card role="region" aria-label={t('try.intent')} className="flex flex-col gap-3 p-4">
          <div className="flex flex-wrap items-center gap-3">
            <span className="font-mono text-lg font-semibold">{trial.intent ?? '—'}</span>
            <span className="text-fg-muted tabular-nums">
              {t('try.confidence')} {pct(trial.confidence)}
            </span>
            {trial.handsOver ? <Badge tone="warning">{t('try.handsOver')}</Badge> : trial.understood ? <Badge tone="success">{t('try.answers')}</Badge> : <Badge tone="neutral">{t('try.notUnderstood')}</Badge>}
            {trial.modelVersion ? <span className="ml-auto text-xs text-fg-muted">{t('try.model', { version: trial.modelVersion })}</span> : null}
          </div>
          <p role="status">{trial.outcome}</p>
          {(trial.alternatives ?? []).length > 1 && (
            <div className="flex flex-col gap-1">
              <h3 className="text-sm font-semibold">{t('try.alternatives')}</h3>
              <ul className="flex flex-col gap-1">
                {(trial.alternatives ?? []).slice(1, 4).map((a) => (
                  <li key={a.intent} className="flex items-center gap-3 text-sm">
                    <span className="w-56 truncate font-mono text-xs">{a.intent}</span>
                    <span className="h-2 flex-1 overflow-hidden rounded-full bg-surface-muted">
                      <span className="block h-full bg-accent" style={{ width: pct(a.confidence) }} />
                    </span>
                    <span className="w-14 text-right tabular-nums">{pct(a.confidence)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      )}
    </section>
  );
}
