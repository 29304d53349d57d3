/**
 * Building blocks for the regular expressions that read a member's question in every language matchcut serves:
 * alternatives kept as readable word lists, and word edges that know every script.
 */

/** A regular expression from alternatives (kept as lists so that each language's words stay readable). */
export const anyOf = (words: readonly string[]) => `(?:${words.join('|')})`;
/** Word edges that know every script (JavaScript's `\b` knows only ASCII letters: "đơn vị", "ищу,"). */
export const start = '(?<![\\p{L}\\p{M}\\p{N}])';
export const end = '(?![\\p{L}\\p{M}\\p{N}])';
/** Any of the alternatives, anywhere (scripts written without spaces, stems). */
export const within = (alternatives: readonly string[]) => new RegExp(anyOf(alternatives), 'u');
/** The alternatives as whole words. */
export const words = (alternatives: readonly string[]) => new RegExp(`${start}${anyOf(alternatives)}${end}`, 'u');
/** A pattern whose `\b` edges know every script. */
export const pattern = (source: string) => new RegExp(source.replaceAll('\\b', '(?:' + start + '|' + end + ')'), 'u');
