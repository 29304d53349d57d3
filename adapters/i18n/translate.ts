/**
 * `translate(locale, key, params)`: the adapters' own words in the member's language. The
 * English catalog defines the keys and each text's `{placeholders}`; TypeScript requires the
 * placeholders a text has (for texts written on one line) and every catalog to have every key.
 */
import { type Catalog, english, type MessageKey } from './catalog-en.js';
import { japanese } from './catalog-ja.js';
import { korean } from './catalog-ko.js';
import { russian } from './catalog-ru.js';
import { uzbek } from './catalog-uz.js';
import { vietnamese } from './catalog-vi.js';
import { type Locale } from './locales.js';

export type { MessageKey } from './catalog-en.js';

export const catalogs: Readonly<Record<Locale, Catalog>> = {
  en: english,
  ko: korean,
  vi: vietnamese,
  ja: japanese,
  ru: russian,
  uz: uzbek,
};

/** The `{names}` in a text, as a union of names ("never" when it has none). */
type PlaceholdersOf<Text extends string> = string extends Text
  ? string
  : Text extends `${string}{${infer Name}}${infer Rest}`
    ? Name | PlaceholdersOf<Rest>
    : never;

type Placeholders<Key extends MessageKey> = PlaceholdersOf<(typeof english)[Key]>;
export type MessageParams<Key extends MessageKey> = Record<Placeholders<Key>, string | number>;

/** No argument for a text without placeholders; the values for one with them. */
type ParamsArgument<Key extends MessageKey> = [Placeholders<Key>] extends [never]
  ? []
  : string extends Placeholders<Key>
    ? [params?: Record<string, string | number>]
    : [params: MessageParams<Key>];

/** The text of `key` in `locale` (English when the locale has none), placeholders filled in. */
export function translate<Key extends MessageKey>(locale: Locale, key: Key, ...params: ParamsArgument<Key>): string {
  const template = catalogs[locale]?.[key] ?? english[key];
  const values: Record<string, string | number> = params[0] ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The placeholders a text uses, sorted (the catalog test compares them across languages). */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1] as string))].sort();
}
