export const PRESENT_PARAM = "present";

/** `href` with `?present=1` set or removed, keeping its other parameters and its hash. */
export function withPresentation(href: string, on: boolean): string {
  const url = new URL(href, "http://ade.invalid");
  if (on) url.searchParams.set(PRESENT_PARAM, "1");
  else url.searchParams.delete(PRESENT_PARAM);
  return `${url.pathname}${url.search}${url.hash}`;
}
