/**
 * What the terminal does with one question, in `matchcut ask` and in the chat alike: a question
 * looking for partners gets the organizations that meet it, a fact question an article answer, a
 * question that is both gets both — and a partner question no organization meets still gets the
 * article answer (the articles may say who does it).
 */
import type { CoreAnswer, Matchcut, PartnerSearchResult } from '../../src/index.js';

type AskOptions = NonNullable<Parameters<Matchcut['ask']>[1]>;

export interface TerminalReply {
  /** Set when the question looks for partners. */
  partners?: PartnerSearchResult;
  /** Set when the question asks for facts, or looks for partners and none meets it. */
  answer?: CoreAnswer;
}

export async function answerOrPartners(
  core: Matchcut,
  question: string,
  options: AskOptions & { alwaysAnswer?: boolean },
): Promise<TerminalReply> {
  const { alwaysAnswer, ...askOptions } = options;
  const intent = core.classifyQuestion(question);
  const partners = intent.partner ? await core.findPartners(question, { asker: 'cli' }) : undefined;
  const needsAnswer = alwaysAnswer === true || intent.fact || partners === undefined || partners.partners.length === 0;
  const answer = needsAnswer ? await core.ask(question, askOptions) : undefined;
  return { ...(partners === undefined ? {} : { partners }), ...(answer === undefined ? {} : { answer }) };
}

/** The partners of a search for --json: each organization with its score, reasons and sources. */
export function partnersToJson(result: PartnerSearchResult) {
  return {
    needs: result.needs.map((need) => ({ conceptId: need.conceptId, label: need.label })),
    place: result.place ?? null,
    partners: result.partners.map((partner) => ({
      id: partner.profile.id,
      name: partner.profile.name,
      kind: partner.profile.kind,
      score: partner.score,
      reasons: partner.reasons.map((reason) => reason.text),
      citations: partner.citations,
    })),
  };
}
