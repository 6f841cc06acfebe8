import { i18n } from '@/lib/i18n';
import helpAdmin from '@/locales/en/helpAdmin.json';

// The admin's strings travel with its chunk, not in the customer's first download (lib/i18n/resources.ts).
if (!i18n.hasResourceBundle('en', 'helpAdmin')) i18n.addResourceBundle('en', 'helpAdmin', helpAdmin);
