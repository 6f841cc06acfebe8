import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import '@/lib/i18n';
import { flushDelayedStops } from '@/lib/socket/use-socket';

// A lazy route's first import is transformed on demand: on a busy two-core machine that can take
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  flushDelayedStops();
  localStorage.clear();
  sessionStorage.clear();
});
