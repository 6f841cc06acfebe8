import { Replayer, type eventWithTime } from 'rrweb';
import 'rrweb/dist/style.css';

export interface Replay {
  add(events: eventWithTime[]): void;
  destroy(): void;
}

/**
 * Plays the customer's page live in {@code root} (rrweb's replayer in live mode, in a sandboxed
 * iframe with no scripts). A click on it names the customer's element under the pointer by rrweb's
 * id; the agent never clicks or types into the customer's page.
 */
export function startReplay(root: HTMLElement, onPoint: (nodeId: number) => void): Replay {
  let replayer: Replayer | null = null;
  const click = (event: MouseEvent) => {
    const iframe = replayer?.iframe;
    const document = iframe?.contentDocument;
    if (!iframe || !document || !replayer) return;
    const box = iframe.getBoundingClientRect();
    const scale = box.width / (iframe.offsetWidth || box.width);
    const target = document.elementFromPoint((event.clientX - box.left) / scale, (event.clientY - box.top) / scale);
    const id = target ? replayer.getMirror().getId(target) : -1;
    if (id > 0) onPoint(id);
  };
  // Scaled to fit the pane, whole (a phone's page, or a desk's), whatever size the agent gives it.
  const fit = () => {
    const iframe = replayer?.iframe;
    const wrapper = iframe?.parentElement;
    if (!iframe || !wrapper || !iframe.offsetWidth || !iframe.offsetHeight) return;
    const scale = Math.min(root.clientWidth / iframe.offsetWidth, root.clientHeight / iframe.offsetHeight);
    if (!(scale > 0)) return;
    wrapper.style.transformOrigin = 'top left';
    wrapper.style.transform = `scale(${scale})`;
    wrapper.style.marginLeft = `${Math.max(0, (root.clientWidth - iframe.offsetWidth * scale) / 2)}px`;
  };
  const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
  resized?.observe(root);
  root.addEventListener('click', click);
  return {
    add(events) {
      for (const event of events) {
        if (!replayer) {
          // Waits for the first full snapshot: increments before it have nothing to apply to.
          if (event.type !== 4 && event.type !== 2) continue;
          replayer = new Replayer([], { root, liveMode: true, mouseTail: false, showWarning: false, triggerFocus: false });
          replayer.on('resize', () => requestAnimationFrame(fit));
          replayer.startLive(event.timestamp);
        }
        replayer.addEvent(event);
      }
      requestAnimationFrame(fit);
    },
    destroy() {
      resized?.disconnect();
      root.removeEventListener('click', click);
      replayer?.destroy();
      replayer = null;
    },
  };
}
