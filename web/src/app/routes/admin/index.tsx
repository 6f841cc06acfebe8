import type { ReactElement } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ShieldX } from 'lucide-react';
import { buttonStyles } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { configureApiAuth } from '@/lib/api/client';
import { AgentSessionProvider, mayOpen, useStaffRoles, type StaffRole } from '@/features/agent-console';
import { LiveViewPage } from '@/features/live-view';
import { ReportsPage } from '@/features/reports';
import { SettingsPage, TeamPage } from '@/features/team-admin';
import { BotAdminPage } from '@/features/bot-admin';
import { HelpAdminPage } from '@/features/help-admin';
import { CobrowseAuditPage } from '@/features/cobrowse';
import { NotFoundRoute } from '../not-found';
import { RequireStaff, StaffFrame, StaffSocket, staffAuth, staffSession } from '../staff';

/** An /admin page and the roles that open it (the server checks the same roles on its API). */
interface AdminPage {
  path: string;
  needs: readonly StaffRole[];
  element: ReactElement;
}

// In the rail's order: the first page a role may open is where /admin leads.
const leads: readonly StaffRole[] = ['SUPERVISOR', 'ADMIN'];

function TeamRoute() {
  return <TeamPage roles={[...useStaffRoles()]} />;
}

function SettingsRoute() {
  return <SettingsPage roles={[...useStaffRoles()]} />;
}

const pages: AdminPage[] = [
  { path: 'live', needs: leads, element: <LiveViewPage /> },
  { path: 'reports', needs: leads, element: <ReportsPage /> },
  { path: 'team', needs: leads, element: <TeamRoute /> },
  { path: 'help', needs: ['ADMIN'], element: <HelpAdminPage /> },
  { path: 'bot', needs: ['ADMIN'], element: <BotAdminPage /> },
  { path: 'cobrowse', needs: leads, element: <CobrowseAuditPage /> },
  { path: 'settings', needs: leads, element: <SettingsRoute /> },
];

function Forbidden() {
  const { t } = useTranslation();
  return (
    <EmptyState
      className="flex-1"
      icon={<ShieldX />}
      title={t('console.admin.forbiddenTitle')}
      description={t('console.admin.forbidden')}
      action={
        <Link to="/agent" className={buttonStyles({ variant: 'secondary' })}>
          {t('console.admin.toDesk')}
        </Link>
      }
    />
  );
}

function AdminConsole() {
  const roles = useStaffRoles();
  const first = pages.find((page) => mayOpen(roles, page.needs));
  return (
    <StaffFrame>
      {() => (
        <Routes>
          <Route index element={first ? <Navigate to={first.path} replace /> : <Forbidden />} />
          {pages.map((page) => (
            <Route
              key={page.path}
              path={`${page.path}/*`}
              element={mayOpen(roles, page.needs) ? page.element : <Forbidden />}
            />
          ))}
          <Route path="*" element={<NotFoundRoute home="/admin" />} />
        </Routes>
      )}
    </StaffFrame>
  );
}

/** /admin: supervisors' and admins' pages in the staff console's frame, a chunk of their own. */
export default function AdminRoutes() {
  configureApiAuth(staffAuth);
  return (
    <AgentSessionProvider store={staffSession}>
      <RequireStaff>
        <StaffSocket>
          <AdminConsole />
        </StaffSocket>
      </RequireStaff>
    </AgentSessionProvider>
  );
}
