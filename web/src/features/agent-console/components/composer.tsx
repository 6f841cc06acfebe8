import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ImagePlus, Lock, MessageSquareText, SendHorizontal } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { uploadImage } from '@/lib/api/chat-images';
import { cn } from '@/lib/utils/cn';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { cannedKeys, renderCanned, searchCanned } from '../api/canned';
import { getColleagues, workspaceKeys } from '../api/workspace';
import { matchColleague } from '../model/colleagues';
import { insertMention, triggerAt } from '../model/composer-triggers';
import { drafts } from '../model/storage';
import { ComposerSuggestions, type Suggestion } from './composer-suggestions';

export type ComposerMode = 'reply' | 'note';

export interface ComposerProps {
  chatId: string;
  disabled: boolean;
  disabledReason?: string;
  /** Sends a reply; not needed with notesOnly. */
  onSend?: (input: { text?: string; imageUrl?: string }) => void;
  /** A private note (staff only); rejects when it was not stored. */
  onNote?: (text: string) => Promise<unknown>;
  /** Typing in this box; `mode` tells a reply (the customer may be told) from a note (never). */
  onTyping: (isTyping: boolean, mode: ComposerMode) => void;
  /** Opens the canned responses' management. */
  onManageCanned?: () => void;
  /** Notes only (a chat the agent may read but not answer): no switch, no replies. */
  notesOnly?: boolean;
  ref?: React.Ref<HTMLTextAreaElement | null>;
}

/**
 * The reply box: Enter sends, Shift+Enter breaks the line; typing frames at most every 3 s and a
 * stop after 4 s idle; the draft is kept per conversation in sessionStorage (survives a sign-in
 * again after the session ran out). A Reply / Private note switch: a note goes to staff only and
 * offers `@` colleagues; a reply offers canned responses after `/`, filled on the server.
 */
