import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MessagesSquare } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { conversationKeys, listLabels, type Conversation } from '../api/conversations';
import { deskKeys, getDesk, pickConversation } from '../api/desk';
import type { useAlerts } from '../hooks/use-alerts';
import { useInbox } from '../hooks/use-inbox';
import { useShortcuts } from '../hooks/use-shortcuts';
import { applyFilters, customerOf, filtersFrom, isFiltered, tabOf, withFilter, withoutFilters, type InboxTab } from '../model/inbox';
import type { DialogKind } from './action-dialogs';
import { ConversationPane } from './conversation-pane';
import { InboxList } from './inbox-list';

const PANEL_KEY = 'zetpay.agent.customerPanel';

/** /agent/inbox/:chatId?: list | thread | customer, live. */
export function InboxPage({
  agentId,
  alerts,
  agentTools,
}: {
  agentId: string;
  alerts: ReturnType<typeof useAlerts>;
  /** Passed to the conversation pane: tools of other features for the chat's assigned agent. */
  agentTools?: (chatId: string) => ReactNode;
}) {
  const { t } = useTranslation('agent');
  const { chatId = null } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [tab, setTab] = useState<InboxTab>('mine');
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [panelOpen, setPanelOpen] = useState(() => localStorage.getItem(PANEL_KEY) !== 'closed');
  const composer = useRef<HTMLTextAreaElement>(null);
  const desk = useQuery({ queryKey: deskKeys.me, queryFn: ({ signal }) => getDesk(signal) });
  const labels = useQuery({ queryKey: conversationKeys.labels, queryFn: ({ signal }) => listLabels(signal), staleTime: 60_000 });
  // Filters and the search live in the URL, so a reload, the back button or a shared link keeps them.
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const query = params.get('q') ?? '';
  const search = params.toString();
  const open = (id: string | null) => navigate({ pathname: id ? `/agent/inbox/${id}` : '/agent/inbox', search });

  const inbox = useInbox(agentId, chatId, {
    onAssigned: (id) => {
      const c = queryClient.getQueryData<Conversation[]>(conversationKeys.list)?.find((x) => x.id === id);
      alerts.notify(t('alerts.assigned'), c ? customerOf(c).name : '', { tag: `assigned-${id}`, onClick: () => open(id) });
    },
    onMessage: (m) => {
      if (m.chatId === chatId && document.visibilityState === 'visible') return;
      alerts.notify(t('alerts.message', { name: m.senderName ?? '' }), m.text ?? t('inbox.image'), {
        tag: `message-${m.chatId}`,
        onClick: () => open(m.chatId),
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
      // Ours now, though the list still says queued until the refetch: keep the tab sync from moving back.
      lastSynced.current = id;
      setTab('mine');
      open(id);
    },
    onError: (e) => toast({ tone: 'danger', title: t('workspace.pickFailed'), description: describeError(e) }),
  });

  const rows = isFiltered(filters) ? applyFilters(inbox.tabs[tab], filters) : inbox.tabs[tab];
  const teamOptions = [...new Set([...(desk.data?.teams ?? []), ...(inbox.list.data ?? []).flatMap((c) => (c.team ? [c.team] : []))])].sort();
  const move = (step: 1 | -1) => {
    if (rows.length === 0) return;
    const index = rows.findIndex((c) => c.id === chatId);
    const next = rows[index < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, index + step))];
    if (next) open(next.id);
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
        filters={filters}
        onFilter={(key, value) => setParams((p) => withFilter(p, key, value), { replace: true })}
        onClearFilters={() => setParams((p) => withoutFilters(p), { replace: true })}
        teamOptions={teamOptions}
        labelOptions={labels.data ?? []}
        query={query}
        onQuery={(q) => setParams((p) => withFilter(p, 'q', q), { replace: true })}
        closedMore={{
          hasMore: inbox.closedPages.hasNextPage,
          loading: inbox.closedPages.isFetchingNextPage || (inbox.closedPages.isPending && tab === 'closed'),
          error: inbox.closedPages.isError,
          load: () => void (inbox.closedPages.isError && !inbox.closedPages.data ? inbox.closedPages.refetch() : inbox.closedPages.fetchNextPage()),
        }}
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
            open(null);
          }}
          panelOpen={panelOpen}
          onPanel={setPanel}
          agentTools={agentTools}
        />
      ) : (
        <section className="flex flex-1 items-center justify-center bg-bg">
          <EmptyState icon={<MessagesSquare />} title={t('workspace.none.title')} description={t('workspace.none.description')} />
        </section>
      )}
    </div>
  );
}
