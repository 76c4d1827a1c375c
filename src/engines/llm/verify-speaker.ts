import type { SpeakerKind } from '../../core/quote.js';

/** A person or source the article names, as the extractive engine sees them. */
export interface ArticleSpeaker {
  name: string;
  aliases: string[];
  kind: SpeakerKind;
}

/** The extractive engine's view of who speaks in one article; verification trusts it over the model. */
export interface SpeakerView {
  /** Speakers named in the article. */
  speakers: ArticleSpeaker[];
  /** Who the extractive engine credits for the quote at `start..end`, if anyone. */
  attributeSpan(start: number, end: number): { speaker: string; role: string | null; speakerKind: SpeakerKind } | null;
  /** True when two spellings name the same person ("Zelensky", "Volodymyr Zelenskyy"). */
  sameSpeaker(a: string, b: string): boolean;
}

export type SpeakerCheck =
  | { ok: true; speaker: string; role: string | null; kind: SpeakerKind; aliases: string[]; corrected: boolean }
  | { ok: false; reason: 'speaker_unknown' };

function findNamed(view: SpeakerView, name: string): ArticleSpeaker | undefined {
  const wanted = name.trim();
  if (wanted === '') return undefined;
  return view.speakers.find((s) => view.sameSpeaker(wanted, s.name) || s.aliases.some((a) => view.sameSpeaker(wanted, a)));
}

/**
 * Settles who said the quote at `start..end`: the extractive engine's attribution wins when it
 * has one; otherwise the model's speaker must be someone the article names (alias-aware).
 */
export function verifySpeaker(view: SpeakerView, modelSpeaker: string, start: number, end: number): SpeakerCheck {
  const named = findNamed(view, modelSpeaker);
  const extractive = view.attributeSpan(start, end);
  if (extractive) {
    const known = findNamed(view, extractive.speaker);
    const corrected = !named || !view.sameSpeaker(named.name, extractive.speaker);
    return {
      ok: true,
      speaker: extractive.speaker,
      role: extractive.role,
      kind: extractive.speakerKind,
      aliases: known ? known.aliases.filter((a) => a !== extractive.speaker) : [],
      corrected,
    };
  }
  if (!named) return { ok: false, reason: 'speaker_unknown' };
  return { ok: true, speaker: named.name, role: null, kind: named.kind, aliases: named.aliases, corrected: false };
}
