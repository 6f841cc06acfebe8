import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/format/money';
import { formatIst, formatIstDate, formatRelative } from '@/lib/format/time';
import { hi } from './hi';
import { applyHostLocale, i18n, intlLocale, loadLanguage, setLanguage } from './index';
import { LANGUAGE_KEY, languageFromLocale, localeFromUrl, preferredLanguage } from './language';
import { resources } from './resources';

type Tree = { [key: string]: Tree | string };

function leaves(node: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const english = resources.en as unknown as Record<string, Tree>;
const hindi = hi as unknown as Record<string, Tree>;

describe('the Hindi strings', () => {
  it('cover exactly the customer namespaces', () => {
    expect(Object.keys(hindi).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('%s: every English key is in Hindi, and no key is only in Hindi', (ns) => {
    const en = [...leaves(english[ns]!).keys()].sort();
    const hiKeys = [...leaves(hindi[ns]!).keys()].sort();
    expect(hiKeys.filter((key) => !en.includes(key))).toEqual([]); // stray keys
    expect(en.filter((key) => !hiKeys.includes(key))).toEqual([]); // missing keys
  });

  it.each(Object.keys(english))('%s: same {{variables}} as English, no empty string, written in Devanagari', (ns) => {
    const en = leaves(english[ns]!);
    const problems: string[] = [];
    let devanagari = 0;
    for (const [key, text] of leaves(hindi[ns]!)) {
      if (!text.trim()) problems.push(`${key}: empty`);
      if (variables(text).join() !== variables(en.get(key) ?? '').join()) problems.push(`${key}: {{…}} differ`);
      if (/[\u0900-\u097F]/.test(text)) devanagari++;
    }
    expect(problems).toEqual([]);
    // Names (Zet Pay, UPI, English) may stay Latin; the namespace as a whole is Hindi.
    expect(devanagari / en.size).toBeGreaterThan(0.8);
  });

  it('has both Hindi plural forms (one, other) wherever English has plurals', () => {
    expect(new Intl.PluralRules('hi').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
    const missing: string[] = [];
    for (const ns of Object.keys(hindi)) {
      const keys = [...leaves(hindi[ns]!).keys()];
      for (const key of keys.filter((k) => /_(one|other)$/.test(k))) {
        const base = key.replace(/_(one|other)$/, '');
        for (const form of ['one', 'other']) if (!keys.includes(`${base}_${form}`)) missing.push(`${ns}:${base}_${form}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('choosing the language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('starts from the saved choice, then the app’s locale, then the browser’s first English or Hindi', () => {
    expect(preferredLanguage({ saved: 'en', host: 'hi-IN', browser: ['hi'] })).toBe('en');
    expect(preferredLanguage({ saved: null, host: 'hi-IN', browser: ['en-IN'] })).toBe('hi');
    expect(preferredLanguage({ saved: null, host: 'ta-IN', browser: ['ta-IN', 'hi-IN', 'en'] })).toBe('hi');
    expect(preferredLanguage({ saved: null, host: null, browser: ['en-IN', 'hi-IN'] })).toBe('en');
    expect(preferredLanguage({ saved: null, host: null, browser: ['fr-FR'] })).toBe('en');
    expect(languageFromLocale('HI_in')).toBe('hi');
    expect(languageFromLocale('hinglish')).toBeNull();
    expect(localeFromUrl('?screen=kyc&locale=hi-IN')).toBe('hi-IN');
    expect(localeFromUrl('?lang=hi')).toBe('hi');
  });

  it('switches to Hindi: strings, <html lang>, the Intl locale, and remembers it', async () => {
    await setLanguage('hi');
    expect(i18n.t('appName')).toBe('Zet Pay सहायता');
    expect(i18n.t('chat:newMessages', { count: 1 })).toBe('1 नया मैसेज');
    expect(i18n.t('chat:newMessages', { count: 3 })).toBe('3 नए मैसेज');
    expect(i18n.t('errors:codes.rate-limited', { seconds: 5 })).toBe('आप यह बहुत बार कर रहे हैं। कृपया 5 सेकंड रुककर फिर से कोशिश करें।');
    expect(document.documentElement.lang).toBe('hi');
    expect(intlLocale()).toBe('hi-IN');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('hi');
    expect(preferredLanguage({ browser: ['en-IN'] })).toBe('hi');

    await setLanguage('en');
    expect(i18n.t('appName')).toBe('Zet Pay Support');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
  });

  it('follows the app’s locale only while the customer has not chosen', async () => {
    await applyHostLocale('hi-IN');
    expect(i18n.language).toBe('hi');
    await setLanguage('en');
    await applyHostLocale('hi-IN');
    expect(i18n.language).toBe('en');
    await applyHostLocale('nonsense');
    expect(i18n.language).toBe('en');
  });

  it('keeps the console namespaces English when Hindi is on', async () => {
    await loadLanguage('hi');
    await i18n.changeLanguage('hi');
    i18n.addResourceBundle('en', 'probe', { title: 'Agent console' });
    expect(i18n.t('title', { ns: 'probe' } as never)).toBe('Agent console');
  });
});

describe('formatting in Hindi', () => {
  const NOW = Date.parse('2026-12-04T14:09:00Z'); // 4 Dec 2026, 7:39 pm IST

  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('formats money, dates and relative times for hi-IN once Hindi is on', async () => {
    await setLanguage('hi');
    // Rupees with lakh grouping and the digits Indian apps use.
    expect(formatMoney(123456.78)).toBe('₹1,23,456.78');
    expect(formatMoney(500, { dropZeroPaise: true })).toBe('₹500');
    expect(formatIstDate('2026-12-08T04:00:00Z', { now: NOW })).toBe(new Intl.DateTimeFormat('hi-IN', { timeZone: 'Asia/Kolkata', day: 'numeric', month: 'short' }).format(Date.parse('2026-12-08T04:00:00Z')));
    expect(formatIstDate('2026-12-08T04:00:00Z', { now: NOW })).toMatch(/^8 दिस/);
    expect(formatIst('2026-12-04T14:09:37Z')).toMatch(/^4 दिस.* 2026, 7:39/);
    expect(formatRelative(NOW - 2 * 60_000, { now: NOW })).toMatch(/^2 मि.* पहले$/);
    expect(formatRelative(NOW + 3 * 86_400_000, { now: NOW })).toBe('3 दिन में');

    await setLanguage('en');
    expect(formatIstDate('2026-12-08T04:00:00Z', { now: NOW })).toBe('8 Dec');
    expect(formatRelative(NOW - 2 * 60_000, { now: NOW })).toBe('2 min ago');
  });
});

describe('co-browsing in Hindi', () => {
  it('has every string the customer sees (the consent, the banner, the pointer, the end), with the same variables', async () => {
    const en = leaves((await import('@/locales/en/cobrowse.json')).default as unknown as Tree);
    const hiStrings = leaves((await import('@/locales/hi/cobrowse.json')).default as unknown as Tree);
    const customers = [...en.keys()].filter((key) => !key.startsWith('agent.'));
    expect(customers.filter((key) => !hiStrings.has(key))).toEqual([]);
    expect([...hiStrings.keys()].filter((key) => !en.has(key))).toEqual([]);
    for (const key of customers) expect(variables(hiStrings.get(key)!), key).toEqual(variables(en.get(key)!));
  });
});
