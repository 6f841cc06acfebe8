import { i18n } from '@/lib/i18n';
import reports from '@/locales/en/reports.json';

// The reports' strings travel with their (admin-only) chunk, like the console's.
if (!i18n.hasResourceBundle('en', 'reports')) i18n.addResourceBundle('en', 'reports', reports);
