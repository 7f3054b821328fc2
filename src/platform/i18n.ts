/**
 * Adapter over `browser.i18n` (issue 11): every interface string lives in
 * _locales/<lang>/messages.json, so a translation is a new file. Where the API is absent or has
 * no answer (unit tests under jsdom or Node, a content script whose API a page hides, issue 13),
 * the English file bundled at build time answers instead, substituted as the browsers do, so
 * the English text is the same everywhere.
 */
import english from '../../_locales/en/messages.json';
import browser from './browser-api.ts';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const ENGLISH: Readonly<Record<string, Message>> = english;

/** A message name: a typo fails `tsc`. */
export type MessageName = keyof typeof english;
/** `x` for each `x_one` / `x_other` family: a message with a count (see plural()). */
export type PluralName = MessageName extends infer K ? (K extends `${infer B}_other` ? B : never) : never;
export type Substitution = string | number;

/** `$NAME$` becomes its placeholder's content, where `$1`…`$9` are the substitutions; `$$` is `$`. */
export function formatMessage(entry: Message | undefined, substitutions: readonly string[]): string {
  return (entry?.message ?? '').replace(/\$\$|\$(\w+)\$/g, (whole, key?: string) =>
    key === undefined ? '$' : (entry?.placeholders?.[key.toLowerCase()]?.content ?? whole).replace(/\$([1-9])/g, (_, i: string) => substitutions[Number(i) - 1] ?? ''),
  );
}

/** The browser's text for `name` in the reader's language; '' where there is none. */
function fromBrowser(name: string, substitutions: string[]): string {
  try {
    const text: unknown = browser.i18n.getMessage(name, substitutions);
    return typeof text === 'string' ? text : '';
  } catch {
    return ''; // no extension API here
  }
}

/** The interface text `name`, with `$1`…`$9` filled by `substitutions` in order. */
export function t(name: MessageName, substitutions: Substitution | readonly Substitution[] = []): string {
  const subs = ([] as Substitution[]).concat(substitutions).map(String);
  return fromBrowser(name, subs) || formatMessage(ENGLISH[name], subs);
}

/** The language of the messages in use ('en'): the pages' `lang`, and the plural rules. */
export const uiLanguage = (): string => t('locale_language');
let rules: Intl.PluralRules | null = null;

/**
 * `name_<category>` for `count` by the translation's plural rules (one, few, many, other…),
 * `count` as `$1` and `more` after it; `name_other` where a translation lacks the category.
 */
export function plural(name: PluralName, count: number, more: readonly Substitution[] = []): string {
  try {
    rules ??= new Intl.PluralRules(Intl.PluralRules.supportedLocalesOf(uiLanguage())[0] ?? 'en');
  } catch {
    rules = new Intl.PluralRules('en'); // locale_language is no language tag
  }
  const [exact, subs] = [`${name}_${rules.select(count)}`, [count, ...more]];
  return fromBrowser(exact, subs.map(String)) || t((exact in ENGLISH ? exact : `${name}_other`) as MessageName, subs);
}
