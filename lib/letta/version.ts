/** The oldest Letta server the SDK's V1 API calls work against. */
export const MIN_SERVER_VERSION = "0.16.7";

function parts(version: string): number[] | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** True when `version` is at least `minimum`; unknown version strings are given the benefit of the doubt. */
export function isVersionAtLeast(version: string, minimum: string = MIN_SERVER_VERSION): boolean {
  const have = parts(version);
  const need = parts(minimum);
  if (!have || !need) return true;
  for (let i = 0; i < 3; i += 1) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
