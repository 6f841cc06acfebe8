import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { isTicketStatus, ticketStatusTone } from '../lib/status';

export function TicketStatusBadge({ status, className }: { status: string | undefined; className?: string }) {
  const { t } = useTranslation('tickets');
  return (
    <Badge tone={ticketStatusTone(status)} className={className}>
      {isTicketStatus(status) ? t(`status.${status}`) : t('status.unknown')}
    </Badge>
  );
}
