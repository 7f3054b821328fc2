/**
 * The words news sites print over lists of other stories, in the languages of the pages we
 * read (English first; German, French, Spanish, Portuguese, Italian, Dutch, Polish, Japanese).
 * Each entry is a regular-expression source matched against a WHOLE short label (a heading,
 * or the label before a colon on an inline line), case-insensitively, so prose that uses the
 * same words ("Read more about the plan at the library") never matches.
 *
 * Seen on the real-page corpus (bench:pages) across many sites: "Lesen Sie auch", "Schon
 * gelesen?", "Mehr zum Thema", "À lire aussi", "Dans la même rubrique", "Lea también:", "Le
 * puede interesar", "Veja também:", "Czytaj też", "Leggi anche", "【関連記事】".
 */

/** "Read also" / "related" labels: about this story; their lists are related stories. */
export const RELATED_LABELS: readonly string[] = [
  // de
  'lesen sie (?:auch|mehr|weiter)(?: die folgenden beiträge)?', 'lies (?:auch|mehr)', 'auch (?:interessant|lesenswert|lesen)', 'ebenfalls interessant', 'passend (?:dazu|zum thema)',
  'mehr (?:zum thema|zu diesem thema|dazu|zu [\\p{L}-]{2,30})', 'zum thema', 'weiterlesen', 'zum weiterlesen', 'weiterführende (?:links|artikel|informationen)', 'siehe auch', 'schon gelesen',
  'das könnte (?:sie|dich|euch) (?:auch )?interessieren', 'das thema könnte (?:sie|dich) auch interessieren', 'dazu passend', 'verwandte (?:artikel|beiträge|themen|nachrichten)',
  'ähnliche (?:artikel|beiträge)', 'empfohlene (?:artikel|beiträge)', 'beiträge zum thema', 'artikel zum thema', 'mehr themen',
  'diese (?:artikel|beiträge) könnten (?:sie|dich|euch) (?:auch )?interessieren', 'für (?:sie|dich|euch) empfohlen', 'das wird (?:dir|ihnen|euch) auch gefallen',
  'weiterführende (?:artikel|beiträge)(?: zu diesem thema)?', 'nutzer mochten auch(?: folgende artikel)?', 'mehr zum thema (?:auf|bei) [\\p{L}\\d.-]{2,30}',
  // fr
  '(?:à|a) lire (?:aussi|également|egalement)', 'lire aussi', 'voir aussi', 'sur le même (?:sujet|thème)', 'dans la même rubrique', 'articles? (?:liés|similaires|connexes)', '(?:à|a) (?:découvrir|voir) aussi', 'pour aller plus loin',
  // es
  'lea (?:también|tambien|más|mas)', 'lee (?:también|tambien|más|mas)', 'leer (?:también|tambien|más|mas)', 'ver (?:también|tambien)', 'vea (?:también|tambien)', '(?:le|te) puede interesar', 'puede interesarte', 'también te puede interesar',
  '(?:noticias|artículos|articulos|notas) relacionad[oa]s', 'relacionad[oa]s?', 'te recomendamos',
  // pt
  '(?:veja|leia) (?:também|tambem|mais)', '(?:notícias|noticias|matérias|materias) relacionadas', 'leia a seguir',
  // it
  '(?:leggi|vedi) anche', 'potrebbe interessarti', 'articoli correlati', 'ti potrebbe interessare',
  // nl
  '(?:lees|zie) ook', 'meer over (?:dit onderwerp|[\\p{L}-]{2,30})', 'gerelateerde artikelen',
  // pl
  '(?:czytaj|zobacz|przeczytaj) (?:też|także|takze|również|rowniez)', 'polecamy', 'polecane(?: artykuły| teksty)?', 'powiązane artykuły',
  // ja
  '【?関連(?:記事|ニュース|リンク|情報)】?', 'あわせて読みたい', 'こちらもおすすめ',
];

/**
 * Labels that introduce a link to another story only as "Label: <linked title>" on a line of
 * their own ("Lea: …", "MIRA: …", "Saiba mais: …"); as headings they are too common in prose
 * sections ("Más información" over a story's own closing paragraphs).
 */
export const INLINE_ONLY_LABELS: readonly string[] = ['lea', 'mira', 'mire', 'puedes ver', 'más información', 'saiba mais', 'more', 'watch', 'listen'];

/** Lists of the site's other stories, not about this one: removed, never shown as related. */
export const POPULAR_LABELS: readonly string[] = [
  // de
  'meistgelesen(?:e(?: artikel)?)?', 'am meisten gelesen', 'meistgeklickt', 'neueste (?:artikel|beiträge|nachrichten|meldungen)', 'aktuelle (?:artikel|beiträge|nachrichten|meldungen)', 'weitere (?:artikel|beiträge|nachrichten|meldungen)', 'top-?(?:artikel|themen|meldungen)', 'beliebte (?:artikel|beiträge)',
  // fr
  'les plus lus', '(?:les )?plus populaires', 'dernières (?:actualités|nouvelles|infos)', 'à la une',
  // es
  'lo más (?:leído|leido|visto)', 'más (?:leídas|leidas|leídos|leidos|vistas|vistos)', 'últimas noticias', 'ultimas noticias', 'tendencias',
  // pt
  'mais (?:lidas|lidos|vistas)', 'últimas notícias',
  // it
  '(?:i )?più letti', 'ultime notizie',
  // nl
  'meest gelezen', 'laatste nieuws',
  // pl
  'najczęściej czytane', 'najpopularniejsze', 'najnowsze',
  // ja
  'アクセスランキング', '人気記事',
];

/** A whole label made of one of `labels`, with the punctuation labels end with. */
export function wholeLabel(labels: readonly string[]): RegExp {
  return new RegExp(`^(?:${labels.join('|')})[\\s:：.…!?»›>-]*$`, 'iu');
}

/** A line that opens with one of `labels` and a colon, then more text ("Lea también: <title>"). */
export function labelledLine(labels: readonly string[]): RegExp {
  return new RegExp(`^(?:${labels.join('|')})\\s*[:：]\\s*\\S`, 'iu');
}
