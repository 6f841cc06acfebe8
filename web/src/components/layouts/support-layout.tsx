import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LifeBuoy } from 'lucide-react';
import { LanguageSwitch } from '@/components/language-switch';
import { OfflineBanner } from '@/components/offline-banner';

/**
 * The customer shell: one column (mobile first, fine at 360 px), 16 px type, a slim bar with the
 * brand, the language switch and the account slot, the offline banner and any notice (a session that ended), then the page.
 */
export function SupportLayout({ accountSlot, noticeSlot }: { accountSlot?: ReactNode; noticeSlot?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col bg-bg text-base text-fg">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-ui focus:bg-surface focus:p-3"
      >
        {t('skipToContent')}
      </a>
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex min-h-14 w-full max-w-2xl items-center justify-between gap-2 px-4">
          <Link to="/support" className="flex min-h-11 items-center gap-2 font-semibold whitespace-nowrap text-fg">
            <LifeBuoy aria-hidden className="size-6 text-primary" />
            {t('appName')}
          </Link>
          <div className="flex items-center gap-1">
            {/* At a phone's width the brand, both language names and the account do not fit one row:
                there the switch is one button naming the other language. */}
            <LanguageSwitch compact className="sm:hidden" />
            <LanguageSwitch className="hidden sm:flex" />
            {accountSlot}
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-2xl flex-col gap-2 px-4 pt-3 empty:hidden">
        <OfflineBanner />
        {noticeSlot}
      </div>
      <main id="main" className="mx-auto flex w-full max-w-2xl flex-1 flex-col">
        <Outlet />
      </main>
    </div>
  );
}
