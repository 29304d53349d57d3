/**
 * The custom ids of the buttons under an answer: `matchcut_answer_helpful:<answer id>`,
 * `matchcut_answer_not_helpful:<answer id>`, `matchcut_answer_escalate:<answer id>` and
 * `matchcut_answer_share:<key>`, and their zod parser (what comes back is user-controlled input).
 */
import { z } from 'zod';

/** Discord's limit for a custom_id. */
const customIdLimit = 100;

export const answerButtonKinds = {
  helpful: 'matchcut_answer_helpful',
  notHelpful: 'matchcut_answer_not_helpful',
  escalate: 'matchcut_answer_escalate',
  share: 'matchcut_answer_share',
} as const;

export type AnswerButtonKind = keyof typeof answerButtonKinds;

const kindByPrefix = new Map<string, AnswerButtonKind>(
  Object.entries(answerButtonKinds).map(([kind, prefix]) => [prefix, kind as AnswerButtonKind]),
);

/** The custom id, or undefined when the id would not fit (the button is then left out). */
export function answerButtonCustomId(kind: AnswerButtonKind, id: string): string | undefined {
  const customId = `${answerButtonKinds[kind]}:${id}`;
  return customId.length > customIdLimit ? undefined : customId;
}

const answerButtonSchema = z
  .string()
  .max(customIdLimit)
  .regex(/^matchcut_answer_[a-z_]+:.+$/)
  .transform((value) => {
    const separator = value.indexOf(':');
    return { kind: kindByPrefix.get(value.slice(0, separator)), id: value.slice(separator + 1) };
  })
  .pipe(z.object({ kind: z.enum(Object.keys(answerButtonKinds) as [AnswerButtonKind]), id: z.string().min(1) }));

export function parseAnswerButtonCustomId(customId: string): { kind: AnswerButtonKind; id: string } | undefined {
  const parsed = answerButtonSchema.safeParse(customId);
  return parsed.success ? parsed.data : undefined;
}
