import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { mergeBySeq, mergeMessages } from '@/lib/socket/merge-messages';
import { useFollowChat, useOnSocketReopen, useSocketClient, useSocketEvent, useSocketState } from '@/lib/socket/use-socket';
import type { ChatMessage, ChatNote } from '@/lib/socket/frames';
import { addNote, conversationKeys, getConversation, getMessages } from '../api/conversations';
import { getNotes, workspaceKeys } from '../api/workspace';
import { customerOf } from '../model/inbox';

/** Notes by their own sequence, one per noteSeq (a live frame and the REST list may both carry one). */
function mergeNotes(a: readonly ChatNote[], b: readonly ChatNote[]): ChatNote[] {
  return mergeBySeq(a, b, (n) => n.noteSeq);
}

/**
 * One conversation for the workspace: its session (status, handover note, context), its thread
 * (REST history, then the socket from the last seq), its private notes (REST, then `chat_note`
 * frames; a separate sequence, decision 0026), the customer's typing, how far the customer has
 * read, and sending through the socket's outbox.
 */
export function useConversation(chatId: string, agentId: string) {
  const client = useSocketClient();
  const queryClient = useQueryClient();
  const session = useQuery({ queryKey: conversationKeys.one(chatId), queryFn: ({ signal }) => getConversation(chatId, signal) });
  const history = useQuery({
    queryKey: conversationKeys.messages(chatId),
    queryFn: ({ signal }) => getMessages(chatId, signal),
    staleTime: Infinity,
  });
  // Notes come from their own list, not the /timeline page: the messages list carries the read marks.
  const notesQuery = useQuery({
    queryKey: workspaceKeys.notes(chatId),
    queryFn: ({ signal }) => getNotes(chatId, signal),
    staleTime: Infinity,
  });
  const [liveNotes, setLiveNotes] = useState<ChatNote[]>([]);
  const [live, setLive] = useState<ChatMessage[]>([]);
  const [customerTyping, setCustomerTyping] = useState<string | null>(null);
  const [readUpTo, setReadUpTo] = useState(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const customerId = useRef<string | null>(null);
  customerId.current = session.data ? customerOf(session.data).id : null;

  useEffect(() => {
    setLive([]);
    setLiveNotes([]);
    setCustomerTyping(null);
    setReadUpTo(0);
  }, [chatId]);

  const lastHistorySeq = history.data ? (history.data.at(-1)?.seq ?? 0) : undefined;
  useFollowChat(chatId, lastHistorySeq);

  useSocketEvent('chat_message', (m) => {
    if (m.chatId !== chatId) return;
    setLive((old) => mergeMessages(old, [m]));
    if (m.senderRole === 'CUSTOMER') setCustomerTyping(null);
  });
  useSocketEvent('chat_note', (n) => {
    if (n.chatId === chatId) setLiveNotes((old) => mergeNotes(old, [n]));
  });
  // A resume replays messages only: notes written while the socket was down come from the list.
  useOnSocketReopen(() => void queryClient.invalidateQueries({ queryKey: workspaceKeys.notes(chatId) }));
  useSocketEvent('bot_chat_activity', ({ chatId: id, message }) => {
    if (id === chatId) setLive((old) => mergeMessages(old, [message]));
  });
  useSocketEvent('message_ack', ({ message }) => {
    if (message.chatId === chatId) setLive((old) => mergeMessages(old, [message]));
  });
  useSocketEvent('typing', (t) => {
    // Only the customer's typing here: colleagues' typing comes with the viewers (useViewers).
    if (t.chatId !== chatId || t.userId === agentId || t.userId !== customerId.current) return;
    clearTimeout(typingTimer.current);
    setCustomerTyping(t.isTyping ? t.name || 'Customer' : null);
    // A lost "stopped typing" must not leave the indicator on.
    if (t.isTyping) typingTimer.current = setTimeout(() => setCustomerTyping(null), 8000);
  });
  useSocketEvent('message_read', (r) => {
    if (r.chatId === chatId && r.userId !== agentId) setReadUpTo((old) => Math.max(old, r.upToSeq));
  });
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const messages = useMemo(() => mergeMessages(history.data ?? [], live), [history.data, live]);
  const notes = useMemo(() => mergeNotes(notesQuery.data ?? [], liveNotes), [notesQuery.data, liveNotes]);

  // Read receipts from the history: the newest of the agent's messages marked read.
  const readFromHistory = useMemo(
    () => messages.reduce((acc, m) => (m.senderId === agentId && m.isRead ? Math.max(acc, m.seq) : acc), 0),
    [messages, agentId],
  );

  // Tell the customer the agent has read up to the newest message.
  const lastCustomer = [...messages].reverse().find((m) => m.senderId !== agentId);
  const lastReadSent = useRef<string | null>(null);
  useEffect(() => {
    if (!lastCustomer || lastReadSent.current === lastCustomer.id || document.visibilityState === 'hidden') return;
    lastReadSent.current = lastCustomer.id;
    client.read(chatId, lastCustomer.id);
  }, [client, chatId, lastCustomer]);

  const outbox = useSocketState((s) => s.outbox);
  const pending = useMemo(
    () => outbox.filter((p) => p.chatId === chatId && !messages.some((m) => m.clientMessageId === p.clientMessageId)),
    [outbox, chatId, messages],
  );

  const send = useCallback((input: { text?: string; imageUrl?: string }) => client.send({ chatId, ...input }), [client, chatId]);
  const typing = useCallback((isTyping: boolean) => client.typing(chatId, isTyping), [client, chatId]);
  const note = useCallback(
    async (text: string) => {
      const added = (await addNote(chatId, text)) as ChatNote;
      setLiveNotes((old) => mergeNotes(old, [added]));
    },
    [chatId],
  );
  const refetch = useCallback(() => {
    void session.refetch();
    void queryClient.invalidateQueries({ queryKey: conversationKeys.messages(chatId) });
  }, [session, queryClient, chatId]);

  return {
    session,
    history,
    messages,
    notes,
    pending,
    customerTyping,
    readUpTo: Math.max(readUpTo, readFromHistory),
    send,
    typing,
    note,
    retry: (id: string) => client.retry(id),
    discard: (id: string) => client.discard(id),
    refetch,
  };
}
