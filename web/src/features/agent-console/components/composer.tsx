import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ImagePlus, SendHorizontal } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { uploadImage } from '@/lib/api/chat-images';
import { drafts } from '../model/storage';

export interface ComposerProps {
  chatId: string;
  disabled: boolean;
  disabledReason?: string;
  onSend: (input: { text?: string; imageUrl?: string }) => void;
  onTyping: (isTyping: boolean) => void;
  ref?: React.Ref<HTMLTextAreaElement>;
}

/**
 * The reply box: Enter sends, Shift+Enter breaks the line; typing frames at most every 3 s and a
 * stop after 4 s idle; the draft is kept per conversation in sessionStorage (survives a sign-in
 * again after the session ran out). Slot for canned responses ("/") and notes: the toolbar row.
 */
export function Composer({ chatId, disabled, disabledReason, onSend, onTyping, ref }: ComposerProps) {
  const { t } = useTranslation('agent');
  const [text, setText] = useState(() => drafts.get(chatId));
  const [uploading, setUploading] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const typing = useRef({ on: false, last: 0, idle: undefined as ReturnType<typeof setTimeout> | undefined });

  useEffect(() => setText(drafts.get(chatId)), [chatId]);
  useEffect(() => drafts.set(chatId, text), [chatId, text]);

  const stopTyping = () => {
    clearTimeout(typing.current.idle);
    if (typing.current.on) {
      typing.current.on = false;
      onTyping(false);
    }
  };
  useEffect(() => () => clearTimeout(typing.current.idle), []);

  const keystroke = () => {
    const now = Date.now();
    if (!typing.current.on || now - typing.current.last > 3000) {
      typing.current.on = true;
      typing.current.last = now;
      onTyping(true);
    }
    clearTimeout(typing.current.idle);
    typing.current.idle = setTimeout(stopTyping, 4000);
  };

  const send = () => {
    const value = text.trim();
    if (!value || disabled) return;
    onSend({ text: value });
    setText('');
    stopTyping();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    } else if (e.key === 'Escape') {
      (e.target as HTMLTextAreaElement).blur();
    }
  };

  const attach = async (picked: File | undefined) => {
    if (!picked) return;
    setUploading(true);
    try {
      const imageUrl = await uploadImage(chatId, picked);
      onSend({ imageUrl });
    } catch (e) {
      toast({ tone: 'danger', title: t('composer.imageFailed'), description: describeError(e) });
    } finally {
      setUploading(false);
      if (file.current) file.current.value = '';
    }
  };

  return (
    <div className="border-t border-border bg-surface p-3">
      {disabled && disabledReason && <p className="mb-2 text-xs text-fg-muted">{disabledReason}</p>}
      <div className="flex items-end gap-2 rounded-ui border border-border-strong bg-surface focus-within:border-primary focus-within:ring-2 focus-within:ring-focus/30">
        <label className="sr-only" htmlFor={`composer-${chatId}`}>
          {t('composer.label')}
        </label>
        <textarea
          id={`composer-${chatId}`}
          ref={ref}
          rows={2}
          value={text}
          disabled={disabled}
          placeholder={t('composer.placeholder')}
          onChange={(e) => {
            setText(e.target.value);
            keystroke();
          }}
          onBlur={stopTyping}
          onKeyDown={onKeyDown}
          className="max-h-40 min-h-12 flex-1 resize-none bg-transparent px-3 py-2 outline-none disabled:opacity-60"
        />
        <div className="flex items-center gap-1 p-1.5">
          <input ref={file} type="file" accept="image/jpeg,image/png,image/gif" className="hidden" onChange={(e) => void attach(e.target.files?.[0])} />
          <IconButton size="sm" label={t('composer.image')} icon={<ImagePlus className="size-4" />} disabled={disabled || uploading} onClick={() => file.current?.click()} />
          <Button size="sm" icon={<SendHorizontal aria-hidden className="size-4" />} disabled={disabled || !text.trim()} onClick={send}>
            {t('composer.send')}
          </Button>
        </div>
      </div>
      <p className="mt-1.5 text-xs text-fg-muted">{t('composer.hint')}</p>
    </div>
  );
}
