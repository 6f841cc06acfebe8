import { WifiOff } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';

/** In place of a skeleton that would never fill: the first load waits for the connection. */
export function OfflineNotice({ title, description }: { title: string; description: string }) {
  return <EmptyState icon={<WifiOff />} title={title} description={description} />;
}
