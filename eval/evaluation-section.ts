/** One titled block of `npm run eval` output: Markdown for people, figures for the JSON file. */
export interface EvaluationSection {
  title: string;
  markdown: string;
  figures: Record<string, unknown>;
}
