/**
 * The bot's markdown-ish text as plain data (paragraphs, bullet lists, **bold**, links), for
 * rich-text.tsx to render as React elements: nothing is ever set as HTML, so whatever a message
 * says stays text. Links are kept only for http(s) URLs and the app's own help articles; anything
 * else (javascript:, data:, other paths) stays text.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; children: Inline[] }
  | { kind: 'link'; text: string; href: string; external: boolean }
  | { kind: 'break' };

export type Block = { kind: 'paragraph'; children: Inline[] } | { kind: 'list'; items: Inline[][] };

export interface LinkOptions {
  /** Where the app lives (the widget's backend); '' for the app's own origin. */
  appBase?: string;
}

const BULLET = /^\s*(?:[•*-])\s+/;

export function parseRichText(text: string, options: LinkOptions = {}): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (!lines.length) continue;
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (!paragraph.length) return;
      const children: Inline[] = [];
      paragraph.forEach((line, i) => {
        if (i > 0) children.push({ kind: 'break' });
        children.push(...parseInline(line, options));
      });
      blocks.push({ kind: 'paragraph', children });
      paragraph = [];
    };
    const flushList = () => {
      if (!list.length) return;
      blocks.push({ kind: 'list', items: list.map((item) => parseInline(item, options)) });
      list = [];
    };
    for (const line of lines) {
      if (BULLET.test(line)) {
        flushParagraph();
        list.push(line.replace(BULLET, ''));
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}

// An article's page as the bot links it (/support/articles/<slug>), or its API path as older messages did.
const ARTICLE_PATH = String.raw`(?:\/support\/articles|\/api\/support\/faqs)\/[a-z0-9][a-z0-9-]{0,150}`;

// [label](url) | **bold** | a bare http(s) URL | a bare article path
const TOKEN = new RegExp(
  String.raw`\[([^\]\n]{1,200})\]\(([^)\s]{1,2000})\)|\*\*([^*\n]+?)\*\*|(https?:\/\/[^\s<>()"']+[^\s<>()"'.,;:!?])|(${ARTICLE_PATH})`,
  'gi',
);

const TITLED_ARTICLE = new RegExp(String.raw`^(.+?)\s*\((${ARTICLE_PATH})\)\s*$`, 'i');

export function parseInline(text: string, options: LinkOptions = {}): Inline[] {
  // "Title (/support/articles/slug)", as the bot lists articles: the title is the link.
  const titled = TITLED_ARTICLE.exec(text);
  const titledLink = titled ? safeLink(titled[2]!, options) : null;
  if (titled && titledLink && !/\*\*|\]\(|https?:/.test(titled[1]!)) return [{ kind: 'link', text: titled[1]!.trim(), ...titledLink }];
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ kind: 'text', text: text.slice(last, index) });
    const [whole, label, target, bold, url, articlePath] = match;
    if (label !== undefined && target !== undefined) {
      const link = safeLink(target, options);
      out.push(link ? { kind: 'link', text: label, ...link } : { kind: 'text', text: whole });
    } else if (bold !== undefined) {
      out.push({ kind: 'bold', children: parseInline(bold, options) });
    } else {
      const raw = url ?? articlePath ?? whole;
      const link = safeLink(raw, options);
      out.push(link ? { kind: 'link', text: articlePath ? articleLabel(raw) : raw, ...link } : { kind: 'text', text: raw });
    }
    last = index + whole.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/**
 * Only http(s) URLs and the help centre: an article's page (/support/articles/<slug>, as the bot
 * links it) or its API path (/api/support/faqs/<slug>, in messages from before) opens the page,
 * never the JSON.
 */
export function safeLink(target: string, { appBase = '' }: LinkOptions = {}): { href: string; external: boolean } | null {
  const article = /^\/api\/support\/faqs\/([a-z0-9][a-z0-9-]*)$/i.exec(target);
  if (article) return { href: `${appBase}/support/articles/${article[1]}`, external: appBase !== '' };
  if (/^\/support(\/[\w\-./?=&%]*)?$/.test(target) && !target.startsWith('//')) {
    return { href: `${appBase}${target}`, external: appBase !== '' };
  }
  try {
    const url = new URL(target);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return { href: url.href, external: true };
  } catch {
    return null;
  }
}

function articleLabel(path: string): string {
  const slug = path.split('/').pop() ?? path;
  return slug.replace(/-/g, ' ');
}
