import { describe, expect, it } from 'vitest';
import { runStage } from '../../../src/core/pipeline.ts';
import { DETECT } from '../../../src/core/detect/detect.ts';
import { PROMO } from '../../../src/core/promo/promo.ts';
import { cutPromoRuns, promoBlockReason, tailPromoReason } from '../../../src/core/text-passes/promo-lines.ts';
import { cleanDocument } from '../../../src/core/index.ts';
import { contextFor, page, parse, story, URL } from './helpers.ts';

function run(body: string) {
  const ctx = contextFor(page(`<article><h1>Council agrees new plan for roads</h1>${story(4)}${body}${story(2, 'The mayor')}</article>`));
  runStage(DETECT, ctx);
  runStage(PROMO, ctx);
  return { ctx, text: (ctx.doc.body.textContent ?? '').replace(/\s+/g, ' ') };
}

describe('promo text rules', () => {
  it.each([
    ['Sign up to This is Europe The most pressing stories after newsletter promotion', 'newsletter-insert'],
    ['DOWNLOAD THE APP', 'app-banner'],
    ['Get Started Now: Download the App', 'app-banner'],
    ['Try Our AI Features', 'ai-upsell'],
    ['No comments yet...', 'empty-comments'],
    ['Advertisement', 'advertisement-label'],
    ['Story continues below advertisement', 'advertisement-label'],
    ["Get the latest updates right in your inbox. Subscribe to The Example's newsletters.", 'newsletter-insert'],
    ['Subscribe to the Example Toys YouTube Channel for all of the latest videos, reviews, and more!', 'newsletter-insert'],
    ['Every day we send an email with the top stories from Example.', 'newsletter-insert'],
    ['Want more stories like this?', 'newsletter-insert'],
    ['Like this story? Share it with a friend!', 'share-bar'],
    ['Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'social-follow'],
    ['This post may contain affiliate and/or referral links. Please see my disclosure page.', 'affiliate-disclosure'],
    ['© 2019 Example Media Network', 'copyright-notice'],
    ['© 2023 Example Holdings, LLC. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without the written permission of the publisher, in print or online, in whole or in part, in any country.', 'copyright-notice'],
    ['Copyright 2019 Hawaii Example. All rights reserved.', 'copyright-notice'],
    ['Copyright The Channel Example, All rights reserved', 'copyright-notice'],
    ['This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.', 'copyright-notice'],
    ['Sign In', 'site-chrome'],
    ['Image 1 of / 8', 'site-chrome'],
    ['3 of 23', 'site-chrome'],
    ['Caption', 'site-chrome'],
    ['This slideshow requires JavaScript.', 'site-chrome'],
    ['Click here to subscribe to The Example Newsletter', 'newsletter-insert'],
    ['Ready to read the news your way? Download Newsbox app today from your preferred app store and start exploring.', 'app-banner'],
    ['Get the Valley Herald app now!', 'app-banner'],
    ['Breaking news: Install our app', 'app-banner'],
    ['Try the new AI assistant', 'ai-upsell'],
    ['Explore what Newsbox AI can do for you:', 'ai-upsell'],
    ['Ask Herald AI', 'ai-upsell'],
    ['Print | E-mail to a friend | Share', 'utility-links'],
    ['Kommentarfeed | Kommentare geschlossen | Trackback-URL', 'utility-links'],
    ['- Anzeige -', 'advertisement-label'],
    ['*Werbung', 'advertisement-label'],
    ['Publicidad', 'advertisement-label'],
    ['5 min read', 'reading-time'],
    ['Lesezeit: ca. 3 Minuten', 'reading-time'],
    ['Ten tekst przeczytasz w 3 minuty', 'reading-time'],
    ['Diesen Artikel teilen', 'share-bar'],
    ['Möchten Sie den Artikel teilen?', 'share-bar'],
    ['War der Artikel nützlich?', 'rating-widget'],
    ['Hier können Sie den Artikel bewerten', 'rating-widget'],
    ['(Noch keine Bewertungen)', 'rating-widget'],
    ['Valora esta noticia', 'rating-widget'],
    ['To view the full story, please subscribe to The Example Times.', 'paywall-prompt'],
    ['Subscribe now to our eEXAMPLE edition for the full story.', 'paywall-prompt'],
    ['Pour lire la suite, abonnez-vous.', 'paywall-prompt'],
    ["If you're seeing this message but you're already a subscriber, you can log in for immediate access to the story.", 'paywall-prompt'],
    ['Sie sind aktuell nicht eingeloggt.', 'site-chrome'],
  ])('%s → %s', (text, reason) => {
    expect(promoBlockReason(text)).toBe(reason);
  });

  it.each([
    ['Need more space? Subscribe to our sister title "All About Space" Magazine for the latest news!', 'newsletter-insert'],
    ['Have a tip? Jane Roe may be reached at jroe@news.example. Follow her on Twitter @janeroe or on Facebook.', 'author-contact'],
    ['Write to Al Root at al.root@news.example', 'author-contact'],
    ['Jane Roe may be reached at jroe@news.example or 555-123-4567.', 'author-contact'],
    ['jane.roe@news.example', 'author-contact'],
    ['twitter.com/janeroe', 'author-contact'],
    ['Tags: budget, council, roads', 'tag-list'],
  ])('after the story: %s → %s', (text, reason) => {
    expect(tailPromoReason(text)).toBe(reason);
    expect(promoBlockReason(text)).toBeNull();
  });

  it.each([
    'The National Domestic Violence Hotline can be reached at 1-800-799-7233.',
    'Have more than 10,000 unread emails sitting in your inbox? Here is how to clear them.',
    'Subscribe to the podcast by tapping the plus button in the app.',
    'Each week we send two volunteers to the shelter.',
    'Follow the money on Facebook, investigators say, and you find the same three accounts.',
    '(c) obstruct a voter from entering a polling place.',
    'Topics: housing, transport and the cost of living',
    '8/10',
    'Residents can download the council app today from the library website, officials said, and report potholes with it.',
    'Try our new AI tools, the company told investors, and you will see why shares rose.',
    'Ask the AI what it thinks and it will tell you, the researchers found.',
    'Print is not dead, the editor said.',
    'Die Anzeige gegen den Bürgermeister wurde am Dienstag zurückgezogen, teilte die Staatsanwaltschaft mit.',
    'Werbung für Tabak ist in Deutschland seit 2021 auf Plakaten verboten, sagte die Ministerin.',
    'It takes about 5 minutes to read the report, and most people never finish it.',
    'The lesson took 5 min to read aloud.',
    'War der Artikel des Bürgermeisters nützlich? Das fragten sich am Dienstag viele im Rat.',
    'To view the full story of the harbour, the museum has opened a new gallery on the quay.',
    'Already a subscriber to the council newsletter, she said she had seen no warning of the closure.',
    '© AFP The president said on Tuesday that the new bridge would open in May, three months later than planned, because the steel had arrived late from the mill in the north.',
  ])('keeps anywhere in the story: %s', (text) => {
    expect(promoBlockReason(text)).toBeNull();
  });

  it.each([
    'Parents can sign up to the scheme at any library before the end of the month.',
    "The library's printed newsletter will return in the spring, the council said.",
    '"Just download the app and you can pay for parking," the councillor told residents.',
    'Sign up to the scheme closes on Friday, after which the newsletter promotion ends as well as the offer.',
    'Copyright law was never meant to cover recipes, the judge wrote in 2019.',
    'Officials said the summit may be reached at dawn if the weather holds.',
    'Nearly 40,000 people subscribe to the magazine, the publisher said.',
    'Police said they would follow him on Twitter and Facebook to see whether he returned.',
    'She said she would close the shop in March.',
    'The vote was 3 of 5 in favour, with two abstentions, the clerk said.',
    'Tags were fitted to 40 birds: the survey will follow them for a year.',
  ])('keeps prose: %s', (text) => {
    expect(promoBlockReason(text)).toBeNull();
    expect(cutPromoRuns(text).cuts).toEqual([]);
  });

  it('cuts promo runs out of a flattened block and keeps the rest', () => {
    const r = cutPromoRuns("So we don't see any indication. Sign up: AU Breaking News email Myroshnychenko said it was a step. 'We welcome it.' Sign up to Breaking News Australia Get the most important news as it breaks after newsletter promotion 'I have every reason to believe.'");
    expect(r.text).toBe("So we don't see any indication. Myroshnychenko said it was a step. 'We welcome it.' 'I have every reason to believe.'");
    expect(r.cuts.map((c) => c.text)).toEqual(['Sign up to Breaking News Australia Get the most important news as it breaks after newsletter promotion', 'Sign up: AU Breaking News email']);
  });
});

describe('promo stage', () => {
  it('removes a Guardian newsletter insert printed as lines, with its skip link', () => {
    const { text, ctx } = run(`<p><a href="#after">Skip past newsletter promotion</a></p><p><strong>Sign up to This is Europe</strong></p><p>The most pressing stories and debates for Europeans</p><p id="after">after newsletter promotion</p>`);
    for (const s of ['Skip past newsletter', 'Sign up to This is Europe', 'most pressing stories', 'after newsletter promotion']) expect(text).not.toContain(s);
    expect(text).toContain('The mayor met on day 2');
    expect(ctx.removed.log.filter((l) => l.group === 'promo').length).toBeGreaterThanOrEqual(3);
  });

  it('removes app banners, AI upsells, empty comments, the logo and decorative images', () => {
    const { text, ctx } = run(`<img src="/logo.svg" alt="logo"><div><img src="/bg.webp" alt="Orange background"><span>Orange background</span></div>
      <div><p>Try Our AI Features</p><p>Explore what Daily8 AI can do for you:</p></div>
      <div><p>Comments</p><p>No comments yet...</p></div>
      <div><p>DOWNLOAD THE APP</p><p>Get Started Now: Download the App</p><a href="https://apps.example/x"><img src="/app-store.svg" alt="app-store"></a></div>`);
    for (const s of ['Orange background', 'Try Our AI Features', 'Explore what', 'No comments yet', 'Comments', 'DOWNLOAD THE APP']) expect(text).not.toContain(s);
    expect(ctx.doc.querySelectorAll('img')).toHaveLength(0);
    expect(new Set(ctx.removed.log.map((l) => l.reason))).toEqual(new Set(['site-logo', 'decorative-image', 'app-banner', 'ai-upsell', 'empty-comments']));
    // The logo and the background are furniture: logged, not counted as promo blocks.
    expect(ctx.removed.log.filter((l) => l.reason === 'site-logo' || l.reason === 'decorative-image').every((l) => l.group === 'furniture')).toBe(true);
  });

  it('removes inline "Related: …" link lines and call-to-action boxes, keeps prose with links', () => {
    const { text } = run(`<p>Related: <a href="/x">Roads plan: what it means for you</a></p>
      <div><strong>Get breaking news first</strong> <span>Download the Example app for instant alerts</span> <a href="/app">Get the app</a></div>
      <p>Parents can <a href="/signup">sign up</a> to the scheme at any library.</p>`);
    expect(text).not.toContain('Roads plan: what it means');
    expect(text).not.toContain('Get breaking news first');
    expect(text).toContain('Parents can sign up to the scheme at any library.');
  });

  it.each([
    ['de', 'Lesen Sie auch:', 'Stadtrat beschließt neuen Radweg am Ufer'],
    ['es', 'Lea también:', 'Impiden ingreso a reportero y camarógrafo'],
    ['es', 'MIRA:', 'Madre se acerca a conocer los motivos de la captura'],
    ['fr', 'À lire aussi :', 'Le maire défend son plan pour les routes'],
    ['pt', 'Veja Também:', 'Prefeitura anuncia obras em três bairros'],
    ['pl', 'Czytaj też:', 'Rada miasta przyjęła nowy plan dróg'],
    ['it', 'Leggi anche:', 'Il sindaco difende il piano per le strade'],
  ])('removes a "read also" line in %s (%s <link>)', (_lang, label, title) => {
    const { text, ctx } = run(`<p>${label} <a href="/other-story">${title}</a></p>`);
    expect(text).not.toContain(title);
    expect(ctx.removed.log.map((l) => l.reason)).toContain('inline-related-link');
  });

  it('keeps prose that opens with the same words ("Lea también el informe…", "Mira: the name")', () => {
    const { text } = run(`<p>Lesen Sie auch, was der Rat am Dienstag über die <a href="/radweg">Radwege am Ufer</a> beschlossen hat, denn es betrifft alle.</p>
      <p>Mira: <a href="/profile">Mira Patel</a> said the plan was fair to every district and would be reviewed in the spring, after the first works.</p>
      <p>Veja também: a prefeitura diz que as obras começam em maio e vão durar um ano inteiro, segundo o plano aprovado.</p>`);
    expect(text).toContain('Lesen Sie auch, was der Rat');
    expect(text).toContain('Mira Patel said the plan was fair');
    expect(text).toContain('a prefeitura diz que as obras');
  });

  it('removes a paragraph that is one link in capitals, keeps capitals in prose and a linked sentence', () => {
    const { text, ctx } = run(`<p><a href="/x/other-story">CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR DREAM</a></p>
      <p><strong><a href="/apps">CLICK HERE TO GET THE EXAMPLE NEWS APP</a></strong></p>
      <p>NASA and the FAA said the FLIGHT WAS SAFE, in a joint statement.</p>
      <p><a href="/report">The full report runs to 300 pages and was published on Monday.</a></p>`);
    expect(text).not.toContain('CO-FOUNDER');
    expect(text).not.toContain('CLICK HERE');
    expect(text).toContain('NASA and the FAA said the FLIGHT WAS SAFE');
    expect(text).toContain('The full report runs to 300 pages');
    expect(ctx.removed.log.filter((l) => l.reason === 'inline-related-link')).toHaveLength(2);
  });

  it('removes small marked boxes (share bar, cookie banner) but never a big wrapper with an unlucky class', () => {
    const ctx = contextFor(page(`<div class="cookie-banner">We use cookies. <button>Accept</button></div>
      <div class="newsletter-wrapper"><h1>Council agrees new plan for roads</h1>${story(8)}</div>
      <div aria-label="Share"><a href="https://facebook.example/s">Facebook</a> <a href="https://x.example/s">X</a></div>`));
    runStage(DETECT, ctx);
    runStage(PROMO, ctx);
    const text = ctx.doc.body.textContent ?? '';
    expect(text).not.toContain('We use cookies');
    expect(text).not.toContain('Facebook');
    expect(text).toContain('The council met on day 8');
  });
});

describe('link lists left in the extracted article', () => {
  const list = (links: Array<[string, string]>): string => `<ul>${links.map(([href, t]) => `<li><a href="${href}">${t}</a></li>`).join('')}</ul>`;
  const menu = list([['/', 'Home'], ['/local', 'Local'], ['/sport', 'Sport'], ['https://jobs.news.example/', 'Jobs'], ['/obituaries', 'Obituaries']]);
  const more = list([['/science/stars', '15 Amazing Images of Stars'], ['/science/galaxy', 'Facts About Our Galaxy'], ['/science/dark-matter', 'The Biggest Questions About Dark Matter']]);
  const advice = list([['https://advice.example/energy', "The regulator's advice pages"], ['https://helpline.example/', 'The energy helpline'], ['https://grants.example/search', 'A grants search']]);
  const documents = list([['/docs/contract', 'The contract'], ['/docs/crew', 'The crew figures'], ['/docs/log', 'The complaints log']]);

  function clean(body: string) {
    const r = cleanDocument(parse(page(`<article>${body}</article>`)), URL);
    return { r, text: r.text.replace(/\s+/g, ' ') };
  }

  it("drops the site's menu and an own-site \"more\" list taken along with the story", () => {
    const { r, text } = clean(`<header><nav>${menu}</nav></header><h1>Council agrees new plan for roads</h1>${story(6)}${more}`);
    for (const s of ['Obituaries', 'Home', '15 Amazing Images of Stars', 'Dark Matter']) expect(text).not.toContain(s);
    expect(text).toContain('The council met on day 6');
    expect(r.removed.log.filter((l) => l.reason === 'link-list')).toHaveLength(2);
  });

  it("reads the headline area under a long menu as metadata, not as the story's first paragraphs", () => {
    const longMenu = list(Array.from({ length: 14 }, (_, i): [string, string] => [`/section-${i}`, `Section ${i}`]));
    const { r, text } = clean(`<header><nav>${longMenu}</nav></header><h1>Council agrees new plan for roads</h1><p class="byline">By Jane Roe</p><p>Published 4:00 am CST, Wednesday, November 20, 2019</p>${story(6)}`);
    expect(r.byline).toBe('Jane Roe');
    expect(text).not.toContain('By Jane Roe');
    expect(text).not.toContain('Section 3');
    expect(text.startsWith('The council met on day 1')).toBe(true);
  });

  it('keeps a list of other sites, a list the story introduces with a colon, and a short list', () => {
    const { r, text } = clean(`<h1>Council agrees new plan for roads</h1>${story(3)}<h2>Who can get help</h2>${advice}${story(2, 'The mayor')}
      <p>The council has published three documents:</p>${documents}${list([['/a', 'Roads'], ['/b', 'Schools']])}${story(1, 'The clerk')}`);
    for (const s of ["The regulator's advice pages", 'A grants search', 'The crew figures', 'The complaints log', 'Schools']) expect(text).toContain(s);
    expect(r.removed.log.map((l) => l.reason)).not.toContain('link-list');
  });

  it('keeps a list that is the whole page when the reader forces a clean', () => {
    const doc = parse(page(list(Array.from({ length: 20 }, (_, i): [string, string] => [`/n/${i}`, `Headline number ${i} about the roads`]))));
    expect(cleanDocument(doc, URL, { force: true }).text).toContain('Headline number 12 about the roads');
  });
});

describe('page furniture around the story', () => {
  function clean(body: string, head = '') {
    const r = cleanDocument(parse(page(`<article>${body}</article>`, head)), URL);
    return { r, text: r.text.replace(/\s+/g, ' '), reasons: r.removed.log.map((l) => l.reason) };
  }

  it('drops the dateline printed again, the page address, a credit without its picture and the bio box', () => {
    const { r, text, reasons } = clean(`<h1>Council agrees new plan for roads</h1><p class="byline">By Jane Roe</p>
      <p>PUBLISHED: 10:48, Tue, Nov 19, 2019</p><p>| UPDATED: 11:05, Tue, Nov 19, 2019</p>
      <div><p>Photo: Sam Poe, AP</p></div>${story(6)}<p>Updated at 1:23 p.m.</p><p>${URL}</p>
      <h3>About the author</h3><p>Jane Roe</p><p>Jane Roe is the city hall reporter. She joined in 2014 and covers transport.</p>`);
    expect(r.byline).toBe('Jane Roe');
    for (const s of [URL, 'PUBLISHED', 'UPDATED', 'Updated at', 'Photo: Sam Poe', 'About the author', 'city hall reporter']) expect(text).not.toContain(s);
    expect(text.startsWith('The council met on day 1')).toBe(true);
    expect(text.endsWith('well into the evening hours.')).toBe(true);
    for (const reason of ['page-address', 'timestamp-line', 'caption-without-picture', 'author-bio']) expect(reasons).toContain(reason);
  });

  it('drops labels left alone after the story: tags with their keywords, an empty comments heading, a related label', () => {
    const { text, reasons } = clean(`<h1>Council agrees new plan for roads</h1>${story(8)}<p>Tags</p><p>roads, council budget, schools</p><p>You may also like:</p><h3>Comments</h3>`);
    for (const s of ['You may also like', 'Tags', 'council budget', 'Comments']) expect(text).not.toContain(s);
    expect(text.endsWith('well into the evening hours.')).toBe(true);
    expect(reasons).toContain('tag-list');
    expect(reasons).toContain('label-without-content');
  });

  it('keeps times and names inside the story, a credit beside its picture, and event hours', () => {
    const { text, reasons } = clean(`<h1>Council agrees new plan for roads</h1><p class="byline">By Jane Roe</p>${story(8)}
      <p>Tuesday, 9:41 AM</p><p>Jane Roe is the name on the petition, the clerk said, and she has asked for a hearing.</p>
      <div><img src="/pic.jpg" alt="The road"><p>Photo: Sam Poe, AP</p></div>${story(3, 'The mayor')}
      <p>The exhibition is open daily.</p><p>9.30 A.M. / 7.00 P.M.</p>`);
    for (const s of ['Tuesday, 9:41 AM', 'Jane Roe is the name on the petition', '9.30 A.M. / 7.00 P.M.']) expect(text).toContain(s);
    expect(reasons).not.toContain('author-bio');
    expect(reasons).not.toContain('caption-without-picture');
  });
});

describe('story lines that look like furniture (review of the furniture rules)', () => {
  function clean(body: string, byline = 'By Sarah Jones') {
    const r = cleanDocument(parse(page(`<article><h1>Council agrees new plan for roads</h1><p class="byline">${byline}</p>${body}</article>`)), URL);
    return { r, text: r.text.replace(/\s+/g, ' ') };
  }

  it("keeps a last line that starts with an organisation's byline or the author's first name", () => {
    const bbc = clean(`${story(6)}<p>BBC News has contacted the ministry for comment and is waiting for a reply.</p>`, 'By BBC News');
    expect(bbc.text).toContain('BBC News has contacted the ministry');
    const sarah = clean(`${story(6)}<p>Sarah was diagnosed in 2019 and has campaigned for the new crossing since.</p>`);
    expect(sarah.text).toContain('Sarah was diagnosed in 2019');
  });

  it("keeps a timeline's dates, a table's Close column and a helpline at the end", () => {
    const { text } = clean(`${story(6)}<p><b>Jan. 6, 2021</b></p><p>The council first proposed the plan, after two years of complaints from residents about the junction.</p>
      <table><tr><th>Day</th><th>Open</th><th>Close</th></tr><tr><td>Mon</td><td>101.2</td><td>102.9</td></tr></table>
      <p>May 2023</p><p>The National Domestic Violence Hotline can be reached at 1-800-799-7233.</p>`);
    for (const s of ['Jan. 6, 2021', 'Close', '102.9', 'May 2023', 'can be reached at 1-800-799-7233']) expect(text).toContain(s);
  });

  it("keeps a list of the site's own pages in the middle of the story", () => {
    const nominees = ['Ada Ruiz', 'Ben Okafor', 'Cleo Marsh', 'Dev Patel'].map((n) => `<li><a href="/topics/${n.split(' ')[0]}">${n}</a></li>`).join('');
    const { text } = clean(`${story(3)}<p>The nominees are listed below.</p><div><ul>${nominees}</ul></div>${story(3, 'The mayor')}`);
    for (const n of ['Ada Ruiz', 'Dev Patel']) expect(text).toContain(n);
  });

  it('keeps lists of a story whose paragraphs are all short, and a list its own heading introduces', () => {
    const short = Array.from({ length: 8 }, (_, i) => `<p>The council met on day ${i + 1} and agreed the plan for the roads.</p>`).join('');
    const candidates = ['Ada Ruiz', 'Ben Okafor', 'Cleo Marsh', 'Dev Patel'].map((n) => `<li><a href="/topics/${n.split(' ')[0]}">${n}</a></li>`).join('');
    expect(clean(`${short}<h2>The candidates</h2><ul>${candidates}</ul>${short}`).text).toContain('Cleo Marsh');
    expect(clean(`${story(6)}<h2>The candidates</h2><ul>${candidates}</ul>`).text).toContain('Cleo Marsh');
  });

  it("keeps a contact line that is not the author's at the end", () => {
    const { text } = clean(`${story(6)}<p>Det. Mike Lane can be reached at 555-0100 or mlane@townpolice.example.gov.</p>`);
    expect(text).toContain('Det. Mike Lane can be reached at 555-0100');
  });

  it('reads a long tag list after the story in linear time', () => {
    const tags = Array.from({ length: 60 }, (_, i) => (i === 30 ? 'U.S. economy' : `tag number ${i}`)).join(', ');
    const started = performance.now();
    const { r, text } = clean(`${story(6)}<p>Tags</p><p>${tags}</p>`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.removed.log.map((l) => l.reason)).toContain('tag-list');
    expect(text).toContain('tag number 59'); // not a keyword list: one tag has a full stop
  });
});

describe('site furniture images', () => {
  const furniture = (imgs: string) => {
    const { ctx } = run(`<div class="tools">${imgs}</div>`);
    return { left: Array.from(ctx.doc.querySelectorAll('img')).map((i) => i.getAttribute('src')), reasons: ctx.removed.log.map((l) => l.reason) };
  };

  it('removes spacer and tracking images, icons, logos, backgrounds and text-size letters', () => {
    const { left, reasons } = furniture(`<img src="/img/o.gif"><img src="https://t.example/p?id=1" width="1" height="1" alt="">
      <img src="/img/spacer.gif" alt="spacer"><a href="https://facebook.example/share"><img src="/img/icons/facebook.png" alt="Facebook"></a>
      <img src="/img/mail.png" width="16" height="16" alt="E-mail"><a href="/"><img src="/img/logo.png" alt="The Valley Herald logo"></a>
      <img src="/img/bg.jpg" alt="Blue background"><a href="javascript:zoom(1)"><img src="/img/zoom-plus.gif" alt="A+"></a>`);
    expect(left).toEqual([]);
    for (const r of ['spacer-image', 'icon-image', 'site-logo', 'decorative-image', 'widget-image']) expect(reasons).toContain(r);
  });

  it('keeps real pictures whatever their alt text says', () => {
    const { left } = furniture(`<figure><img src="https://img.example/olympic.jpg" alt="The new Olympic logo"><figcaption>The new Olympic logo, unveiled on Monday.</figcaption></figure>
      <img src="https://img.example/logo-wall.jpg" alt="logo" width="800" height="450">
      <img src="https://img.example/team.jpg" alt="A" width="640" height="400"><img src="https://img.example/map.png" alt="Map of the new cycle lanes">`);
    expect(left).toEqual(['https://img.example/olympic.jpg', 'https://img.example/logo-wall.jpg', 'https://img.example/team.jpg', 'https://img.example/map.png']);
  });
});

describe('rows of utility links', () => {
  it('removes print, e-mail, share and text-size rows in the languages we read', () => {
    const { text, ctx } = run(`<p><a href="/print">Print</a> | <a href="/mail">E-mail to a friend</a> | <a href="/share">Share</a></p>
      <div>Text size: <a href="#">A</a> <a href="#">A+</a></div><p><a href="#">Drucken</a> <a href="#">Versenden</a></p><p>drukuj</p>`);
    for (const s of ['E-mail to a friend', 'Text size', 'Drucken', 'drukuj']) expect(text).not.toContain(s);
    expect(ctx.removed.log.filter((l) => l.reason === 'utility-links' && l.group === 'furniture').length).toBeGreaterThanOrEqual(3);
  });

  it('keeps prose about printing and sharing, and a table cell that says "PDF"', () => {
    const { text } = run(`<p>Print and e-mail the form to the council before Friday.</p><p>Share.</p><table><tr><td>Format</td><td>PDF</td></tr></table>`);
    expect(text).toContain('Print and e-mail the form');
    expect(text).toContain('PDF');
  });
});
