import { createContext, createElement, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { SocketClient, SocketState } from './client';
import type { PayloadOf, ServerFrameType } from './frames';

const SocketContext = createContext<SocketClient | null>(null);

export function SocketProvider({ client, children }: { client: SocketClient; children: ReactNode }) {
  return createElement(SocketContext.Provider, { value: client }, children);
}

export function useSocketClient(): SocketClient {
  const client = useContext(SocketContext);
  if (!client) throw new Error('useSocketClient needs a <SocketProvider> above it');
  return client;
}

/**
 * The socket's state, or a slice of it (the selector must return a primitive or a reference from
 * the state, so React can compare it): `useSocketState((s) => s.status)`.
 */
export function useSocketState(): SocketState;
export function useSocketState<T>(selector: (state: SocketState) => T): T;
export function useSocketState<T>(selector?: (state: SocketState) => T): T | SocketState {
  const client = useSocketClient();
  const read = () => (selector ? selector(client.getState()) : client.getState());
  return useSyncExternalStore(client.subscribe, read, read);
}

/** Calls the latest handler for each frame of a type while mounted. */
export function useSocketEvent<T extends ServerFrameType>(type: T, handler: (payload: PayloadOf<T>) => void) {
  const client = useSocketClient();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => client.on(type, (payload) => latest.current(payload)), [client, type]);
}

/**
 * Calls the latest callback each time the socket opens (authenticates) while mounted: after every
 * reconnect, and at the first connection when that comes after mount. Frames sent while it was
 * down are gone (only chat messages are resumed, see `follow`), so whatever the caller read over
 * REST or told the server may be out of date: re-read or re-send it here.
 */
export function useOnSocketReopen(callback: () => void) {
  const client = useSocketClient();
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => {
    // The client's own listener sees every transition; a React state read could miss a short drop.
    let wasOpen = client.getState().status === 'open';
    return client.subscribe(() => {
      const open = client.getState().status === 'open';
      if (open && !wasOpen) latest.current();
      wasOpen = open;
    });
  }, [client]);
}

const holders = new WeakMap<SocketClient, number>();

/**
 * Keeps the socket connected while a screen that needs it is mounted (chat, the agent inbox);
 * pages that need no socket (the help centre) never open one.
 */
const pendingStops = new Set<() => void>();

/**
 * Runs the delayed stops at once. Tests call it after unmounting, so no stop fires after their
 * DOM has been torn down.
 */
export function flushDelayedStops() {
  for (const stop of [...pendingStops]) stop();
}

export function useSocketConnection() {
  const client = useSocketClient();
  useEffect(() => {
    const count = holders.get(client) ?? 0;
    holders.set(client, count + 1);
    if (count === 0 && client.getState().status === 'idle') client.start();
    return () => {
      const left = (holders.get(client) ?? 1) - 1;
      holders.set(client, left);
      // Stop a moment later: a route change that unmounts one chat screen and mounts the next keeps it.
      if (left === 0) {
        const stop = () => {
          pendingStops.delete(stop);
          clearTimeout(timer);
          if (holders.get(client) === 0) client.stop();
        };
        const timer = setTimeout(stop, 1000);
        pendingStops.add(stop);
      }
    };
  }, [client]);
}

/** Follows a chat (resume after reconnects) while mounted. */
export function useFollowChat(chatId: string | null | undefined, afterSeq: number | undefined) {
  const client = useSocketClient();
  const ready = chatId != null && afterSeq != null;
  useEffect(() => {
    if (!ready) return;
    return client.follow(chatId, afterSeq);
    // afterSeq is where history ended when following began; later seqs come from the socket.
  }, [client, chatId, ready]);
}
