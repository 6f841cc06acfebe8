import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MessagesSquare } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { conversationKeys, type Conversation } from '../api/conversations';
import { deskKeys, getDesk, pickConversation } from '../api/desk';
import type { useAlerts } from '../hooks/use-alerts';
import { useInbox } from '../hooks/use-inbox';
import { useShortcuts } from '../hooks/use-shortcuts';
import { customerOf, tabOf, type InboxTab } from '../model/inbox';
import type { DialogKind } from './action-dialogs';
import { ConversationPane } from './conversation-pane';
import { InboxList } from './inbox-list';

const PANEL_KEY = 'zetpay.agent.customerPanel';

/** /agent/inbox/:chatId?: list | thread | customer, live. */
export function InboxPage({ agentId, alerts }: { agentId: string; alerts: ReturnType<typeof useAlerts> }) {
  const { t } = useTranslation('agent');
  const { chatId = null } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [tab, setTab] = useState<InboxTab>('mine');
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [panelOpen, setPanelOpen] = useState(() => localStorage.getItem(PANEL_KEY) !== 'closed');
  const composer = useRef<HTMLTextAreaElement>(null);
  const desk = useQuery({ queryKey: deskKeys.me, queryFn: ({ signal }) => getDesk(signal) });

  const inbox = useInbox(agentId, chatId, {
    onAssigned: (id) => {
      const c = queryClient.getQueryData<Conversation[]>(conversationKeys.list)?.find((x) => x.id === id);
      alerts.notify(t('alerts.assigned'), c ? customerOf(c).name : '', { tag: `assigned-${id}`, onClick: () => navigate(`/agent/inbox/${id}`) });
    },
    onMessage: (m) => {
      if (m.chatId === chatId && document.visibilityState === 'visible') return;
      alerts.notify(t('alerts.message', { name: m.senderName ?? '' }), m.text ?? t('inbox.image'), {
        tag: `message-${m.chatId}`,
        onClick: () => navigate(`/agent/inbox/${m.chatId}`),
      });
    },
  });

  // Opening a chat clears its unread count and, the first time, shows the tab it belongs to.
  const selected = inbox.list.data?.find((c) => c.id === chatId) ?? inbox.tabs.closed.find((c) => c.id === chatId);
  const loaded = inbox.list.isSuccess;
  useEffect(() => {
    if (chatId && loaded) inbox.seen(chatId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chatId, loaded]);
  const lastSynced = useRef<string | null>(null);
  useEffect(() => {
    if (!selected || lastSynced.current === selected.id) return;
    lastSynced.current = selected.id;
    const owner = tabOf(selected, agentId);
    if (owner) setTab(owner);
  }, [selected, agentId]);

  const pick = useMutation({
    mutationFn: pickConversation,
    onSuccess: (_, id) => {
      inbox.refetch();
      setTab('mine');
      navigate(`/agent/inbox/${id}`);
    },
    onError: (e) => toast({ tone: 'danger', title: t('workspace.pickFailed'), description: describeError(e) }),
  });

  const rows = inbox.tabs[tab];
  const move = (step: 1 | -1) => {
    if (rows.length === 0) return;
    const index = rows.findIndex((c) => c.id === chatId);
    const next = rows[index < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, index + step))];
    if (next) navigate(`/agent/inbox/${next.id}`);
  };
  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    c: () => composer.current?.focus(),
    e: () => chatId && setDialog('resolve'),
    t: () => chatId && setDialog('transfer'),
  });

  const setPanel = (open: boolean) => {
    setPanelOpen(open);
    localStorage.setItem(PANEL_KEY, open ? 'open' : 'closed');
  };

  return (
    <div className="flex min-w-0 flex-1">
      <InboxList
        agentId={agentId}
        tab={tab}
        onTab={setTab}
        tabs={inbox.tabs}
        selectedId={chatId}
        loading={inbox.list.isPending}
        error={inbox.list.isError ? inbox.list.error : null}
        onRetry={() => void inbox.list.refetch()}
        onPick={(id) => pick.mutate(id)}
        picking={pick.isPending ? (pick.variables ?? null) : null}
      />
      {chatId ? (
        <ConversationPane
          key={chatId}
          chatId={chatId}
          agentId={agentId}
          teams={desk.data?.teams ?? []}
          dialog={dialog}
          onDialog={setDialog}
          composerRef={composer}
          onClosed={(c) => {
            inbox.noteClosed(c);
            navigate('/agent/inbox');
          }}
          panelOpen={panelOpen}
          onPanel={setPanel}
        />
      ) : (
        <section className="flex flex-1 items-center justify-center bg-bg">
          <EmptyState icon={<MessagesSquare />} title={t('workspace.none.title')} description={t('workspace.none.description')} />
        </section>
      )}
    </div>
  );
}
