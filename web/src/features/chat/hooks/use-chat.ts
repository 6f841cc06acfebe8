import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFollowChat, useSocketClient, useSocketEvent, useSocketState } from '@/lib/socket/use-socket';
import { mergeMessages } from '@/lib/socket/merge-messages';
import type { ChatMessage } from '@/lib/socket/frames';
import { describeError } from '@/lib/api/errors';
import { useOnlineStatus } from '@/hooks/use-online-status';
import { useTranslation } from 'react-i18next';
import { chatKeys, getChat, getMessages, openOrResumeChat, setChatLanguage, type ChatContext, type ChatSession } from '../api/chats';
import { blobToDataUrl, uploadImage } from '@/lib/api/chat-images';
import { buildTimeline, lastSeq, type UploadItem } from '../model/timeline';

const PAGE = 50;

export interface ChatHistory {
  messages: ChatMessage[];
  /** Whether older messages than the first one here may exist. */
  hasOlder: boolean;
}

/**
 * One customer conversation, live: finds (or opens) the chat, loads its latest messages over REST,
 * then follows it on the socket (resumed after the last seq on every reconnect, duplicates dropped),
 * keeps status, queue place and the agent from conversation_updated / queue_update / presence,
 * catches up over REST when the phone wakes or comes back online, and sends through the socket's
 * persisted outbox (optimistic: pending → sent → seen, or failed with retry).
 */
