import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OfflineBanner } from '@/components/offline-banner';

/** The agent and admin shell: wide screens, 14 px type. Its icon rail arrives with the consoles. */
export function ConsoleLayout({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col bg-bg text-sm text-fg">
      <header className="flex h-12 items-center gap-3 border-b border-border bg-surface px-4">
        <span className="font-semibold">{t('appName')}</span>
        <span className="text-fg-muted">{title}</span>
      </header>
      <OfflineBanner className="m-3" />
      <main id="main" className="flex flex-1 flex-col">
        <Outlet />
      </main>
    </div>
  );
}
