// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/reader/sentences.ts';

const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits plain sentences at . ! and ?', () => {
    expect(split('The bridge opened in 1902. Was it safe? Nobody knew!')).toEqual(['The bridge opened in 1902.', 'Was it safe?', 'Nobody knew!']);
  });

  it('gives trimmed ranges into the original text, and nothing for white space', () => {
    const text = '  First one.   Second one.  ';
    expect(splitSentences(text)).toEqual([{ start: 2, end: 12 }, { start: 15, end: 26 }]);
    expect(splitSentences('   \n ')).toEqual([]);
    expect(split('No full stop at the end')).toEqual(['No full stop at the end']);
  });

  it('does not break after titles and common abbreviations', () => {
    expect(split('Mr. Smith met Dr. Jones on St. Mary’s Road. They talked, e.g. about trains, i.e. the late ones.')).toEqual([
      'Mr. Smith met Dr. Jones on St. Mary’s Road.',
      'They talked, e.g. about trains, i.e. the late ones.',
    ]);
    expect(split('Prof. Adams and Mrs. Lee disagreed. Gen. Ortiz did not.')).toEqual(['Prof. Adams and Mrs. Lee disagreed.', 'Gen. Ortiz did not.']);
  });

  it('keeps "No." and month abbreviations before a number, not before a word', () => {
    expect(split('He lives at No. 10 and left on Jan. 5 for good. I said no. Then I left.')).toEqual([
      'He lives at No. 10 and left on Jan. 5 for good.',
      'I said no.',
      'Then I left.',
    ]);
    expect(split('They sat in the sun. It was warm.')).toEqual(['They sat in the sun.', 'It was warm.']);
  });

  it('keeps dotted acronyms and initials inside the sentence', () => {
    expect(split('The U.S. Senate voted at 10 a.m. on Tuesday. J. K. Rowling was not there.')).toEqual([
      'The U.S. Senate voted at 10 a.m. on Tuesday.',
      'J. K. Rowling was not there.',
    ]);
  });

  it('breaks after an acronym that ends the sentence when a usual opener follows', () => {
    expect(split('She moved to the U.S. The next year she came back.')).toEqual(['She moved to the U.S.', 'The next year she came back.']);
  });

  it('never breaks inside decimals, amounts, times or addresses', () => {
    expect(split('Inflation rose 3.5% to £1,200.50 at 10.30 on example.com today. Markets fell.')).toEqual([
      'Inflation rose 3.5% to £1,200.50 at 10.30 on example.com today.',
      'Markets fell.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not break before a lower-case word', () => {
    expect(split('“Why now?” she asked. “Because it is time.” He smiled.')).toEqual(['“Why now?” she asked.', '“Because it is time.”', 'He smiled.']);
    expect(split('He said "stop!" and walked off. (It rained.) Later, calm.')).toEqual(['He said "stop!" and walked off.', '(It rained.)', 'Later, calm.']);
  });

  it('treats runs of terminators and ellipses as one end', () => {
    expect(split('Really?! Yes... And then… nothing. Wait… what?')).toEqual(['Really?!', 'Yes...', 'And then… nothing.', 'Wait… what?']);
  });

  it('splits after CJK full stops, which need no space', () => {
    expect(split('東京は晴れです。明日は雨でしょう！本当？')).toEqual(['東京は晴れです。', '明日は雨でしょう！', '本当？']);
  });

  it('reads scripts other than Latin (a capitalised Cyrillic word opens a sentence)', () => {
    expect(split('Россия ввела ограничения. Это коснулось WhatsApp.')).toEqual(['Россия ввела ограничения.', 'Это коснулось WhatsApp.']);
  });
});
