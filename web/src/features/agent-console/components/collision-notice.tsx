import { useTranslation } from 'react-i18next';
import { Eye, PenLine } from 'lucide-react';
import type { Viewer } from '@/lib/socket/frames';

/** "Priya is also viewing" / "Priya is typing…": other agents on the same chat or ticket (decision 0027). */
export function CollisionNotice({ viewers }: { viewers: Viewer[] }) {
  const { t } = useTranslation('agent');
  if (viewers.length === 0) return null;
  const typing = viewers.filter((v) => v.typing);
  return (
    <p role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-warning/40 bg-warning-soft px-4 py-1.5 text-sm">
      <span className="inline-flex items-center gap-1.5">
        <Eye aria-hidden className="size-4 text-warning" />
        {t('consoleWorkspace.viewers.viewing', { count: viewers.length, names: viewers.map((v) => v.name).join(', ') })}
      </span>
      {typing.map((v) => (
        <span key={v.agentId} className="inline-flex items-center gap-1.5 font-medium">
          <PenLine aria-hidden className="size-4 text-warning" />
          {t('consoleWorkspace.viewers.typing', { name: v.name })}
        </span>
      ))}
    </p>
  );
}
