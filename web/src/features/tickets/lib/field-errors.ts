import { isApiError } from '@/lib/api/errors';

/**
 * The backend's per-field messages from a 400 problem+json (`errors: [{field, message}]`), by
 * field, first message each, with its first letter capitalised for a sentence under a field.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const byField: Record<string, string> = {};
  for (const { field, message } of error.fieldErrors) {
    if (!field || !message || byField[field]) continue;
    byField[field] = message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
  }
  return byField;
}
