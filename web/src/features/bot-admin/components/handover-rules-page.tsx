import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Lock, Save } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { RelativeTime } from '@/components/ui/relative-time';
import { SkeletonText } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toast';
import { describeError, isApiError } from '@/lib/api/errors';
import { useHandoverRules, useSaveHandoverRules, type HandoverRules } from '../api/handover-rules';

const FIXED = ['person', 'fraud', 'flows', 'notReady', 'error'] as const;

/** /admin/bot/handover: the rules an admin may change, and the ones that always apply, read only. */
export function HandoverRulesPage() {
  const { t } = useTranslation('botAdmin');
  const rules = useHandoverRules();
  return (
    <div className="grid gap-4 p-4 lg:grid-cols-2">
      <Card role="region" aria-label={t('handover.editable')} className="flex flex-col gap-3 p-4">
        <h2 className="text-base font-semibold">{t('handover.editable')}</h2>
        {rules.isPending ? (
          <SkeletonText lines={6} />
        ) : rules.isError ? (
          <ErrorState title={t('handover.failed')} description={describeError(rules.error)} retryLabel={t('actions.retry')} onRetry={() => void rules.refetch()} />
        ) : (
          <RulesForm key={rules.data.updatedAt ?? 'defaults'} rules={rules.data} />
        )}
      </Card>
      <Card role="region" aria-label={t('handover.fixed')} className="flex flex-col gap-3 self-start p-4">
        <h2 className="flex items-center gap-2 text-base font-semibold">
          <Lock aria-hidden className="size-4 text-fg-muted" />
          {t('handover.fixed')}
        </h2>
        <p className="text-sm text-fg-muted">{t('handover.fixedNote')}</p>
        <ul className="flex list-disc flex-col gap-2 pl-5 text-sm">
          {FIXED.map((rule) => (
            <li key={rule}>{t(`handover.fixedRules.${rule}`)}</li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

function RulesForm({ rules }: { rules: HandoverRules }) {
  const { t } = useTranslation('botAdmin');
  const save = useSaveHandoverRules();
  const [confidence, setConfidence] = useState(String(rules.confidence ?? 0.5));
  const [misunderstandings, setMisunderstandings] = useState(String(rules.misunderstandings ?? 2));
  const [upset, setUpset] = useState(rules.upsetCustomer ?? true);
  const [team, setTeam] = useState(rules.urgentTeam ?? '');
  const errors = isApiError(save.error) ? save.error.fieldErrors : [];
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { confidence: Number(confidence), misunderstandings: Number(misunderstandings), upsetCustomer: upset, urgentTeam: team.trim() || undefined },
      {
        onSuccess: () => toast({ tone: 'success', title: t('handover.saved') }),
        onError: (e) => toast({ tone: 'danger', title: t('handover.saveFailed'), description: describeError(e) }),
      },
    );
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <Input label={t('handover.confidence')} hint={t('handover.confidenceHint')} type="number" min={0} max={1} step={0.05} value={confidence} onChange={(e) => setConfidence(e.target.value)} error={errorOf('confidence')} required />
      <Input label={t('handover.misunderstandings')} hint={t('handover.misunderstandingsHint')} type="number" min={1} max={5} step={1} value={misunderstandings} onChange={(e) => setMisunderstandings(e.target.value)} error={errorOf('misunderstandings')} required />
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" checked={upset} onChange={(e) => setUpset(e.target.checked)} className="size-4" />
        {t('handover.upset')}
      </label>
      <Input label={t('handover.urgentTeam')} hint={t('handover.urgentTeamHint')} value={team} onChange={(e) => setTeam(e.target.value)} error={errorOf('urgentTeam')} maxLength={64} />
      <div className="flex items-center gap-3">
        <Button type="submit" loading={save.isPending} icon={<Save aria-hidden className="size-4" />}>
          {t('handover.save')}
        </Button>
        <span className="text-xs text-fg-muted">
          {rules.updatedBy ? (
            <>
              {t('handover.updated', { who: rules.updatedBy })} · {rules.updatedAt && <RelativeTime value={rules.updatedAt} />}
            </>
          ) : (
            t('handover.defaults')
          )}
        </span>
      </div>
    </form>
  );
}
