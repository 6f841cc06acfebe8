import { i18n } from '@/lib/i18n';
import cobrowse from '@/locales/en/cobrowse.json';

// Co-browsing's strings travel with the chat and console chunks that show it, not the hub.
if (!i18n.hasResourceBundle('en', 'cobrowse')) i18n.addResourceBundle('en', 'cobrowse', cobrowse);
