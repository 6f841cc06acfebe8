import { useTranslation } from 'react-i18next';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { toast } from '@/components/ui/toast';
import { useCustomerCobrowse, type LoadCapture } from './use-customer-cobrowse';
import { ConsentBody, SharingIndicators } from './customer-cobrowse-views';

// rrweb is its own chunk, downloaded when the customer says yes.
const loadCapture: LoadCapture = async () => (await import('../capture/record')).startCapture;

/**
 * The customer's side of co-browsing on the chat page: the consent prompt when their agent asks,
 * the banner with "Stop sharing" for as long as the page is shared, and the agent's pointer.
 */
export function CustomerCobrowse() {
  const { t } = useTranslation('cobrowse');
  const { asked, sharing, pointer, answer, stop } = useCustomerCobrowse(loadCapture, (reason) =>
    toast({ title: t('ended.title'), description: t(`ended.${reason as 'CHAT_CLOSED'}`, { defaultValue: '' }) }),
  );
  return (
    <>
      <Dialog open={asked != null} onOpenChange={(open) => !open && answer(false)}>
        {asked && (
          <DialogContent title={t('consent.title', { agent: asked.agent })} closeLabel={t('consent.close')}>
            <ConsentBody agent={asked.agent} answer={answer} />
          </DialogContent>
        )}
      </Dialog>
      {sharing && <SharingIndicators sharing={sharing} pointer={pointer} stop={stop} />}
    </>
  );
}
