/**
 * A profile field's problem, as the core's schema words it ("must not be empty", "must be at most
 * 200 characters", zod's "Too big: expected array to have <=50 items"…), in the member's language.
 * A problem of another shape is shown as the core wrote it.
 */
import type { Locale } from './locales.js';
import { kindName } from './match-reasons.js';
import { translate } from './translate.js';

export function fieldProblemText(message: string, locale: Locale): string {
  const text = message.trim();
  if (/^must not be empty$|^Too small: expected string to have >=1 characters?$/i.test(text)) {
    return translate(locale, 'problemEmpty');
  }
  const tooLong = /^(?:must be at most|Too big: expected string to have <=)\s*(\d+) characters?$/i.exec(text);
  if (tooLong?.[1] !== undefined) return translate(locale, 'problemTooLong', { maximum: Number(tooLong[1]) });
  const tooMany = /^Too big: expected array to have <=\s*(\d+) items?$/i.exec(text);
  if (tooMany?.[1] !== undefined) return translate(locale, 'problemTooMany', { maximum: Number(tooMany[1]) });
  const oneOf = /^must be one of (.+)$/i.exec(text);
  if (oneOf?.[1] !== undefined) {
    const kinds = oneOf[1].split(/,\s*/).map((kind) => kindName(kind.trim(), locale));
    return translate(locale, 'problemKind', { kinds: kinds.join(', ') });
  }
  if (/^Invalid (?:input|option)\b/i.test(text)) return translate(locale, 'problemInvalid');
  return text;
}
