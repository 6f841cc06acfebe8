import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { TextArea } from '@/components/ui/text-area';
import { describeError } from '@/lib/api/errors';
import type { Priority } from '../api/conversations';

export type DialogKind = 'transfer' | 'resolve' | 'ticket' | null;

function useSubmit<T>(action: (value: T) => Promise<unknown>, onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (value: T) => {
    setBusy(true);
    setError(null);
    try {
      await action(value);
      onDone();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

export const RESOLVE_REASONS = ['answered', 'refund', 'duplicate', 'noReply', 'other'] as const;
export type ResolveReason = (typeof RESOLVE_REASONS)[number];

/** Transfer to a team's queue or to an agent (by id: no staff directory API yet), with a note. */
export function TransferDialog({
  open,
  onOpenChange,
  teams,
  onTransfer,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  teams: string[];
  onTransfer: (target: { toTeam?: string; toAgentId?: string }, note: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('agent');
  const [mode, setMode] = useState<'team' | 'agent'>('team');
  const [team, setTeam] = useState(teams[0] ?? '');
  const [agentId, setAgentId] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit(() => onTransfer(mode === 'team' ? { toTeam: team } : { toAgentId: agentId.trim() }, note), () => onOpenChange(false));
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('transfer.title')} description={t('transfer.description')} closeLabel={t('actions.close')}>
        <form
          className="flex flex-col gap-3"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void submit.run(undefined);
          }}
        >
          <fieldset className="flex gap-4">
            <legend className="sr-only">{t('transfer.to')}</legend>
            {(['team', 'agent'] as const).map((m) => (
              <label key={m} className="flex items-center gap-2">
                <input type="radio" name="transfer-mode" checked={mode === m} onChange={() => setMode(m)} />
                {t(`transfer.mode.${m}`)}
              </label>
            ))}
          </fieldset>
          {mode === 'team' ? (
            <Select label={t('transfer.team')} value={team} onChange={(e) => setTeam(e.target.value)} required>
              {teams.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </Select>
          ) : (
            <Input label={t('transfer.agentId')} hint={t('transfer.agentIdHint')} value={agentId} onChange={(e) => setAgentId(e.target.value)} required />
          )}
          <TextArea label={t('transfer.note')} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          {submit.error && <Banner tone="danger" title={submit.error} />}
          <Button type="submit" loading={submit.busy}>
            {t('transfer.submit')}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** Resolve with a reason, kept as a private note the customer never sees. */
export function ResolveDialog({
  open,
  onOpenChange,
  onResolve,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onResolve: (reason: ResolveReason, detail: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('agent');
  const [reason, setReason] = useState<ResolveReason>('answered');
  const [detail, setDetail] = useState('');
  const submit = useSubmit(() => onResolve(reason, detail), () => onOpenChange(false));
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('resolve.title')} description={t('resolve.description')} closeLabel={t('actions.close')}>
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void submit.run(undefined);
          }}
        >
          <Select label={t('resolve.reason')} value={reason} onChange={(e) => setReason(e.target.value as ResolveReason)}>
            {RESOLVE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`resolve.reasons.${r}`)}
              </option>
            ))}
          </Select>
          <TextArea label={t('resolve.detail')} value={detail} onChange={(e) => setDetail(e.target.value)} maxLength={500} />
          {submit.error && <Banner tone="danger" title={submit.error} />}
          <Button type="submit" loading={submit.busy} autoFocus>
            {t('resolve.submit')}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** Convert to ticket: issue type and priority (POST /api/tickets/from-chat/{chatId}). */
export function TicketDialog({
  open,
  onOpenChange,
  defaultIssue,
  onCreate,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  defaultIssue: string;
  onCreate: (request: { issueType?: string; priority?: Priority }) => Promise<unknown>;
}) {
  const { t } = useTranslation('agent');
  const [issue, setIssue] = useState(defaultIssue);
  const [priority, setPriority] = useState<Priority>('MEDIUM');
  const submit = useSubmit(() => onCreate({ ...(issue.trim() ? { issueType: issue.trim() } : {}), priority }), () => onOpenChange(false));
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('toTicket.title')} description={t('toTicket.description')} closeLabel={t('actions.close')}>
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void submit.run(undefined);
          }}
        >
          <Input label={t('toTicket.issue')} value={issue} maxLength={120} onChange={(e) => setIssue(e.target.value)} />
          <Select label={t('toTicket.priority')} value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {(['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </Select>
          {submit.error && <Banner tone="danger" title={submit.error} />}
          <Button type="submit" loading={submit.busy}>
            {t('toTicket.submit')}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}
