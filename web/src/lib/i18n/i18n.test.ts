import { describe, expect, it } from 'vitest';
import { i18n, intlLocale } from './index';
import { resources } from './resources';

describe('i18n', () => {
  it('is ready synchronously with the bundled English strings', () => {
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('appName')).toBe('Zet Pay Support');
    expect(i18n.t('errors:codes.rate-limited', { seconds: 5 })).toBe(
      'You are doing that too often. Please wait 5 seconds and try again.',
    );
  });

  it('maps UI languages to Indian Intl locales', () => {
    expect(intlLocale('en')).toBe('en-IN');
    expect(intlLocale('hi')).toBe('hi-IN');
  });

  it('has no empty strings in the English resources', () => {
    const empty: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'string') {
        if (!node.trim()) empty.push(path);
      } else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
      }
    };
    walk(resources.en, 'en');
    expect(empty).toEqual([]);
  });
});
