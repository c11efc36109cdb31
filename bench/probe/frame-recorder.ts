// Records the animation frames while it runs: the time between frames as presented (the frame
// time; headless Chromium runs at 60 Hz, so 16.7 ms is the best possible and anything longer
// is a late or dropped frame), and the browser's long-animation-frame entries (frames whose
// main-thread work took over 50 ms).
import type { FrameReport } from '../api-types';
import { percentile } from '../stats';
import { longFramesBetween } from './long-tasks';

export interface FrameRecorder {
  stop(): Promise<FrameReport>;
}

const SLOW_FRAME_MS = 25;

export function startFrameRecorder(): FrameRecorder {
  const intervals: number[] = [];
  const startedAt = performance.now();
  let running = true;
  let previous: number | undefined;

  const onFrame = (frameStart: number) => {
    if (!running) return;
    if (previous !== undefined) intervals.push(frameStart - previous);
    previous = frameStart;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);

  return {
    async stop() {
      running = false;
      const longFrames = await longFramesBetween(startedAt, performance.now());
      return {
        frames: intervals.length,
        intervalP50: percentile(intervals, 0.5),
        intervalP95: percentile(intervals, 0.95),
        intervalMax: Math.max(0, ...intervals),
        slowFrames: intervals.filter((v) => v > SLOW_FRAME_MS).length,
        longAnimationFrames: longFrames.length,
        longestAnimationFrameMs: Math.max(0, ...longFrames.map((f) => f.duration)),
      };
    },
  };
}
