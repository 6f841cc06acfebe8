import { i18n } from '@/lib/i18n';
import cobrowse from '@/locales/en/cobrowse.json';
import cobrowseHi from '@/locales/hi/cobrowse.json';

// Co-browsing's strings travel with the chat and console chunks that show it, not the hub. The
// customer's half is in Hindi too (the agent's half falls back to English, as the console is).
if (!i18n.hasResourceBundle('en', 'cobrowse')) i18n.addResourceBundle('en', 'cobrowse', cobrowse);
if (!i18n.hasResourceBundle('hi', 'cobrowse')) i18n.addResourceBundle('hi', 'cobrowse', cobrowseHi);
