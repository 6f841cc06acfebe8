import { useTranslation } from 'react-i18next';
import { Dialog, DialogContent } from '@/components/ui/dialog';

const keys = ['j', 'k', 'c', 'e', 't', '?', 'Esc'] as const;

/** The ? sheet: every console shortcut. */
export function ShortcutsHelp({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation('agent');
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={t('shortcuts.title')} closeLabel={t('actions.close')}>
        <dl className="grid grid-cols-[4rem_1fr] gap-y-2 text-sm">
          {keys.map((k) => (
            <div key={k} className="contents">
              <dt>
                <kbd className="rounded border border-border-strong bg-surface-muted px-1.5 py-0.5 font-mono text-xs">{k}</kbd>
              </dt>
              <dd>{t(`shortcuts.keys.${k}`)}</dd>
            </div>
          ))}
        </dl>
      </DialogContent>
    </Dialog>
  );
}
