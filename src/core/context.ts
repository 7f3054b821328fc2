/**
 * The state passed from stage to stage. Each field has ONE owner, the stage that writes it
 * (named on the field); the others only read it. What the page holds is not here: it is the
 * read-only page model (page/read-page.ts), read once before the stages run.
 */
import type { CleanOptions, Detection, RelatedStory, RemovalEntry, StageId } from './types.ts';
import { truncate } from './lib/text.ts';
import { groupOf } from './rules/log-groups.ts';
import { EMPTY_PAGE, type PageModel } from './page/read-page.ts';

export type { PageModel } from './page/read-page.ts';

export interface Metadata {
  title: string;
  source: string;
  byline: string;
  published: string;
  language: string;
}

/** What Readability reported besides the article (extract), used to fill gaps in `meta`. */
export interface ReadabilityMeta {
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  publishedTime: string;
}

export interface PipelineContext {
  /** The working copy. Stages may change it freely; the caller's document is never touched. */
  readonly doc: Document;
  readonly url: string;
  readonly options: { readonly force: boolean };
  /** The page as read before any stage ran (engine). */
  page: PageModel;
  /** Window used for sanitising (the live document's; clones have none) (engine). */
  win: Window | null;
  /** detect */
  detection: Detection;
  /** metadata (before extraction, and its gaps filled after it) */
  meta: Metadata;
  /** related */
  related: RelatedStory[];
  /** extract: the article root */
  article: Element | null;
  /** extract: Readability's metadata */
  readability: ReadabilityMeta | null;
  /** extract: a name marked as a byline inside a sentence, the byline when nothing else names the author */
  inlineByline: string;
  /** sanitize */
  text: string;
  /** sanitize */
  html: string;
  /** Every stage, through its logger (see loggerFor): never pushed to directly. */
  readonly removed: { readonly log: RemovalEntry[] };
  /** Set by a stage to end the pipeline early (page not detected). */
  stop: boolean;
}

/** A stage's logger: records one removal under the stage's id. */
export type StageLog = (reason: string, text: string) => void;

/** What one run of a stage works with, for the helpers it hands its work to. */
export interface StagePass {
  readonly page: PageModel;
  readonly ctx: PipelineContext;
  readonly log: StageLog;
}

/** A stage: one step of the pipeline, with its own id in the removal log. */
export interface Stage {
  readonly id: StageId;
  /** What this step does (shown in debugging output and per-stage timings). */
  readonly name: string;
  run(page: PageModel, ctx: PipelineContext, log: StageLog): void;
}

/** The logger bound to one stage; a removal's group (and so the counters, see toResult) follows from the reason. */
export function loggerFor(ctx: PipelineContext, stage: StageId): StageLog {
  return (reason, text) => {
    ctx.removed.log.push({ stage, reason, group: groupOf(reason), text: truncate(text) });
  };
}

export function createContext(doc: Document, url: string, options: CleanOptions | undefined, page: PageModel = EMPTY_PAGE): PipelineContext {
  return {
    doc,
    url,
    options: { force: options?.force ?? false },
    page,
    win: null,
    detection: { detected: false, autoClean: false, kind: null, reasons: [] },
    meta: { title: '', source: '', byline: '', published: '', language: '' },
    related: [],
    article: null,
    readability: null,
    inlineByline: '',
    text: '',
    html: '',
    removed: { log: [] },
    stop: false,
  };
}
