/**
 * `matchcut chat [--no-log]`: an interactive conversation on a terminal. Follow-up questions use the
 * conversation; lines starting with "/" are chat commands (listed by /help), never questions. Questions
 * are logged (platform `cli`) unless --no-log; /good and /bad rate the last answer.
 */
import { createInterface } from 'node:readline';
import {
  type AnswerRating,
  type ConversationTurn,
  type Matchcut,
  partnerSearchHasReply,
  toMatchcutError,
} from '../../../src/index.js';
import { badUsage, type CommandContext, type TerminalCommand } from '../command-context.js';
import { parse, UsageError } from '../parse-arguments.js';
import { renderAnswerText } from '../render-answer.js';
import { answerOrPartners } from '../answer-or-partners.js';
import { renderPartners } from '../render-matchmaking.js';
import { answerInterested, interestHint, interestedChatCommand } from '../partner-interest.js';

export const chatCommands = [
  { command: '/help', text: 'list these commands' },
  { command: '/clear', text: 'forget the conversation and start over' },
  { command: '/good', text: 'the last answer was helpful' },
  { command: '/bad', text: 'the last answer was not helpful' },
  interestedChatCommand,
  { command: '/exit', text: 'leave the chat (also /quit, or Ctrl-D)' },
] as const;

const chatHelp = ['Chat commands:', ...chatCommands.map((entry) => `  ${entry.command.padEnd(7)} ${entry.text}`)].join(
  '\n',
);

/** The chat's state: the conversation, and the last answer's id in the question log (for /good and /bad). */
interface ChatState {
  history: ConversationTurn[];
  lastAnswerId: string | undefined;
  logged: boolean;
}

type ChatLineResult = { reply: string; exit?: true } | { rate: AnswerRating };

/** What a chat command line does; undefined when the line is a question. */
function chatLineCommand(text: string, state: ChatState): ChatLineResult | undefined {
  if (!/^\/\S*$/.test(text)) return undefined;
  switch (text.toLowerCase()) {
    case '/good':
      return { rate: 'helpful' };
    case '/bad':
      return { rate: 'not_helpful' };
    case '/exit':
    case '/quit':
      return { reply: '', exit: true };
    case '/clear':
      state.history.length = 0;
      state.lastAnswerId = undefined;
      return { reply: '(conversation cleared)' };
    case '/help':
    case '/?':
      return { reply: chatHelp };
    default:
      return { reply: `Unknown chat command ${text}. ${chatHelp}` };
  }
}

/** /good and /bad: records the vote on the last answer (the chat is one member, "cli"; a new vote replaces it). */
async function rateLastAnswer(core: Matchcut, state: ChatState, rating: AnswerRating): Promise<string> {
  if (!state.logged) return '(the question log is off in this chat (--no-log): nothing to rate)';
  if (state.lastAnswerId === undefined || core.rateAnswer === undefined) return '(no answer to rate yet)';
  const result = await core.rateAnswer({ answerId: state.lastAnswerId, member: 'cli', rating });
  const marked = rating === 'helpful' ? 'helpful' : 'not helpful';
  return `(marked ${marked}: ${result.helpful} helpful, ${result.notHelpful} not helpful)`;
}

export async function runChat(
  context: CommandContext,
  core: Matchcut,
  options: { log?: boolean } = {},
): Promise<number> {
  const state: ChatState = { history: [], lastAnswerId: undefined, logged: options.log !== false };
  const history = state.history;
  const lines = createInterface({
    input: context.stdin,
    output: context.stdout,
    terminal: context.stdin.isTTY === true,
  });
  context.stdout.write(
    'Ask about partnerships, programs and players in the content industry. /help lists the chat commands, /exit ' +
      'quits.\n',
  );
  lines.setPrompt('matchcut> ');
  lines.prompt();
  let shownPartners: Awaited<ReturnType<Matchcut['findPartners']>>['partners'] = [];
  for await (const line of lines) {
    const text = line.trim();
    const interest = await answerInterested(core, text, shownPartners);
    if (interest !== undefined) {
      context.stdout.write(`${interest}\n`);
      lines.prompt();
      continue;
    }
    const command = chatLineCommand(text, state);
    if (command !== undefined && 'reply' in command && command.exit === true) break;
    if (command !== undefined && 'rate' in command) {
      const reply = await rateLastAnswer(core, state, command.rate).catch(
        (error: unknown) => toMatchcutError(error).userMessage,
      );
      context.stdout.write(`${reply}\n`);
    } else if (command !== undefined) {
      context.stdout.write(`${command.reply}\n`);
    } else if (text !== '') {
      try {
        const { partners, answer } = await answerOrPartners(core, text, {
          history,
          platform: 'cli',
          log: state.logged,
        });
        if (partners !== undefined && partners.partners.length > 0) {
          shownPartners = partners.partners;
          context.stdout.write(`${[...renderPartners(partners), interestHint(shownPartners.length)].join('\n')}\n\n`);
        } else if (partners !== undefined && partnerSearchHasReply(partners)) {
          context.stdout.write(`${renderPartners(partners).join('\n')}\n\n`);
        }
        if (answer !== undefined) {
          state.lastAnswerId = answer.answerId;
          context.stdout.write(`${renderAnswerText(answer, { color: context.stdout.isTTY })}\n\n`);
          history.push({ role: 'user', text }, { role: 'assistant', text: answer.text });
        }
      } catch (error) {
        context.stdout.write(`${toMatchcutError(error).userMessage}\n`);
      }
    }
    lines.prompt();
  }
  lines.close();
  return 0;
}

export const chatCommand: TerminalCommand = {
  help: {
    name: 'chat',
    summary: 'interactive chat on a terminal; follow-up questions use the conversation',
    usage: ['chat [--no-log]'],
    flags: [{ flag: '--no-log', text: 'chat without writing the questions to the question log' }],
    notes: [chatHelp],
  },
  async run(args, context) {
    let log: boolean;
    try {
      const { values, positionals } = parse(args, { 'no-log': { type: 'boolean', default: false } });
      if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
      log = values['no-log'] !== true;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return badUsage(context, `${error.message}. Usage: matchcut chat [--no-log]`);
    }
    return runChat(context, await context.openCore(), { log });
  },
};
