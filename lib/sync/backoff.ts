/**
 * How long a scheduled poll waits after failures in a row: 30 minutes after the first (the alarm's own period),
 * doubling each time, at most 8 hours. "Đồng bộ ngay" ignores it. A success resets it.
 */
export const SYNC_PERIOD_MINUTES = 30;
export const BACKOFF_BASE_MS = SYNC_PERIOD_MINUTES * 60_000;
export const BACKOFF_MAX_MS = 8 * 3600_000;

export function backoffDelayMs(failuresInARow: number): number {
  if (failuresInARow <= 0) return 0;
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.min(failuresInARow - 1, 20), BACKOFF_MAX_MS);
}
