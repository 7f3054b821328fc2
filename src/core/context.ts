/** The state passed from stage to stage, and the removal log helpers. */
import type { CleanOptions, Detection, RelatedStory, RemovalEntry, StageId } from './types.ts';
import { truncate } from './text-utils.ts';
import { groupOf } from './rules/log-groups.ts';
import type { TextBlock } from './dom-utils.ts';
import type { LdNode } from './json-ld.ts';
import type { CardFields } from './parse-card.ts';
import type { PageScan } from './scan-page.ts';

/** What the headline area shows: the original publisher and the time, as printed. */
export interface HeadlineInfo {
  headline: Element | null;
  headlineText: string;
  source: string;
  published: string;
  byline: string;
  /** Lines of the headline area read into fields (title again, byline, source/time), collapsed: not body text. */
  area: string[];
}

export interface Metadata {
  title: string;
  source: string;
  byline: string;
  published: string;
  language: string;
  /** The site's own name (og:site_name / JSON-LD publisher), to tell an external source apart. */
  siteName: string;
}

/** A related (or popular) section found by detect and consumed by the related stage. */
export interface FoundSection {
  /** related: shown as related stories; popular / index: removed, never shown. */
  kind: 'related' | 'popular' | 'index';
  heading: Element;
  /** Nodes that make up the section (removed from the working clone by the related stage). */
  nodes: Element[];
  /** Cards, each a group of nodes. */
  cards: Element[][];
}

export interface PipelineContext {
  /** The working clone. Stages may change it freely; the caller's document is never touched. */
  doc: Document;
  url: string;
  options: Required<CleanOptions>;
  detection: Detection;
  meta: Metadata;
  headline: HeadlineInfo | null;
  sections: FoundSection[] | null;
  /** Text blocks of the untouched clone's body; null once a stage has removed anything. */
  pageBlocks: TextBlock[] | null;
  jsonLd: LdNode[];
  /** The element holding the most story text (detect); the article of a page too big for Readability. */
  storyContainer: Element | null;
  /** The element holding the story's first paragraphs after the headline (detect): what no removal may take. */
  storyLead: Element | null;
  /** How many text blocks the page had when detect read it. */
  blockCount: number;
  /** Attribute scan of the untouched clone (elements may later be detached: check isConnected). */
  scan: PageScan | null;
  /** Window used for sanitising (the live document's; clones have none). */
  win: Window | null;
  /** Related cards as read from the page by detect (before cleaning). */
  cards: CardFields[];
  related: RelatedStory[];
  /** The extracted article root (set by extract). */
  article: Element | null;
  /** Readability's metadata, used to fill gaps in `meta` after extraction. */
  readability: { title: string; byline: string; siteName: string; lang: string; publishedTime: string } | null;
  text: string;
  html: string;
  removed: { log: RemovalEntry[] };
  /** Set by a stage to end the pipeline early (page not detected). */
  stop: boolean;
}

/** Record one removal; its group (and so the counters, see toResult) follows from the reason. */
export function logRemoval(ctx: PipelineContext, stage: StageId, reason: string, text: string): void {
  ctx.removed.log.push({ stage, reason, group: groupOf(reason), text: truncate(text) });
}

export function createContext(doc: Document, url: string, options: CleanOptions | undefined): PipelineContext {
  return {
    doc,
    url,
    options: { force: options?.force ?? false },
    detection: { detected: false, autoClean: false, kind: null, reasons: [] },
    meta: { title: '', source: '', byline: '', published: '', language: '', siteName: '' },
    headline: null,
    sections: null,
    pageBlocks: null,
    jsonLd: [],
    storyContainer: null,
    storyLead: null,
    blockCount: 0,
    scan: null,
    win: null,
    cards: [],
    related: [],
    article: null,
    readability: null,
    text: '',
    html: '',
    removed: { log: [] },
    stop: false,
  };
}
