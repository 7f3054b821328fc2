/**
 * The public contract of Plainpage's cleaning engine.
 *
 * The core is pure: `(Document, url, options) → CleanResult`, with no browser
 * extension APIs, no `window.location`, no network. The same code runs in the
 * content script, in Node with jsdom (tests, CLI, benchmarks).
 */

/** Ids of the pipeline stages, in the order `pipeline.ts` runs them. */
export type StageId =
  | 'detect'
  | 'metadata'
  | 'related'
  | 'promo'
  | 'extract'
  | 'promo-in-article'
  | 'dedupe'
  | 'reflow'
  | 'sanitize';

/**
 * What a removal is, for the reader: promo (newsletters, app banners, ads, share bars…),
 * repeat (repeated paragraphs and passages), comments (a thread or its form), related (a
 * related or popular section moved out of the article), related-text (promo and repeats cut
 * from a related story's text), furniture (spacer images, logos, menus, datelines: logged,
 * counted quietly).
 */
export type RemovalGroup = 'promo' | 'repeat' | 'comments' | 'related' | 'left-out' | 'related-text' | 'furniture';

/** One thing a stage removed, and why: shown in the popup's "what was removed" list. */
export interface RemovalEntry {
  stage: StageId;
  /** Short machine-readable reason, e.g. `newsletter-insert`, `repeated-passage`. */
  reason: string;
  group: RemovalGroup;
  /** The removed text, whitespace-collapsed and truncated to a readable length. */
  text: string;
}

export type PageKind = 'aggregator' | 'article';

export interface Detection {
  /** Is there an article to show? Decides the popup and the CLI's `detected`. */
  detected: boolean;
  /**
   * Is this a news article page that is safe to change in place? Decides auto-clean: stricter
   * than `detected` (a home page, a listing or a page with weak article signals is never
   * changed in place, though a reader who asks may still get its article in the popup).
   */
  autoClean: boolean;
  kind: PageKind | null;
  /** Human-readable reasons for the decision, positive and negative. */
  reasons: string[];
}

export interface RelatedStory {
  title: string;
  /** Absolute http(s) URL, or '' when the card has no safe link. */
  url: string;
  source: string;
  /** As the page shows it ("24 minutes ago", "15 Aug 2025"), or ''. */
  published: string;
  /** The card's story text, cleaned by the same promo and repeat rules; paragraphs separated by a blank line. */
  text: string;
}

export interface CleanOptions {
  /**
   * Clean even when detection says the page is not a news article ("Clean anyway").
   * @default false
   */
  force?: boolean;
  /**
   * Stages switched off by id (`{ dedupe: false }`), to see what one stage does. Every
   * stage runs unless named here with `false`.
   */
  stages?: Partial<Record<StageId, boolean>>;
  /** Report each stage's wall time in `CleanResult.timings`. @default false */
  timings?: boolean;
}

/** One stage's wall time in one clean (milliseconds), in pipeline order. */
export interface StageTiming {
  /** A stage's id, or the two steps before the stages: copying the page and reading it. */
  stage: StageId | 'working-copy' | 'read-page';
  name: string;
  ms: number;
}

export interface CleanResult {
  url: string;
  /** Per-stage wall times, only when `options.timings` asked for them (the working copy and the page read first). */
  timings?: StageTiming[];
  /** There is an article to show (the popup shows it; otherwise "Not a news page"). */
  detected: boolean;
  /** A news article page that auto-clean may change in place (never true when `detected` is false). */
  autoClean: boolean;
  kind: PageKind | null;
  /** Detection reasons. */
  reasons: string[];
  title: string;
  /** The original publisher ("The Guardian"), not the aggregator. */
  source: string;
  byline: string;
  /** As the page shows it, or an ISO date from metadata; '' when unknown. */
  published: string;
  readingMinutes: number;
  /** BCP 47 language tag, or ''. */
  language: string;
  /** Plain text of the article body: paragraphs separated by a blank line. */
  text: string;
  /** Sanitised article HTML (DOMPurify, strict profile). Empty when not detected and not forced. */
  html: string;
  related: RelatedStory[];
  removed: {
    /** Promo blocks and runs removed from the article (log entries of group `promo`). */
    promo: number;
    /** Repeated paragraphs and passages removed from the article (log entries of group `repeat`). */
    duplicates: number;
    log: RemovalEntry[];
  };
}
