import { useTranslation } from 'react-i18next';
import { Languages } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { Conversation } from '../api/conversations';

type Tag = 'en' | 'hi' | 'hi-Latn';

function tag(value: string | undefined): Tag | undefined {
  return value === 'en' || value === 'hi' || value === 'hi-Latn' ? value : undefined;
}

/**
 * The customer's language (issue 19): what their messages were written in, else what they chose in
 * the app, with both spelled out on hover and for screen readers. Shown only when the customer
 * writes or chose Hindi, where it changes how the agent answers: an "English" on every chat would be
 * noise the agent learns to skip.
 */
export function LanguageBadge({ language }: { language: Conversation['language'] }) {
  const { t } = useTranslation('agent');
  const detected = tag(language?.detected);
  const preferred = tag(language?.preferred);
  const shown = detected ?? preferred;
  if (!shown || (shown === 'en' && preferred !== 'hi')) return null;
  const description = [
    detected ? t(`customerLanguage.wrote.${detected}`) : t('customerLanguage.notYet'),
    preferred && preferred !== 'hi-Latn' ? t(`customerLanguage.chose.${preferred}`) : undefined,
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <span title={description} data-testid="customer-language">
      <Badge tone={shown === 'en' ? 'neutral' : 'info'}>
        <Languages aria-hidden className="size-3.5" />
        {t(`customerLanguage.detected.${shown}`)}
        <span className="sr-only">: {description}</span>
      </Badge>
    </span>
  );
}
