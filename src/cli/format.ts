/**
 * Output formats of `plainpage clean`: one JSON line per input (`--json`) or
 * readable text. Pure functions of a CleanResult.
 */
import type { CleanResult, RelatedStory, RemovalEntry } from '../core/types.ts';

/** The `--json` record: exactly the fields the CLI documents, in a stable order. */
export interface JsonRecord {
  input: string;
  url: string;
  detected: boolean;
  autoClean: boolean;
  kind: CleanResult['kind'];
  reasons: string[];
  title: string;
  source: string;
  byline: string;
  published: string;
  readingMinutes: number;
  language: string;
  text: string;
  html: string;
  related: RelatedStory[];
  removed: { promo: number; duplicates: number; log: RemovalEntry[] };
}

export function toJsonRecord(input: string, result: CleanResult): JsonRecord {
  return {
    input,
    url: result.url,
    detected: result.detected,
    autoClean: result.autoClean,
    kind: result.kind,
    reasons: result.reasons,
    title: result.title,
    source: result.source,
    byline: result.byline,
    published: result.published,
    readingMinutes: result.readingMinutes,
    language: result.language,
    text: result.text,
    html: result.html,
    related: result.related.map(({ title, url, source, published, text }) => ({ title, url, source, published, text })),
    removed: {
      promo: result.removed.promo,
      duplicates: result.removed.duplicates,
      log: result.removed.log.map(({ stage, reason, group, text }) => ({ stage, reason, group, text })),
    },
  };
}

export function formatJsonLine(input: string, result: CleanResult): string {
  return `${JSON.stringify(toJsonRecord(input, result))}\n`;
}

/** Width related-story text is wrapped to, indent included. */
const WRAP_WIDTH = 80;
const INDENT = '    ';

/** Greedy word wrap; words longer than the width stay whole on their own line. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** "Source · Byline · Published · N min read", leaving out what is unknown. */
export function metaLine(result: Pick<CleanResult, 'source' | 'byline' | 'published' | 'readingMinutes'>): string {
  const parts = [result.source, result.byline, result.published].map((p) => p.trim()).filter(Boolean);
  if (result.readingMinutes > 0) parts.push(`${result.readingMinutes} min read`);
  return parts.join(' · ');
}

function formatRelated(story: RelatedStory, index: number): string {
  const lines = [`${index + 1}. ${story.title || '(untitled)'}`];
  const meta = [story.source, story.published].map((p) => p.trim()).filter(Boolean).join(' · ');
  if (meta) lines.push(`${INDENT}${meta}`);
  if (story.url) lines.push(`${INDENT}${story.url}`);
  const body = paragraphs(story.text).map((p) => wrap(p, WRAP_WIDTH, INDENT));
  if (body.length) lines.push('', body.join('\n\n'));
  return lines.join('\n');
}

/** The article as readable text, its related stories under it. */
export function formatPlain(input: string, result: CleanResult): string {
  if (!result.detected) {
    const why = result.reasons.length ? ` (${result.reasons.join('; ')})` : '';
    return `${input}: not a news article${why}\n`;
  }
  const out: string[] = [result.title || '(untitled)'];
  const meta = metaLine(result);
  if (meta) out.push(meta);
  out.push('');
  out.push(paragraphs(result.text).join('\n\n'));
  if (result.related.length) {
    const heading = 'Related stories';
    out.push('', '', heading, '='.repeat(heading.length), '');
    out.push(result.related.map(formatRelated).join('\n\n' + '-'.repeat(WRAP_WIDTH / 2) + '\n\n'));
  }
  return `${out.join('\n')}\n`;
}

/** Separates inputs in plain mode when more than one is given (like `tail`'s headers). */
export function plainHeader(input: string): string {
  return `==> ${input} <==\n`;
}
