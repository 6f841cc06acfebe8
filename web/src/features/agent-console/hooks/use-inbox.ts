import { useCallback, useMemo, useState } from 'react';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSocketEvent } from '@/lib/socket/use-socket';
import type { ChatMessage } from '@/lib/socket/frames';
import { conversationKeys, listClosed, listConversations, type Conversation } from '../api/conversations';
import { deskKeys, getQueue } from '../api/desk';
import { applyMessage, applyUpdate, markSeen, sortForTab, tabOf, type InboxTab } from '../model/inbox';

export interface InboxEvents {
  /** A chat was assigned to this agent (routing, pick or transfer). */
  onAssigned?: (chatId: string) => void;
  /** A customer wrote in a chat of this agent's. */
  onMessage?: (message: ChatMessage) => void;
}

/**
 * The live inbox: GET /api/chat (assigned, team, queued and bot chats) kept current by the socket.
 * chat_message and bot_chat_activity move rows; conversation_updated moves a row between tabs.
 * The Closed tab is GET /api/agents/conversations/closed, page by page, with the chats closed since
 * it loaded put on top at once.
 */
export function useInbox(agentId: string, openChatId: string | null, events: InboxEvents = {}) {
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: conversationKeys.list,
    queryFn: ({ signal }) => listConversations(signal),
    refetchInterval: 60_000,
  });
  // The queue endpoint says which queued chats this agent may take; refreshed as chats move.
  const queue = useQuery({ queryKey: deskKeys.queue, queryFn: ({ signal }) => getQueue(signal), refetchInterval: 30_000 });
  const [closed, setClosed] = useState<Conversation[]>([]);
  const closedPages = useInfiniteQuery({
    queryKey: conversationKeys.closed,
    queryFn: ({ pageParam, signal }) => listClosed(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

  const setList = useCallback(
    (update: (old: Conversation[] | undefined) => Conversation[] | undefined) =>
      queryClient.setQueryData<Conversation[]>(conversationKeys.list, update),
    [queryClient],
  );
  const refetch = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: conversationKeys.list });
    void queryClient.invalidateQueries({ queryKey: deskKeys.queue });
    void queryClient.invalidateQueries({ queryKey: deskKeys.me });
  }, [queryClient]);

  const onMessage = (message: ChatMessage) => {
    const known = queryClient.getQueryData<Conversation[]>(conversationKeys.list)?.some((c) => c.id === message.chatId);
    if (!known) return refetch();
    setList((old) => applyMessage(old, message, { agentId, openChatId }));
    const row = queryClient.getQueryData<Conversation[]>(conversationKeys.list)?.find((c) => c.id === message.chatId);
    if (message.senderRole === 'CUSTOMER' && row?.assignedAgentId === agentId) events.onMessage?.(message);
  };

  useSocketEvent('chat_message', onMessage);
  useSocketEvent('bot_chat_activity', ({ chatId, status, message }) => {
    const row = queryClient.getQueryData<Conversation[]>(conversationKeys.list)?.find((c) => c.id === chatId);
    if (!row || row.status !== status) return refetch();
    setList((old) => applyMessage(old, message, { agentId, openChatId }));
  });
  useSocketEvent('conversation_updated', (update) => {
    const before = queryClient.getQueryData<Conversation[]>(conversationKeys.list)?.find((c) => c.id === update.chatId);
    // The Closed tab lists the agent's own: a teammate's chat closing leaves it.
    if (update.status === 'CLOSED' && before && before.assignedAgentId === agentId) {
      setClosed((old) => [{ ...before, status: 'CLOSED' }, ...old.filter((c) => c.id !== before.id)].slice(0, 50));
    }
    const { list: next, needsRefetch } = applyUpdate(queryClient.getQueryData(conversationKeys.list), update);
    if (next) setList(() => next.filter((c) => c.status !== 'CLOSED'));
    if (needsRefetch || update.status === 'QUEUED') refetch();
    else {
      void queryClient.invalidateQueries({ queryKey: deskKeys.queue });
      void queryClient.invalidateQueries({ queryKey: deskKeys.me });
    }
    if (update.status === 'ASSIGNED' && update.assignedAgentId === agentId && before?.assignedAgentId !== agentId) {
      events.onAssigned?.(update.chatId);
    }
    void queryClient.invalidateQueries({ queryKey: conversationKeys.one(update.chatId) });
  });

  const tabs = useMemo(() => {
    const byTab: Record<InboxTab, Conversation[]> = { mine: [], team: [], queue: [], bot: [], closed: [] };
    const pickable = new Set((queue.data ?? []).map((q) => q.conversationId));
    for (const c of list.data ?? []) {
      const tab = tabOf(c, agentId);
      if (tab === 'queue' && queue.data && !pickable.has(c.id)) continue;
      if (tab && tab !== 'closed') byTab[tab].push(c);
    }
    // Closed here first (newest), then the server's pages; a chat in both shows once.
    const fromServer = closedPages.data?.pages.flatMap((p) => p.items) ?? [];
    const seen = new Set<string>();
    const allClosed = [...closed, ...fromServer].filter((c) => !seen.has(c.id) && seen.add(c.id));
    return {
      mine: sortForTab(byTab.mine, 'mine'),
      team: sortForTab(byTab.team, 'team'),
      queue: sortForTab(byTab.queue, 'queue'),
      bot: sortForTab(byTab.bot, 'bot'),
      closed: allClosed,
    };
  }, [list.data, queue.data, closed, closedPages.data, agentId]);

  const seen = useCallback((chatId: string) => setList((old) => markSeen(old, chatId, agentId)), [setList, agentId]);
  const noteClosed = useCallback((c: Conversation) => {
    setClosed((old) => [{ ...c, status: 'CLOSED' }, ...old.filter((x) => x.id !== c.id)].slice(0, 50));
    setList((old) => old?.filter((x) => x.id !== c.id));
  }, [setList]);

  return { list, queue, closedPages, tabs, seen, refetch, noteClosed };
}
