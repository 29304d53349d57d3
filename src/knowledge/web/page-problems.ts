/**
 * What kind of failure stopped a web page from being added, as `details.problem` on the BAD_INPUT
 * error (its message stays the full English sentence naming the URL). Adapters say the kind in
 * the member's language; `details.status` and `details.contentType` carry the facts some kinds name.
 */
export const pageProblems = [
  'notUrl',
  'scheme',
  'credentials',
  'noHost',
  'notAllowed',
  'tooSlow',
  'unreachable',
  'redirect',
  'status',
  'notPage',
  'tooLarge',
  'brokenBody',
  'noText',
  'noArticle',
] as const;

export type PageProblem = (typeof pageProblems)[number];

const known = new Set<string>(pageProblems);

export function isPageProblem(value: unknown): value is PageProblem {
  return typeof value === 'string' && known.has(value);
}
