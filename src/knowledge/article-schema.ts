/**
 * Knowledge articles: Markdown (or plain text) with YAML front matter. The schema is
 * checked at load; a broken file is reported with its path and field and skipped.
 */
import { z } from 'zod';

const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
);

export const articleFrontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (letters, digits, dashes)'),
  title: z.string().trim().min(1, 'must not be empty').max(300),
  outlet: z.string().trim().min(1).max(200).optional(),
  published: isoDate.optional(),
  author: z.string().trim().max(200).optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en, ko, vi, ja, ru, uz'),
  url: z.url({ message: 'must be a URL' }).optional(),
  /** Where an ingested article came from (the file it was read from). */
  source: z.string().max(1000).optional(),
  /** SHA-256 (hex prefix) of the ingested file's bytes: re-ingesting the same bytes is "unchanged". */
  checksum: z
    .string()
    .regex(/^[a-f0-9]{16,64}$/, 'must be a hex digest')
    .optional(),
  tags: z.array(z.string()).default([]),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

export interface Article extends ArticleFrontMatter {
  /** The article text (Markdown body), furniture removed. */
  text: string;
  /** Where it was loaded from. */
  file: string;
}
