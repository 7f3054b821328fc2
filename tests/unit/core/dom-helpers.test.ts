// @vitest-environment node
/** Shared DOM helpers: closestTag answers as closest() does for bare tag names, on every element. */
import { describe, expect, it } from 'vitest';
import { closestTag, countChildren, emptyElement, removeChildren, tagSet, takeChildren } from '../../../src/core/lib/dom.ts';
import { parse } from './helpers.ts';

describe('closestTag', () => {
  const doc = parse(`<html><body>
    <table><tbody><tr><td><p id="cell">In a cell <b>bold</b></p><table><tr><th><span id="inner">x</span></th></tr></table></td></tr></tbody></table>
    <ul><li><pre id="code">code <i>it</i></pre></li></ul><ol><li>one</li></ol>
    <figure><img src="a.jpg"><figcaption id="cap">A <a href="/x">link</a></figcaption></figure>
    <div><svg><a id="svg-link"><text>icon</text></a></svg><p>Prose</p></div>
  </body></html>`);
  const all = Array.from(doc.querySelectorAll('*'));

  it('finds the same element as closest() for every element and every selector the stages use', () => {
    for (const selectors of ['table', 'td, th', 'pre', 'figure', 'figure, figcaption', 'li', 'ul, ol', 'table, li', 'a', 'li, td, th, dd, dt, caption']) {
      const names = tagSet(selectors);
      for (const el of all) expect(closestTag(el, names), `${selectors} from <${el.localName}>`).toBe(el.closest(selectors));
    }
    // Found at all (the page holds each kind), so the comparison above is not between nulls only.
    expect(closestTag(doc.getElementById('inner')!, tagSet('td, th'))!.localName).toBe('th');
    expect(closestTag(doc.getElementById('code')!, tagSet('ul, ol'))!.localName).toBe('ul');
    expect(closestTag(doc.getElementById('svg-link')!, tagSet('a'))).toBe(doc.getElementById('svg-link'));
  });

  it('takes bare tag names only', () => {
    expect(() => tagSet('a[href]')).toThrow(/bare tag names/);
    expect(() => tagSet('.card')).toThrow(/bare tag names/);
  });
});

describe('countChildren', () => {
  const doc = parse('<html><body><div id="box">text <b>one</b> <i>two</i><!-- note --><p>three</p></div><div id="empty"></div></body></html>');
  const box = doc.getElementById('box')!;

  it('counts child elements, or child nodes, as children and childNodes do', () => {
    expect(countChildren(box)).toBe(box.children.length);
    expect(countChildren(box, Infinity, true)).toBe(box.childNodes.length);
    expect(countChildren(doc.getElementById('empty')!)).toBe(0);
  });

  it('stops one past the bound, so a bound check reads the same as the full count', () => {
    expect(countChildren(box, 1)).toBe(2);
    expect(countChildren(box, 1) <= 1).toBe(box.children.length <= 1);
    expect(countChildren(box, 3, true)).toBe(4);
    expect(countChildren(box, 10)).toBe(3);
  });
});

describe('removeChildren', () => {
  const list = (n: number) => parse(`<html><body><ol id="l">${Array.from({ length: n }, (_, i) => `<li>${i}</li> `).join('')}</ol></body></html>`).getElementById('l')!;

  // 10 children of 20 nodes: one by one; 3,000 of 6,000: the one-pass rebuild. Both must agree.
  for (const n of [10, 3000]) {
    it(`removes exactly the given children and keeps the rest in order (${n} items)`, () => {
      const ol = list(n);
      const items = Array.from(ol.children);
      const kept = items.filter((_, i) => i % 2 === 1);
      const spaces = ol.childNodes.length - items.length;
      removeChildren(ol, new Set(items.filter((_, i) => i % 2 === 0)));
      expect(Array.from(ol.children)).toEqual(kept);
      expect(ol.childNodes.length).toBe(kept.length + spaces);
      expect(ol.textContent!.replace(/\s+/g, '')).toBe(kept.map((li) => li.textContent).join(''));
    });
  }

  it('leaves a node that is not a child where it is', () => {
    const ol = list(3);
    const stranger = ol.ownerDocument.body.appendChild(ol.ownerDocument.createElement('p'));
    removeChildren(ol, new Set([stranger, ol.firstElementChild!]));
    expect(stranger.isConnected).toBe(true);
    expect(ol.children.length).toBe(2);
  });
});

describe('takeChildren', () => {
  it('moves every child, in order, into a fragment and leaves the element empty', () => {
    const doc = parse('<html><body><div id="w">one <b>two</b><!-- c --><p>three</p> </div></body></html>');
    const w = doc.getElementById('w')!;
    const before = Array.from(w.childNodes);
    const fragment = takeChildren(w);
    expect(Array.from(fragment.childNodes)).toEqual(before);
    expect(w.firstChild).toBeNull();
    w.replaceWith(fragment);
    expect(doc.body.innerHTML).toBe('one <b>two</b><!-- c --><p>three</p> ');
  });
});

describe('emptyElement', () => {
  it('removes every child and leaves the element in its place', () => {
    const doc = parse('<html><body><p id="p">one <a href="/a">two</a> <!-- c -->three</p><p>next</p></body></html>');
    const p = doc.getElementById('p')!;
    emptyElement(p);
    expect(p.childNodes.length).toBe(0);
    expect(p.isConnected).toBe(true);
    expect(doc.body.innerHTML).toBe('<p id="p"></p><p>next</p>');
  });
});
