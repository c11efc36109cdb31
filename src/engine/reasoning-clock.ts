// Times how long a reply reasoned, as "Thought for 12 s" shows it: from the request to the
// first word of the answer (or the reply's end, when no answer came).

export interface ReasoningClock {
  /** Some reasoning arrived. */
  reasoned: () => void;
  /** Some of the answer arrived. */
  answered: () => void;
  /** Whole seconds spent reasoning; undefined for a reply that didn't reason. */
  seconds: () => number | undefined;
}

export function startReasoningClock(now: () => number = () => performance.now()): ReasoningClock {
  const started = now();
  let reasoned = false;
  let answeredAt: number | undefined;
  return {
    reasoned: () => {
      reasoned = true;
    },
    answered: () => {
      if (reasoned) answeredAt ??= now();
    },
    seconds: () => (reasoned ? Math.round(((answeredAt ?? now()) - started) / 1000) : undefined),
  };
}
