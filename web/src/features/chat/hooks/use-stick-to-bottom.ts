import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

const NEAR_BOTTOM_PX = 64;

/**
 * Keeps a scrolling thread at its newest message while the reader is there, and leaves it alone
 * when they scroll up to read older ones: then new arrivals are counted for a "New messages ↓"
 * button instead. Prepending older messages keeps what is on screen in place.
 */
export function useStickToBottom({ count, firstKey, lastKey, mineLast }: {
  /** Items in the thread. */
  count: number;
  /** Key of the first item (changes when older ones are prepended). */
  firstKey: string | undefined;
  /** Key of the last item (changes when one is appended). */
  lastKey: string | undefined;
  /** The last item is the reader's own (always scroll to it). */
  mineLast: boolean;
}) {
  // A callback ref: the thread appears only once the chat has loaded.
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [atBottom, setAtBottom] = useState(true);
  const [unseen, setUnseen] = useState(0);
  const atBottomRef = useRef(true);
  const previous = useRef({ count: 0, firstKey: undefined as string | undefined, lastKey: undefined as string | undefined, height: 0 });

  const scrollToBottom = useCallback(
    (smooth = false) => {
      const el = element;
      if (!el) return;
      const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (typeof el.scrollTo === 'function') el.scrollTo({ top: el.scrollHeight, behavior: smooth && !reduce ? 'smooth' : 'auto' });
      else el.scrollTop = el.scrollHeight;
      atBottomRef.current = true;
      setAtBottom(true);
      setUnseen(0);
    },
    [element],
  );

  useEffect(() => {
    const el = element;
    if (!el) return;
    const onScroll = () => {
      const near = el.scrollHeight - el.scrollTop - el.clientHeight <= NEAR_BOTTOM_PX;
      atBottomRef.current = near;
      setAtBottom(near);
      if (near) setUnseen(0);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [element]);

  useLayoutEffect(() => {
    const el = element;
    const before = previous.current;
    previous.current = { count, firstKey, lastKey, height: el?.scrollHeight ?? 0 };
    if (!el) {
      previous.current.count = 0;
      return;
    }
    if (before.count === 0 && count > 0) {
      scrollToBottom();
      return;
    }
    if (firstKey !== before.firstKey && lastKey === before.lastKey && before.count > 0) {
      // Older messages above: keep the reader's place.
      el.scrollTop += el.scrollHeight - before.height;
      return;
    }
    if (lastKey !== before.lastKey && count >= before.count) {
      if (atBottomRef.current || mineLast) scrollToBottom();
      else setUnseen((n) => n + Math.max(1, count - before.count));
    }
  }, [count, firstKey, lastKey, mineLast, element, scrollToBottom]);

  return { ref: setElement, atBottom, unseen, scrollToBottom };
}
