/**
 * Search snippets come from the backend HTML-escaped with the matches in <mark>…</mark> (Lucene's
 * passage formatter). They are turned into text segments here and rendered as React text, so
 * nothing from the server is ever parsed as HTML.
 */
export interface Segment {
  text: string;
  marked: boolean;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML escaper writes (&amp; &lt; &#x27; &#39; …); unknown ones stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[body.toLowerCase()] ?? whole;
  });
}

/** Splits an escaped snippet with <mark> tags into text segments; any other tag is kept as text. */
export function parseSnippet(snippet: string): Segment[] {
  const segments: Segment[] = [];
  const parts = snippet.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) segments.push({ text: decodeEntities(part), marked });
  }
  return merge(segments);
}

// Words the search ignores too; marking every "but" and "my" in a title is noise.
const stopWords = new Set(
  'a an and are as at be but by can did do does for from has have how i in is it its me my no not of on or so that the this to was were what when where why will with you your'.split(
    ' ',
  ),
);

/** The words of a query worth marking: two letters or more, not stop words. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((t) => t.length >= 2 && !stopWords.has(t));
}

/**
 * Marks the query's words in plain text (titles, snippets the server sent without marks): whole
 * words and word starts, case-insensitive, longest first; stop words and single letters are not marked.
 */
export function highlightTerms(text: string, query: string): Segment[] {
  const terms = [...new Set(queryTerms(query))].sort((a, b) => b.length - a.length);
  if (terms.length === 0 || !text) return text ? [{ text, marked: false }] : [];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${escaped.join('|')})`, 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), marked: false });
    segments.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), marked: false });
  return merge(segments);
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const previous = out.at(-1);
    if (previous && previous.marked === segment.marked) previous.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}
