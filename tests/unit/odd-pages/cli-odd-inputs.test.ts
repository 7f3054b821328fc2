// @vitest-environment node
/**
 * Odd inputs through the CLI's whole path (read → decode → parse → clean →
 * JSON), each with its stated outcome: legacy and UTF-16 encodings decode to
 * the right words; an empty file, binary files and a gzip bomb are refused
 * with a clear one-line error and exit status 1; a 10,000-level nesting ends
 * in bounded time with a result or a clear error, never a crash.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanInput, type CleanFn } from '../../../src/cli/clean-input.ts';
import { main } from '../../../src/cli/main.ts';
import { fillTemplate, loadTemplate } from '../../hostile/build-pages.ts';
import { encodeLegacy } from './legacy-encode.ts';
import { deeplyNested } from './odd-pages.ts';
import { runProcess } from './spawn-case.ts';

const BIN = resolve(import.meta.dirname, '../../../bin/plainpage.js');
let dir = '';
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'plainpage-odd-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

interface Record {
  title: string;
  detected: boolean;
  text: string;
}

/** A minimal news article page in any language; `head` carries the charset declaration. */
function article(head: string, title: string, paragraphs: string[]): string {
  return `<!DOCTYPE html><html><head>${head}<title>${title}</title><meta property="og:type" content="article"></head><body><header><a href="/">News</a></header><main><article><h1>${title}</h1><p class="byline">2025-08-14</p>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
}

const LANGUAGES = [
  {
    encoding: 'windows-1251',
    head: '<meta charset="windows-1251">',
    title: 'Мэрия Москвы одобрила ремонт старого моста',
    paragraphs: [
      'Городской совет в среду вечером проголосовал за ремонт старого разводного моста вместо строительства нового.',
      'Решение завершило спор, который почти десять лет разделял два района на разных берегах реки.',
      'По данным инженеров, ремонт обойдётся примерно вдвое дешевле, чем новая переправа, но мост будет закрыт для машин более года.',
      'Владельцы магазинов на восточной набережной опасаются, что закрытие моста ударит по торговле летом.',
      'Совет обещает временный пешеходный мост и автобус, который будет ходить между набережными каждые десять минут.',
      'Историки приветствовали голосование: мост является одним из трёх сохранившихся мостов такого типа в стране.',
    ],
    word: 'набережной',
  },
  {
    encoding: 'shift_jis',
    head: '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
    title: '東京の古い跳ね橋、架け替えず修理へ',
    paragraphs: [
      '市議会は水曜日の夜、古い跳ね橋を新しく架け替えるのではなく修理することを決めた。',
      'この決定により、川の両岸の地区を十年近く分断してきた論争に決着がついた。',
      '技術者の報告によると、修理費用は新しい橋の約半分だが、工事中は一年以上車両が通行できなくなる。',
      '東側の商店主たちは、夏の繁忙期に売り上げが落ちることを心配している。',
      '市は仮設の歩道橋を設け、両岸の間に十分ごとにシャトルバスを走らせると説明した。',
      '歴史家たちは今回の決定を歓迎した。この橋は国内に三つしか残っていない同じ型の橋の一つだ。',
    ],
    word: 'シャトルバス',
  },
  {
    encoding: 'gb2312',
    head: '<meta charset="gb2312">',
    title: '北京市议会决定修复旧桥而非重建',
    paragraphs: [
      '市议会周三晚间投票决定修复那座古老的开合桥，而不是拆除重建。',
      '这一决定结束了近十年来让河两岸两个城区争论不休的问题。',
      '工程师的报告显示，修复费用大约只有新建桥梁的一半，但施工期间桥梁将对车辆关闭一年以上。',
      '东岸的店主们担心，夏季旺季的生意会因为封桥而受到影响。',
      '市政府表示将搭建临时人行桥，并在两岸之间每十分钟开行一班接驳巴士。',
      '历史学者对投票结果表示欢迎，这座桥是全国仅存的三座同类桥梁之一。',
    ],
    word: '接驳巴士',
  },
];

/** Stand-in engine that reports the parsed page as is: isolates decoding from extraction. */
const echoEngine: CleanFn = (doc, url) => ({
  url, detected: true, autoClean: true, kind: 'article', reasons: [], title: doc.title, source: '', byline: '', published: '', readingMinutes: 0,
  language: '', text: doc.body?.textContent ?? '', html: '', related: [], removed: { promo: 0, duplicates: 0, log: [] },
});

describe('CLI: page encodings', () => {
  it.each(LANGUAGES.map((lang) => [lang.encoding, lang] as const))('%s declared by <meta>: read, decoded and parsed right', async (_, lang) => {
    const path = file(`${lang.encoding}-decode.html`, encodeLegacy(article(lang.head, lang.title, lang.paragraphs), lang.encoding));
    const outcome = await cleanInput(path, null, echoEngine);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.title).toBe(lang.title);
    expect(outcome.result.text).toContain(lang.word);
  });

  it.each(LANGUAGES.map((lang) => [lang.encoding, lang] as const))('%s declared by <meta>: the article comes out with its words', async (_, lang) => {
    const bytes = encodeLegacy(article(lang.head, lang.title, lang.paragraphs), lang.encoding);
    // The file really is in the legacy encoding, not UTF-8 (so a UTF-8 reading would garble it).
    expect(bytes.toString('utf8')).not.toContain(lang.title);
    const { code, stdout, stderr } = await cli('clean', '--json', file(`${lang.encoding}.html`, bytes));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as Record;
    expect(record.title).toBe(lang.title);
    expect(record.detected).toBe(true);
    expect(record.text).toContain(lang.word);
  });

  // A UTF-16 BOM outranks the template's own (wrong) <meta charset="utf-8">, as in browsers.
  const title = 'Zürich café votes to repair the naïve old swing bridge — Новости 東京 😀';
  const page = fillTemplate(loadTemplate('article'), { title });
  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(page, 'utf16le').swap16()])],
  ])('%s with a byte order mark: the words come out right', async (name, bytes) => {
    const { code, stdout } = await cli('clean', '--json', file(`${name}.html`, bytes));
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as Record;
    expect(record.title).toBe(title);
    expect(record.detected).toBe(true);
    expect(record.text).toContain('swing bridge');
  });
});

describe('CLI: inputs that are not pages are refused clearly', () => {
  const refused = async (path: string, reason: RegExp) => {
    const { code, stdout, stderr } = await cli('clean', '--json', path);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // One line, naming the input and the reason; no stack trace.
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(path);
    expect(stderr).toMatch(reason);
  };

  it('an empty file', async () => {
    await refused(file('empty.html', ''), /empty/i);
  });

  it('a binary file: PNG image', async () => {
    await refused(file('photo.html', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096, 7)])), /not HTML/i);
  });

  it('a binary file without a known signature (random bytes with NULs)', async () => {
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24; // deterministic noise
    await refused(file('noise.bin', bytes), /not HTML/i);
  });

  it('a .gz that inflates past the limit (200 MB of zeros) is refused, fast and without inflating it all', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const before = process.memoryUsage().rss;
    await refused(file('bomb.html.gz', bomb), /refus|too large|larger than/i);
    expect(performance.now() - started).toBeLessThan(10_000);
    // Inflation stops at the limit (50 MB), so memory never grows by the full 200 MB.
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('a small .gz page still works (the limit is not a ban on gzip)', async () => {
    const page = fillTemplate(loadTemplate('article'), {});
    const { code, stdout } = await cli('clean', '--json', file('page.html.gz', gzipSync(page)));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Record).text).toContain('swing bridge');
  });
});

describe('CLI: 10,000-level nesting', () => {
  // jsdom's parser walks the whole ancestor chain on every insert, so this takes 25-55 s on a
  // 2-core box before jsdom gives up with a stack overflow; the limit is a hang guard, not a goal.
  it('ends within 120 s with the article or a one-line error, never a crash', { timeout: 150_000 }, async () => {
    const path = file('nested.html', deeplyNested(10_000));
    // Spawned with a kill timer: the parse is synchronous and could not be interrupted in-process.
    const { code, stdout, stderr, killed } = await runProcess([BIN, 'clean', '--json', path], 120_000);
    expect(killed, 'still running after 120 s').toBe(false);
    if (code === 0) {
      expect((JSON.parse(stdout) as Record).text).toContain('swing bridge');
    } else {
      expect(code).toBe(1);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain('nested.html');
    }
  });
});
