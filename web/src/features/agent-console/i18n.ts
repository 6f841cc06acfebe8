import { i18n } from '@/lib/i18n';
import agent from '@/locales/en/agent.json';

// The console's strings travel with its chunk, not in the customer's first download (lib/i18n/resources.ts).
if (!i18n.hasResourceBundle('en', 'agent')) i18n.addResourceBundle('en', 'agent', agent);
