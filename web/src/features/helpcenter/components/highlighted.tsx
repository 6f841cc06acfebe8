import type { Segment } from '../utils/highlight';

/** Text with its matches in <mark>: React text nodes only, never innerHTML. */
export function Highlighted({ segments, className }: { segments: Segment[]; className?: string }) {
  return (
    <span className={className}>
      {segments.map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </span>
  );
}
