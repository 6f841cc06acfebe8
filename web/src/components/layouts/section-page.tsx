import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { cn } from '@/lib/utils/cn';

export interface Section {
  to: string;
  label: string;
  /** Active only on exactly this path (the section's index). */
  end?: boolean;
}

const link = ({ isActive }: { isActive: boolean }) =>
  cn(
    'rounded-ui px-3 py-1.5 text-sm font-medium text-fg-muted hover:bg-surface-muted hover:text-fg',
    isActive && 'bg-primary-soft text-primary hover:bg-primary-soft hover:text-primary',
  );

/**
 * An admin page with sections: its title and a tab bar of links, over one scrolling pane. A new
 * section starts at its top, not where the last one was left.
 */
export function SectionPage({ title, label, sections, children }: { title: string; label: string; sections: Section[]; children: ReactNode }) {
  const { pathname } = useLocation();
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [pathname]);
  return (
    <div className="flex min-h-0 min-w-0 flex-1 flex-col">
      <nav aria-label={label} className="flex items-center gap-1 border-b border-border bg-surface px-4 py-2">
        <h1 className="mr-3 text-base font-semibold">{title}</h1>
        {sections.map((section) => (
          <NavLink key={section.to} to={section.to} end={section.end} className={link}>
            {section.label}
          </NavLink>
        ))}
      </nav>
      <div ref={scroller} tabIndex={0} className="min-h-0 flex-1 overflow-y-auto focus-visible:outline-2 focus-visible:outline-focus">
        {children}
      </div>
    </div>
  );
}
