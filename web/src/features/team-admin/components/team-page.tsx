import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KeyRound, Pencil, Trash2, UserPlus, Users } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { SearchField } from '@/components/ui/search-field';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { accountKeys, listAccounts, resetPassword, setAccountEnabled, type Account, type Role, type WithOneTimePassword } from '../api/accounts';
import { createTeam, listTeams, teamKeys, type TeamSummary } from '../api/teams';
import { mayEdit, mayLockOrUnlock } from '../model/powers';
import { EditDialog, InviteDialog } from './account-dialogs';
import { OneTimePasswordDialog } from './one-time-password';
import { DeleteTeamDialog, RenameTeamDialog } from './team-dialogs';

function AccountsTable({ actor, onShowPassword }: { actor: readonly string[]; onShowPassword: (r: WithOneTimePassword) => void }) {
  const { t } = useTranslation('team-admin');
  const queryClient = useQueryClient();
  const accounts = useQuery({ queryKey: accountKeys.all, queryFn: ({ signal }) => listAccounts(signal) });
  const [query, setQuery] = useState('');
  const [team, setTeam] = useState('');
  const [state, setState] = useState('');
  const [editing, setEditing] = useState<Account | null>(null);
  const [inviting, setInviting] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: accountKeys.all });
  const toggle = useMutation({
    mutationFn: (a: Account) => setAccountEnabled(a.id, !a.enabled),
    onSuccess: (a) => {
      refresh();
      toast({ tone: 'success', title: a.enabled ? t('enabled', { name: a.name }) : t('disabled', { name: a.name }) });
    },
    onError: (e) => toast({ tone: 'danger', title: describeError(e) }),
  });
  const reset = useMutation({
    mutationFn: (a: Account) => resetPassword(a.id),
    onSuccess: onShowPassword,
    onError: (e) => toast({ tone: 'danger', title: describeError(e) }),
  });
  const teams = useMemo(() => [...new Set((accounts.data ?? []).flatMap((a) => a.teams))].sort(), [accounts.data]);
  const shown = (accounts.data ?? []).filter(
    (a) =>
      (!query || `${a.name} ${a.email}`.toLowerCase().includes(query.toLowerCase())) &&
      (!team || a.teams.includes(team)) &&
      (!state || (state === 'enabled') === a.enabled),
  );
  return (
    <Card className="flex flex-col gap-3 p-4">
      <div className="flex flex-wrap items-end gap-3">
        <h2 className="mr-auto text-lg font-semibold">{t('accounts')}</h2>
        <SearchField label={t('filters.search')} placeholder={t('filters.searchPlaceholder')} clearLabel={t('filters.clear')} value={query} onValueChange={setQuery} className="w-56" />
        <Select label={t('filters.team')} value={team} onChange={(e) => setTeam(e.target.value)}>
          <option value="">{t('filters.allTeams')}</option>
          {teams.map((x) => (
            <option key={x} value={x}>{x}</option>
          ))}
        </Select>
        <Select label={t('filters.state')} value={state} onChange={(e) => setState(e.target.value)}>
          <option value="">{t('filters.any')}</option>
          <option value="enabled">{t('filters.enabled')}</option>
          <option value="disabled">{t('filters.disabled')}</option>
        </Select>
        <Button icon={<UserPlus aria-hidden className="size-4" />} onClick={() => setInviting(true)}>
          {t('invite.open')}
        </Button>
      </div>
      {accounts.isPending ? (
        <Skeleton className="h-40 w-full" />
      ) : accounts.isError ? (
        <ErrorState title={t('loadFailed')} description={describeError(accounts.error)} retryLabel={t('retry')} onRetry={() => void accounts.refetch()} />
      ) : shown.length === 0 ? (
        <EmptyState icon={<Users />} title={t('noAccounts')} description={t('noAccountsHint')} />
      ) : (
        <table className="w-full text-sm [&_td:not(:last-child)]:pr-4 [&_th:not(:last-child)]:pr-4">
          <thead className="text-left text-xs text-fg-muted">
            <tr>
              <th className="py-2 font-medium">{t('columns.name')}</th>
              <th className="font-medium">{t('columns.roles')}</th>
              <th className="font-medium">{t('columns.teams')}</th>
              <th className="font-medium">{t('columns.capacity')}</th>
              <th className="font-medium">{t('columns.state')}</th>
              <th className="sr-only">{t('columns.actions')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {shown.map((a) => (
              <tr key={a.id} aria-label={a.name}>
                <td className="py-2">
                  <div className="font-medium">{a.name}</div>
                  <div className="text-xs text-fg-muted">{a.email}</div>
                </td>
                <td>{a.roles.map((r) => t(`roles.${r as Role}`)).join(', ')}</td>
                <td>{a.teams.join(', ') || '–'}</td>
                <td className="tabular-nums">{a.maxConcurrentChats}</td>
                <td>
                  <Badge tone={a.enabled ? 'success' : 'neutral'}>{a.enabled ? t('filters.enabled') : t('filters.disabled')}</Badge>
                </td>
                <td>
                  <div className="flex justify-end gap-1">
                    {mayEdit(actor, a) && (
                      <IconButton size="sm" label={t('edit.open', { name: a.name })} icon={<Pencil className="size-4" />} onClick={() => setEditing(a)} />
                    )}
                    {mayLockOrUnlock(actor, a) && (
                      <>
                        <IconButton size="sm" label={t('reset', { name: a.name })} icon={<KeyRound className="size-4" />} onClick={() => reset.mutate(a)} />
                        <Button size="sm" variant={a.enabled ? 'secondary' : 'primary'} onClick={() => toggle.mutate(a)} aria-label={a.enabled ? t('disable', { name: a.name }) : t('enable', { name: a.name })}>
                          {a.enabled ? t('disableShort') : t('enableShort')}
                        </Button>
                      </>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <InviteDialog open={inviting} onOpenChange={setInviting} actor={actor} onInvited={onShowPassword} />
      <EditDialog account={editing} actor={actor} onClose={() => setEditing(null)} />
    </Card>
  );
}

function TeamsList() {
  const { t } = useTranslation('team-admin');
  const queryClient = useQueryClient();
  const teams = useQuery({ queryKey: teamKeys.all, queryFn: ({ signal }) => listTeams(signal) });
  const [name, setName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [renaming, setRenaming] = useState<TeamSummary | null>(null);
  const [deleting, setDeleting] = useState<TeamSummary | null>(null);
  const create = useMutation({
    mutationFn: () => createTeam({ name: name.trim().toLowerCase(), displayName }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
      setName('');
      setDisplayName('');
    },
  });
  return (
    <Card className="flex flex-col gap-3 p-4">
      <h2 className="text-lg font-semibold">{t('teams.title')}</h2>
      {teams.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : teams.isError ? (
        <ErrorState title={t('loadFailed')} description={describeError(teams.error)} retryLabel={t('retry')} onRetry={() => void teams.refetch()} />
      ) : teams.data.length === 0 ? (
        <p className="text-sm text-fg-muted">{t('teams.empty')}</p>
      ) : (
        <ul aria-label={t('teams.title')} className="divide-y divide-border">
          {teams.data.map((team) => (
            <li key={team.name} className="flex items-center gap-2 py-2 text-sm">
              <div className="min-w-0 flex-1">
                <p>
                  <span className="font-medium">{team.displayName}</span>
                  {/* The routing key only when it says something the display name does not. */}
                  {team.name !== team.displayName.toLowerCase() && (
                    <span className="ml-2 font-mono text-xs text-fg-muted">{team.name}</span>
                  )}
                </p>
                <p className="text-xs text-fg-muted">
                  {t('teams.numbers', { count: team.members, open: team.openChats, queued: team.queued })}
                </p>
              </div>
              <IconButton size="sm" label={t('teams.rename', { name: team.displayName })} icon={<Pencil className="size-4" />} onClick={() => setRenaming(team)} />
              <IconButton size="sm" label={t('teams.delete', { name: team.displayName })} icon={<Trash2 className="size-4" />} onClick={() => setDeleting(team)} />
            </li>
          ))}
        </ul>
      )}
      <form className="flex flex-col gap-2 border-t border-border pt-3" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
        <Input label={t('teams.name')} hint={t('teams.nameHint')} value={name} required maxLength={40} onChange={(e) => setName(e.target.value)} />
        <Input label={t('teams.displayName')} value={displayName} required maxLength={80} onChange={(e) => setDisplayName(e.target.value)} />
        {create.isError && <Banner tone="danger" title={describeError(create.error)} />}
        <Button type="submit" size="sm" variant="secondary" loading={create.isPending} className="self-start">
          {t('teams.create')}
        </Button>
      </form>
      <RenameTeamDialog team={renaming} onClose={() => setRenaming(null)} />
      <DeleteTeamDialog team={deleting} onClose={() => setDeleting(null)} />
    </Card>
  );
}

/** /admin/team: accounts (invite, edit, disable, reset password) and teams. */
export function TeamPage({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation('team-admin');
  const [password, setPassword] = useState<WithOneTimePassword | null>(null);
  return (
    <div tabIndex={0} className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto p-6 focus-visible:outline-2 focus-visible:outline-focus">
      <h1 className="text-xl font-semibold">{t('title')}</h1>
      <div className="grid gap-4 xl:grid-cols-[1fr_22rem]">
        <AccountsTable actor={roles} onShowPassword={setPassword} />
        <TeamsList />
      </div>
      <OneTimePasswordDialog result={password} onClose={() => setPassword(null)} />
    </div>
  );
}
