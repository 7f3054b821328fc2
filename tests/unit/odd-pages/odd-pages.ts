/**
 * Generators for odd and huge pages (tests/unit/odd-pages), built in memory
 * so no megabyte fixture sits in the repository.
 */
import { fillTemplate, loadTemplate } from '../../hostile/build-pages.ts';

export const ARTICLE_URL = 'https://news.example.org/local/2025/aug/14/harbour-bridge-vote';

/** Sentences for generated paragraphs; each paragraph gets its number, so none repeats. */
const SENTENCES = [
  'Engineers inspected the iron deck again on Thursday and found the rivets in better shape than the report suggested.',
  'Residents of the western bank said the shuttle bus should also stop near the school during term time.',
  'The council published the full repair schedule, with the heaviest work planned for the winter months.',
  'Shop owners asked for signs at both ends of the quay pointing visitors towards the temporary footbridge.',
  'The heritage society offered volunteers to record the turning mechanism before it is taken apart.',
  'Cyclists welcomed the promise of a protected lane once the bridge reopens to traffic.',
  'The ferry company said it could add a late crossing on Fridays and Saturdays if demand holds up.',
  'A public meeting to explain the works will be held in the town hall at the end of the month.',
];

export function paragraph(i: number): string {
  return `${SENTENCES[i % SENTENCES.length]} (Update ${i + 1}.)`;
}

/** The ordinary article page with `extra` markup planted in its body. */
export function articleWith(extra: string): string {
  return fillTemplate(loadTemplate('article'), { body: extra });
}

/** An article whose body holds `n` distinct paragraphs. */
export function manyParagraphs(n: number): string {
  return articleWith(manyParagraphsBody(n));
}

/** A headline-like title for link `i` (distinct, long enough to read as a story's title). */
function storyTitle(i: number): string {
  return `${SENTENCES[i % SENTENCES.length]!.split(' ').slice(0, 7).join(' ')} ${i + 1}`;
}

/** The article followed by a "Related stories" section of `n` story links (a hostile page found this path superlinear). */
export function relatedLinks(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`<li><a href="/story/${i}">${storyTitle(i)}</a></li>`);
  return articleWith(`${manyParagraphsBody(8)}<h2>Related stories</h2><ul>${items.join('')}</ul>`);
}

/** The article under a site menu of `n` links (a mega-menu, printed before the story). */
export function hugeMenu(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`<li><a href="/section/${i}">Section ${i + 1}</a></li>`);
  return articleWith(manyParagraphsBody(8)).replace('<main>', `<nav><ul>${items.join('')}</ul></nav><main>`);
}

/** The article with a list of `n` short items without links inside it (a data table printed as a list). */
export function hugeList(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`<li>Berth ${i + 1}: ${i % 7} boats</li>`);
  return articleWith(`${manyParagraphsBody(8)}<ul>${items.join('')}</ul>`);
}

/** The article followed by a gallery of `n` pictures with no text (Readability lists every <img> in quadratic time). */
export function hugeGallery(n: number): string {
  const pictures: string[] = [];
  for (let i = 0; i < n; i++) pictures.push(`<img src="/pictures/${i}.jpg" alt="">`);
  return articleWith(`${manyParagraphsBody(8)}<div class="gallery">${pictures.join('')}</div>`);
}

function manyParagraphsBody(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`<p>${paragraph(i)}</p>`);
  return parts.join('\n');
}

/** The article nested `depth` levels deep in `<div>`s (the body is inside the innermost one). */
export function deeplyNested(depth: number, tag = 'div'): string {
  const page = articleWith('');
  return page.replace('<main>', `<main>${`<${tag}>`.repeat(depth)}`).replace('</main>', `${`</${tag}>`.repeat(depth)}</main>`);
}

/**
 * A page of about `bytes` bytes shaped like the heavy pages seen in the wild:
 * a big inline JSON state blob (as framework apps embed), inline SVG icons,
 * and thousands of teaser cards around an ordinary article.
 */
export function hugePage(bytes: number): string {
  const share = Math.floor(bytes / 3);
  const record = (i: number) => `{"id":${i},"headline":"${SENTENCES[i % SENTENCES.length]}","url":"/story/${i}","tags":["local","harbour"]},`;
  const json: string[] = [];
  for (let size = 0, i = 0; size < share; i++) {
    const r = record(i);
    json.push(r);
    size += r.length;
  }
  const svg: string[] = [];
  for (let size = 0, i = 0; size < share; i++) {
    const s = `<svg viewBox="0 0 24 24" width="24" height="24"><path d="M${i % 24} 0L24 ${i % 24}L0 24Z M3 3h18v18H3z"/></svg>`;
    svg.push(s);
    size += s.length;
  }
  const cards: string[] = [];
  for (let size = 0, i = 0; size < share; i++) {
    const c = `<div class="teaser"><a href="/story/${i}"><img src="/img/${i}.jpg" alt=""><h3>${SENTENCES[i % SENTENCES.length]}</h3></a><span>${i % 59} minutes ago</span></div>`;
    cards.push(c);
    size += c.length;
  }
  const page = articleWith('');
  return page
    .replace('</head>', `<script type="application/json" id="__STATE__">{"stories":[${json.join('')}{}]}</script></head>`)
    .replace('<main>', `<div class="icons" hidden>${svg.join('')}</div><main>`)
    .replace('</main>', `</main><section class="more-stories"><h2>More stories</h2>${cards.join('')}</section>`);
}