export function Composer({ chatId, disabled, disabledReason, onSend, onNote, onTyping, onManageCanned, notesOnly = false, ref }: ComposerProps) {
  const { t } = useTranslation('agent');
  const [mode, setMode] = useState<ComposerMode>(notesOnly ? 'note' : 'reply');
  // A note's draft is kept apart: after a reload the box opens as a reply, and must not hold a note.
  const draftKey = (m: ComposerMode) => (m === 'note' ? `${chatId}:note` : chatId);
  const [text, setText] = useState(() => drafts.get(draftKey(mode)));
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => box.current!, []);
  const file = useRef<HTMLInputElement>(null);
  const typing = useRef({ on: false, last: 0, idle: undefined as ReturnType<typeof setTimeout> | undefined });

  // Another conversation mounts a new composer (callers key it by chatId), which reads its draft above.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => drafts.set(draftKey(mode), text), [chatId, text, mode]);

  const trigger = dismissed || disabled ? null : triggerAt(text, caret, mode);
  // One search once the shortcut stops changing, not one per keystroke; the last list stays meanwhile.
  const cannedQuery = useDebouncedValue(trigger?.kind === 'canned' ? trigger.query : null, 200);
  const canned = useQuery({
    queryKey: cannedKeys.search(cannedQuery ?? ''),
    queryFn: ({ signal }) => searchCanned(cannedQuery ?? '', signal),
    enabled: trigger?.kind === 'canned' && cannedQuery !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const colleagues = useQuery({
    queryKey: workspaceKeys.colleagues,
    queryFn: ({ signal }) => getColleagues(signal),
    enabled: mode === 'note',
    staleTime: 60_000,
  });

  let suggestions: Suggestion[] = [];
  if (trigger?.kind === 'canned') {
    suggestions = (canned.data ?? []).slice(0, 8).map((c) => ({
      key: c.id,
      primary: `/${c.shortcut}${c.team ? ` · ${c.team}` : ''}`,
      secondary: c.text,
    }));
  } else if (trigger?.kind === 'mention') {
    const query = trigger.query;
    suggestions = (colleagues.data ?? [])
      .filter((c) => !c.me && matchColleague(c, query))
      .slice(0, 8)
      .map((c) => ({ key: c.id, primary: c.name, secondary: `@${c.handle}` }));
  }
  const open = trigger !== null && (suggestions.length > 0 || (trigger.kind === 'canned' && canned.isSuccess));
  const listId = `composer-suggestions-${chatId}`;

  const stopTyping = () => {
    clearTimeout(typing.current.idle);
    if (typing.current.on) {
      typing.current.on = false;
      onTyping(false, mode);
    }
  };
  useEffect(() => () => clearTimeout(typing.current.idle), []);

  const keystroke = () => {
    const now = Date.now();
    if (!typing.current.on || now - typing.current.last > 3000) {
      typing.current.on = true;
      typing.current.last = now;
      onTyping(true, mode);
    }
    clearTimeout(typing.current.idle);
    typing.current.idle = setTimeout(stopTyping, 4000);
  };

  const edit = (value: string, at: number) => {
    setText(value);
    setCaret(at);
    setActive(0);
    setDismissed(false);
  };

  const pick = async (index: number) => {
    if (trigger?.kind === 'canned') {
      const chosen = canned.data?.[index];
      if (!chosen) return;
      try {
        // Filled on the server ({{customer.name}} …), then left in the box to edit before sending.
        const rendered = await renderCanned(chosen.id, chatId);
        edit(rendered, rendered.length);
        setDismissed(true);
        requestAnimationFrame(() => box.current?.setSelectionRange(rendered.length, rendered.length));
      } catch (e) {
        toast({ tone: 'danger', title: t('consoleWorkspace.canned.renderFailed'), description: describeError(e) });
      }
    } else if (trigger?.kind === 'mention') {
      const chosen = suggestions[index];
      const handle = chosen?.secondary?.slice(1);
      if (!handle) return;
      const next = insertMention(text, trigger.start, caret, handle);
      edit(next.text, next.caret);
      requestAnimationFrame(() => box.current?.setSelectionRange(next.caret, next.caret));
    }
  };

  const send = async () => {
    const value = text.trim();
    if (!value || disabled || busy) return;
    if (mode === 'note') {
      if (!onNote) return;
      setBusy(true);
      try {
        await onNote(value);
        setText('');
      } catch (e) {
        toast({ tone: 'danger', title: t('consoleWorkspace.notes.failed'), description: describeError(e) });
      } finally {
        setBusy(false);
      }
    } else {
      onSend?.({ text: value });
      setText('');
    }
    stopTyping();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && suggestions.length > 0) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a + step + suggestions.length) % suggestions.length);
        return;
      }
      if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Tab') {
        e.preventDefault();
        void pick(Math.min(active, suggestions.length - 1));
        return;
      }
    }
    if (open && e.key === 'Escape') {
      e.preventDefault();
      setDismissed(true);
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void send();
    } else if (e.key === 'Escape') {
      (e.target as HTMLTextAreaElement).blur();
    }
  };

  const attach = async (picked: File | undefined) => {
    if (!picked) return;
    setUploading(true);
    try {
      const imageUrl = await uploadImage(chatId, picked);
      onSend?.({ imageUrl });
    } catch (e) {
      toast({ tone: 'danger', title: t('composer.imageFailed'), description: describeError(e) });
    } finally {
      setUploading(false);
      if (file.current) file.current.value = '';
    }
  };

  const note = mode === 'note';
  return (
    <div className="relative border-t border-border bg-surface p-3">
      {disabled && disabledReason && <p className="mb-2 text-xs text-fg-muted">{disabledReason}</p>}
      {onNote && !notesOnly && (
        <div role="radiogroup" aria-label={t('consoleWorkspace.mode.label')} className="mb-2 flex gap-1 text-sm">
          {(['reply', 'note'] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={mode === m}
              onClick={() => {
                stopTyping();
                // The text goes along to the other mode; the draft left behind is emptied.
                if (m !== mode) drafts.set(draftKey(mode), '');
                setMode(m);
                setDismissed(false);
                box.current?.focus();
              }}
              className={cn(
                'inline-flex items-center gap-1.5 rounded-ui px-2.5 py-1 font-medium',
                mode === m ? (m === 'note' ? 'bg-warning-soft text-fg' : 'bg-primary-soft text-primary') : 'text-fg-muted hover:bg-surface-muted',
              )}
            >
              {m === 'note' && <Lock aria-hidden className="size-3.5" />}
              {t(`consoleWorkspace.mode.${m}`)}
            </button>
          ))}
        </div>
      )}
      {open && (
        <ComposerSuggestions
          id={listId}
          label={trigger?.kind === 'canned' ? t('consoleWorkspace.canned.pickerLabel') : t('consoleWorkspace.notes.mentionLabel')}
          items={suggestions}
          active={active}
          empty={t('consoleWorkspace.canned.none')}
          onPick={(i) => void pick(i)}
        />
      )}
      <div
        className={cn(
          'flex items-end gap-2 rounded-ui border focus-within:ring-2 focus-within:ring-focus/30',
          note ? 'border-dashed border-warning bg-warning-soft' : 'border-border-strong bg-surface focus-within:border-primary',
        )}
      >
        <label className="sr-only" htmlFor={`composer-${chatId}`}>
          {note ? t('consoleWorkspace.notes.boxLabel') : t('composer.label')}
        </label>
        <textarea
          id={`composer-${chatId}`}
          ref={box}
          rows={2}
          value={text}
          disabled={disabled}
          placeholder={note ? t('consoleWorkspace.notes.placeholder') : t('consoleWorkspace.canned.placeholder')}
          // A textbox (not a combobox): it is a reply box first; the list is an aid it points to.
          aria-autocomplete="list"
          aria-controls={open && suggestions.length > 0 ? listId : undefined}
          aria-activedescendant={open && suggestions.length > 0 ? `${listId}-${active}` : undefined}
          onChange={(e) => {
            edit(e.target.value, e.target.selectionStart ?? e.target.value.length);
            keystroke();
          }}
          onSelect={(e) => setCaret((e.target as HTMLTextAreaElement).selectionStart ?? 0)}
          onBlur={() => {
            stopTyping();
            setDismissed(true);
          }}
          onFocus={() => setDismissed(false)}
          onKeyDown={onKeyDown}
          className="max-h-40 min-h-12 flex-1 resize-none bg-transparent px-3 py-2 outline-none disabled:opacity-60"
        />
        <div className="flex items-center gap-1 p-1.5">
          {onManageCanned && !notesOnly && (
            <IconButton size="sm" label={t('consoleWorkspace.canned.manage')} icon={<MessageSquareText className="size-4" />} onClick={onManageCanned} />
          )}
          <input ref={file} type="file" accept="image/jpeg,image/png,image/gif" className="hidden" onChange={(e) => void attach(e.target.files?.[0])} />
          {!note && (
            <IconButton size="sm" label={t('composer.image')} icon={<ImagePlus className="size-4" />} disabled={disabled || uploading} onClick={() => file.current?.click()} />
          )}
          <Button
            size="sm"
            variant={note ? 'secondary' : undefined}
            icon={note ? <Lock aria-hidden className="size-4" /> : <SendHorizontal aria-hidden className="size-4" />}
            disabled={disabled || !text.trim() || busy}
            onClick={() => void send()}
          >
            {note ? t('consoleWorkspace.notes.add') : t('composer.send')}
          </Button>
        </div>
      </div>
      <p className="mt-1.5 text-xs text-fg-muted">{note ? t('consoleWorkspace.notes.hint') : t('consoleWorkspace.canned.hint')}</p>
    </div>
  );
}
