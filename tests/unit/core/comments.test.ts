import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import { page, parse, story, URL } from './helpers.ts';

const clean = (body: string) => cleanDocument(parse(page(`<h1>Council agrees new plan for roads</h1>${body}`)), URL);
const reasons = (r: ReturnType<typeof clean>) => r.removed.log.map((l) => l.reason);

const COMMENTS = Array.from({ length: 12 }, (_, i) => `<li><p class="who">Reader${i} says:</p><p class="when">March ${i + 1}, 2024 at 7:49 pm</p>
  <p>I have lived on this road for thirty years and I think the council has got this one badly wrong, as it did with the last plan number ${i}.</p><a href="#reply">Reply</a></li>`).join('');

describe('comment threads', () => {
  it('removes a thread named by its markup (WordPress), even when it is longer than the story', () => {
    const r = clean(`<div class="entry-content">${story(3)}</div><div id="comments" class="comments-area"><h2>12 thoughts on “Council agrees new plan”</h2><ol class="comment-list">${COMMENTS}</ol>
      <div id="respond" class="comment-respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p><textarea name="comment"></textarea><p>Name *</p><p>Email *</p><p>Website</p></div></div>`);
    expect(r.text).toContain('The council met on day 3');
    for (const s of ['thirty years', 'Leave a Reply', 'Reader3', 'Your email address']) expect(r.text).not.toContain(s);
    expect(reasons(r)).toContain('comment-thread');
    expect(r.readingMinutes).toBe(1);
  });

  it('cuts a thread with no telling markup from its heading on: signatures and Reply links', () => {
    const r = clean(`<div>${story(5)}<p><b>12 Comments</b></p><ul>${COMMENTS}</ul><p>Name:</p><p>URL:</p><p>Comments:</p><p>Remember info?</p></div>`);
    expect(r.text).toContain('The council met on day 5');
    for (const s of ['thirty years', 'Remember info', '12 Comments']) expect(r.text).not.toContain(s);
  });

  it('cuts an empty thread\'s count line after the story ("Kommentare insgesamt: 0")', () => {
    const r = clean(`<div>${story(5)}<p>Kommentare insgesamt: 0</p></div>`);
    expect(r.text).not.toContain('Kommentare insgesamt');
    expect(r.text).toContain('The council met on day 5');
  });

  it('removes a comment form found by its text box', () => {
    const r = clean(`<div>${story(5)}</div><div class="box"><p>Schreibe einen Kommentar</p><p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p><textarea></textarea><p>Kommentar abschicken</p></div>`);
    expect(r.text).not.toContain('Schreibe einen Kommentar');
    expect(reasons(r)).toContain('comment-form');
  });

  it('removes a closed-thread notice and a log-in line left after the story', () => {
    const r = clean(`<div>${story(5)}<p>Kommentare sind geschlossen.</p><p>Du musst eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht registriert?</p></div>`);
    expect(r.text).not.toContain('Kommentare sind geschlossen');
    expect(r.text).not.toContain('eingeloggt');
  });

  it('keeps a story that reports comments, quotes people and has a section called "Comments"', () => {
    const r = clean(`<div>${story(3)}<h2>Comments</h2><p>Residents sent 400 comments to the council. One said: "I have lived on this road for thirty years."</p>
      <p>Jane Roe says: the plan is fair to every district, and she hopes the work will start in the spring, before the school run gets busy again.</p>${story(2, 'The mayor')}</div>`);
    expect(r.text).toContain('Residents sent 400 comments');
    expect(r.text).toContain('Jane Roe says: the plan is fair');
    expect(r.text).toContain('The mayor met on day 2');
    expect(reasons(r)).not.toContain('comment-thread');
  });

  it('never removes the story when its wrapper has a comment-ish class', () => {
    const r = clean(`<div class="post comments-open has-comments"><div class="discussion-body">${story(5)}</div></div>`);
    expect(r.text).toContain('The council met on day 5');
  });
});
