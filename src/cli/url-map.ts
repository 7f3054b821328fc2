/**
 * `--url-map FILE`: a JSON object giving each INPUT its base URL, so one call
 * can clean many saved pages at their real addresses (the quality benchmark
 * does this; `--url` sets one URL for all inputs).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isUrlInput } from './read-input.ts';

export type UrlMap = ReadonlyMap<string, string>;

/** File paths are compared resolved, so `./a.html` in the map matches `a.html` on the command line. */
export function inputKey(input: string): string {
  return input === '-' || isUrlInput(input) ? input : resolve(input);
}

export function parseUrlMap(json: string): UrlMap {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('must be a JSON object {"INPUT": "URL"}');
  const map = new Map<string, string>();
  for (const [input, url] of Object.entries(data)) {
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) throw new Error(`URL for ${input} is not an http(s) URL`);
    map.set(inputKey(input), url);
  }
  return map;
}

export function readUrlMap(path: string): UrlMap {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read (${(error as { code?: string }).code ?? (error as Error).message})`, { cause: error });
  }
  return parseUrlMap(text);
}
