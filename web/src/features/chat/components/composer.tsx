import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ImagePlus, SendHorizontal, X } from 'lucide-react';
import { checkImage, IMAGE_TYPES, type ImageProblem } from '../model/images';
import { useTypingSignal } from '../hooks/use-typing-signal';
import { blobToDataUrl } from '@/lib/api/chat-images';

const MAX_LENGTH = 4000;

/**
 * The message box pinned at the bottom of the sheet: text (Enter sends, Shift+Enter a new line),
 * a photo (checked here: JPEG/PNG/GIF up to 5 MB, previewed, then uploaded and sent), and the
 * typing signal, throttled.
 */
export function Composer({
  onSend,
  onImage,
  onTyping,
  canAttach,
}: {
  onSend: (text: string) => void;
  onImage: (file: File) => void;
  onTyping: (isTyping: boolean) => void;
  /** Uploading needs the network (sending text does not: it queues). */
  canAttach: boolean;
}) {
  const { t } = useTranslation('chat');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<ImageProblem | null>(null);
  const [picked, setPicked] = useState<{ file: File; preview: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const typing = useTypingSignal(onTyping);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) return;
    typing.stop();
    onSend(text);
    setText('');
    textArea.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const onFile = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    const found = checkImage(file);
    setProblem(found);
    if (found) return;
    setPicked({ file, preview: await blobToDataUrl(file).catch(() => '') });
  };

  return (
    <div className="border-t border-border bg-surface px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))]">
      {problem && (
        <p role="alert" className="mb-2 rounded-ui bg-danger-soft px-3 py-2 text-sm text-fg">
          {t(`image.problem.${problem}`)}
        </p>
      )}
      {picked && (
        <div className="mb-2 flex items-center gap-3 rounded-ui border border-border bg-surface-muted p-2">
          {picked.preview && <img src={picked.preview} alt={t('image.preview')} className="size-16 rounded-ui object-cover" />}
          <span className="min-w-0 flex-1 truncate text-sm">{picked.file.name}</span>
          <button
            type="button"
            className="min-h-11 rounded-ui bg-primary px-4 font-medium text-on-primary hover:bg-primary-hover disabled:opacity-55"
            disabled={!canAttach}
            onClick={() => {
              onImage(picked.file);
              setPicked(null);
            }}
          >
            {t('image.send')}
          </button>
          <button type="button" aria-label={t('image.cancel')} title={t('image.cancel')} className="flex size-11 items-center justify-center rounded-ui text-fg-muted hover:bg-surface" onClick={() => setPicked(null)}>
            <X aria-hidden className="size-5" />
          </button>
        </div>
      )}
      <form onSubmit={submit} className="flex items-end gap-2">
        <input
          ref={fileInput}
          type="file"
          accept={IMAGE_TYPES.join(',')}
          className="sr-only"
          tabIndex={-1}
          aria-hidden
          data-testid="chat-image-input"
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
        <button
          type="button"
          aria-label={t('composer.attach')}
          title={canAttach ? t('composer.attach') : t('composer.attachOffline')}
          disabled={!canAttach}
          onClick={() => fileInput.current?.click()}
          className="flex size-11 shrink-0 items-center justify-center rounded-ui text-fg-muted hover:bg-surface-muted hover:text-fg disabled:opacity-55"
        >
          <ImagePlus aria-hidden className="size-5" />
        </button>
        <label className="sr-only" htmlFor="zetchat-composer">
          {t('composer.label')}
        </label>
        <textarea
          id="zetchat-composer"
          ref={textArea}
          rows={1}
          value={text}
          maxLength={MAX_LENGTH}
          placeholder={t('composer.placeholder')}
          enterKeyHint="send"
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value) typing.keystroke();
            else typing.stop();
          }}
          onBlur={typing.stop}
          onKeyDown={onKeyDown}
          className="max-h-32 min-h-11 flex-1 resize-none rounded-ui border border-border-strong bg-surface px-3 py-2.5 text-base leading-normal text-fg placeholder:text-fg-muted/80 [field-sizing:content]"
        />
        <button
          type="submit"
          aria-label={t('composer.send')}
          title={t('composer.send')}
          disabled={!text.trim()}
          className="flex size-11 shrink-0 items-center justify-center rounded-ui bg-primary text-on-primary hover:bg-primary-hover disabled:opacity-55"
        >
          <SendHorizontal aria-hidden className="size-5" />
        </button>
      </form>
    </div>
  );
}
