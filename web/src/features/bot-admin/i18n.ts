import { i18n } from '@/lib/i18n';
import botAdmin from '@/locales/en/botAdmin.json';

// The admin's strings travel with its chunk, not in the customer's first download (lib/i18n/resources.ts).
if (!i18n.hasResourceBundle('en', 'botAdmin')) i18n.addResourceBundle('en', 'botAdmin', botAdmin);
