import './i18n';
// features/agent-console: the agent's inbox, conversation workspace, customer panel and tickets.
// app/routes/agent composes it with the session store and the socket.
export { AgentSessionProvider, useAgentSession, useStaffRoles, type AgentSessionStore } from './hooks/use-agent-session';
export { mayOpen, mustChoosePassword, rolesOf, type StaffRole } from './model/roles';
export { useAlerts } from './hooks/use-alerts';
export { useShortcuts } from './hooks/use-shortcuts';
export { deskKeys, getDesk } from './api/desk';
export { AgentSignInPage, safeAgentPath } from './components/agent-sign-in';
export { ChoosePasswordPage } from './components/password-form';
export { AgentShell, type RailItem } from './components/agent-shell';
export { InboxPage } from './components/inbox-page';
export { TicketsPage } from './components/tickets-page';
export { TicketDetail } from './components/ticket-detail';
export { ShortcutsHelp } from './components/shortcuts-help';
