/**
 * What the client has seen of each chat, by seq: everything up to `contiguous` without a gap, plus
 * any later seqs that arrived early (a live message can overtake a resume replay). A seq seen
 * before is a duplicate; `contiguous` is where a resume starts after a reconnect, so a gap is
 * filled rather than skipped.
 */
export class ChatCursors {
  private readonly chats = new Map<string, { contiguous: number; ahead: Set<number> }>();

  /** Starts following a chat whose messages up to afterSeq are known (loaded over REST). */
  start(chatId: string, afterSeq: number) {
    const chat = this.chats.get(chatId);
    if (!chat) this.chats.set(chatId, { contiguous: afterSeq, ahead: new Set() });
    else if (afterSeq > chat.contiguous) this.advance(chat, afterSeq);
  }

  /** The seq a resume should continue after. */
  resumeFrom(chatId: string): number {
    return this.chats.get(chatId)?.contiguous ?? 0;
  }

  has(chatId: string): boolean {
    return this.chats.has(chatId);
  }

  forget(chatId: string) {
    this.chats.delete(chatId);
  }

  /** Records a message; false when it was seen already (drop it). */
  see(chatId: string, seq: number): boolean {
    let chat = this.chats.get(chatId);
    if (!chat) {
      // A chat nobody asked to follow: earlier messages are the page's to load.
      chat = { contiguous: seq - 1, ahead: new Set() };
      this.chats.set(chatId, chat);
    }
    if (seq <= chat.contiguous || chat.ahead.has(seq)) return false;
    chat.ahead.add(seq);
    this.advance(chat, chat.contiguous);
    return true;
  }

  /** The server says everything up to lastSeq has been replayed. */
  complete(chatId: string, lastSeq: number) {
    const chat = this.chats.get(chatId);
    if (chat && lastSeq > chat.contiguous) this.advance(chat, lastSeq);
  }

  private advance(chat: { contiguous: number; ahead: Set<number> }, to: number) {
    chat.contiguous = to;
    for (const seq of chat.ahead) if (seq <= chat.contiguous) chat.ahead.delete(seq);
    while (chat.ahead.delete(chat.contiguous + 1)) chat.contiguous++;
  }
}
