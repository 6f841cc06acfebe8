import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ImageOff } from 'lucide-react';
import { Skeleton } from '@/components/ui/skeleton';
import { chatKeys } from '../api/chats';
import { fetchImage } from '@/lib/api/chat-images';

/** An image message: fetched with the token (participants only), shown as a data: URL. */
export function ChatImage({ imageUrl, alt }: { imageUrl: string; alt: string }) {
  const { t } = useTranslation('chat');
  const image = useQuery({
    queryKey: chatKeys.image(imageUrl),
    queryFn: ({ signal }) => fetchImage(imageUrl, signal),
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
  if (image.isPending) return <Skeleton className="h-40 w-56 max-w-full" />;
  if (image.isError || !image.data) {
    return (
      <span className="flex items-center gap-2 text-sm text-fg-muted">
        <ImageOff aria-hidden className="size-4" />
        {t('image.unavailable')}
      </span>
    );
  }
  return <img src={image.data} alt={alt} className="max-h-64 max-w-full rounded-ui object-contain" />;
}
