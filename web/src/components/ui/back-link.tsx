import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ChevronLeft } from 'lucide-react';

/** The way back up from a page ("My tickets", "Back to Help"): one look and tap target everywhere. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="-ml-2 inline-flex min-h-11 items-center gap-1 self-start rounded-ui px-2 text-primary hover:bg-primary-soft">
      <ChevronLeft aria-hidden className="size-5" />
      {children}
    </Link>
  );
}
