import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/stages/detect.ts';
import { promo } from '../../../src/core/stages/promo.ts';
import { cutPromoRuns, promoBlockReason } from '../../../src/core/promo-text.ts';
import { contextFor, page, story } from './helpers.ts';

function run(body: string) {
  const ctx = contextFor(page(`<article><h1>Council agrees new plan for roads</h1>${story(4)}${body}${story(2, 'The mayor')}</article>`));
  detect(ctx);
  promo(ctx);
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
  ])('%s → %s', (text, reason) => {
    expect(promoBlockReason(text)).toBe(reason);
  });

  it.each([
    'Parents can sign up to the scheme at any library before the end of the month.',
    "The library's printed newsletter will return in the spring, the council said.",
    '"Just download the app and you can pay for parking," the councillor told residents.',
    'Sign up to the scheme closes on Friday, after which the newsletter promotion ends as well as the offer.',
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
    expect(ctx.removed.promo).toBeGreaterThanOrEqual(3);
  });

  it('removes app banners, AI upsells, empty comments and placeholder images', () => {
    const { text, ctx } = run(`<img src="/logo.svg" alt="logo"><div><img src="/bg.webp" alt="Orange background"><span>Orange background</span></div>
      <div><p>Try Our AI Features</p><p>Explore what Daily8 AI can do for you:</p></div>
      <div><p>Comments</p><p>No comments yet...</p></div>
      <div><p>DOWNLOAD THE APP</p><p>Get Started Now: Download the App</p><a href="https://apps.example/x"><img src="/app-store.svg" alt="app-store"></a></div>`);
    for (const s of ['Orange background', 'Try Our AI Features', 'Explore what', 'No comments yet', 'Comments', 'DOWNLOAD THE APP']) expect(text).not.toContain(s);
    expect(ctx.doc.querySelectorAll('img')).toHaveLength(0);
    expect(new Set(ctx.removed.log.map((l) => l.reason))).toEqual(new Set(['image-placeholder', 'app-banner', 'ai-upsell', 'empty-comments']));
  });

  it('removes inline "Related: …" link lines and call-to-action boxes, keeps prose with links', () => {
    const { text } = run(`<p>Related: <a href="/x">Roads plan: what it means for you</a></p>
      <div><strong>Get breaking news first</strong> <span>Download the Example app for instant alerts</span> <a href="/app">Get the app</a></div>
      <p>Parents can <a href="/signup">sign up</a> to the scheme at any library.</p>`);
    expect(text).not.toContain('Roads plan: what it means');
    expect(text).not.toContain('Get breaking news first');
    expect(text).toContain('Parents can sign up to the scheme at any library.');
  });

  it('removes small marked boxes (share bar, cookie banner) but never a big wrapper with an unlucky class', () => {
    const ctx = contextFor(page(`<div class="cookie-banner">We use cookies. <button>Accept</button></div>
      <div class="newsletter-wrapper"><h1>Council agrees new plan for roads</h1>${story(8)}</div>
      <div aria-label="Share"><a href="https://facebook.example/s">Facebook</a> <a href="https://x.example/s">X</a></div>`));
    detect(ctx);
    promo(ctx);
    const text = ctx.doc.body.textContent ?? '';
    expect(text).not.toContain('We use cookies');
    expect(text).not.toContain('Facebook');
    expect(text).toContain('The council met on day 8');
  });
});
