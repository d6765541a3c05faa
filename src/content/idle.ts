/** Runs `fn` when the page is idle (the page's own work goes first), at the latest after `timeout` ms. */
export function whenIdle(fn: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 0);
}
