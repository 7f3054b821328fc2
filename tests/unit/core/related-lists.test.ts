/**
 * Which lists are related (issue 10): site-wide lists are never related stories, whatever
 * their place; cards that link to no story (this page, an ad tracker, a section or sign-in
 * page) are left out and logged; portal cards' glued titles and provider lines are read apart.
 */
import { describe, expect, it } from 'vitest';
import { runStage } from '../../../src/core/pipeline.ts';
import { JSDOM } from 'jsdom';
import { cardLinkProblem } from '../../../src/core/page/card-target.ts';
import { headingKind } from '../../../src/core/page/section-parts.ts';
import { titleParts } from '../../../src/core/page/cards.ts';
import { DETECT } from '../../../src/core/detect/detect.ts';
import { RELATED } from '../../../src/core/related/related.ts';
import { URL, contextFor, page, story } from './helpers.ts';

const PAGE = URL;

describe('site-wide lists are not related', () => {
  it.each(['More in Sports', 'More from The Daily Courier', 'More stories', 'MORE STORIES:', 'Also on Example Courier', 'Latest', 'Latest from Business', 'Top stories', 'More from our network', 'Our sister titles', 'Sponsored stories', 'Around the web', 'Recommended by Outbrain', 'Powered by Inform'])('"%s" is a site-wide list', (heading) => {
    expect(headingKind(heading)).toBe('popular');
  });

  it.each(['Related', 'Related stories', 'More on this story', 'More on Brexit', 'Read more about the election', 'Past coverage', 'Previous coverage', 'See also:', 'You may also like', 'Further reading'])('"%s" is a related list', (heading) => {
    expect(headingKind(heading)).toBe('related');
  });

  it('keeps prose and long lines that use the same words', () => {
    for (const line of ['Read more about sharing.', 'More in sorrow than in anger, the council said it would look again at the plan.', 'The latest figures show a rise in bus use across the district.', 'Top stories of the year were read by millions, the editor said.']) {
      expect(headingKind(line)).toBeNull();
    }
  });

  it('a "More in <section>" list beside the related list is removed, not shown', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <h2>Related stories</h2><ul><li><a href="/2025/08/14/road-plan-critics-answer/">Mayor answers critics of the district road plan</a></li><li><a href="/2025/08/13/road-plan-consultation/">Road plan consultation draws record replies</a></li></ul>
      <h2>More in Sports</h2><ul><li><a href="/2025/08/14/harbour-fc-wins-cup/">Harbour FC lift the county cup after extra time</a></li><li><a href="/2025/08/14/rowing-club-title/">Rowing club takes its first national title</a></li></ul>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => r.title)).toEqual(['Mayor answers critics of the district road plan', 'Road plan consultation draws record replies']);
    expect(ctx.doc.body.textContent).not.toContain('Harbour FC');
    expect(ctx.removed.log.find((l) => l.reason === 'popular-list')?.text).toMatch(/^More in Sports/);
  });
});

