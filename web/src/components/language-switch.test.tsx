import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SupportLayout } from '@/components/layouts/support-layout';
import { i18n } from '@/lib/i18n';
import { LANGUAGE_KEY, preferredLanguage } from '@/lib/i18n/language';
import { LanguageSwitch } from './language-switch';

function Page() {
  const { t } = useTranslation('helpcenter');
  return <h1>{t('hub.title')}</h1>;
}

function renderHub() {
  return render(
    <MemoryRouter initialEntries={['/support']}>
      <Routes>
        <Route element={<SupportLayout />}>
          <Route path="/support" element={<Page />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe('the language switch', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('turns the support hub to Hindi, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    renderHub();
    const group = screen.getByRole('group', { name: 'Language' });
    expect(screen.getByRole('heading', { name: 'How can we help?' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(group).getByRole('button', { name: 'हिन्दी' }));

    expect(await screen.findByRole('heading', { name: 'हम आपकी क्या मदद कर सकते हैं?' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zet Pay सहायता' })).toBeInTheDocument();
    expect(group).toHaveAccessibleName('भाषा');
    expect(within(group).getByRole('button', { name: 'हिन्दी' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'हिन्दी' })).toHaveAttribute('lang', 'hi');
    expect(document.documentElement.lang).toBe('hi');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('hi');
    // The next visit starts in Hindi even from an English phone.
    expect(preferredLanguage({ host: 'en-IN', browser: ['en-IN'] })).toBe('hi');

    await user.click(within(group).getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'How can we help?' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
  });

  it('in its compact form (the chat and widget headers) names the other language and toggles', async () => {
    const user = userEvent.setup();
    render(<LanguageSwitch compact />);
    await user.click(screen.getByRole('button', { name: 'हिन्दी' }));
    expect(await screen.findByRole('button', { name: 'English' })).toHaveAttribute('title', 'भाषा');
    expect(i18n.language).toBe('hi');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('hi');
  });
});
