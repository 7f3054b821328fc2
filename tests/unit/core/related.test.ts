import { describe, expect, it } from 'vitest';
import { runStage } from '../../../src/core/pipeline.ts';
import { DETECT } from '../../../src/core/detect/detect.ts';
import { RELATED } from '../../../src/core/related/related.ts';
import { contextFor, page, story } from './helpers.ts';

function run(body: string) {
  const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div>The Guardian2 days ago</div>${story(6)}${body}`));
  runStage(DETECT, ctx);
  runStage(RELATED, ctx);
  return ctx;
}

describe('related', () => {
  it('reads semantic cards: title once, absolute URL, source, time as shown', () => {
    const ctx = run(`<section><h2>Related Articles</h2><ul>
      <li><article><a href="/a/mayor"><img src="https://img.example/1.jpg" alt=""><span>Mayor defends the road plan against critics</span></a>
        <h3>Mayor defends the road plan against critics</h3><p>Glasgow Times</p><p>time24 minutes ago</p>
        <p>Mayor defends the road plan against critics</p><p>The mayor said the plan was fair to every district. It will be reviewed next year.</p></article></li>
      <li><article><a href="https://other.example/schools">Schools welcome the new crossing patrols plan</a><p>Daily Mail</p><p>an hour ago</p><p>Head teachers said the crossings would help.</p></article></li>
      </ul></section>`);
    expect(ctx.related).toEqual([
      { title: 'Mayor defends the road plan against critics', url: 'https://news.example/a/mayor', source: 'Glasgow Times', published: '24 minutes ago', text: 'The mayor said the plan was fair to every district. It will be reviewed next year.' },
      { title: 'Schools welcome the new crossing patrols plan', url: 'https://other.example/schools', source: 'Daily Mail', published: 'an hour ago', text: 'Head teachers said the crossings would help.' },
    ]);
    // Removed from the working clone so it never reaches the body.
    expect(ctx.doc.body.textContent).not.toContain('Related Articles');
    expect(ctx.doc.body.textContent).not.toContain('Head teachers said');
    expect(ctx.removed.log.map((l) => l.reason)).toContain('related-section');
  });

  it('splits unwrapped div-soup cards by their title links and keeps only http(s) URLs', () => {
    const ctx = run(`<div class="x1"><div class="x2">More on this story</div>
      <a href="javascript:alert(1)">Mayor defends the road plan against critics</a><div>Reuters</div><div>5 hours ago</div>
      <a href="//cdn.example/b">Schools welcome the new crossing patrols plan</a><div>BBC News</div><div>15 Aug 2025</div></div>`);
    expect(ctx.related.map((r) => [r.title, r.url, r.source, r.published])).toEqual([
      ['Mayor defends the road plan against critics', '', 'Reuters', '5 hours ago'],
      ['Schools welcome the new crossing patrols plan', 'https://cdn.example/b', 'BBC News', '15 Aug 2025'],
    ]);
  });

  it('cleans card text with the promo and repeat rules', () => {
    const passage = 'What was clear was that there was no ceasefire. The talks lasted three hours. Reporters waited outside in the rain.';
    const ctx = run(`<h2>Related</h2><div><a href="/c">Talks end without a deal after three hours</a><span>The Guardian</span><span>an hour ago</span>
      <div>Leaders met in Alaska. ${passage} Sign up: AU Breaking News email Myroshnychenko said peace needs Europe. ${passage} The end came at noon.</div></div>`);
    const text = ctx.related[0]!.text;
    expect(text).toBe(`Leaders met in Alaska. ${passage} Myroshnychenko said peace needs Europe. The end came at noon.`);
    // Cleaning inside a related story is its own group: not the article's promo or repeats.
    expect(ctx.removed.log.filter((l) => l.reason === 'related-text-newsletter-insert' && l.group === 'related-text')).toHaveLength(1);
    expect(ctx.removed.log.filter((l) => l.reason === 'related-text-repeated-passage' && l.group === 'related-text').length).toBeGreaterThanOrEqual(1);
  });

  it('drops "Most viewed" lists without showing them as related', () => {
    const ctx = run(`<aside><h2>Most viewed</h2><ol><li><a href="/m/1">Lottery syndicate wins on its final ticket</a></li><li><a href="/m/2">Europe braces for a third heatwave</a></li></ol></aside>`);
    expect(ctx.related).toEqual([]);
    expect(ctx.doc.body.textContent).not.toContain('Lottery syndicate');
    expect(ctx.removed.log.map((l) => l.reason)).toContain('popular-list');
  });

  it('drops sponsored cards', () => {
    const ctx = run(`<h2>You may also like</h2><ul>
      <li><a href="/a">Mayor defends the road plan against critics</a> <span>Reuters</span> <span>2 hours ago</span></li>
      <li><a href="https://ads.example/x">Homeowners are switching to this boiler scheme</a> <span>Sponsored</span> <span>Partner content</span></li></ul>`);
    expect(ctx.related.map((r) => r.title)).toEqual(['Mayor defends the road plan against critics']);
  });

  it('does not take prose that mentions "related" for a section heading', () => {
    const ctx = run(`<p>Related to the plan, the council said more details would follow next week in a report.</p><ul><li><a href="/z">Another story that has a long enough title</a></li></ul>`);
    expect(ctx.related).toEqual([]);
  });
});

describe('a related list placed inside the story', () => {
  it('takes the heading and its links, never the story paragraphs that follow them', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div>The Guardian2 days ago</div><div class="body">${story(3)}
      <div class="heading">Related stories</div>
      <ul><li><a href="/a/mayor">Mayor defends the road plan against critics</a></li><li><a href="/a/schools">Schools welcome the new crossing patrols plan</a></li></ul>
      ${story(3, 'The mayor')}</div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => r.title)).toEqual(['Mayor defends the road plan against critics', 'Schools welcome the new crossing patrols plan']);
    const text = ctx.doc.body.textContent ?? '';
    expect(text).not.toContain('Related stories');
    for (let day = 1; day <= 3; day++) expect(text).toContain(`The mayor met on day ${day}`);
  });
});

describe('headings that are not over a list of other stories', () => {
  it('a "Read more" link that unfolds the story is not a related heading: the story stays', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div id="read_more"><div id="more_mask"><a href="#">Read More</a></div><div class="body-content">${story(4)}
      <p>See <a href="/plan">the full plan for the district's roads</a> and <a href="/map">the map of the works in every ward</a>.</p></div></div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.page.sections).toEqual([]);
    expect(ctx.doc.body.textContent).toContain('The council met on day 4');
  });

  it('a heading of the story\'s own over its paragraphs ("Features") does not take them away', () => {
    const paragraphs = (from: number) => Array.from({ length: 4 }, (_, i) => `<div class="para"><p>The new bus has ${from + i} features that riders asked for, among them wider doors, <a href="/usb-${from + i}">USB sockets at every double seat</a> and a ramp that folds out at every stop on the route, so that nobody has to wait for the driver.</p></div>`).join('');
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(3)}<h2>Features</h2>${paragraphs(1)}</div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.page.sections).toEqual([]);
    expect(ctx.doc.body.textContent).toContain('The new bus has 4 features');
  });

  it('a real list after the story under "Features" is still dropped as a list of other stories', () => {
    const cards = Array.from({ length: 4 }, (_, i) => `<li><a href="/features/${i}">Feature story number ${i} about the harbour and its boats</a></li>`).join('');
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(4)}</div><h2>Features</h2><ul>${cards}</ul>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.page.sections?.map((s) => s.kind)).toEqual(['popular']);
  });
});

describe('section headings in the languages we read', () => {
  const cards = Array.from({ length: 3 }, (_, i) => `<li><a href="/s/${i}">Geschichte Nummer ${i} über den Hafen und seine Boote</a></li>`).join('');
  it.each([
    ['Mehr zum Thema', 'related'],
    ['Das könnte Sie auch interessieren', 'related'],
    ['À lire aussi', 'related'],
    ['Noticias relacionadas', 'related'],
    ['【関連記事】', 'related'],
    ['Siehe auch:', 'related'],
    ['Für dich empfohlen', 'related'],
    ['Diese Artikel könnten dich interessieren', 'related'],
    ['Mehr zum Thema auf Oekolandbau.de:', 'related'],
    ['Polecane', 'related'],
    ['Meistgelesen', 'popular'],
    ['Lo más leído', 'popular'],
    ['Najczęściej czytane', 'popular'],
  ])('"%s" over a list of stories is a %s section', (heading, kind) => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(4)}</div><h2>${heading}</h2><ul>${cards}</ul>`));
    runStage(DETECT, ctx);
    expect(ctx.page.sections?.map((s) => s.kind)).toEqual([kind]);
  });

  it('a heading like "Más información" over the story\'s own closing paragraphs takes nothing', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(4)}<h2>Más información</h2>${story(2, 'The mayor')}</div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.page.sections).toEqual([]);
    expect(ctx.doc.body.textContent).toContain('The mayor met on day 2');
  });
});
