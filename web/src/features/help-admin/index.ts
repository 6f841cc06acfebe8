import './i18n';
// features/help-admin: /admin/help, writing the help centre (articles, versions, contextual help, search analytics).
export { HelpAdminPage } from './components/help-admin-page';
