import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArrowLeft } from 'lucide-react';
import { LanguageSwitch } from '@/components/language-switch';
import { RequireSession } from '@/features/auth';
import { ZetChat, contextFromSearch } from '@/features/chat';
import { useVisualViewportHeight } from '@/features/chat/hooks/use-visual-viewport';
import { CustomerCobrowse } from '@/features/cobrowse';
import { CustomerSocketProvider } from './customer-socket';

/**
 * /support/chat[?screen=…&errorCode=…&transactionId=…] and /support/chat/:chatId: the customer's
 * chat as a full-height sheet (no site header), the composer kept above the on-screen keyboard.
 * Lazily loaded, with the socket client: the hub downloads neither.
 */
export default function ChatRoute() {
  return (
    <RequireSession>
      <CustomerSocketProvider>
        <CustomerCobrowse />
        <ChatPage />
      </CustomerSocketProvider>
    </RequireSession>
  );
}

function ChatPage() {
  const { t } = useTranslation();
  const { chatId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const context = useMemo(() => contextFromSearch(params), [params]);
  const height = useVisualViewportHeight();
  const onChatChange = useCallback(
    (id: string | undefined) => navigate(id ? `/support/chat/${encodeURIComponent(id)}` : '/support/chat', { replace: Boolean(id) }),
    [navigate],
  );
  return (
    <div className="mx-auto flex h-dvh w-full max-w-2xl flex-col overflow-hidden" style={height ? { height } : undefined}>
      <ZetChat
        chatId={chatId}
        context={context}
        onChatChange={onChatChange}
        headerStart={
          <Link to="/support" aria-label={t('actions.back')} title={t('actions.back')} className="flex size-11 shrink-0 items-center justify-center rounded-ui text-fg-muted hover:bg-surface-muted hover:text-fg">
            <ArrowLeft aria-hidden className="size-5" />
          </Link>
        }
        headerEnd={<LanguageSwitch compact />}
      />
    </div>
  );
}
