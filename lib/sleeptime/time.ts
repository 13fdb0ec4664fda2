/**
 * Milliseconds since the epoch of a server timestamp. Letta sends some timestamps without a zone
 * (`completed_at` is naive UTC), which `Date.parse` would read as local time.
 */
export function parseServerTime(value: string): number {
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  return Date.parse(zoned);
}

/** The same instant as an ISO string in UTC (what the app hands the browser). */
export function toIsoUtc(value: string): string {
  const ms = parseServerTime(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
