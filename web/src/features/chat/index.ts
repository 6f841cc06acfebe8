// features/chat: the customer chat (ZetChat), used by the /support/chat route and the embeddable widget.
export { ZetChat, type ZetChatProps } from './components/zet-chat';
export type { ChatContext, ChatSession } from './api/chats';
export { contextFromSearch } from './model/context';
