// @vitest-environment node
/** plainText (src/core/text-utils.ts): the one-line result fields hold plain text (issue 13). */
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { plainText } from '../../../src/core/lib/text.ts';
import { page, parse, story } from './helpers.ts';

describe('plainText', () => {
  it('removes tags and markup-like fragments', () => {
    expect(plainText('<img src=x onerror="top.__pwned=1">Floodgates open on the river')).toBe('Floodgates open on the river');
    expect(plainText('Floods<br>close roads')).toBe('Floods close roads');
    expect(plainText('un<i>believ</i>able <b>news</b>')).toBe('unbelievable news');
    expect(plainText('Title <!-- a comment --> here <![CDATA[ x ]]> <!doctype html> <?php echo 1 ?>end')).toBe('Title here end');
    expect(plainText('Harbour vote <script')).toBe('Harbour vote'); // an unclosed tag at the end
    expect(plainText('Harbour vote <img src=x onerror=alert(1)')).toBe('Harbour vote');
    expect(plainText('Harbour <!-- unclosed comment')).toBe('Harbour');
  });

  it('keeps prose that uses "<": a "<" before a space or a digit is not a tag', () => {
    expect(plainText('Why a < b matters')).toBe('Why a < b matters');
    expect(plainText('Lake is 3 <5 km from town')).toBe('Lake is 3 <5 km from town');
    expect(plainText('I <3 Lisbon')).toBe('I <3 Lisbon');
    expect(plainText('Rates rise > 5% as x<=y fails')).toBe('Rates rise > 5% as x<=y fails');
    expect(plainText('a << b and c >> d')).toBe('a << b and c >> d');
    expect(plainText('Tom & Jerry, R&D and AT&T')).toBe('Tom & Jerry, R&D and AT&T');
  });

  it('decodes character references once, then escaped markup goes as markup', () => {
    expect(plainText('Tom &amp; Jerry &mdash; &ldquo;hello&rdquo; &#8217;s &#x2014; caf&eacute; &Uuml;ber')).toBe('Tom & Jerry — “hello” ’s — café Über');
    expect(plainText('&lt;img src=x onerror=alert(1)&gt;Headline')).toBe('Headline');
    expect(plainText('Once: &amp;lt;b&amp;gt;')).toBe('Once: &lt;b&gt;'); // not twice
    expect(plainText('&notanentity; &#0; &#xD800; &#1114112;')).toBe('&notanentity; \ufffd \ufffd \ufffd');
    expect(plainText('A&nbsp;B')).toBe('A B');
  });

  it('never leaves a tag behind, however the markup nests', () => {
    expect(plainText('<<b>b>x')).toBe('x');
    const deep = `${'<'.repeat(40)}b${'>b'.repeat(40)} tail`;
    expect(plainText(deep)).not.toMatch(/<[a-z!?]|<\/[a-z]/i);
    expect(plainText('&lt;&lt;b&gt;b&gt;x')).not.toMatch(/<[a-z/!?]/i);
    for (const tricky of ['<</b>x', '</<b>x', '<<<<<<<<b', '</</</</b', '<!<!<!--', '<?<?<?x']) expect(plainText(tricky), tricky).not.toMatch(/<[a-z!?]|<\/[a-z]/i);
    // Linear: a huge hostile title takes no time.
    const started = performance.now();
    plainText('<'.repeat(50_000) + 'a'.repeat(10) + '>'.repeat(50_000));
    plainText('<a '.repeat(30_000));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('removes bidi embedding, override and isolate controls, and terminal controls', () => {
    expect(plainText('Harbour \u202egnitov\u202c council \u2066vote\u2069 \u202a\u202b\u202d\u2067\u2068')).toBe('Harbour gnitov council vote');
    expect(plainText('Harbour\u001b[2J council\u0007 &#27;[31mred')).toBe('Harbour council red');
    expect(plainText('  two\n lines\t here ')).toBe('two lines here');
  });
});

describe('result text fields are plain text', () => {
  it('title, source, byline, time, related titles and sources, log texts', () => {
    const html = page(
      `<article><h1>Harbour &lt;b&gt;council&lt;/b&gt; votes \u202eon\u202c the bridge</h1>
        <p class="byline">By <span class="author">Maria Okafor</span> · <time datetime="2025-08-14">14 Aug 2025</time></p>
        ${story(6)}
        <div class="newsletter-signup">Sign up to our newsletter &lt;img src=x onerror=alert(1)&gt;</div>
      </article>
      <section class="related"><h2>Related Articles</h2>
        <div class="card"><a href="https://other.example/a" class="card-title">Ferries &lt;script&gt;run&lt;/script&gt; every fifteen minutes</a><span class="card-source">Harbour &amp;lt;i&amp;gt;Gazette</span><p>The ferries will run every fifteen minutes while the bridge is shut for repairs, the operator said on Tuesday.</p></div>
        <div class="card"><a href="https://other.example/b" class="card-title">Bridge works to start in spring</a><span class="card-source">Port News</span><p>Works on the old swing bridge will start in the spring and last fourteen months, the council confirmed.</p></div>
      </section>`,
      '<meta property="og:title" content="Harbour &lt;img src=x onerror=alert(1)&gt;council votes on the bridge"><meta name="author" content="<b>Maria</b> Okafor">',
    );
    const result = cleanDocument(parse(html), 'https://news.example/world/story-1', { force: true });
    const fields = [result.title, result.source, result.byline, result.published, ...result.related.flatMap((r) => [r.title, r.source, r.published]), ...result.removed.log.map((l) => l.text)];
    expect(fields.filter((f) => /<[a-z!?]|<\/[a-z]/i.test(f) || /[\u202a-\u202e\u2066-\u2069]/.test(f))).toEqual([]);
    expect(result.title).toBe('Harbour council votes on the bridge');
    expect(result.related.map((r) => r.title)).toContain('Ferries run every fifteen minutes');
    // A box removed with no text of its own is logged in words, not as a tag.
    expect(result.removed.log.some((l) => l.text === '')).toBe(false);
  });
});
