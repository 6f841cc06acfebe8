import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Pencil, Trash2 } from 'lucide-react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { TextArea } from '@/components/ui/text-area';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { deleteTeamCanned, listTeamCanned, saveTeamCanned, teamCannedKeys, type TeamCanned } from '../api/canned';
import { listSlaTargets, saveSlaTarget, slaKeys, type SlaTarget } from '../api/sla';
import { listTeams, teamKeys } from '../api/teams';
import { isAdmin } from '../model/powers';

function SlaRow({ target, editable }: { target: SlaTarget; editable: boolean }) {
  const { t } = useTranslation('team-admin');
  const queryClient = useQueryClient();
  const [first, setFirst] = useState(String(target.firstResponseMinutes));
  const [resolution, setResolution] = useState(String(target.resolutionMinutes));
  const [clock, setClock] = useState(target.aroundTheClock);
  const label = t(`priority.${target.priority}`);
  const save = useMutation({
    mutationFn: () =>
      saveSlaTarget(target.priority, { firstResponseMinutes: Number(first), resolutionMinutes: Number(resolution), aroundTheClock: clock }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: slaKeys.all });
      toast({ tone: 'success', title: t('sla.saved', { priority: label }) });
    },
  });
  return (
    <form
      aria-label={t('sla.form', { priority: label })}
      className="grid grid-cols-[6rem_1fr_1fr_auto_auto] items-end gap-3 py-2"
      onSubmit={(e) => { e.preventDefault(); save.mutate(); }}
    >
      <span className="pb-2 font-medium">{label}</span>
      <Input label={t('sla.firstResponse', { priority: label })} type="number" min={1} value={first} disabled={!editable} onChange={(e) => setFirst(e.target.value)} />
      <Input label={t('sla.resolution', { priority: label })} type="number" min={1} value={resolution} disabled={!editable} onChange={(e) => setResolution(e.target.value)} />
      <label className="flex items-center gap-2 pb-2 text-sm">
        <input type="checkbox" checked={clock} disabled={!editable} onChange={(e) => setClock(e.target.checked)} />
        {t('sla.aroundTheClock')}
      </label>
      {editable ? (
        <Button type="submit" size="sm" loading={save.isPending} aria-label={t('sla.save', { priority: label })}>
          {t('save')}
        </Button>
      ) : (
        <span />
      )}
      {save.isError && <Banner tone="danger" title={describeError(save.error)} className="col-span-5" />}
    </form>
  );
}

function SlaTargets({ editable }: { editable: boolean }) {
  const { t } = useTranslation('team-admin');
  const targets = useQuery({ queryKey: slaKeys.all, queryFn: ({ signal }) => listSlaTargets(signal) });
  return (
    <Card className="flex flex-col gap-2 p-4">
      <h2 className="text-lg font-semibold">{t('sla.title')}</h2>
      <p className="text-sm text-fg-muted">{editable ? t('sla.hint') : t('sla.readOnly')}</p>
      {targets.isPending ? (
        <Skeleton className="h-40 w-full" />
      ) : targets.isError ? (
        <ErrorState title={t('loadFailed')} description={describeError(targets.error)} retryLabel={t('retry')} onRetry={() => void targets.refetch()} />
      ) : (
        <div className="divide-y divide-border">
          {targets.data.map((target) => (
            <SlaRow key={`${target.priority}-${target.updatedAt ?? ''}`} target={target} editable={editable} />
          ))}
        </div>
      )}
    </Card>
  );
}

function CannedEditor({ editing, teams, onDone }: { editing: TeamCanned | null; teams: string[]; onDone: () => void }) {
  const { t } = useTranslation('team-admin');
  const queryClient = useQueryClient();
  const [shortcut, setShortcut] = useState(editing?.shortcut ?? '');
  const [text, setText] = useState(editing?.text ?? '');
  const [team, setTeam] = useState(editing?.team ?? teams[0] ?? '');
  const save = useMutation({
    mutationFn: () => saveTeamCanned(editing?.id ?? null, { shortcut: shortcut.replace(/^\//, '').trim(), text, team }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: teamCannedKeys.all });
      onDone();
    },
  });
  return (
    <form className="flex flex-col gap-3 rounded-ui border border-border p-3" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      <Input label={t('canned.shortcut')} value={shortcut} required maxLength={33} onChange={(e) => setShortcut(e.target.value)} />
      <TextArea label={t('canned.text')} value={text} required maxLength={4000} onChange={(e) => setText(e.target.value)} />
      <Select label={t('canned.team')} value={team} required disabled={Boolean(editing)} onChange={(e) => setTeam(e.target.value)}>
        {teams.map((x) => (
          <option key={x} value={x}>{x}</option>
        ))}
      </Select>
      {save.isError && <Banner tone="danger" title={describeError(save.error)} />}
      <div className="flex gap-2">
        <Button type="submit" size="sm" loading={save.isPending}>{t('save')}</Button>
        <Button type="button" size="sm" variant="secondary" onClick={onDone}>{t('cancel')}</Button>
      </div>
    </form>
  );
}

function TeamCannedResponses() {
  const { t } = useTranslation('team-admin');
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: teamCannedKeys.all, queryFn: ({ signal }) => listTeamCanned(signal) });
  const teams = useQuery({ queryKey: teamKeys.all, queryFn: ({ signal }) => listTeams(signal) });
  const [editing, setEditing] = useState<TeamCanned | 'new' | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => deleteTeamCanned(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: teamCannedKeys.all }),
    onError: (e) => toast({ tone: 'danger', title: describeError(e) }),
  });
  const teamNames = (teams.data ?? []).map((x) => x.name);
  return (
    <Card className="flex flex-col gap-3 p-4">
      <h2 className="text-lg font-semibold">{t('canned.title')}</h2>
      <p className="text-sm text-fg-muted">{t('canned.hint')}</p>
      {editing ? (
        <CannedEditor key={editing === 'new' ? 'new' : editing.id} editing={editing === 'new' ? null : editing} teams={teamNames} onDone={() => setEditing(null)} />
      ) : (
        <Button size="sm" className="self-start" disabled={teamNames.length === 0} onClick={() => setEditing('new')}>
          {t('canned.new')}
        </Button>
      )}
      {list.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : list.isError ? (
        <ErrorState title={t('loadFailed')} description={describeError(list.error)} retryLabel={t('retry')} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p className="text-sm text-fg-muted">{t('canned.empty')}</p>
      ) : (
        <ul aria-label={t('canned.title')} className="divide-y divide-border">
          {list.data.map((c) => (
            <li key={c.id} className="flex items-start gap-2 py-2">
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  /{c.shortcut} <span className="text-xs font-normal text-fg-muted">{c.team}</span>
                </p>
                <p className="line-clamp-2 text-sm text-fg-muted">{c.text}</p>
              </div>
              <IconButton size="sm" label={t('canned.edit', { shortcut: c.shortcut })} icon={<Pencil className="size-4" />} onClick={() => setEditing(c)} />
              <IconButton size="sm" label={t('canned.delete', { shortcut: c.shortcut })} icon={<Trash2 className="size-4" />} onClick={() => remove.mutate(c.id)} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** /admin/settings: SLA targets per priority (admins change them) and team-wide canned responses. */
export function SettingsPage({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation('team-admin');
  return (
    <div tabIndex={0} className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto p-6 focus-visible:outline-2 focus-visible:outline-focus">
      <h1 className="text-xl font-semibold">{t('settings')}</h1>
      <SlaTargets editable={isAdmin(roles)} />
      <TeamCannedResponses />
    </div>
  );
}
