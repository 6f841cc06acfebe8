import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Banner } from './banner';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { Badge, statusTone } from './badge';
import { Toaster, dismissToast, toast } from './toast';
import { Dialog, DialogContent, DialogTrigger } from './dialog';
import { Button } from './button';

describe('states', () => {
  it('ErrorState is an alert with a retry', async () => {
    const onRetry = vi.fn();
    render(<ErrorState title="Could not load" description="Check your connection" retryLabel="Try again" onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('EmptyState names what will appear and offers the next step', () => {
    render(<EmptyState title="No tickets yet" description="Tickets you raise show here" action={<Button>Raise one</Button>} />);
    expect(screen.getByRole('heading', { name: 'No tickets yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Raise one' })).toBeInTheDocument();
  });

  it('Banner: status for offline, alert for danger', () => {
    const { rerender } = render(<Banner tone="offline" title="You are offline" />);
    expect(screen.getByRole('status')).toHaveTextContent('You are offline');
    rerender(<Banner tone="danger" title="Failed" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Failed');
  });
});

describe('Badge', () => {
  it.each([
    ['OPEN', 'info'],
    ['QUEUED', 'warning'],
    ['RESOLVED', 'success'],
    ['FAILED', 'danger'],
    ['BOT', 'primary'],
    ['CLOSED', 'neutral'],
    [undefined, 'neutral'],
  ])('status %s has tone %s', (status, tone) => {
    expect(statusTone(status)).toBe(tone);
  });

  it('shows its text', () => {
    render(<Badge tone="success">Resolved</Badge>);
    expect(screen.getByText('Resolved')).toBeInTheDocument();
  });
});

describe('Toast', () => {
  afterEach(() => vi.useRealTimers());

  it('announces, can be dismissed, and goes by itself', async () => {
    render(<Toaster dismissLabel="Dismiss" />);
    act(() => {
      toast({ title: 'Message sent', tone: 'success' });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Message sent');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Message sent')).toBeNull();

    vi.useFakeTimers();
    act(() => {
      toast({ title: 'Could not send', tone: 'danger', duration: 1000 });
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Could not send');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByText('Could not send')).toBeNull();
  });

  it('keeps at most three', () => {
    render(<Toaster dismissLabel="Dismiss" />);
    const ids: number[] = [];
    act(() => {
      for (let i = 1; i <= 4; i++) ids.push(toast({ title: `T${i}`, duration: 0 }));
    });
    expect(screen.getAllByRole('status').map((el) => el.textContent)).toEqual(['T2', 'T3', 'T4']);
    act(() => ids.forEach(dismissToast));
  });
});

describe('Dialog', () => {
  it('opens with its title, traps focus and closes on Escape, giving focus back', async () => {
    render(
      <Dialog>
        <DialogTrigger asChild>
          <Button>Rate</Button>
        </DialogTrigger>
        <DialogContent title="Rate this chat" closeLabel="Close">
          <Button>Submit</Button>
        </DialogContent>
      </Dialog>,
    );
    const trigger = screen.getByRole('button', { name: 'Rate' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Rate this chat' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
  });
});
