import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import '@/features/agent-console/i18n';
import { LanguageBadge } from './language-badge';

describe('LanguageBadge', () => {
  it('names what the customer writes and says what they chose', () => {
    render(<LanguageBadge language={{ detected: 'hi-Latn', preferred: 'hi' }} />);
    const badge = screen.getByTestId('customer-language');
    expect(badge).toHaveTextContent('Hinglish');
    expect(badge).toHaveAttribute('title', 'Writes Hinglish (Hindi in Roman letters); chose Hindi in the app');
  });

  it('shows a Hindi choice before the customer has written', () => {
    render(<LanguageBadge language={{ preferred: 'hi' }} />);
    expect(screen.getByTestId('customer-language')).toHaveTextContent('Hindi');
    expect(screen.getByTestId('customer-language')).toHaveAttribute('title', 'Has not written yet; chose Hindi in the app');
  });

  it('stays out of the way for English and for nothing known', () => {
    const { container, rerender } = render(<LanguageBadge language={{ detected: 'en', preferred: 'en' }} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<LanguageBadge language={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
