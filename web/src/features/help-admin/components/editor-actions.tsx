import { useTranslation } from 'react-i18next';
import { Save } from 'lucide-react';
import { Button } from '@/components/ui/button';

/**
 * Save and publish, as every help editor offers them: publishing waits until the text is saved,
 * and only an article that exists can be published. Used by the article and translation editors.
 */
export function EditorActions({
  saveLabel,
  saveDisabled,
  saving,
  exists,
  published,
  publishing,
  dirty,
  onPublish,
}: {
  saveLabel: string;
  saveDisabled: boolean;
  saving: boolean;
  exists: boolean;
  published: boolean;
  publishing: boolean;
  dirty: boolean;
  onPublish: (published: boolean) => void;
}) {
  const { t } = useTranslation('helpAdmin');
  return (
    <div className="ml-auto flex items-center gap-2">
      <Button type="submit" size="sm" loading={saving} disabled={saveDisabled} icon={<Save aria-hidden className="size-4" />}>
        {saveLabel}
      </Button>
      {exists && (
        <Button
          size="sm"
          variant={published ? 'secondary' : 'primary'}
          loading={publishing}
          disabled={dirty}
          title={dirty ? t('editor.saveFirst') : undefined}
          onClick={() => onPublish(!published)}
        >
          {published ? t('editor.unpublish') : t('editor.publish')}
        </Button>
      )}
    </div>
  );
}
