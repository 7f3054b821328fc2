/**
 * One INPUT through the whole CLI path: read → decode → parse → clean.
 * Any failure becomes a one-line reason for stderr; the caller carries on
 * with the next input.
 */
import type { CleanOptions, CleanResult } from '../core/types.ts';
import { decodeHtml, NotHtmlError } from './decode.ts';
import { loadPage } from './load-page.ts';
import { InputError, readInput, type ReadOptions } from './read-input.ts';

export type CleanFn = (doc: Document, url: string, options?: CleanOptions) => CleanResult;

export type InputOutcome = { ok: true; result: CleanResult } | { ok: false; reason: string };

/** One line, whatever the error message contains (a hostile page can put newlines in it). */
export function oneLine(message: string, max = 300): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export async function cleanInput(
  input: string,
  explicitUrl: string | null,
  clean: CleanFn,
  readOptions: ReadOptions = {},
): Promise<InputOutcome> {
  let html: string;
  let location: string;
  try {
    const raw = await readInput(input, readOptions);
    html = decodeHtml(raw.bytes, raw.contentType);
    location = raw.location;
  } catch (error) {
    if (error instanceof InputError || error instanceof NotHtmlError) return { ok: false, reason: oneLine(error.message) };
    return { ok: false, reason: oneLine(`cannot read (${(error as Error).message})`) };
  }

  let page;
  try {
    page = loadPage(html, location, explicitUrl);
  } catch (error) {
    return { ok: false, reason: oneLine(`cannot parse HTML (${(error as Error).message})`) };
  }
  try {
    return { ok: true, result: clean(page.document, page.url) };
  } catch (error) {
    // An engine bug on one page must not end a 200-page run; name it so it gets reported.
    return { ok: false, reason: oneLine(`engine error: ${(error as Error).stack?.split('\n').slice(0, 2).join(' ') ?? String(error)}`) };
  } finally {
    // Frees the window's timers and document: 200 pages in one process stay bounded in memory.
    page.dom.window.close();
  }
}
