import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionNotice, RECONNECTED_NOTICE_MS } from './connection-notice';
import type { SocketStatus } from '@/lib/socket/client';

function notice(online: boolean, status: SocketStatus, queued = 0) {
  return <ConnectionNotice online={online} status={status} queued={queued} onReconnect={() => undefined} />;
}

describe('ConnectionNotice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says nothing while the first connection is made', () => {
    const view = render(notice(true, 'authenticating'));
    view.rerender(notice(true, 'open'));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offline, then reconnecting, then "back online" for a few seconds', () => {
    const view = render(notice(true, 'open'));
    view.rerender(notice(false, 'waiting', 2));
    expect(screen.getByRole('status')).toHaveTextContent('You are offline2 messages will be sent when you are back online.');
    view.rerender(notice(true, 'connecting', 2));
    expect(screen.getByRole('status')).toHaveTextContent('Reconnecting… 2 messages waiting to send');
    view.rerender(notice(true, 'open'));
    expect(screen.getByRole('status')).toHaveTextContent('You are back online');
    act(() => vi.advanceTimersByTime(RECONNECTED_NOTICE_MS));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a dropped socket that comes back says so too', () => {
    const view = render(notice(true, 'open'));
    view.rerender(notice(true, 'waiting'));
    expect(screen.getByRole('button', { name: 'Retry now' })).toBeInTheDocument();
    view.rerender(notice(true, 'open'));
    expect(screen.getByRole('status')).toHaveTextContent('You are back online');
  });
});