describe('cards that link to no story', () => {
  it.each([
    ['https://news.example/world/story-1#comment-9080', 'Comment by Ellen on 18 October', 'links-to-this-page'],
    ['https://news.example/world/story-1/#respond', 'Leave a reply to this story now', 'links-to-this-page'],
    ['https://www.health-tips.example/snoring?utm_source=taboola&utm_medium=referral', 'My Snoring Solution Is Changing Lives', 'sponsored-link'],
    ['https://trc.taboola.com/abc/log/3/click?pi=x', 'Now You Can Track Your Car Using Your Smartphone', 'sponsored-link'],
    ['https://trc.ads.example/log/3/click?redir=https%3A%2F%2Fwww.gps.example%2Foffer%3Futm_source%3Dtaboola%26utm_medium%3Dreferral', 'Now You Can Track Your Car Using Your Smartphone', 'sponsored-link'],
    ['https://paid.outbrain.com/network/redir?p=x', 'Sparta Free Online Game Of The Year', 'sponsored-link'],
    ['https://sso.paper.example/cas/login?service=x', 'Iniciar Sesión para comentar', 'account-page'],
    ['https://www.lakeside-gazette.example/', 'The Lakeside Gazette', 'section-page'],
    ['https://www.paper.example/news/crime-public-safety/', 'Crime & Public Safety', 'section-page'],
    ['https://citylimits.example/category/news/housing-and-development/', 'Housing and Homelessness', 'section-page'],
    ['https://www.paper.example/author/jane-roe/', 'Jane Roe', 'section-page'],
  ])('%s is not a story (%s)', (url, title, reason) => {
    expect(cardLinkProblem(url, title, PAGE)).toBe(reason);
  });

  it.each([
    ['https://news.example/world/story-2', 'Schools welcome the new crossing patrols plan'],
    ['https://www.paper.example/2023/11/08/peabody-homes-roof-collapses-in-3-alarm-fire/', 'Peabody home’s roof collapses in 3-alarm fire'],
    ['https://www.mind.example/magazin/so-lernen-wir-grenzen-zu-setzen', 'So lernen wir Grenzen zu setzen'],
    ['https://other.example/a', 'Ferries run every fifteen minutes'],
    ['https://www.paper.example/sports/harbour-wins', 'Harbour wins the cup'],
    ['https://www.paper.example/news/thema/the-council-agrees-new-plan-for-all-roads', 'The council agrees a new plan for all roads'],
    ['https://news.example/world/story-1?page=2', 'Council agrees new plan for roads, page two'],
  ])('keeps a story link: %s', (url, title) => {
    expect(cardLinkProblem(url, title, PAGE)).toBeNull();
  });

  it('leaves such cards out of the related stories and says why in the log', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <h2>You may also like</h2><ul><li><a href="/2025/08/14/road-plan-critics-answer/">Mayor answers critics of the district road plan</a></li>
      <li><a href="https://www.tips.example/snore?utm_source=outbrain">My Snoring Solution Is Changing Lives</a></li>
      <li><a href="https://news.example/world/story-1#comment-12">18 October 2019 at 15:05 Ellen wrote</a></li>
      <li><a href="https://news.example/category/local/">Local News and Weather Today</a></li></ul>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => r.title)).toEqual(['Mayor answers critics of the district road plan']);
    const log = ctx.removed.log.map((l) => `${l.reason}: ${l.text}`);
    expect(log).toContain('sponsored-card: My Snoring Solution Is Changing Lives (links through an ad network)');
    expect(log).toContain('not-a-story-card: 18 October 2019 at 15:05 Ellen wrote (links to this page)');
    expect(log).toContain('not-a-story-card: Local News and Weather Today (links to a home, section, tag or author page)');
  });

  it('does not show the article itself among its related stories', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <h2>Related</h2><ul><li><a href="/world/story-1-amp">Council agrees new plan for roads</a></li><li><a href="/2025/08/13/road-plan-consultation/">Road plan consultation draws record replies</a></li></ul>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => r.title)).toEqual(['Road plan consultation draws record replies']);
    expect(ctx.removed.log.map((l) => l.reason)).toContain('same-story-card');
  });
});

describe('portal cards', () => {
  const el = (html: string) => JSDOM.fragment(`<a href="/x">${html}</a>`).firstElementChild!;
  it('reads a title printed with a shortened copy and a provider line as one title and its publisher', () => {
    expect(titleParts(el('<div><span>Temper your enthusiasm for the new Sega Genesis</span><span>enthusiasm for the new Sega Genesis</span></div><div>Polygon on MSN</div>'))).toEqual({ title: 'Temper your enthusiasm for the new Sega Genesis', provider: 'Polygon' });
    expect(titleParts(el('<span>Temper your enthusiasm for the new Sega Genesis</span><span>enthusiasm for the new Sega Genesis</span><span>Polygon on MSN</span>'))).toEqual({ title: 'Temper your enthusiasm for the new Sega Genesis', provider: 'Polygon' });
  });

  it('keeps a title with inline markup, and a title that merely contains " on "', () => {
    expect(titleParts(el('Temper your <em>enthusiasm</em> for the new Sega Genesis')).title).toBe('Temper your enthusiasm for the new Sega Genesis');
    expect(titleParts(el('<span>Weather</span><span>Storm damage on the coast road</span>'))).toEqual({ title: 'Storm damage on the coast road', provider: '' });
  });

  it('takes a card printed inside its link apart: title, source, time, and the link as its URL', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <h2>Related</h2><div><a href="/2025/08/14/road-plan-critics-answer/"><div>Mayor answers critics of the district road plan</div><div>Harbour Gazette</div><div>2 hours ago</div></a>
      <a href="/2025/08/13/road-plan-consultation/"><div>Road plan consultation draws record replies</div><div>Port News</div><div>3 hours ago</div></a></div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => [r.title, r.source, r.published, r.url])).toEqual([
      ['Mayor answers critics of the district road plan', 'Harbour Gazette', '2 hours ago', 'https://news.example/2025/08/14/road-plan-critics-answer/'],
      ['Road plan consultation draws record replies', 'Port News', '3 hours ago', 'https://news.example/2025/08/13/road-plan-consultation/'],
    ]);
  });
});

