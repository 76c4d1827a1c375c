/** The charset a response names in its Content-Type or XML declaration, if any. */
function declaredCharset(head: string, contentType: string | undefined): string | undefined {
  const fromHeader = /charset\s*=\s*"?([\w-]+)/iu.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)["']/iu.exec(head)?.[1];
}

/** Decodes a feed body: the declared charset when the runtime knows it, else UTF-8; BOM dropped. */
export function decodeFeedText(body: Buffer, contentType: string | undefined): string {
  const head = body.subarray(0, 200).toString('latin1');
  const label = declaredCharset(head, contentType) ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(label).decode(body);
  } catch {
    text = new TextDecoder('utf-8').decode(body);
  }
  return text.replace(/^\uFEFF/u, '');
}
