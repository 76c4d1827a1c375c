import { linkableUrl } from './embed-limits.js';

/** `[label](url)` for Discord markdown, or the label alone when the URL is not linkable. */
export function markdownLink(label: string, url: string | null | undefined): string {
  const safeUrl = linkableUrl(url);
  const text = label.replace(/([[\]\\])/gu, '\\$1');
  if (!safeUrl) return text;
  // Brackets and spaces would end the link early; percent-encoding keeps the address the same.
  return `[${text}](${safeUrl.replace(/\(/gu, '%28').replace(/\)/gu, '%29').replace(/ /gu, '%20')})`;
}
