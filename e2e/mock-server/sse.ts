// Owns writing a Server-Sent Events response: the headers, one `data:` event per object, the pause
// between events, the `[DONE]` terminator or a deliberate cut, and stopping if the client leaves.
import type { ServerResponse } from 'node:http';

export interface StreamPlan {
  events: object[];
  delayMs: number;
  /** Drop the connection after the events instead of sending `[DONE]`. */
  cut: boolean;
}

export interface Pacer {
  readonly closed: boolean;
  wait(ms: number): Promise<void>;
}

/** Waits that end early, with their timer cleared, once the response closes. */
export function createPacer(res: ServerResponse): Pacer {
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  res.on('close', () => {
    closed = true;
    clearTimeout(timer);
    wake?.();
  });
  return {
    get closed() {
      return closed;
    },
    wait(ms) {
      if (closed || ms <= 0) return Promise.resolve();
      return new Promise((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, ms);
      });
    },
  };
}

function writeAndFlush(res: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve) => res.write(text, () => resolve()));
}

const CUT_GRACE_MS = 250;

export async function writeEventStream(res: ServerResponse, plan: StreamPlan): Promise<void> {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
  });
  const pacer = createPacer(res);
  for (const [index, event] of plan.events.entries()) {
    if (index > 0) await pacer.wait(plan.delayMs);
    if (pacer.closed) return;
    const text = `data: ${JSON.stringify(event)}\n\n`;
    // Before a cut, wait until the bytes are handed to the OS so destroying cannot swallow them.
    if (plan.cut && index === plan.events.length - 1) await writeAndFlush(res, text);
    else res.write(text);
  }
  // A browser drops body bytes the page has not read yet when the connection fails, so a cut
  // waits a moment first, as a real dropped connection would, and the text sent is delivered.
  await pacer.wait(plan.cut ? Math.max(plan.delayMs, CUT_GRACE_MS) : plan.delayMs);
  if (pacer.closed) return;
  if (plan.cut) {
    res.destroy();
    return;
  }
  res.end('data: [DONE]\n\n');
}
