// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/cli/args.ts';

describe('parseCommand', () => {
  it('parses clean with flags before, between and after inputs', () => {
    expect(parseCommand(['clean', '--json', 'a.html', '--url', 'https://ex.com/a', 'b.html.gz'])).toEqual({
      kind: 'clean',
      json: true,
      url: 'https://ex.com/a',
      urlMap: null,
      inputs: ['a.html', 'b.html.gz'],
    });
  });

  it('accepts --url=VALUE and --url-map FILE', () => {
    const cmd = parseCommand(['clean', '--url=http://ex.com/', '--url-map', 'map.json', 'x.html']);
    expect(cmd).toMatchObject({ kind: 'clean', url: 'http://ex.com/', urlMap: 'map.json', json: false });
  });

  it('treats - as stdin and everything after -- as inputs', () => {
    expect(parseCommand(['clean', '-'])).toMatchObject({ inputs: ['-'] });
    expect(parseCommand(['clean', '--', '--json', '-x.html'])).toMatchObject({ json: false, inputs: ['--json', '-x.html'] });
  });

  it('lets a later --url win and stops at -h where it comes', () => {
    expect(parseCommand(['clean', '--url', 'https://ex.com/1', '--url=https://ex.com/2', 'a.html'])).toMatchObject({ url: 'https://ex.com/2' });
    expect(parseCommand(['clean', 'a.html', '-h', '--bogus'])).toEqual({ kind: 'help' });
  });

  it('keeps URL inputs and input order', () => {
    expect(parseCommand(['clean', 'https://ex.com/1', 'b.html', 'http://ex.com/2'])).toMatchObject({
      inputs: ['https://ex.com/1', 'b.html', 'http://ex.com/2'],
    });
  });

  it('recognises help and version', () => {
    expect(parseCommand(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommand(['-h'])).toEqual({ kind: 'help' });
    expect(parseCommand(['clean', '--help'])).toEqual({ kind: 'help' });
    expect(parseCommand(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommand(['-v'])).toEqual({ kind: 'version' });
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
    [['clean', 'a.html', '--url='], '--url needs a value'],
    [['clean', 'a.html', '--url-map'], '--url-map needs a value'],
    // The value of --url is the next argument even when it starts with a dash (no "ambiguous" refusal).
    [['clean', '--url', '--json', 'a.html'], '--url must be an http(s) URL: --json'],
    // Spellings that tokenise into known flags but are not flags here; the message quotes argv.
    [['clean', '--json=yes', 'a.html'], 'unknown option: --json=yes'],
    [['clean', '-hj', 'a.html'], 'unknown option: -hj'],
    [['clean', '--help=1', 'a.html'], 'unknown option: --help=1'],
    // The first problem in argv order wins.
    [['clean', '--bogus', '-h', 'a.html'], 'unknown option: --bogus'],
  ])('usage error for %j', (argv, message) => {
    expect(parseCommand(argv)).toEqual({ kind: 'usage-error', message });
  });
});
