// Timing helpers that run in the page: "after paint" is the first task the main thread runs
// after the current animation frame has been rendered, which is also when it could first
// react to input again.

/** Called inside a requestAnimationFrame callback: resolves after this frame is painted. */
export function afterThisFrame(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(null);
  });
}

/** Calls `check` once per animation frame until it returns true; resolves after that frame's paint. */
export function paintedWhen(check: () => boolean): Promise<{ seenAt: number; paintedAt: number }> {
  return new Promise((resolve) => {
    const onFrame = () => {
      if (!check()) {
        requestAnimationFrame(onFrame);
        return;
      }
      const seenAt = performance.now();
      void afterThisFrame().then((paintedAt) => resolve({ seenAt, paintedAt }));
    };
    requestAnimationFrame(onFrame);
  });
}
