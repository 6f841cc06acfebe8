import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GitCompare, History, RotateCcw, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { IconButton } from '@/components/ui/icon-button';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toast';
import { describeError } from '@/lib/api/errors';
import { diffStats, lineDiff } from '@/lib/text/line-diff';
import { cn } from '@/lib/utils/cn';
import { useRestoreVersion, useVersion, useVersions, type AdminArticle } from '../api/articles';

/** An article's versions, newest first: compare any with the current one, restore it as a new version. */
export function VersionHistory({ articleId, current }: { articleId: string; current: AdminArticle }) {
  const { t } = useTranslation('helpAdmin');
  const versions = useVersions(articleId);
  const restore = useRestoreVersion(articleId);
  const [compared, setCompared] = useState<number | null>(null);

  function restoreVersion(version: number) {
    restore.mutate(version, {
      onSuccess: (article) => {
        setCompared(null);
        toast({ tone: 'success', title: t('versions.restored', { version, current: article.version }) });
      },
      onError: (e) => toast({ tone: 'danger', title: t('versions.restoreFailed'), description: describeError(e) }),
    });
  }

  return (
    <section aria-label={t('versions.title')} className="mx-4 mb-6 flex flex-col gap-3 rounded-ui border border-border bg-surface p-4">
      <h2 className="flex items-center gap-2 text-base font-semibold">
        <History aria-hidden className="size-4 text-fg-muted" />
        {t('versions.title')}
      </h2>
      {versions.isPending ? (
        <div aria-busy className="flex flex-col gap-2">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      ) : versions.isError ? (
        <ErrorState title={t('versions.failed')} description={describeError(versions.error)} retryLabel={t('actions.retry')} onRetry={() => void versions.refetch()} />
      ) : versions.data.length === 0 ? (
        <p className="text-fg-muted">{t('versions.empty')}</p>
      ) : (
        <ol className="divide-y divide-border">
          {versions.data.map((v) => {
            const isCurrent = v.version === current.version;
            return (
              <li key={v.version} className={cn('flex flex-wrap items-center gap-3 py-2', compared === v.version && 'bg-primary-soft/50')}>
                <span className="w-10 font-mono text-sm tabular-nums">v{v.version}</span>
                <span className="min-w-0 flex-1 truncate">{v.title}</span>
                <span className="text-xs text-fg-muted">
                  {t('versions.by', { who: v.editedByName ?? v.editedBy })} · {v.editedAt && <RelativeTime value={v.editedAt} />}
                </span>
                {isCurrent ? (
                  <span className="w-48 text-right text-sm font-medium text-success">{t('versions.current')}</span>
                ) : (
                  <span className="flex w-48 justify-end gap-2">
                    <Button size="sm" variant="ghost" aria-label={t('versions.compare', { version: v.version })} icon={<GitCompare aria-hidden className="size-4" />} onClick={() => setCompared(v.version ?? null)}>
                      {t('versions.compareShort')}
                    </Button>
                    <Button size="sm" variant="secondary" aria-label={t('versions.restoreVersion', { version: v.version })} loading={restore.isPending && restore.variables === v.version} icon={<RotateCcw aria-hidden className="size-4" />} onClick={() => restoreVersion(v.version ?? 0)}>
                      {t('versions.restore')}
                    </Button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {compared !== null && <VersionDiff articleId={articleId} version={compared} current={current} onClose={() => setCompared(null)} />}
    </section>
  );
}

function VersionDiff({ articleId, version, current, onClose }: { articleId: string; version: number; current: AdminArticle; onClose: () => void }) {
  const { t } = useTranslation('helpAdmin');
  const old = useVersion(articleId, version);
  return (
    <div className="flex flex-col gap-2 rounded-ui border border-border">
      <div className="flex items-center gap-2 border-b border-border bg-surface-muted px-3 py-2">
        <h3 className="flex-1 text-sm font-semibold">{t('versions.diffTitle', { version, current: current.version })}</h3>
        <IconButton size="sm" label={t('versions.closeDiff')} icon={<X />} onClick={onClose} />
      </div>
      {old.isPending ? (
        <div aria-busy className="p-3">
          <Skeleton className="h-24 w-full" />
        </div>
      ) : old.isError ? (
        <ErrorState title={t('versions.failed')} description={describeError(old.error)} retryLabel={t('actions.retry')} onRetry={() => void old.refetch()} />
      ) : (
        <DiffView before={old.data.body ?? ''} after={current.body ?? ''} titleBefore={old.data.title ?? ''} titleAfter={current.title ?? ''} label={t('versions.diffLabel', { version })} />
      )}
    </div>
  );
}

/** A line diff of two bodies: removed lines red with a minus, added lines green with a plus, line numbers on both sides. */
export function DiffView({ before, after, titleBefore, titleAfter, label }: { before: string; after: string; titleBefore: string; titleAfter: string; label: string }) {
  const { t } = useTranslation('helpAdmin');
  const lines = lineDiff(before, after);
  const stats = diffStats(lines);
  return (
    <div className="flex flex-col gap-2 px-3 pb-3">
      {titleBefore !== titleAfter && <p className="text-sm">{t('versions.titleChange', { before: titleBefore, after: titleAfter })}</p>}
      <p className="text-xs text-fg-muted">{stats.added + stats.removed === 0 ? t('versions.noChanges') : t('versions.diffStats', stats)}</p>
      <table aria-label={label} className="w-full border-collapse font-mono text-xs">
        <tbody>
          {lines.map((line, i) => (
            <tr key={i} data-kind={line.kind} className={cn(line.kind === 'added' && 'bg-success-soft', line.kind === 'removed' && 'bg-danger-soft')}>
              <td className="w-10 px-2 text-right text-fg-muted select-none">{line.oldLine ?? ''}</td>
              <td className="w-10 px-2 text-right text-fg-muted select-none">{line.newLine ?? ''}</td>
              <td className="w-5 text-center select-none" aria-hidden>
                {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ''}
              </td>
              <td className="px-2 py-0.5 whitespace-pre-wrap">
                {line.kind === 'added' ? <ins className="no-underline">{line.text}</ins> : line.kind === 'removed' ? <del className="no-underline">{line.text}</del> : line.text}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
