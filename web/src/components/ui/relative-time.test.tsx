import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { RelativeTime } from './relative-time';
import { Money } from './money';

afterEach(() => vi.useRealTimers());

describe('RelativeTime', () => {
  it('shows "2 min ago" with the IST time as tooltip, and moves on by itself', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-04T14:09:00Z') });
    render(<RelativeTime value="2026-12-04T14:07:00Z" />);
    const time = screen.getByText('2 min ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2026-12-04T14:07:00.000Z');
    expect(time.getAttribute('title')?.replace(/\s/g, ' ')).toBe('4 Dec 2026, 7:37 pm IST');
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('3 min ago')).toBeInTheDocument();
  });

  it('renders nothing for an invalid date', () => {
    const { container } = render(<RelativeTime value="soon" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('Money', () => {
  it('shows rupees in tabular figures', () => {
    render(<Money amount={123456.78} />);
    expect(screen.getByText('₹1,23,456.78')).toHaveClass('tabular-nums');
  });
});
