import './i18n';
// features/team-admin: accounts and teams (/admin/team), SLA targets and team canned responses (/admin/settings).
export { TeamPage } from './components/team-page';
export { SettingsPage } from './components/settings-page';
