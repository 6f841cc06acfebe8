import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Plus, Tag, X } from 'lucide-react';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { conversationKeys, listLabels, type Conversation } from '../api/conversations';
import { addLabel, removeLabel } from '../api/workspace';

/** The conversation's labels in its header: shown, added (suggesting labels in use), removed. */
export function LabelBar({ chatId, labels }: { chatId: string; labels: string[] }) {
  const { t } = useTranslation('agent');
  const queryClient = useQueryClient();
  const listId = useId();
  const [adding, setAdding] = useState(false);
  const [value, setValue] = useState('');
  const inUse = useQuery({ queryKey: conversationKeys.labels, queryFn: ({ signal }) => listLabels(signal), enabled: adding, staleTime: 60_000 });
  const settle = (next: string[]) => {
    queryClient.setQueryData<Conversation>(conversationKeys.one(chatId), (c) => (c ? { ...c, labels: next } : c));
    // The inbox rows and their label filter read the list, not the one conversation.
    queryClient.setQueryData<Conversation[]>(conversationKeys.list, (list) => list?.map((c) => (c.id === chatId ? { ...c, labels: next } : c)));
    void queryClient.invalidateQueries({ queryKey: conversationKeys.labels });
  };
  const fail = (e: unknown) => toast({ tone: 'danger', title: t('consoleWorkspace.labels.failed'), description: describeError(e) });
  const add = useMutation({ mutationFn: (label: string) => addLabel(chatId, label), onSuccess: settle, onError: fail });
  const remove = useMutation({ mutationFn: (label: string) => removeLabel(chatId, label), onSuccess: settle, onError: fail });

  return (
    <ul aria-label={t('consoleWorkspace.labels.label')} className="flex flex-wrap items-center gap-1">
      {labels.map((l) => (
        <li key={l} className="inline-flex items-center gap-1 rounded-full border border-border bg-surface-muted py-0.5 pr-0.5 pl-2 text-xs">
          <Tag aria-hidden className="size-3 text-fg-muted" />
          {l}
          <button
            type="button"
            aria-label={t('consoleWorkspace.labels.remove', { label: l })}
            onClick={() => remove.mutate(l)}
            className="inline-flex size-5 items-center justify-center rounded-full text-fg-muted hover:bg-surface hover:text-fg"
          >
            <X aria-hidden className="size-3" />
          </button>
        </li>
      ))}
      <li>
        {adding ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const label = value.trim().toLowerCase();
              if (label) add.mutate(label);
              setValue('');
              setAdding(false);
            }}
          >
            <label className="sr-only" htmlFor={`${listId}-input`}>
              {t('consoleWorkspace.labels.input')}
            </label>
            <input
              id={`${listId}-input`}
              autoFocus
              list={listId}
              value={value}
              maxLength={40}
              onChange={(e) => setValue(e.target.value)}
              onBlur={() => !value && setAdding(false)}
              onKeyDown={(e) => e.key === 'Escape' && setAdding(false)}
              className="h-6 w-32 rounded-full border border-border-strong bg-surface px-2 text-xs outline-none focus:border-primary"
            />
            <datalist id={listId}>
              {(inUse.data ?? []).filter((l) => !labels.includes(l)).map((l) => (
                <option key={l} value={l} />
              ))}
            </datalist>
          </form>
        ) : (
          <button
            type="button"
            onClick={() => setAdding(true)}
            className="inline-flex h-6 items-center gap-1 rounded-full border border-dashed border-border-strong px-2 text-xs text-fg-muted hover:text-fg"
          >
            <Plus aria-hidden className="size-3" /> {t('consoleWorkspace.labels.add')}
          </button>
        )}
      </li>
    </ul>
  );
}
