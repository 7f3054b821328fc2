/**
 * Checks on a CleanResult that hold for EVERY page, hostile or broken:
 * - `resultShapeProblems`: the contract in src/core/types.ts, checked at run
 *   time (a JSON result from the CLI is only `unknown`).
 * - `resultSafetyProblems`: nothing dangerous reaches a reader: sanitised
 *   `html`, http(s)-only related links, and text fields free of control
 *   characters (the CLI prints them to terminals: ESC sequences can retitle
 *   or clear a terminal; the extension renders them with textContent), and
 *   one-line page text fields free of markup and bidi controls (issue 13: a CLI or
 *   library user may put them into HTML).
 */
import type { StageId } from '../../src/core/types.ts';
import { PIPELINE } from '../../src/core/pipeline.ts';
import { findHtmlDangers, isHttpUrlOrEmpty } from './check-html.ts';

/** Every stage id a log entry may carry: the pipeline's own, so a new stage needs no second list. */
const STAGES: ReadonlySet<StageId> = new Set(PIPELINE.map((s) => s.id));

/** C0/C1 controls and DEL, in single-line fields. */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
/** The same, but paragraphs (`\n`) are allowed in multi-line text. */
const CONTROL_CHARS_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

type Problems = string[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectType(problems: Problems, record: Record<string, unknown>, key: string, type: string, at: string): void {
  if (typeof record[key] !== type) problems.push(`${at}.${key} is ${JSON.stringify(record[key])?.slice(0, 60)}, expected ${type}`);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export function resultShapeProblems(result: unknown): Problems {
  const problems: Problems = [];
  if (!isRecord(result)) return [`result is not an object: ${typeof result}`];
  for (const key of ['url', 'title', 'source', 'byline', 'published', 'language', 'text', 'html']) {
    expectType(problems, result, key, 'string', 'result');
  }
  expectType(problems, result, 'detected', 'boolean', 'result');
  if (!(result.kind === null || result.kind === 'aggregator' || result.kind === 'article')) {
    problems.push(`result.kind is ${JSON.stringify(result.kind)}`);
  }
  if (!Array.isArray(result.reasons) || !result.reasons.every((reason) => typeof reason === 'string')) {
    problems.push('result.reasons is not a string[]');
  }
  if (!isCount(result.readingMinutes)) problems.push(`result.readingMinutes is ${String(result.readingMinutes)}, expected a finite integer >= 0`);
  if (!Array.isArray(result.related)) problems.push('result.related is not an array');
  else {
    result.related.forEach((story: unknown, i) => {
      if (!isRecord(story)) return void problems.push(`related[${i}] is not an object`);
      for (const key of ['title', 'url', 'source', 'published', 'text']) expectType(problems, story, key, 'string', `related[${i}]`);
    });
  }
  const removed = result.removed;
  if (!isRecord(removed)) problems.push('result.removed is not an object');
  else {
    if (!isCount(removed.promo)) problems.push(`removed.promo is ${String(removed.promo)}`);
    if (!isCount(removed.duplicates)) problems.push(`removed.duplicates is ${String(removed.duplicates)}`);
    if (!Array.isArray(removed.log)) problems.push('removed.log is not an array');
    else {
      removed.log.forEach((entry: unknown, i) => {
        if (!isRecord(entry)) return void problems.push(`removed.log[${i}] is not an object`);
        if (!STAGES.has(entry.stage as StageId)) problems.push(`removed.log[${i}].stage is ${JSON.stringify(entry.stage)}`);
        expectType(problems, entry, 'reason', 'string', `removed.log[${i}]`);
        expectType(problems, entry, 'text', 'string', `removed.log[${i}]`);
      });
    }
  }
  return problems;
}

function controlChars(problems: Problems, field: string, value: unknown, multiline: boolean): void {
  if (typeof value !== 'string') return;
  const match = (multiline ? CONTROL_CHARS_EXCEPT_NEWLINE : CONTROL_CHARS).exec(value);
  if (match) {
    const code = match[0].codePointAt(0)!.toString(16).padStart(4, '0');
    problems.push(`${field} holds control character U+${code}: ${JSON.stringify(value.slice(Math.max(0, match.index - 20), match.index + 20))}`);
  }
}

/** What would open a tag or other markup in HTML: '<' then a letter, '!', '?' or '/' and a letter. */
const TAG_OPENER = /<(?:[a-z!?]|\/[a-z])/i;
/** Bidi embedding, override and isolate controls (they reorder text around them). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** One-line page text fields are plain text (issue 13): no tag, no markup, no bidi control. */
function plainTextField(problems: Problems, field: string, value: unknown): void {
  if (typeof value !== 'string') return;
  const tag = TAG_OPENER.exec(value);
  if (tag) problems.push(`${field} holds markup: ${JSON.stringify(value.slice(Math.max(0, tag.index - 20), tag.index + 30))}`);
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi) problems.push(`${field} holds bidi control U+${bidi[0].charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Assumes a well-formed result (check `resultShapeProblems` first). */
export function resultSafetyProblems(result: unknown): Problems {
  if (!isRecord(result)) return ['result is not an object'];
  const problems: Problems = [];
  if (typeof result.html === 'string') problems.push(...findHtmlDangers(result.html).map((danger) => `html: ${danger}`));
  for (const key of ['title', 'source', 'byline', 'published', 'language']) controlChars(problems, key, result[key], false);
  for (const key of ['title', 'source', 'byline', 'published']) plainTextField(problems, key, result[key]);
  const log = isRecord(result.removed) && Array.isArray(result.removed.log) ? result.removed.log : [];
  log.forEach((entry: unknown, i) => isRecord(entry) && plainTextField(problems, `removed.log[${i}].text`, entry.text));
  controlChars(problems, 'text', result.text, true);
  if (Array.isArray(result.related)) {
    result.related.forEach((story: unknown, i) => {
      if (!isRecord(story)) return;
      if (typeof story.url === 'string' && !isHttpUrlOrEmpty(story.url)) problems.push(`related[${i}].url is not http(s): ${JSON.stringify(story.url)}`);
      for (const key of ['title', 'source', 'published']) {
        controlChars(problems, `related[${i}].${key}`, story[key], false);
        plainTextField(problems, `related[${i}].${key}`, story[key]);
      }
      controlChars(problems, `related[${i}].text`, story.text, true);
    });
  }
  return problems;
}
