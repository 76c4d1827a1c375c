/**
 * Photo captions that a scrape left in the text, as a paragraph of their own near the top:
 * "Isaac Arellano holds a candle and sings during a fundraiser for miners Tuesday in Price, Utah."
 * A caption describes a picture the reader cannot see (present tense, a weekday), so as a bullet it
 * reads out of place. Only lone short sentences in the first paragraphs are considered: in the body
 * of a story, the same shape is news.
 */
const CAPTION_WITHIN_PARAGRAPHS = 5;
const CAPTION_MAX_WORDS = 20;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
/** Verbs a caption uses for what the picture shows, in the present tense. */
const PICTURE_VERB =
  /\b(?:is|are|holds|hold|pauses|stands|stand|sits|sit|speaks|looks|walks|waits|sings|waves|gestures|listens|talks|arrives|leaves|prays|poses|pose|smiles|watches|watch|attends|addresses|greets|hugs|embraces|carries|carry|cries|rests|plays|gathers|gather|mourn|mourns|march|marches|wears|wear)\b/u;

/** True when the sentence, a paragraph on its own at `paragraph` (0 = the first), reads as a photo caption. */
export function isPhotoCaption(sentence: string, paragraph: number, aloneInParagraph: boolean, words: number): boolean {
  if (!aloneInParagraph || paragraph === 0 || paragraph > CAPTION_WITHIN_PARAGRAPHS || words > CAPTION_MAX_WORDS) return false;
  if (/[“”"]/u.test(sentence) || /\b(?:said|says|told)\b/u.test(sentence)) return false;
  return WEEKDAY.test(sentence) && PICTURE_VERB.test(sentence);
}
