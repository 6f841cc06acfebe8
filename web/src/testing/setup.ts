import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { flushDelayedStops } from '@/lib/socket/use-socket';

// A lazy route's first import is transformed on demand: on a busy two-core machine that can take
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(async () => {
  cleanup();
  // A test that switched to Hindi leaves the next one in English.
  if (i18n.language !== 'en') await i18n.changeLanguage('en');
  flushDelayedStops();
  localStorage.clear();
  sessionStorage.clear();
});
