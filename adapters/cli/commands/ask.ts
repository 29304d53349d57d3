/**
 * `matchcut ask "<question>" [--json] [--no-log]`, and `ask [--json] -`: one question per line of
 * standard input, one answer per line of output (a blank line gets an error object on its line, so
 * output lines always match input lines). A single question is logged (platform `cli`) unless
 * --no-log; batch input never is (evaluations feed it).
 */
import { createInterface } from 'node:readline';
import { type Matchcut, toMatchcutError, validateQuestion } from '../../../src/index.js';
import { badUsage, type CommandContext, type TerminalCommand } from '../command-context.js';
import { parse, UsageError } from '../parse-arguments.js';
import { answerToJson, renderAnswerText } from '../render-answer.js';

async function askBatch(context: CommandContext, core: Matchcut, json: boolean): Promise<number> {
  const lines = createInterface({ input: context.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let failures = 0;
  for await (const line of lines) {
    try {
      const answer = await core.ask(line, { platform: 'cli', log: false });
      context.stdout.write(json ? `${JSON.stringify(answerToJson(answer))}\n` : `${renderAnswerText(answer)}\n\n`);
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
      { flag: '--json', text: 'print one JSON object: answer, grounded, path, language, query, citations' },
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
    const answer = await (
      await context.openCore()
    ).ask(question, { platform: 'cli', log: parsed.values['no-log'] !== true });
    const color = context.stdout.isTTY;
    context.stdout.write(
      json ? `${JSON.stringify(answerToJson(answer))}\n` : `${renderAnswerText(answer, { color })}\n`,
    );
    return 0;
  },
};
