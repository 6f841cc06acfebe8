import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { describeError, isApiError } from '@/lib/api/errors';
import { deleteTeam, renameTeam, teamKeys, type TeamSummary } from '../api/teams';

/** The server's own words for a team still in use (what and how many), else the usual description. */
function explain(error: unknown): string {
  return isApiError(error) && error.code === 'team-in-use' && error.detail ? error.detail : describeError(error);
}

/** A new display name or description; the team's name stays, so its members, chats and tickets stay with it. */
export function RenameTeamDialog({ team, onClose }: { team: TeamSummary | null; onClose: () => void }) {
  const { t } = useTranslation('team-admin');
  return (
    <Dialog open={team !== null} onOpenChange={(open) => !open && onClose()}>
      {team && (
        <DialogContent title={t('teams.renameTitle', { name: team.displayName })} description={t('teams.renameDescription', { key: team.name })} closeLabel={t('close')}>
          <RenameForm key={team.name} team={team} onDone={onClose} />
        </DialogContent>
      )}
    </Dialog>
  );
}

function RenameForm({ team, onDone }: { team: TeamSummary; onDone: () => void }) {
  const { t } = useTranslation('team-admin');
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(team.displayName);
  const [description, setDescription] = useState(team.description ?? '');
  const save = useMutation({
    mutationFn: () => renameTeam(team.name, { displayName, description }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
      onDone();
    },
  });
  return (
    <form className="flex flex-col gap-3" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      <Input label={t('teams.displayName')} value={displayName} required maxLength={80} onChange={(e) => setDisplayName(e.target.value)} />
      <Input label={t('teams.description')} value={description} maxLength={500} onChange={(e) => setDescription(e.target.value)} />
      {save.isError && <Banner tone="danger" title={describeError(save.error)} />}
      <Button type="submit" loading={save.isPending} className="self-end">
        {t('teams.renameSubmit')}
      </Button>
    </form>
  );
}

/** Asks first; the server refuses a team still in use and says by what, which is shown as it is. */
export function DeleteTeamDialog({ team, onClose }: { team: TeamSummary | null; onClose: () => void }) {
  const { t } = useTranslation('team-admin');
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (name: string) => deleteTeam(name),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
      onClose();
    },
  });
  return (
    <Dialog
      open={team !== null}
      onOpenChange={(open) => {
        if (!open) {
          remove.reset();
          onClose();
        }
      }}
    >
      {team && (
        <DialogContent title={t('teams.deleteTitle', { name: team.displayName })} description={t('teams.deleteDescription')} closeLabel={t('close')}>
          {remove.isError && <Banner tone="danger" title={explain(remove.error)} />}
          <Button variant="danger" loading={remove.isPending} className="self-end" onClick={() => remove.mutate(team.name)}>
            {t('teams.deleteSubmit')}
          </Button>
        </DialogContent>
      )}
    </Dialog>
  );
}
