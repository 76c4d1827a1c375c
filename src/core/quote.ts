/** A direct quote as the JSON contract carries it: `text` is exactly `article.text.slice(start, end)`. */
export interface Quote {
  /** Canonical speaker name ("Volodymyr Zelenskyy"), or an unnamed source as written ("a European diplomat"). */
  speaker: string;
  /** Title or role folded out of the name ("Foreign Minister"), if any. */
  role: string | null;
  text: string;
  start: number;
  end: number;
}

export type SpeakerKind = 'person' | 'unnamed' | 'organization';

/** What the extractive engine knows about a quote beyond the contract. */
export interface FoundQuote extends Quote {
  /** One to three words: a quote, but never a key quote. */
  fragment: boolean;
  speakerKind: SpeakerKind;
  /** Other spellings of the speaker seen in this article ("Zelenskyy", "Mr. Zelenskyy"). */
  speakerAliases: string[];
}

/** The quote's text as shown to people: a trailing comma inside the marks is trimmed. */
export function displayQuoteText(text: string): string {
  return text.replace(/[\s,;:]+$/u, '');
}

/** True when `quote.text` is the article's own slice at `start..end`. */
export function isVerbatim(articleText: string, quote: Pick<Quote, 'text' | 'start' | 'end'>): boolean {
  return (
    Number.isInteger(quote.start) &&
    Number.isInteger(quote.end) &&
    quote.start >= 0 &&
    quote.end <= articleText.length &&
    quote.start < quote.end &&
    articleText.slice(quote.start, quote.end) === quote.text
  );
}

export function toContractQuote(q: Quote): Quote {
  return { speaker: q.speaker, role: q.role, text: q.text, start: q.start, end: q.end };
}
