import { i18n } from '@/lib/i18n';
import liveView from '@/locales/en/live-view.json';

// Travels with the /admin chunk, not in the customer's first download (lib/i18n/resources.ts).
if (!i18n.hasResourceBundle('en', 'live-view')) i18n.addResourceBundle('en', 'live-view', liveView);
