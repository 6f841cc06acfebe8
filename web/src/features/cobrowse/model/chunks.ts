/**
 * The page travels as rrweb events serialised to JSON and cut into chunks the server accepts (its
 * support.cobrowse.max-frame-chars); a full snapshot is usually several. Pure functions, so the
 * cutting and the putting back together are tested without a socket.
 */

/** Well under the server's 24,000: the JSON escaping of the frame around it adds a little. */
export const CHUNK_CHARS = 20_000;

export interface Chunk {
  seq: number;
  full: boolean;
  chunk: number;
  chunks: number;
  data: string;
}

/** Cuts one batch of events (already JSON) into chunks numbered 0..n-1, all with the batch's seq. */
export function toChunks(seq: number, full: boolean, json: string, size = CHUNK_CHARS): Chunk[] {
  const chunks = Math.max(1, Math.ceil(json.length / size));
  return Array.from({ length: chunks }, (_, chunk) => ({
    seq,
    full,
    chunk,
    chunks,
    data: json.slice(chunk * size, (chunk + 1) * size),
  }));
}

/**
 * Puts chunks back together in arrival order (the relay keeps it per session). A batch missing a
 * chunk (the server dropped frames for a slow viewer) is abandoned when the next batch starts; the
 * server then asks for a fresh snapshot.
 */
export class Reassembler {
  private seq = -1;
  private parts: string[] = [];
  private expected = 0;

  /** The completed batch's JSON, or null while chunks are missing. */
  add(chunk: Chunk): string | null {
    if (chunk.chunk === 0) {
      this.seq = chunk.seq;
      this.parts = [];
      this.expected = chunk.chunks;
    } else if (chunk.seq !== this.seq || chunk.chunk !== this.parts.length) {
      this.seq = -1;
      this.parts = [];
      return null;
    }
    this.parts.push(chunk.data);
    if (this.parts.length < this.expected) return null;
    const json = this.parts.join('');
    this.seq = -1;
    this.parts = [];
    return json;
  }
}
