// features/cobrowse: co-browsing with consent. The customer's side goes on the chat page, the agent's
// in the conversation header; rrweb loads lazily when a session starts.
import './i18n';

export { CustomerCobrowse } from './components/customer-cobrowse';
export { AgentCobrowse } from './components/agent-cobrowse';
export { CobrowseAuditPage } from './components/cobrowse-audit-page';