describe('a related list with teasers inside the story', () => {
  const teaser = (n: number) => `<p>Teaser ${n}: parents were told to check their children's vaccination records after four cases were confirmed among families who attended a summer club at the school.</p>`;
  const list = `<p><strong>Related Articles</strong></p>
    <p><a href="/2025/08/12/measles-cluster-school/"><strong>Measles cluster linked to a primary school</strong></a></p>${teaser(1)}
    <p><a href="/2025/07/28/mmr-uptake-falls/"><strong>MMR uptake falls below 80% in parts of the city</strong></a></p>${teaser(2)}`;

  it('takes each title with its teaser; the story after the box stays', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="body">${story(3)}<div class="box">${list}</div>${story(2, 'The mayor')}</div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => [r.title, r.text.slice(0, 9)])).toEqual([['Measles cluster linked to a primary school', 'Teaser 1:'], ['MMR uptake falls below 80% in parts of the city', 'Teaser 2:']]);
    const text = ctx.doc.body.textContent ?? '';
    expect(text).not.toContain('Teaser');
    expect(text).toContain('The mayor met on day 2');
  });

  it('keeps the story paragraph that follows the list when the list has no box of its own', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="body">${story(3)}${list}${story(2, 'The mayor')}</div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    const text = ctx.doc.body.textContent ?? '';
    expect(text).toContain('The mayor met on day 1');
    expect(text).toContain('The mayor met on day 2');
    expect(text).not.toContain('Teaser 1');
  });
});

describe('card titles in scripts without spaces, and pager links', () => {
  it('takes Japanese story titles under 関連記事 as cards, and leaves the previous/next post link out', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <div class="similar-head">関連記事</div><div class="similar"><ul>
        <li><a href="/en-121106.html">専用ブラウザで選択したテキストを右クリックから検索する方法</a></li>
        <li><a href="/en-110420.html">Speccyのportable版</a></li></ul></div>
      <div id="next"><ul><li class="next-left"><a href="/en-170113.html" rel="prev">セキュリティソフトを新しい版へアップデートしてみる</a></li></ul></div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => r.title)).toEqual(['専用ブラウザで選択したテキストを右クリックから検索する方法', 'Speccyのportable版']);
    expect(ctx.removed.log.map((l) => `${l.reason}: ${l.text}`)).toContain('not-a-story-card: セキュリティソフトを新しい版へアップデートしてみる (the previous or next post)');
  });

  it('still takes no short label for a card title', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <h2>関連記事</h2><ul><li><a href="/tag/a">ニュース</a></li><li><a href="/tag/b">天気</a></li></ul>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related).toEqual([]);
  });
});

describe('card titles that are not stories', () => {
  it('leaves out "Find out more about …" links and section headings printed among the cards', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <h2>Related</h2><ul><li><a href="/2025/08/14/road-plan-critics-answer/">Mayor answers critics of the district road plan</a></li>
      <li><a href="/2025/08/14/middle-east/">TOP MIDDLE EAST STORIES</a></li>
      <li><a href="/my/settings/page-2020">Find out more about My Example Portal »</a></li></ul>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => r.title)).toEqual(['Mayor answers critics of the district road plan']);
  });

  it('keeps story titles that start with the same words', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <h2>Related</h2><ul><li><a href="/2025/08/14/top-stories-of-the-harbour-year/">Top stories of the harbour year, chosen by our readers</a></li>
      <li><a href="/2025/08/14/learn-more-about-tides/">Learners more likely to pass on the coast road, figures show</a></li></ul>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related).toHaveLength(2);
  });
});

