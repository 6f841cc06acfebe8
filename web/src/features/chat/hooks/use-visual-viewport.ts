import { useEffect, useState } from 'react';

/**
 * The height of what is visible above an on-screen keyboard (visualViewport), so a full-height
 * chat sheet keeps its composer just above the keyboard where the browser does not resize the
 * layout viewport itself (iOS Safari, most WebViews). Undefined where there is no visualViewport.
 */
export function useVisualViewportHeight(enabled = true): number | undefined {
  const [height, setHeight] = useState<number | undefined>(() =>
    enabled && typeof window !== 'undefined' ? window.visualViewport?.height : undefined,
  );
  useEffect(() => {
    const viewport = enabled ? window.visualViewport : null;
    if (!viewport) return;
    const update = () => setHeight(viewport.height);
    update();
    viewport.addEventListener('resize', update);
    return () => viewport.removeEventListener('resize', update);
  }, [enabled]);
  return height;
}
