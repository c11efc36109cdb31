// Every timed run on the bench page starts on a collected heap, in a task of its own. The floor
// and the blob baseline leave hundreds of MB of garbage on this page (110k rows from getAll,
// 80 MB JSON strings); V8's collection of it is a 130–250 ms main-thread task that otherwise
// lands wherever it falls, e.g. inside Arbor's export, where it was counted as Arbor's longest
// task. window.gc exists when Chromium runs with --js-flags=--expose-gc (launch's exposeGc).

export async function freshHeap(): Promise<void> {
  window.gc?.();
  // The floor's JSON work runs in whatever task resumes after its await: a measure started
  // right after it would share that task and count it as its own long task.
  await new Promise((resolve) => setTimeout(resolve, 0));
}
