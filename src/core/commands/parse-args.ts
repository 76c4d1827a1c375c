/** Splits a command's argument text on whitespace. */
export function words(text: string): string[] {
  return text.trim().split(/\s+/u).filter(Boolean);
}

/**
 * A URL as typed, also when the platform wrapped it: Slack sends `<https://x|label>` or
 * `<https://x>` when links are escaped. Returns null unless it is http(s).
 */
export function parseHttpUrl(raw: string): string | null {
  const unwrapped = raw.trim().replace(/^<([^|>]+)(?:\|[^>]*)?>$/u, '$1');
  let url: URL;
  try {
    url = new URL(unwrapped);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
}
