/**
 * Flattened story text made readable (see reflow.ts): where paragraphs break, and what a
 * caption or an embedded post's attribution looks like when it is run into the prose.
 */

/** A block of more words than this is reflowed into paragraphs; shorter blocks are left as printed. */
export const MIN_FLATTENED_WORDS = 120;
/**
 * The article's own paragraphs are split only past this length: real prose has paragraphs of
 * 150 words, a story printed as one block has hundreds.
 */
export const FLATTENED_STORY_WORDS = 250;
/** A reflowed paragraph ends before it would pass this many words... */
export const TARGET_PARAGRAPH_WORDS = 75;
/** ...and is never longer than this, unless it is one sentence. */
export const MAX_PARAGRAPH_WORDS = 120;

const AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty(?: Images)?|PA(?: Wire| Media)?|Bloomberg|Xinhua|Anadolu|dpa|DPA|Shutterstock|Alamy|UPI|ANP|Kyodo|Yonhap|SIPA|Sipa)`;

/**
 * A picture's caption run into the prose, found by the credit it ends with: after a sentence's
 * end, a stretch without sentence punctuation, then "(Julia Roe/AP)", "(AP Photo/Jane Roe)",
 * "(Reuters)", "(Photo: Jane Roe)", before the next sentence or the paragraph's end. Not a dateline: "WASHINGTON
 * (Reuters) - …" goes on with a dash; not a source named in a sentence: "The agency (AP) said".
 * A paragraph that is only such a caption goes too. Group 1 is the end of the sentence before
 * (or the paragraph's start), which stays.
 */
export const INLINE_CAPTION_CREDIT = new RegExp(
  String.raw`(^|[.!?]["'’”]?\s+)[^.!?()]{30,250}?\s*\((?:[^()/]{1,60}\/\s*${AGENCY}(?:,\s*[Ff]ile)?|${AGENCY}(?:\s+[Pp]hoto)?(?:\/[^()]{1,60})?|(?:Photo|Image|Picture|Foto)(?:\s+by|:)\s*[^()]{1,60})\)(?!\s*[-–—])(?=\s+["'‘“]?\p{Lu}|\s*$)`,
  'gu',
);

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`;

/**
 * An embedded post's attribution run into the prose: "— Jane Roe (@janeroe) August 15, 2025",
 * with the post's "pic.twitter.com/…" link before it. The post's own words stay: the story
 * quotes them.
 */
export const EMBED_ATTRIBUTION = new RegExp(
  String.raw`(?:\s*pic\.twitter\.com\/\w+)?\s*[—–-]{1,2}\s*\p{Lu}[\p{L}.'’ -]{0,60}\s*\(@\w{1,30}\)(?:\s*${MONTH}\s+\d{1,2},\s+\d{4})?|\s*pic\.twitter\.com\/\w+`,
  'gu',
);
