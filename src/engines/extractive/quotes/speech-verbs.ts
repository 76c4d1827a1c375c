/**
 * Speech and attribution verbs, every inflected form. The lemma list follows the spirit of the
 * Gender Gap Tracker's quote-verb list (~260 forms): reporting verbs that can introduce or close a
 * direct quote. `CUE_VERBS` adds verbs that frame a quoted word inside a sentence
 * ("dismissed Zelenskyy as “pathetic,”", "labeling him a “dummy,”").
 */

const REGULAR = `acknowledge add admit advise agree allege announce answer argue ask assert assure
attest blast boast brag caution charge chant chide chime claim comment complain concede conclude
concur confess confirm continue contend counter cry declare demand deny describe disclose echo
emphasise emphasize estimate exclaim explain fume gripe grouse grumble gush hint implore inform
insist interject interrupt joke lament laugh marvel mention mock muse mutter note observe
opine plead posit post pray predict proclaim promise pronounce propose protest quip
rage rail reason reassure recall recount reflect reiterate relate remark remind repeat reply report
respond retort reveal sigh scoff scream shout shrug snap sneer speculate state stress suggest
surmise swear tease testify thunder tweet urge venture vow warn whisper wonder worry
wrote yell pledge posted insist explain rave rant praise criticize criticise question challenge
recommend instruct inquire enquire murmur stammer stutter bellow bark boom crow concede deadpan
told lecture
affirm elaborate clarify confide vent rebut object beg holler roar howl sniff huff chuckle jab needle
reminisce summarize summarise whine moan groan exult retaliate divulge volunteer reckon`;

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  begin: ['begin', 'begins', 'began', 'begun', 'beginning'],
  swear: ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  read: ['read', 'reads', 'reading'],
  put: ['put', 'puts', 'putting'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
};

/** Verbs that report speech only with their particle: "went on", "points out", "shot back". */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ...['go', 'goes', 'went', 'going'].map((v) => [v, 'on'] as const),
  ...['point', 'points', 'pointed', 'pointing'].map((v) => [v, 'out'] as const),
  ...['shoot', 'shoots', 'shot', 'shooting', 'fire', 'fires', 'fired', 'firing', 'hit', 'hits', 'hitting', 'push', 'pushed', 'pushes', 'pushing'].map((v) => [v, 'back'] as const),
  ...['chime', 'chimes', 'chimed', 'chiming', 'weigh', 'weighs', 'weighed', 'weighing'].map((v) => [v, 'in'] as const),
]);

/** Past forms listed as such in the lemma list, not inflected again. */
const FIXED_FORMS = new Set(['wrote', 'told', 'posted']);
/** Two-syllable verbs stressed on the last syllable double their consonant (admitted, quipped). */
const DOUBLING = new Set(['admit', 'quip', 'rebut', 'refer', 'commit', 'regret', 'compel', 'snap', 'chat', 'jot', 'plan', 'prod', 'sob', 'grin', 'dub', 'stop', 'confer', 'abet']);

/** Inflects a regular verb: base, -s, -ed, -ing (with the usual spelling changes). */
function inflect(lemma: string): string[] {
  if (FIXED_FORMS.has(lemma)) return [lemma];
  const forms = [lemma];
  const consonantY = /[^aeiou]y$/.test(lemma);
  const endsE = lemma.endsWith('e');
  const sibilant = /(s|sh|ch|x|z)$/.test(lemma);
  forms.push(consonantY ? `${lemma.slice(0, -1)}ies` : sibilant ? `${lemma}es` : `${lemma}s`);
  const doubles = DOUBLING.has(lemma);
  const stem = doubles ? lemma + lemma.slice(-1) : lemma;
  forms.push(consonantY ? `${lemma.slice(0, -1)}ied` : endsE ? `${lemma}d` : `${stem}ed`);
  forms.push(endsE && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${stem}ing`);
  return forms;
}

/**
 * Verbs of sending a message, past and -ing forms only: “…,” Armstrong radioed. Their bare and -s
 * forms are mostly nouns ("Fox radio host", "the wire"), so they are left out.
 */
const MESSAGE_FORMS = `radioed radioing texted texting emailed emailing e-mailed messaged messaging cabled wired
telegraphed phoned telephoned faxed tweeted tweeting posted blogged`;

function buildForms(): Set<string> {
  const forms = new Set<string>(MESSAGE_FORMS.split(/\s+/).filter(Boolean));
  for (const lemma of REGULAR.split(/\s+/).filter(Boolean)) for (const f of inflect(lemma)) forms.add(f);
  for (const list of Object.values(IRREGULAR)) for (const f of list) forms.add(f);
  return forms;
}

/** Verbs that can attribute a direct quote standing next to them: “…,” X said / X said: “…”. */
export const SPEECH_VERBS: ReadonlySet<string> = buildForms();

const CUE_LEMMAS = `call label dub describe dismiss brand deride term characterize characterise refer
decry denounce condemn slam blast rebuke hail ridicule accuse lambaste mock scorn praise tout
defend vow promise pledge warn insist declare boast claim argue say tell write tweet post complain
frame cast liken compare`;

/** Verbs that, earlier in the same sentence, make a quoted word someone's words. */
export const CUE_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...CUE_LEMMAS.split(/\s+/).filter(Boolean).flatMap(inflect),
]);

/** Nouns of speech that carry a possessive speaker: “Trump’s recent claims that … “within hours,”” */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  `claim claims remark remarks comment comments statement statements words word promise promises
  pledge pledges vow vows warning warnings call calls description speech speeches tweet tweets
  interview interviews assertion assertions quip quips joke jokes insistence message messages
  argument arguments boast boasts line lines phrase slogan motto message letter letters post posts
  complaint complaints response answer answers testimony op-ed column memo email emails`
    .split(/\s+/)
    .filter(Boolean),
);

/** True when the word (and, for particle verbs, the next word) reports speech. */
export function isSpeechVerb(word: string, next?: string): boolean {
  const w = word.toLowerCase();
  return SPEECH_VERBS.has(w) || (next !== undefined && PARTICLE_VERBS.get(w) === next.toLowerCase());
}
