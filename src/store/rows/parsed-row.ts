/**
 * Reading a database row through its schema, with an error that names the table and column when
 * the row does not fit (both backends read rows this way).
 */
import type { z } from 'zod';

export function parsedRow<Schema extends z.ZodType>(schema: Schema, row: unknown, table: string): z.infer<Schema> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`store: ${table}.${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
