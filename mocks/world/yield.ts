/**
 * Lets the page run between slices of a long computation: the mock backend's handlers run in the
 * page's thread, so work that takes longer than a frame is cut into slices that await this.
 */
export function yieldToPage(): Promise<void> {
  return new Promise<void>((resolve) => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) void scheduler.yield().then(resolve);
    else setTimeout(resolve, 0);
  });
}

/**
 * Runs `step(i)` for i in [0, count), yielding to the page every ~`sliceMs`; the clock is read
 * every `checkEvery` steps (a power of two; 1 when each step is long).
 */
export async function inSlices(
  count: number,
  step: (i: number) => void,
  sliceMs = 8,
  checkEvery = 256,
) {
  let sliceStart = performance.now();
  for (let i = 0; i < count; i++) {
    step(i);
    if ((i & (checkEvery - 1)) === checkEvery - 1 && performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