describe('related containers known by their class', () => {
  const cards = `<li><a href="/2025/08/14/road-plan-critics-answer/">Mayor answers critics of the district road plan</a></li><li><a href="/2025/08/13/road-plan-consultation/">Road plan consultation draws record replies</a></li>`;
  it.each(['yarpp-related', 'jp-relatedposts', 'td-related-row', 'relatedItemBox', 'box-related', 'field-related-articles'])('takes the stories of a container named "%s" without a heading we know', (name) => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div><div class="${name}"><h3>Interessante Themen</h3><ul>${cards}</ul></div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => r.title)).toEqual(['Mayor answers critics of the district road plan', 'Road plan consultation draws record replies']);
  });

  it('leaves tag and topic boxes, and prose in a container whose class mentions related, alone', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <div class="related-tags"><ul>${cards}</ul></div><div class="unrelated-note"><p>The council said it would publish the plan's full text next week on its website.</p></div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related).toEqual([]);
    expect(ctx.doc.body.textContent).toContain('publish the plan');
  });

  it('a wrapper named "related" around a related list and a site-wide list does not merge them', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <div class="related-content"><h2>Related stories</h2><ul>${cards}</ul><h2>More in Sports</h2><ul><li><a href="/2025/08/14/harbour-fc-wins-cup/">Harbour FC lift the county cup after extra time</a></li></ul></div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related).toHaveLength(2);
  });
});

describe('a card link holding kicker, title and teaser', () => {
  const el = (html: string) => JSDOM.fragment(`<a href="/x">${html}</a>`).firstElementChild!;
  it('takes the heading among them for the title, else the part that is not a teaser sentence', () => {
    expect(titleParts(el('<div><span>Nach 15 Jahren Rechtsstreit</span><h3>Französischer Landwirt vergiftet: Bayer muss Schadenersatz zahlen</h3><p>Der Chemiekonzern hatte das Verfahren über Jahre durch alle Instanzen geführt und verloren.</p></div>')).title).toBe('Französischer Landwirt vergiftet: Bayer muss Schadenersatz zahlen');
    expect(titleParts(el('<div><span>Nach 15 Jahren Rechtsstreit</span><span>Französischer Landwirt vergiftet: Bayer muss zahlen</span><span>Der Chemiekonzern hatte das Verfahren über Jahre durch alle Instanzen geführt und verloren.</span></div>')).title).toBe('Französischer Landwirt vergiftet: Bayer muss zahlen');
  });
});

describe('inside a related box', () => {
  it('its heading repeated as a link is no card, and an ad labelled in German is no story', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><div class="post">${story(5)}</div>
      <div class="nv-related-posts"><a href="/related/">Das wird dir auch gefallen!</a><ul>
      <li><a href="/2025/08/14/road-plan-critics-answer/">Mayor answers critics of the district road plan</a></li>
      <li><span>Anzeige</span><a href="https://reisen.example/hamburg-musical">Musicalstadt Hamburg: Städtereisen mit Tickets buchen</a></li></ul></div>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related.map((r) => r.title)).toEqual(['Mayor answers critics of the district road plan']);
  });
});

describe('a story body whose class mentions related', () => {
  it('is never taken for a related list', () => {
    const ctx = contextFor(page(`<h1>Council agrees new plan for roads</h1><section class="article__content js-truncate-related-to-my-size">
      <a href="https://news.example/world/story-1">Council agrees new plan for roads, in full</a>${story(5)}</section>`));
    runStage(DETECT, ctx);
    runStage(RELATED, ctx);
    expect(ctx.related).toEqual([]);
    expect(ctx.doc.body.textContent).toContain('The council met on day 5');
  });
});
