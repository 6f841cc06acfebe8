import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { TextArea } from '@/components/ui/text-area';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api/errors';
import { cn } from '@/lib/utils/cn';
import type { Priority } from '../api/conversations';
import { getColleagues, workspaceKeys, type Colleague } from '../api/workspace';
import { matchColleague } from '../model/colleagues';

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

function ColleagueOption({ c, checked, onChange }: { c: Colleague; checked: boolean; onChange: () => void }) {
  const { t } = useTranslation('agent');
  const full = c.activeChats >= c.maxConcurrentChats;
  const away = !c.connected || c.availability !== 'ONLINE';
  const unavailable = full || !c.canTakeChats;
  return (
    <li>
      <label className={cn('flex cursor-pointer items-center gap-3 px-3 py-2 hover:bg-surface-muted', checked && 'bg-primary-soft', unavailable && 'cursor-not-allowed opacity-60')}>
        <input type="radio" name="transfer-colleague" value={c.id} checked={checked} disabled={unavailable} onChange={onChange} />
        <span
          aria-hidden
          className={cn('size-2.5 shrink-0 rounded-full', away ? 'bg-border-strong' : c.availability === 'ONLINE' ? 'bg-success' : 'bg-warning')}
        />
        <span className="min-w-0 flex-1">
          <span className="block truncate font-medium">{c.name}</span>
          <span className="block truncate text-xs text-fg-muted">
            @{c.handle} · {(c.teams ?? []).join(', ')}
          </span>
        </span>
        <span className="shrink-0 text-right text-xs whitespace-nowrap text-fg-muted tabular-nums">
          {t(`availability.${(c.availability ?? 'OFFLINE') as 'ONLINE'}`)}
          {!c.connected && ` · ${t('consoleWorkspace.transfer.offline')}`}
          <br />
          {t('consoleWorkspace.transfer.load', { active: c.activeChats, max: c.maxConcurrentChats })}
          {full && ` · ${t('consoleWorkspace.transfer.full')}`}
        </span>
      </label>
    </li>
  );
}

/** Transfer to a team's queue or to a colleague chosen from the directory (status and load shown), with a note. */
export function TransferDialog({
  open,
  onOpenChange,
  teams,
  onTransfer,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  teams: string[];
  onTransfer: (target: { toTeam?: string; toAgentId?: string; name: string }, note: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('agent');
  const [mode, setMode] = useState<'team' | 'agent'>('agent');
  const [agentId, setAgentId] = useState('');
  const [filter, setFilter] = useState('');
  const [note, setNote] = useState('');
  const colleagues = useQuery({ queryKey: workspaceKeys.colleagues, queryFn: ({ signal }) => getColleagues(signal), enabled: open, staleTime: 10_000 });
  // Every team someone works in, not only mine: a chat may need to go to another desk.
  const allTeams = [...new Set([...teams, ...(colleagues.data ?? []).flatMap((c) => c.teams ?? [])])].sort();
  const [team, setTeam] = useState('');
  const chosenTeam = team || allTeams[0] || '';
  const shown = (colleagues.data ?? []).filter((c) => !c.me && c.canTakeChats && matchColleague(c, filter));
  const submit = useSubmit(
    () => {
      if (mode === 'agent' && !agentId) throw new Error(t('consoleWorkspace.transfer.pickOne'));
      const name = mode === 'team' ? chosenTeam : (colleagues.data ?? []).find((c) => c.id === agentId)?.name ?? agentId;
      return onTransfer(mode === 'team' ? { toTeam: chosenTeam, name } : { toAgentId: agentId, name }, note);
    },
    () => onOpenChange(false),
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('transfer.title')} description={t('transfer.description')} closeLabel={t('actions.close')} className="sm:max-w-lg">
        <form
          className="flex flex-col gap-3"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void submit.run(undefined);
          }}
        >
          <fieldset className="flex gap-4">
            <legend className="sr-only">{t('transfer.to')}</legend>
            {(['agent', 'team'] as const).map((m) => (
              <label key={m} className="flex items-center gap-2">
                <input type="radio" name="transfer-mode" checked={mode === m} onChange={() => setMode(m)} />
                {t(`transfer.mode.${m}`)}
              </label>
            ))}
          </fieldset>
          {mode === 'team' ? (
            <Select label={t('transfer.team')} value={chosenTeam} onChange={(e) => setTeam(e.target.value)} required>
              {allTeams.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </Select>
          ) : (
            // min-w-0: a fieldset is as wide as its longest line otherwise, and a long handle overflowed the dialog.
            <fieldset className="flex min-w-0 flex-col gap-2">
              <legend className="mb-1 text-sm font-medium">{t('consoleWorkspace.transfer.colleague')}</legend>
              <Input label={t('consoleWorkspace.transfer.search')} hideLabel placeholder={t('consoleWorkspace.transfer.search')} value={filter} onChange={(e) => setFilter(e.target.value)} />
              {colleagues.isPending ? (
                <Skeleton className="h-24 w-full" />
              ) : colleagues.isError ? (
                <Banner tone="danger" title={describeError(colleagues.error)} />
              ) : shown.length === 0 ? (
                <p className="text-fg-muted">{t('consoleWorkspace.transfer.noColleagues')}</p>
              ) : (
                <ul className="max-h-64 divide-y divide-border overflow-y-auto rounded-ui border border-border">
                  {shown.map((c) => (
                    <ColleagueOption key={c.id} c={c} checked={agentId === c.id} onChange={() => setAgentId(c.id)} />
                  ))}
                </ul>
              )}
            </fieldset>
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
