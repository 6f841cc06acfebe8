import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { describeError } from '@/lib/api/errors';
import { accountKeys, editAccount, inviteAccount, type Account, type Role, type WithOneTimePassword } from '../api/accounts';
import { teamKeys } from '../api/teams';
import { invitableRoles, isAdmin } from '../model/powers';

const ALL_ROLES: Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

function splitTeams(text: string): string[] {
  return text.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
}

function RoleChecks({ offered, roles, onChange }: { offered: Role[]; roles: Role[]; onChange: (roles: Role[]) => void }) {
  const { t } = useTranslation('team-admin');
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="text-sm font-medium">{t('fields.roles')}</legend>
      <div className="flex gap-4">
        {offered.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(e) => onChange(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))}
            />
            {t(`roles.${role}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function useSaved() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: accountKeys.all });
    void queryClient.invalidateQueries({ queryKey: teamKeys.all });
  };
}

/** Invite: the server makes a one-time password, shown once afterwards. */
export function InviteDialog({ open, onOpenChange, actor, onInvited }: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  actor: readonly string[];
  onInvited: (result: WithOneTimePassword) => void;
}) {
  const { t } = useTranslation('team-admin');
  const saved = useSaved();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [teams, setTeams] = useState('');
  const [capacity, setCapacity] = useState('5');
  const [roles, setRoles] = useState<Role[]>(['AGENT']);
  const invite = useMutation({
    mutationFn: () => inviteAccount({ email, name, roles, teams: splitTeams(teams), maxConcurrentChats: Number(capacity) }),
    onSuccess: (result) => {
      saved();
      onOpenChange(false);
      setEmail('');
      setName('');
      setTeams('');
      onInvited(result);
    },
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('invite.title')} description={t('invite.description')} closeLabel={t('close')}>
        <form className="flex flex-col gap-3" onSubmit={(e) => { e.preventDefault(); invite.mutate(); }}>
          <Input label={t('fields.name')} value={name} required maxLength={120} onChange={(e) => setName(e.target.value)} />
          <Input label={t('fields.email')} type="email" value={email} required maxLength={254} onChange={(e) => setEmail(e.target.value)} />
          <Input label={t('fields.teams')} hint={t('fields.teamsHint')} value={teams} onChange={(e) => setTeams(e.target.value)} />
          <Input label={t('fields.capacity')} type="number" min={1} max={50} value={capacity} required onChange={(e) => setCapacity(e.target.value)} />
          {isAdmin(actor) && <RoleChecks offered={invitableRoles(actor)} roles={roles} onChange={setRoles} />}
          {invite.isError && <Banner tone="danger" title={describeError(invite.error)} />}
          <Button type="submit" loading={invite.isPending} className="self-end">
            {t('invite.submit')}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** Name, teams, capacity; roles only for admins (the server refuses the rest anyway). */
export function EditDialog({ account, onClose, actor }: { account: Account | null; onClose: () => void; actor: readonly string[] }) {
  const { t } = useTranslation('team-admin');
  return (
    <Dialog open={account !== null} onOpenChange={(open) => !open && onClose()}>
      {account && (
        <DialogContent title={t('edit.title', { name: account.name })} closeLabel={t('close')}>
          <EditForm key={account.id} account={account} actor={actor} onDone={onClose} />
        </DialogContent>
      )}
    </Dialog>
  );
}

function EditForm({ account, actor, onDone }: { account: Account; actor: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation('team-admin');
  const saved = useSaved();
  const [name, setName] = useState(account.name);
  const [teams, setTeams] = useState(account.teams.join(', '));
  const [capacity, setCapacity] = useState(String(account.maxConcurrentChats));
  const [roles, setRoles] = useState<Role[]>(account.roles as Role[]);
  const save = useMutation({
    mutationFn: () =>
      editAccount(account.id, {
        name,
        teams: splitTeams(teams),
        maxConcurrentChats: Number(capacity),
        ...(isAdmin(actor) ? { roles } : {}),
      }),
    onSuccess: () => {
      saved();
      onDone();
    },
  });
  return (
    <form className="flex flex-col gap-3" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      <Input label={t('fields.name')} value={name} required maxLength={120} onChange={(e) => setName(e.target.value)} />
      <Input label={t('fields.teams')} hint={t('fields.teamsHint')} value={teams} onChange={(e) => setTeams(e.target.value)} />
      <Input label={t('fields.capacity')} type="number" min={1} max={50} value={capacity} required onChange={(e) => setCapacity(e.target.value)} />
      {isAdmin(actor) && <RoleChecks offered={ALL_ROLES} roles={roles} onChange={setRoles} />}
      {save.isError && <Banner tone="danger" title={describeError(save.error)} />}
      <Button type="submit" loading={save.isPending} className="self-end">
        {t('edit.submit')}
      </Button>
    </form>
  );
}
