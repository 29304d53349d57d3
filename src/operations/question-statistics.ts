/**
 * The organizer report's question figures over a period: asked, answered, not covered, votes, by
 * language and by platform.
 */
import type { LoggedQuestion, QuestionStatistics } from './question-log-types.js';

function countBy(questions: readonly LoggedQuestion[], key: (question: LoggedQuestion) => string) {
  const counts = new Map<string, number>();
  for (const question of questions) counts.set(key(question), (counts.get(key(question)) ?? 0) + 1);
  // Most frequent first, then by name: stable JSON for organizers and tests.
  return Object.fromEntries(
    [...counts.entries()].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0])),
  );
}

export function questionStatistics(questions: readonly LoggedQuestion[]): QuestionStatistics {
  let answered = 0;
  let helpful = 0;
  let notHelpful = 0;
  for (const question of questions) {
    if (question.grounded) answered += 1;
    helpful += question.helpful;
    notHelpful += question.notHelpful;
  }
  return {
    asked: questions.length,
    answered,
    notCovered: questions.length - answered,
    helpful,
    notHelpful,
    byLanguage: countBy(questions, (question) => question.language),
    byPlatform: countBy(questions, (question) => question.platform),
  };
}
