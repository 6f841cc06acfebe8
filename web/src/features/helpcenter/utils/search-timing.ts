/**
 * Performance marks for the help-centre search, so its latency can be measured in a real browser
 * (bench: HelpSearchLatencyBenchmark) and seen in DevTools' Performance panel: the last keystroke,
 * the query settling after the debounce, and the frame its results are painted in. Each painted
 * result set adds two measures:
 *  - `zp:search:keystroke-to-results`: last keystroke → results on screen (the debounce included);
 *  - `zp:search:query-to-results`: debounce over → results on screen (request, render, paint).
 * Marks are replaced rather than piled up; measures carry the query as their detail.
 */
export const SEARCH_TIMING = {
  keystroke: 'zp:search:keystroke',
  query: 'zp:search:query',
  shown: 'zp:search:shown',
  keystrokeToResults: 'zp:search:keystroke-to-results',
  queryToResults: 'zp:search:query-to-results',
} as const;

const MAX_MEASURES = 200;

function perf(): Performance | undefined {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : undefined;
}

export function markSearch(name: typeof SEARCH_TIMING.keystroke | typeof SEARCH_TIMING.query) {
  const p = perf();
  if (!p) return;
  p.clearMarks(name);
  p.mark(name);
}

/** The results of `query` were painted: measure from the last keystroke and from the settled query. */
export function markSearchShown(query: string) {
  const p = perf();
  if (!p || p.getEntriesByName(SEARCH_TIMING.keystroke, 'mark').length === 0) return; // a query from the URL: no typing to time
  p.clearMarks(SEARCH_TIMING.shown);
  p.mark(SEARCH_TIMING.shown);
  if (p.getEntriesByType('measure').length > MAX_MEASURES) {
    p.clearMeasures(SEARCH_TIMING.keystrokeToResults);
    p.clearMeasures(SEARCH_TIMING.queryToResults);
  }
  const measure = (name: string, start: string) => {
    if (p.getEntriesByName(start, 'mark').length === 0) return;
    try {
      p.measure(name, { start, end: SEARCH_TIMING.shown, detail: { query } });
    } catch {
      // A browser without measure options: nothing to record.
    }
  };
  measure(SEARCH_TIMING.keystrokeToResults, SEARCH_TIMING.keystroke);
  measure(SEARCH_TIMING.queryToResults, SEARCH_TIMING.query);
}
