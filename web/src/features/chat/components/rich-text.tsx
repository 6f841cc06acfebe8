import type { ReactNode } from 'react';
import { parseRichText, type Inline, type LinkOptions } from '../model/rich-text';

/** Bot and agent text with paragraphs, bullets, **bold** and safe links, as elements (never HTML). */
export function RichText({ text, linkOptions }: { text: string; linkOptions?: LinkOptions }) {
  const blocks = parseRichText(text, linkOptions);
  return (
    <div className="flex flex-col gap-2 break-words">
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{renderInline(block.children)}</p>
        ) : (
          <ul key={i} className="flex list-disc flex-col gap-1 pl-5">
            {block.items.map((item, j) => (
              <li key={j}>{renderInline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={i} />;
      case 'bold':
        return (
          <strong key={i} className="font-semibold">
            {renderInline(node.children)}
          </strong>
        );
      case 'link':
        return (
          <a
            key={i}
            href={node.href}
            className="font-medium text-primary underline underline-offset-2"
            {...(node.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {node.text}
          </a>
        );
    }
  });
}
