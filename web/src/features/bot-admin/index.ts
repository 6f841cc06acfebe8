import './i18n';
// features/bot-admin: /admin/bot, teaching the triage bot (intents, training data, versions, try it, handover rules).
export { BotAdminPage } from './components/bot-admin-page';
