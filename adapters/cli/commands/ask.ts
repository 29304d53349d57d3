/**
 * `matchcut ask "<question>" [--json] [--no-log]`, and `ask [--json] -`: one question per line of
 * standard input, one answer per line of output (a blank line gets an error object on its line, so
 * output lines always match input lines). A single question is logged (platform `cli`) unless
 * --no-log; batch input never is (evaluations feed it).
 */
import { createInterface } from 'node:readline';
import { type Matchcut, partnerSearchHasReply, toMatchcutError, validateQuestion } from '../../../src/index.js';
import { answerOrPartners, partnersToJson } from '../answer-or-partners.js';
import { badUsage, type CommandContext, type TerminalCommand } from '../command-context.js';
import { parse, UsageError } from '../parse-arguments.js';
import { answerToJson, renderAnswerText } from '../render-answer.js';
import { renderPartners } from '../render-matchmaking.js';

/**
 * One question's output: with --json the article answer's object (always there, so batch lines keep one
 * shape) plus `partnerSearch` when the question looks for partners; as text the partners that meet it, then
 * the article answer when the question also asks for facts or no organization meets it.
 */
async function replyTo(core: Matchcut, question: string, options: { json: boolean; log: boolean; color?: boolean }) {
  const reply = await answerOrPartners(core, question, {
    platform: 'cli',
    log: options.log,
    alwaysAnswer: options.json,
  });
  if (options.json) {
    const answer = reply.answer === undefined ? {} : answerToJson(reply.answer);
    return JSON.stringify(reply.partners ? { ...answer, partnerSearch: partnersToJson(reply.partners) } : answer);
  }
  const parts: string[] = [];
  if (reply.partners !== undefined && partnerSearchHasReply(reply.partners)) {
    const hint = '(to tell one of them you want to meet: `matchcut chat`, ask there, then /interested N)';
    parts.push([...renderPartners(reply.partners), ...(reply.partners.partners.length > 0 ? [hint] : [])].join('\n'));
  }
  if (reply.answer !== undefined) parts.push(renderAnswerText(reply.answer, { color: options.color === true }));
  return parts.join('\n\n');
}

async function askBatch(context: CommandContext, core: Matchcut, json: boolean): Promise<number> {
  const lines = createInterface({ input: context.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let failures = 0;
  for await (const line of lines) {
    try {
      const reply = await replyTo(core, validateQuestion(line), { json, log: false });
      context.stdout.write(json ? `${reply}\n` : `${reply}\n\n`);
    } catch (error) {
      failures += 1;
      const matchcutError = toMatchcutError(error);
      const payload = {
        error: { code: matchcutError.code, message: matchcutError.userMessage },
        question: line.slice(0, 200),
      };
      context.stdout.write(json ? `${JSON.stringify(payload)}\n` : `error: ${matchcutError.userMessage}\n\n`);
    }
  }
  return failures > 0 ? 2 : 0;
}

const parseAsk = (args: string[]) =>
  parse(args, { json: { type: 'boolean', default: false }, 'no-log': { type: 'boolean', default: false } });

export const askCommand: TerminalCommand = {
  help: {
    name: 'ask',
    summary: 'answer one question with its numbered sources',
    usage: ['ask "<question>" [--json] [--no-log]', 'ask [--json] -'],
    flags: [
      {
        flag: '--json',
        text:
          'print one JSON object: answer, grounded, path, language, query, citations ' +
          '(and partnerSearch when it looks for partners)',
      },
      { flag: '--no-log', text: 'answer without writing the question to the question log' },
      {
        flag: '-',
        text: 'read one question per line from standard input; one answer (or error) per line (not logged)',
      },
    ],
    notes: [
      'Exit codes: 0 answered (grounded or not), 2 bad input (empty or over 2,000 characters), 1 internal error.',
    ],
  },
  async run(args, context) {
    let parsed: ReturnType<typeof parseAsk>;
    try {
      parsed = parseAsk(args);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return badUsage(context, `${error.message}. Usage: matchcut ask "<question>" [--json] [--no-log]`);
    }
    const json = parsed.values.json === true;
    const words = parsed.positionals;
    if (words.length === 1 && words[0] === '-') return askBatch(context, await context.openCore(), json);
    let question: string;
    try {
      question = validateQuestion(words.join(' '));
    } catch (error) {
      return badUsage(context, toMatchcutError(error).userMessage);
    }
    const core = await context.openCore();
    const log = parsed.values['no-log'] !== true;
    context.stdout.write(`${await replyTo(core, question, { json, log, color: context.stdout.isTTY })}\n`);
    return 0;
  },
};
