import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Pencil, Trash2 } from 'lucide-react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/error-state';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { TextArea } from '@/components/ui/text-area';
import { toast } from '@/components/ui/toast';
import { ApiError, describeError } from '@/lib/api/errors';
import { cannedKeys, createCanned, deleteCanned, searchCanned, updateCanned, type CannedDraft, type CannedResponse } from '../api/canned';

/** The placeholders the server fills (console.internal.Placeholders); any other is refused on save. */
export const PLACEHOLDERS = ['{{customer.name}}', '{{customer.id}}', '{{agent.name}}', '{{conversation.id}}', '{{conversation.topic}}'];

function Editor({ editing, teams, onDone }: { editing: CannedResponse | null; teams: string[]; onDone: () => void }) {
  const { t } = useTranslation('agent');
  const queryClient = useQueryClient();
  const [shortcut, setShortcut] = useState(editing?.shortcut ?? '');
  const [text, setText] = useState(editing?.text ?? '');
  const [team, setTeam] = useState(editing?.team ?? '');
  const save = useMutation({
    mutationFn: (draft: CannedDraft) => (editing ? updateCanned(editing.id, draft) : createCanned(draft)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: cannedKeys.all });
      toast({ tone: 'success', title: t('consoleWorkspace.canned.saved') });
      onDone();
    },
  });
  return (
    <form
      className="flex flex-col gap-3 rounded-ui border border-border p-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ shortcut: shortcut.replace(/^\//, '').trim(), text, ...(team ? { team } : {}) });
      }}
    >
      <Input label={t('consoleWorkspace.canned.shortcut')} value={shortcut} maxLength={33} required onChange={(e) => setShortcut(e.target.value)} />
      <TextArea label={t('consoleWorkspace.canned.text')} value={text} required maxLength={4000} onChange={(e) => setText(e.target.value)} />
      {!editing && (
        <Select label={t('consoleWorkspace.canned.scope')} value={team} onChange={(e) => setTeam(e.target.value)}>
          <option value="">{t('consoleWorkspace.canned.personal')}</option>
          {teams.map((x) => (
            <option key={x} value={x}>
              {t('consoleWorkspace.canned.team', { team: x })}
            </option>
          ))}
        </Select>
      )}
      {save.isError && (
        // The server names what it refused (an unknown placeholder, a taken shortcut): say which.
        <Banner tone="danger" title={describeError(save.error)}>
          {save.error instanceof ApiError && save.error.fieldErrors.map((f) => f.message).filter(Boolean).join(' · ')}
        </Banner>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" loading={save.isPending}>
          {t('consoleWorkspace.canned.save')}
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={onDone}>
          {t('consoleWorkspace.canned.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** List, add, edit and delete canned responses (mine; a team's for supervisors), from the composer. */
export function CannedManager({ open, onOpenChange, teams }: { open: boolean; onOpenChange: (open: boolean) => void; teams: string[] }) {
  const { t } = useTranslation('agent');
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<CannedResponse | 'new' | null>(null);
  const list = useQuery({ queryKey: cannedKeys.search(''), queryFn: ({ signal }) => searchCanned('', signal), enabled: open });
  const remove = useMutation({
    mutationFn: (id: string) => deleteCanned(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: cannedKeys.all });
      toast({ tone: 'success', title: t('consoleWorkspace.canned.deleted') });
    },
    onError: (e) => toast({ tone: 'danger', title: describeError(e) }),
  });
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('consoleWorkspace.canned.title')} closeLabel={t('actions.close')} className="sm:max-w-xl">
        <div className="text-sm text-fg-muted">
          {t('consoleWorkspace.canned.description')}{' '}
          {PLACEHOLDERS.map((p) => (
            <code key={p} className="mr-1 rounded bg-surface-muted px-1 text-xs">
              {p}
            </code>
          ))}
        </div>
        {editing ? (
          <Editor key={editing === 'new' ? 'new' : editing.id} editing={editing === 'new' ? null : editing} teams={teams} onDone={() => setEditing(null)} />
        ) : (
          <Button size="sm" className="self-start" onClick={() => setEditing('new')}>
            {t('consoleWorkspace.canned.new')}
          </Button>
        )}
        {list.isPending ? (
          <Skeleton className="h-24 w-full" />
        ) : list.isError ? (
          <ErrorState title={t('consoleWorkspace.canned.loadFailed')} description={describeError(list.error)} retryLabel={t('actions.retry')} onRetry={() => void list.refetch()} />
        ) : list.data.length === 0 ? (
          <p className="text-fg-muted">{t('consoleWorkspace.canned.empty')}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-border">
            {list.data.map((c) => (
              <li key={c.id} className="flex items-start gap-2 py-2">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">
                    /{c.shortcut}{' '}
                    <span className="text-xs font-normal text-fg-muted">
                      {c.team ? t('consoleWorkspace.canned.team', { team: c.team }) : t('consoleWorkspace.canned.personal')}
                    </span>
                  </p>
                  <p className="line-clamp-2 text-sm text-fg-muted">{c.text}</p>
                </div>
                <IconButton size="sm" label={`${t('consoleWorkspace.canned.edit')} /${c.shortcut}`} icon={<Pencil className="size-4" />} onClick={() => setEditing(c)} />
                <IconButton size="sm" label={`${t('consoleWorkspace.canned.delete')} /${c.shortcut}`} icon={<Trash2 className="size-4" />} onClick={() => remove.mutate(c.id)} />
              </li>
            ))}
          </ul>
        )}
      </DialogContent>
    </Dialog>
  );
}
