import { i18n } from '@/lib/i18n';
import teamAdmin from '@/locales/en/team-admin.json';

// Travels with the /admin chunk, not in the customer's first download (lib/i18n/resources.ts).
if (!i18n.hasResourceBundle('en', 'team-admin')) i18n.addResourceBundle('en', 'team-admin', teamAdmin);
