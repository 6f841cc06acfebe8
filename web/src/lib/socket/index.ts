export { SocketClient, type SocketClientOptions, type SocketState, type SocketStatus, type SendInput, type WebSocketLike } from './client';
export type { ChatMessage, ClientFrame, CobrowseClientFrame, CobrowseSessionPayload, CobrowseState, ConversationStatus, ErrorPayload, PayloadOf, ServerFrame, ServerFrameType } from './frames';
export type { PendingMessage, PendingState } from './outbox';
export { backoffDelay } from './backoff';
export { mergeBySeq, mergeMessages } from './merge-messages';
export { SocketProvider, useFollowChat, useOnSocketReopen, useSocketClient, useSocketConnection, useSocketEvent, useSocketState } from './use-socket';
