import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Search, X } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { STATUS_FILTERS, isFiltered, type InboxFilters } from '../model/inbox';

export interface InboxFilterBarProps {
  filters: InboxFilters;
  onFilter: (key: keyof InboxFilters, value: string | null) => void;
  onClearFilters: () => void;
  teamOptions: string[];
  labelOptions: string[];
  query: string;
  onQuery: (q: string) => void;
}

const control = 'h-8 min-w-0 rounded-ui border border-border bg-surface px-2 text-xs text-fg';

function Filter({ label, value, onChange, children }: { label: string; value: string; onChange: (v: string | null) => void; children: ReactNode }) {
  const id = useId();
  return (
    <span className="flex min-w-0 flex-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value || null)} className={cn(control, 'w-full', value && 'border-primary text-primary')}>
        {children}
      </select>
    </span>
  );
}

/** Search across conversations, then team / status / label filters for the tabs (all kept in the URL). */
export function InboxFilterBar({ filters, onFilter, onClearFilters, teamOptions, labelOptions, query, onQuery }: InboxFilterBarProps) {
  const { t } = useTranslation('agent');
  const searchId = useId();
  return (
    <div className="flex flex-col gap-1.5 border-b border-border px-2 py-2">
      <div role="search" className="relative">
        <label htmlFor={searchId} className="sr-only">
          {t('inboxLive.search.label')}
        </label>
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2 size-4 -translate-y-1/2 text-fg-muted" />
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('inboxLive.search.placeholder')}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              e.stopPropagation();
              onQuery('');
            }
          }}
          autoComplete="off"
          className={cn(control, 'w-full pr-8 pl-7 text-sm [&::-webkit-search-cancel-button]:hidden')}
        />
        {query && (
          <button
            type="button"
            onClick={() => onQuery('')}
            aria-label={t('inboxLive.search.clear')}
            title={t('inboxLive.search.clear')}
            className="absolute top-1/2 right-1 inline-flex size-6 -translate-y-1/2 items-center justify-center rounded-ui text-fg-muted hover:text-fg"
          >
            <X aria-hidden className="size-4" />
          </button>
        )}
      </div>
      {!query.trim() && (
        <div role="group" aria-label={t('inboxLive.filters.label')} className="flex items-center gap-1">
          <Filter label={t('inboxLive.filters.team')} value={filters.team ?? ''} onChange={(v) => onFilter('team', v)}>
            <option value="">{t('inboxLive.filters.anyTeam')}</option>
            {[...new Set([...teamOptions, ...(filters.team ? [filters.team] : [])])].map((team) => (
              <option key={team} value={team}>
                {team}
              </option>
            ))}
          </Filter>
          <Filter label={t('inboxLive.filters.status')} value={filters.status ?? ''} onChange={(v) => onFilter('status', v)}>
            <option value="">{t('inboxLive.filters.anyStatus')}</option>
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`inboxLive.filters.statusValue.${s}`)}
              </option>
            ))}
          </Filter>
          <Filter label={t('inboxLive.filters.labelFilter')} value={filters.label ?? ''} onChange={(v) => onFilter('label', v)}>
            <option value="">{t('inboxLive.filters.anyLabel')}</option>
            {[...new Set([...labelOptions, ...(filters.label ? [filters.label] : [])])].map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </Filter>
          {isFiltered(filters) && (
            <button
              type="button"
              onClick={onClearFilters}
              aria-label={t('inboxLive.filters.clear')}
              title={t('inboxLive.filters.clear')}
              className="inline-flex size-8 shrink-0 items-center justify-center rounded-ui text-fg-muted hover:bg-surface-muted hover:text-fg"
            >
              <X aria-hidden className="size-4" />
            </button>
          )}
        </div>
      )}
    </div>
  );
}
