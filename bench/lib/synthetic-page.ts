/**
 * A generated news article of N paragraphs for the growth test of
 * bench:speed. Deterministic (seeded), with the things Plainpage's stages
 * work on spread through it: repeated paragraphs, newsletter and app promo
 * lines, an inline "Related:" line, and a related-stories list.
 */

const WORDS = (
  'council harbour ferry residents minister budget report said would could the a of to and in on for with after ' +
  'before during week year officials spokesperson statement plan service island evening morning local national ' +
  'police court hearing judge evidence witness company shares market investors growth rate inflation energy price ' +
  'school teachers parents pupils hospital doctors patients waiting list rain flooding road closed bridge repairs'
).split(' ');

/** mulberry32: a tiny seeded PRNG, so every run times the same page. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number): string {
  const length = 8 + Math.floor(rand() * 14);
  const words = Array.from({ length }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  const first = words[0]!;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

/** Every REPEAT_EVERY-th paragraph repeats an earlier one; every PROMO_EVERY-th is a promo line. */
const REPEAT_EVERY = 25;
const PROMO_EVERY = 40;
/** Promo shapes from the reference page and common news markup (paragraph HTML). */
const PROMOS = [
  'Sign up to First Edition Free daily newsletter Our morning email breaks down the key stories of the day after newsletter promotion',
  'DOWNLOAD THE APP',
  'Related: <a href="/news/ferry-fine">Ferry operator fined over cancelled sailings</a>',
  'Advertisement',
];

export function syntheticArticle(paragraphs: number, seed = 42): string {
  const rand = prng(seed);
  const body: string[] = [];
  const written: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % PROMO_EVERY === 0) {
      body.push(`<p>${PROMOS[(i / PROMO_EVERY) % PROMOS.length]}</p>`);
      continue;
    }
    if (i > REPEAT_EVERY && i % REPEAT_EVERY === 0) {
      body.push(`<p>${written[Math.floor(rand() * written.length)]}</p>`);
      continue;
    }
    const text = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' ');
    written.push(text);
    body.push(`<p>${text}</p>`);
  }
  const related = Array.from(
    { length: 5 },
    (_, i) => `<li><a href="/news/related-${i}">Related story ${i}: ${sentence(rand)}</a> <span>The Gazette</span> <time>${i + 1} hours ago</time></li>`,
  ).join('');
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Island ferry timetable row', author: { '@type': 'Person', name: 'Ann Lee' } });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Island ferry timetable row | The Gazette</title>
<meta property="og:type" content="article"><script type="application/ld+json">${ld}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Island ferry timetable row</h1><p class="byline">By Ann Lee</p><time datetime="2025-08-15T10:00:00Z">15 Aug 2025</time>
${body.join('\n')}
</article><aside><h2>Related Articles</h2><ul>${related}</ul></aside></main>
<footer><p>© The Gazette</p></footer></body></html>`;
}
