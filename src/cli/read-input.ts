/**
 * Reads one INPUT's bytes: a file (gzip inflated), standard input, or an
 * http(s) URL. Every source is size-limited: pages are hostile, and a
 * 4 GB "page" or a gzip bomb must fail one input, not the whole run.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** Largest page we accept, compressed or inflated. The biggest real news pages are a few MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Give up on a URL that has not finished downloading by then. */
export const FETCH_TIMEOUT_MS = 20_000;

const GZIP_MAGIC = [0x1f, 0x8b] as const;

export class InputError extends Error {}

export interface RawInput {
  bytes: Uint8Array;
  /** The Content-Type header of a fetched page (its charset outranks `<meta>`). */
  contentType: string | null;
  /** The URL the bytes came from: the final URL after redirects, or a file:// URL. */
  location: string;
}

export interface ReadOptions {
  maxBytes?: number;
  timeoutMs?: number;
  stdin?: NodeJS.ReadableStream;
}

export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

function megabytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}

/** Inflate gzip data (detected by its magic bytes, whatever the file name), refusing output past `maxBytes`. */
export function inflateIfGzip(bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new InputError(`refusing to inflate: larger than ${megabytes(maxBytes)}`);
    }
    throw new InputError(`corrupt gzip data (${(error as Error).message})`);
  }
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) throw new InputError(`refusing input larger than ${megabytes(maxBytes)}`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

async function readLocalFile(path: string, maxBytes: number): Promise<RawInput> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})`);
  }
  if (info.isDirectory()) throw new InputError('is a directory');
  if (info.size > maxBytes) throw new InputError(`refusing file larger than ${megabytes(maxBytes)}`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`cannot read (${(error as { code?: string }).code ?? (error as Error).message})`);
  }
  return { bytes: inflateIfGzip(bytes, maxBytes), contentType: null, location: pathToFileURL(resolve(path)).href };
}

/** Media types that are certainly not a page; anything else is judged by its content. */
const NOT_PAGE_TYPE = /^\s*(?:image|audio|video|font)\/|^\s*application\/(?:pdf|zip)\b/i;

async function fetchUrl(url: string, maxBytes: number, timeoutMs: number): Promise<RawInput> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    const err = error as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError') throw new InputError(`fetch timed out after ${timeoutMs / 1000} s`);
    throw new InputError(`fetch failed (${err.cause?.code ?? err.cause?.message ?? err.message})`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError(`fetch failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const contentType = response.headers.get('content-type');
  if (contentType && NOT_PAGE_TYPE.test(contentType)) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError(`not HTML (Content-Type: ${contentType})`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new InputError(`refusing page larger than ${megabytes(maxBytes)}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = response.body ? await readStream(response.body as unknown as AsyncIterable<Uint8Array>, maxBytes) : new Uint8Array();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const err = error as Error;
    if (err.name === 'TimeoutError') throw new InputError(`fetch timed out after ${timeoutMs / 1000} s`);
    throw new InputError(`fetch failed while reading (${err.message})`);
  }
  // fetch already undid Content-Encoding; a body that is still gzip is a served .gz file.
  return { bytes: inflateIfGzip(bytes, maxBytes), contentType, location: response.url || url };
}

/** Read one INPUT: `-` (stdin), an http(s) URL, or a file path. */
export async function readInput(input: string, options: ReadOptions = {}): Promise<RawInput> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (input === '-') {
    const stdin = (options.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>;
    const bytes = await readStream(stdin, maxBytes);
    return { bytes: inflateIfGzip(bytes, maxBytes), contentType: null, location: STDIN_URL };
  }
  if (isUrlInput(input)) return fetchUrl(input, maxBytes, options.timeoutMs ?? FETCH_TIMEOUT_MS);
  return readLocalFile(input, maxBytes);
}

/** Base URL of a page read from stdin when neither --url nor a canonical link says better. */
export const STDIN_URL = 'file:///dev/stdin';
