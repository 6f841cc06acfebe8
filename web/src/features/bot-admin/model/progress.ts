import type { Schemas } from '@/lib/api/types';

type Progress = Schemas['TrainingProgress'] | undefined;

export function isTraining(progress: Progress): boolean {
  return progress?.state === 'TRAINING';
}

/** 0–100 for the bar: the server's percent, never going past 100 or below 0; 100 once finished. */
export function percentOf(progress: Progress): number {
  if (!progress) return 0;
  if (progress.state === 'FINISHED') return 100;
  return Math.max(0, Math.min(100, Math.round(progress.percent ?? (progress.fraction ?? 0) * 100)));
}
