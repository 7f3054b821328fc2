// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';

describe('parseArgs', () => {
  it('parses clean with flags before, between and after inputs', () => {
    expect(parseArgs(['clean', '--json', 'a.html', '--url', 'https://ex.com/a', 'b.html.gz'])).toEqual({
      kind: 'clean',
      json: true,
      url: 'https://ex.com/a',
      urlMap: null,
      inputs: ['a.html', 'b.html.gz'],
    });
  });

  it('accepts --url=VALUE and --url-map FILE', () => {
    const cmd = parseArgs(['clean', '--url=http://ex.com/', '--url-map', 'map.json', 'x.html']);
    expect(cmd).toMatchObject({ kind: 'clean', url: 'http://ex.com/', urlMap: 'map.json', json: false });
  });

  it('treats - as stdin and everything after -- as inputs', () => {
    expect(parseArgs(['clean', '-'])).toMatchObject({ inputs: ['-'] });
    expect(parseArgs(['clean', '--', '--json', '-x.html'])).toMatchObject({ json: false, inputs: ['--json', '-x.html'] });
  });

  it('keeps URL inputs and input order', () => {
    expect(parseArgs(['clean', 'https://ex.com/1', 'b.html', 'http://ex.com/2'])).toMatchObject({
      inputs: ['https://ex.com/1', 'b.html', 'http://ex.com/2'],
    });
  });

  it('recognises help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['clean', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'missing command'],
    [['scrub', 'a.html'], 'unknown command: scrub'],
    [['clean'], 'no INPUT given'],
    [['clean', '--jsn', 'a.html'], 'unknown option: --jsn'],
    [['clean', '-j', 'a.html'], 'unknown option: -j'],
    [['clean', 'a.html', '--url'], '--url needs a value'],
    [['clean', '--url', 'ftp://ex.com/', 'a.html'], '--url must be an http(s) URL: ftp://ex.com/'],
    [['clean', '--url', 'not a url', 'a.html'], '--url must be an http(s) URL: not a url'],
    [['clean', '-', '-'], 'standard input (-) can be given only once'],
  ])('usage error for %j', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message });
  });
});