export function useChat({ chatId: requestedId, context }: { chatId?: string; context?: ChatContext }) {
  const queryClient = useQueryClient();
  const client = useSocketClient();
  const contextKey = JSON.stringify(context ?? {});
  // The page's language goes with a new chat, and follows the switch (below); not part of the key,
  // so switching does not look for the chat again.
  const { i18n } = useTranslation();
  const language = i18n.language.startsWith('hi') ? 'hi' : 'en';
  const languageNow = useRef(language);
  languageNow.current = language;

  // 1. The conversation: the one asked for, else the open one, else a new one with the context.
  const opened = useQuery({
    queryKey: ['chat', 'open', contextKey],
    queryFn: async () => {
      const chat = await openOrResumeChat({ ...context, language: languageNow.current });
      queryClient.setQueryData(chatKeys.session(chat.id), chat);
      return chat;
    },
    enabled: !requestedId,
    staleTime: Infinity,
    gcTime: 0,
  });
  const chatId = requestedId ?? opened.data?.id;
  const session = useQuery({
    queryKey: chatKeys.session(chatId ?? ''),
    queryFn: ({ signal }) => getChat(chatId!, signal),
    enabled: Boolean(chatId),
    staleTime: 30_000,
  });

  // 2. History: the newest page; a refetch merges, so live messages are never dropped.
  const historyKey = chatKeys.history(chatId ?? '');
  const history = useQuery({
    queryKey: historyKey,
    queryFn: async ({ signal }): Promise<ChatHistory> => {
      const page = await getMessages(chatId!, { limit: PAGE }, signal);
      const known = queryClient.getQueryData<ChatHistory>(historyKey);
      return { messages: mergeMessages(known?.messages ?? [], page), hasOlder: known?.hasOlder ?? page.length >= PAGE };
    },
    enabled: Boolean(chatId),
    staleTime: Infinity,
  });
  const messages = useMemo(() => history.data?.messages ?? [], [history.data]);

  const merge = useCallback(
    (incoming: ChatMessage[]) => {
      if (!chatId || !incoming.length) return;
      queryClient.setQueryData<ChatHistory>(chatKeys.history(chatId), (old) => ({
        messages: mergeMessages(old?.messages ?? [], incoming),
        hasOlder: old?.hasOlder ?? false,
      }));
    },
    [chatId, queryClient],
  );
  const patchSession = useCallback(
    (patch: Partial<ChatSession>) => {
      if (!chatId) return;
      queryClient.setQueryData<ChatSession>(chatKeys.session(chatId), (old) => (old ? { ...old, ...patch } : old));
    },
    [chatId, queryClient],
  );

  // 3. Live: follow from where history ended.
  const historyLoaded = history.isSuccess;
  const [followFrom, setFollowFrom] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (historyLoaded && followFrom === undefined) setFollowFrom(lastSeq(messages));
  }, [historyLoaded, followFrom, messages]);
  useEffect(() => setFollowFrom(undefined), [chatId]);
  useFollowChat(chatId, followFrom);

  useSocketEvent('chat_message', (message) => {
    if (message.chatId === chatId) merge([message]);
  });

  const [readUpToSeq, setReadUpToSeq] = useState(0);
  const [typing, setTyping] = useState<{ name: string; until: number } | null>(null);

  useSocketEvent('conversation_updated', (update) => {
    if (update.chatId !== chatId) return;
    const known = queryClient.getQueryData<ChatSession>(chatKeys.session(chatId));
    const named = update.assignedAgentId && update.assignedAgentName ? { [update.assignedAgentId]: update.assignedAgentName } : null;
    patchSession({
      status: update.status,
      assignedAgentId: update.assignedAgentId ?? undefined,
      team: update.team ?? undefined,
      lastSeq: update.lastSeq,
      ...(update.status !== 'QUEUED' ? { queue: undefined } : {}),
      ...(named ? { participantNames: { ...known?.participantNames, ...named } } : {}),
    });
    // The frame names the agent; the session is asked only when it does not (or for the queue place).
    const unknownAgent = update.assignedAgentId && !named && !known?.participantNames?.[update.assignedAgentId];
    if (unknownAgent || update.status === 'QUEUED') void queryClient.invalidateQueries({ queryKey: chatKeys.session(chatId) });
    if (update.status === 'CLOSED') setTyping(null);
  });
  useSocketEvent('queue_update', (update) => {
    if (update.chatId === chatId) patchSession({ queue: update.queue });
  });
  useSocketEvent('presence', (presence) => {
    const agent = chatId ? queryClient.getQueryData<ChatSession>(chatKeys.session(chatId))?.assignedAgentId : undefined;
    if (agent && presence.userId === agent) patchSession({ agentOnline: presence.online });
  });
  useSocketEvent('typing', (frame) => {
    if (frame.chatId !== chatId) return;
    setTyping(frame.isTyping ? { name: frame.name, until: Date.now() + 6000 } : null);
  });
  useSocketEvent('message_read', (frame) => {
    if (frame.chatId === chatId) setReadUpToSeq((seq) => Math.max(seq, frame.upToSeq));
  });
  // A message from whoever was typing ends their typing.
  const lastMessage = messages[messages.length - 1];
  useEffect(() => {
    if (lastMessage && lastMessage.senderRole !== 'CUSTOMER') setTyping(null);
  }, [lastMessage]);
  useEffect(() => {
    if (!typing) return;
    const timer = setTimeout(() => setTyping(null), Math.max(0, typing.until - Date.now()));
    return () => clearTimeout(timer);
  }, [typing]);

  // 4. Catch up after sleep or a lost network: REST after the last seq (merged by seq, so a socket
  // replay of the same messages changes nothing), and the session (status, queue, agent).
  const status = useSocketState((s) => s.status);
  const openedBefore = useRef(false);
  const catchUp = useCallback(async () => {
    if (!chatId || !historyLoaded) return;
    const after = lastSeq(queryClient.getQueryData<ChatHistory>(chatKeys.history(chatId))?.messages ?? []);
    try {
      merge(await getMessages(chatId, { afterSeq: after, limit: 200 }));
    } catch {
      // The socket's resume fills the gap when it reconnects.
    }
    void queryClient.invalidateQueries({ queryKey: chatKeys.session(chatId) });
  }, [chatId, historyLoaded, merge, queryClient]);
  useEffect(() => {
    if (status !== 'open') return;
    // Reconnected: the resume replays messages, but status, queue and agent changes are not replayed.
    if (openedBefore.current && chatId) void queryClient.invalidateQueries({ queryKey: chatKeys.session(chatId) });
    openedBefore.current = true;
  }, [status, chatId, queryClient]);
  useEffect(() => {
    const visible = () => {
      if (document.visibilityState === 'visible') void catchUp();
    };
    const online = () => void catchUp();
    document.addEventListener('visibilitychange', visible);
    window.addEventListener('online', online);
    return () => {
      document.removeEventListener('visibilitychange', visible);
      window.removeEventListener('online', online);
    };
  }, [catchUp]);

  // The bot answers in the page's language: a switch during the chat (or a chat resumed in another
  // language) tells the server. Only while the bot or a person may still answer.
  const preferred = session.data?.language?.preferred;
  const chatStatus = session.data?.status;
  useEffect(() => {
    if (!chatId || !chatStatus || chatStatus === 'CLOSED' || preferred === language) return;
    setChatLanguage(chatId, language)
      .then((updated) => queryClient.setQueryData(chatKeys.session(chatId), updated))
      .catch(() => undefined); // The next switch or the next visit tries again; the chat works either way.
  }, [chatId, chatStatus, preferred, language, queryClient]);

  // 5. Older messages.
  const [loadingOlder, setLoadingOlder] = useState(false);
  const loadOlder = useCallback(async () => {
    if (!chatId || loadingOlder) return;
    const first = messages[0];
    if (!first) return;
    setLoadingOlder(true);
    try {
      const page = await getMessages(chatId, { beforeSeq: first.seq, limit: PAGE });
      queryClient.setQueryData<ChatHistory>(chatKeys.history(chatId), (old) => ({
        messages: mergeMessages(old?.messages ?? [], page),
        hasOlder: page.length >= PAGE,
      }));
    } finally {
      setLoadingOlder(false);
    }
  }, [chatId, loadingOlder, messages, queryClient]);

  // 6. Sending, through the outbox.
  const outbox = useSocketState((s) => s.outbox);
  const send = useCallback(
    (text: string) => {
      const trimmed = text.trim();
      if (!chatId || !trimmed) return;
      client.send({ chatId, text: trimmed });
    },
    [chatId, client],
  );

  const [uploads, setUploads] = useState<Array<UploadItem & { file: File }>>([]);
  const sendImage = useCallback(
    async (file: File, id = `upload-${Date.now()}-${Math.random().toString(36).slice(2)}`) => {
      if (!chatId) return;
      const preview = await blobToDataUrl(file).catch(() => '');
      setUploads((list) => [...list.filter((u) => u.id !== id), { id, file, preview, state: 'uploading' }]);
      try {
        const imageUrl = await uploadImage(chatId, file);
        // Shown from the local copy at once, not fetched back.
        if (preview) queryClient.setQueryData(chatKeys.image(imageUrl), preview);
        client.send({ chatId, imageUrl });
        setUploads((list) => list.filter((u) => u.id !== id));
      } catch (error) {
        setUploads((list) => list.map((u) => (u.id === id ? { ...u, state: 'failed', error: describeError(error) } : u)));
      }
    },
    [chatId, client, queryClient],
  );
  const retryUpload = useCallback(
    (id: string) => {
      const upload = uploads.find((u) => u.id === id);
      if (upload) void sendImage(upload.file, id);
    },
    [sendImage, uploads],
  );
  const dismissUpload = useCallback((id: string) => setUploads((list) => list.filter((u) => u.id !== id)), []);

  const online = useOnlineStatus();
  const timeline = useMemo(
    () => (chatId ? buildTimeline(messages, outbox, uploads, { chatId, readUpToSeq, online }) : []),
    [chatId, messages, outbox, uploads, readUpToSeq, online],
  );
  const queued = useMemo(() => outbox.filter((p) => p.chatId === chatId && p.state !== 'failed').length, [outbox, chatId]);

  const error = opened.error ?? session.error ?? history.error;
  const retry = useCallback(() => {
    if (opened.isError) void opened.refetch();
    if (session.isError) void session.refetch();
    if (history.isError) void history.refetch();
  }, [opened, session, history]);

  return {
    chatId,
    session: session.data,
    messages,
    timeline,
    hasOlder: history.data?.hasOlder ?? false,
    loadingOlder,
    loadOlder,
    loading: !error && (!chatId || !session.data || !history.data),
    error,
    retry,
    socketStatus: status,
    queued,
    typing,
    send,
    retrySend: (clientMessageId: string) => client.retry(clientMessageId),
    discard: (clientMessageId: string) => client.discard(clientMessageId),
    sendImage,
    retryUpload,
    dismissUpload,
    typingChanged: (isTyping: boolean) => chatId && client.typing(chatId, isTyping),
    markRead: (messageId: string) => chatId && client.read(chatId, messageId),
  };
}

export type ChatState = ReturnType<typeof useChat>;
