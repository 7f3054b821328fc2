/**
 * A story printed as one flattened block (a related story's whole text in one element, an old
 * page's story without paragraph tags) made readable again:
 * - picture captions and credits run into the prose ("… Alaska (Julia Demaree Nikhinson/AP)
 *   Uniformed members …", "… (Reuters) …", "Photo: Jane Roe/AP") and embedded posts'
 *   attributions ("— Jane Roe (@janeroe) August 15, 2025") are cut out, and reported;
 * - the rest is split back into paragraphs at sentence boundaries (Intl.Segmenter where the
 *   runtime has it), with quotes and speaker changes as natural breaks, and no paragraph over
 *   MAX_PARAGRAPH_WORDS unless it is one sentence. The text stays, in order.
 * Linear in the text's length.
 */
import { EMBED_ATTRIBUTION, INLINE_CAPTION_CREDIT, MAX_PARAGRAPH_WORDS, MIN_FLATTENED_WORDS, TARGET_PARAGRAPH_WORDS } from '../rules/reflow-rules.ts';
import { collapse, countWords } from '../lib/text.ts';

export interface Reflowed {
  paragraphs: string[];
  /** What was cut from the prose, with the reason the removal log records. */
  cuts: { reason: 'caption-in-text' | 'embed-attribution'; text: string }[];
}

/** Cut captions with their credits and embedded posts' attributions out of a block of prose. */
export function cutInlineFurniture(text: string): Reflowed {
  const cuts: Reflowed['cuts'] = [];
  let out = text.replace(EMBED_ATTRIBUTION, (m) => {
    cuts.push({ reason: 'embed-attribution', text: collapse(m) });
    return ' ';
  });
  out = out.replace(INLINE_CAPTION_CREDIT, (m, lead: string) => {
    cuts.push({ reason: 'caption-in-text', text: collapse(m.slice(lead.length)) });
    return lead ? `${lead.trimEnd()} ` : '';
  });
  return { paragraphs: [collapse(out)], cuts };
}

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
const segmenters = new Map<string, Segmenter | null>();

function segmenterFor(lang: string): Segmenter | null {
  if (!segmenters.has(lang)) {
    const Ctor = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => Segmenter }).Segmenter;
    let seg: Segmenter | null;
    try {
      seg = Ctor ? new Ctor(lang || undefined, { granularity: 'sentence' }) : null;
    } catch {
      seg = null;
    }
    segmenters.set(lang, seg);
  }
  return segmenters.get(lang) ?? null;
}

/** A sentence boundary without Intl.Segmenter: end punctuation (and closing quotes), a space, a capital or a quote. */
const FALLBACK_BOUNDARY = /(?<=[.!?…]["'’”»)]*)\s+(?=["'‘“«(]?\p{Lu})/u;

/**
 * A segment ending in an abbreviation ("Mr.", "Dr.", "St.", "z.B.", "a.m.", an initial "J."):
 * ICU's sentence breaks (Node's and browsers') split there, so the segment is joined to the next.
 */
const ENDS_WITH_ABBREVIATION = /(?:^|\s)(?:\p{Lu}|\p{L}(?:\.\p{L})+|Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Col|Lt|Capt|Sgt|Rev|Hr|Fr|Frau|Nr|Mt|Ft|No|Vol|Fig|Abb|Bd|Mme|Mlle|Sra|Sr|ca|vs|etc|bzw|usw|approx)\.$/u;

/** A segment that goes on in lower case continues the sentence before: "… yelled, 'Will you stop?' and he did not answer." */
const CONTINUES_SENTENCE = /^\p{Ll}/u;

export function sentences(text: string, lang = ''): string[] {
  const seg = segmenterFor(lang);
  const parts = (seg ? Array.from(seg.segment(text), (s) => s.segment) : text.split(FALLBACK_BOUNDARY)).map(collapse).filter(Boolean);
  const out: string[] = [];
  let carry = '';
  for (const part of parts) {
    if (!carry && out.length && CONTINUES_SENTENCE.test(part)) {
      out[out.length - 1] += ` ${part}`;
      continue;
    }
    const s = carry ? `${carry} ${part}` : part;
    if (ENDS_WITH_ABBREVIATION.test(s)) carry = s;
    else {
      out.push(s);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out;
}

const OPENS_QUOTE = /^["'‘“«„]/u;
/** "… ,' Trump said." / "… \" she said." / "said Jane Roe." : a quote and its speaker end here. */
const ENDS_ATTRIBUTED_QUOTE = /["'’”»]\s*(?:\p{L}+\s){0,4}(?:said|says|added|told|asked|wrote|noted|stated|sagte|erklärte|a déclaré|dijo|disse)\b[^.!?]*[.!?]["'’”»)]*$|["'’”»]$/u;

/**
 * Split a flattened block into paragraphs. Blocks under MIN_FLATTENED_WORDS are left as they
 * are: only a block long enough to be several paragraphs is reflowed.
 */
export function splitParagraphs(text: string, lang = ''): string[] {
  if (countWords(text) <= MIN_FLATTENED_WORDS) return [text];
  const out: string[] = [];
  let current: string[] = [];
  let words = 0;
  const flush = (): void => {
    if (current.length) out.push(current.join(' '));
    current = [];
    words = 0;
  };
  for (const s of sentences(text, lang)) {
    const n = countWords(s);
    // A quote opens a paragraph of its own; a long paragraph ends before it would pass the target.
    if (current.length && (OPENS_QUOTE.test(s) || words + n > TARGET_PARAGRAPH_WORDS)) flush();
    current.push(s);
    words += n;
    // A quote closed with its speaker ends the paragraph: the next sentence is another voice.
    if (words >= MAX_PARAGRAPH_WORDS / 4 && ENDS_ATTRIBUTED_QUOTE.test(s)) flush();
  }
  flush();
  return out;
}

/** Both steps: what a flattened related story's text becomes. */
export function reflow(text: string, lang = ''): Reflowed {
  const { paragraphs, cuts } = cutInlineFurniture(text);
  return { paragraphs: paragraphs[0] ? splitParagraphs(paragraphs[0], lang) : [], cuts };
}
