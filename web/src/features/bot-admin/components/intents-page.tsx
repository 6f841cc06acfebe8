import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Bot, Plus, Trash2, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import { useDeleteIntent, useIntent, useIntents, useSaveIntent, type IntentDefinition, type IntentDetail } from '../api/intents';

const FLOWS = ['FAILED_PAYMENT', 'REFUND_STATUS', 'BLOCKED_OR_FRAUD', 'HUMAN'] as const;

function definitionOf(intent: IntentDetail, examples = intent.examples ?? []): IntentDefinition {
  return { description: intent.description ?? '', articleSlug: intent.articleSlug, flow: intent.flow, team: intent.team, examples };
}

/** /admin/bot: the intents (selected one in ?intent=), its examples to add and remove, and new intents. */
export function IntentsPage() {
  const { t } = useTranslation('botAdmin');
  const [params, setParams] = useSearchParams();
  const selected = params.get('intent');
  const intents = useIntents();
  const save = useSaveIntent();
  const [name, setName] = useState('');

  function create(event: FormEvent) {
    event.preventDefault();
    const intent = name.trim();
    save.mutate(
      { name: intent, definition: { description: intent.replace(/_/g, ' '), examples: [] } },
      {
        onSuccess: () => {
          toast({ tone: 'success', title: t('intents.created', { name: intent }) });
          setName('');
          setParams({ intent });
        },
        onError: (e) => toast({ tone: 'danger', title: t('intents.saveFailed'), description: describeError(e) }),
      },
    );
  }

  return (
    <div className="grid min-h-full gap-4 p-4 lg:grid-cols-[320px_1fr]">
      <section aria-label={t('intents.list')} className="flex flex-col gap-3">
        <form onSubmit={create} className="flex items-end gap-2">
          <Input label={t('intents.newName')} value={name} onChange={(e) => setName(e.target.value)} pattern="[a-z0-9_]+" required className="min-h-9 text-sm" />
          <Button type="submit" size="sm" className="shrink-0 whitespace-nowrap" loading={save.isPending && !selected} icon={<Plus aria-hidden className="size-4" />}>
            {t('intents.create')}
          </Button>
        </form>
        {intents.isPending ? (
          <div aria-busy className="flex flex-col gap-2">
            {Array.from({ length: 8 }, (_, i) => (
              <Skeleton key={i} className="h-10 w-full" />
            ))}
          </div>
        ) : intents.isError ? (
          <ErrorState title={t('intents.failed')} description={describeError(intents.error)} retryLabel={t('actions.retry')} onRetry={() => void intents.refetch()} />
        ) : intents.data.length === 0 ? (
          <EmptyState icon={<Bot />} title={t('intents.emptyTitle')} description={t('intents.emptyDescription')} />
        ) : (
          <ul className="flex flex-col divide-y divide-border overflow-hidden rounded-ui border border-border bg-surface">
            {intents.data.map((intent) => (
              <li key={intent.name}>
                <button
                  type="button"
                  aria-current={intent.name === selected ? 'true' : undefined}
                  onClick={() => setParams({ intent: intent.name ?? '' })}
                  className={cn('flex w-full items-center justify-between gap-2 px-3 py-2 text-left hover:bg-surface-muted', intent.name === selected && 'bg-primary-soft')}
                >
                  <span className="truncate font-mono text-sm">{intent.name}</span>
                  <span className="shrink-0 text-xs text-fg-muted tabular-nums">{t('intents.examples', { count: intent.examples ?? 0 })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {selected ? <IntentEditor key={selected} name={selected} onDeleted={() => setParams({})} /> : <p className="self-start p-4 text-fg-muted">{t('intents.pick')}</p>}
    </div>
  );
}

function IntentEditor({ name, onDeleted }: { name: string; onDeleted: () => void }) {
  const { t } = useTranslation('botAdmin');
  const intent = useIntent(name);
  const save = useSaveIntent();
  const remove = useDeleteIntent();
  const [example, setExample] = useState('');
  const [details, setDetails] = useState<{ description: string; flow: string; articleSlug: string; team: string } | null>(null);

  if (intent.isPending) {
    return (
      <Card aria-busy className="flex flex-col gap-3 p-4">
        <Skeleton className="h-6 w-1/3" />
        <Skeleton className="h-40 w-full" />
      </Card>
    );
  }
  if (intent.isError) {
    return <ErrorState title={t('intents.failed')} description={describeError(intent.error)} retryLabel={t('actions.retry')} onRetry={() => void intent.refetch()} />;
  }
  const data = intent.data;
  const examples = data.examples ?? [];
  const shown = details ?? { description: data.description ?? '', flow: data.flow ?? '', articleSlug: data.articleSlug ?? '', team: data.team ?? '' };
  const failed = (e: unknown) => toast({ tone: 'danger', title: t('intents.saveFailed'), description: describeError(e) });

  function saveExamples(next: string[]) {
    save.mutate({ name, definition: definitionOf(data, next) }, { onError: failed });
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (!example.trim()) return;
    saveExamples([...examples, example.trim()]);
    setExample('');
  }

  function saveDetails(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      {
        name,
        definition: {
          ...definitionOf(data),
          description: shown.description,
          flow: (shown.flow || undefined) as IntentDefinition['flow'],
          articleSlug: shown.articleSlug.trim() || undefined,
          team: shown.team.trim() || undefined,
        },
      },
      { onSuccess: () => toast({ tone: 'success', title: t('intents.saved') }), onError: failed },
    );
  }

  function deleteIntent() {
    if (!window.confirm(t('intents.deleteConfirm', { name, count: examples.length }))) return;
    remove.mutate(name, {
      onSuccess: () => {
        toast({ tone: 'success', title: t('intents.deleted', { name }) });
        onDeleted();
      },
      onError: failed,
    });
  }

  return (
    <Card role="region" aria-label={name} className="flex flex-col gap-4 self-start p-4">
      <div className="flex items-center gap-2">
        <h2 className="flex-1 font-mono text-base font-semibold">{name}</h2>
        <Button size="sm" variant="secondary" onClick={deleteIntent} loading={remove.isPending} icon={<Trash2 aria-hidden className="size-4" />}>
          {t('intents.delete')}
        </Button>
      </div>
      <form onSubmit={saveDetails} className="grid gap-3 sm:grid-cols-2">
        <Input label={t('intents.description')} value={shown.description} onChange={(e) => setDetails({ ...shown, description: e.target.value })} className="min-h-9 text-sm" />
        <Select label={t('intents.flow')} value={shown.flow} onChange={(e) => setDetails({ ...shown, flow: e.target.value })} className="min-h-9 text-sm">
          <option value="">{t('flow.none')}</option>
          {FLOWS.map((f) => (
            <option key={f} value={f}>
              {t(`flow.${f}`)}
            </option>
          ))}
        </Select>
        <Input label={t('intents.article')} value={shown.articleSlug} onChange={(e) => setDetails({ ...shown, articleSlug: e.target.value })} className="min-h-9 font-mono text-sm" />
        <Input label={t('intents.team')} value={shown.team} onChange={(e) => setDetails({ ...shown, team: e.target.value })} className="min-h-9 font-mono text-sm" />
        <div className="self-end">
          <Button type="submit" size="sm" variant="secondary" disabled={!details}>
            {t('intents.saveDetails')}
          </Button>
        </div>
      </form>
      <section aria-label={t('intents.examples')} className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold">
          {t('intents.examples')} <span className="font-normal text-fg-muted">· {examples.length}</span>
        </h3>
        <form onSubmit={add} className="flex items-end gap-2">
          <Input label={t('intents.addExample')} hideLabel placeholder={t('intents.addExample')} value={example} onChange={(e) => setExample(e.target.value)} className="min-h-9 text-sm" maxLength={1000} />
          <Button type="submit" size="sm" loading={save.isPending} icon={<Plus aria-hidden className="size-4" />}>
            {t('intents.add')}
          </Button>
        </form>
        <ul className="flex flex-col divide-y divide-border rounded-ui border border-border">
          {examples.map((text) => (
            <li key={text} className="flex items-center gap-2 px-3 py-1">
              <span className="flex-1 text-sm">{text}</span>
              <IconButton size="sm" label={t('intents.remove', { text })} icon={<X />} onClick={() => saveExamples(examples.filter((e) => e !== text))} />
            </li>
          ))}
        </ul>
      </section>
    </Card>
  );
}
