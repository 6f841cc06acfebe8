import { useTranslation } from 'react-i18next';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import type { WithOneTimePassword } from '../api/accounts';

/** Shows a one-time password once: it is not stored in clear and cannot be shown again. */
export function OneTimePasswordDialog({ result, onClose }: { result: WithOneTimePassword | null; onClose: () => void }) {
  const { t } = useTranslation('team-admin');
  return (
    <Dialog open={result !== null} onOpenChange={(open) => !open && onClose()}>
      {result && (
        <DialogContent title={t('oneTime.title', { name: result.account.name })} closeLabel={t('close')}>
          <Banner tone="warning" title={t('oneTime.once')}>
            {t('oneTime.noEmail', { email: result.account.email })}
          </Banner>
          <p className="text-sm text-fg-muted">{t('oneTime.label')}</p>
          <output aria-label={t('oneTime.label')} className="select-all rounded-ui bg-surface-muted p-3 font-mono text-lg tracking-wider">
            {result.oneTimePassword}
          </output>
          <Button className="self-end" onClick={onClose}>
            {t('oneTime.done')}
          </Button>
        </DialogContent>
      )}
    </Dialog>
  );
}
