/**
 * `matchcut chat`: an interactive conversation on a terminal. Follow-up questions use the
 * conversation; lines starting with "/" are chat commands (listed by /help), never questions.
 */
import { createInterface } from 'node:readline';
import { type ConversationTurn, type Matchcut, toMatchcutError } from '../../../src/index.js';
import type { CommandContext, TerminalCommand } from '../command-context.js';
import { renderAnswerText } from '../render-answer.js';
import { renderPartners } from '../render-matchmaking.js';

export const chatCommands = [
  { command: '/help', text: 'list these commands' },
  { command: '/clear', text: 'forget the conversation and start over' },
  { command: '/exit', text: 'leave the chat (also /quit, or Ctrl-D)' },
] as const;

const chatHelp = ['Chat commands:', ...chatCommands.map((entry) => `  ${entry.command.padEnd(7)} ${entry.text}`)].join(
  '\n',
);

/** What a chat command line does; undefined when the line is a question. */
function chatLineCommand(text: string, history: ConversationTurn[]): { reply: string; exit?: true } | undefined {
  if (!/^\/\S*$/.test(text)) return undefined;
  switch (text.toLowerCase()) {
    case '/exit':
    case '/quit':
      return { reply: '', exit: true };
    case '/clear':
      history.length = 0;
      return { reply: '(conversation cleared)' };
    case '/help':
    case '/?':
      return { reply: chatHelp };
    default:
      return { reply: `Unknown chat command ${text}. ${chatHelp}` };
  }
}

export async function runChat(context: CommandContext, core: Matchcut): Promise<number> {
  const history: ConversationTurn[] = [];
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
  for await (const line of lines) {
    const text = line.trim();
    const command = chatLineCommand(text, history);
    if (command?.exit === true) break;
    if (command !== undefined) {
      context.stdout.write(`${command.reply}\n`);
    } else if (text !== '') {
      try {
        // A question looking for partners gets the organizations that meet it; a fact question an
        // article answer; a question that is both gets both.
        const intent = core.classifyQuestion(text);
        const partners = intent.partner ? await core.findPartners(text, { asker: 'cli' }) : undefined;
        if (partners !== undefined && partners.partners.length > 0) {
          context.stdout.write(`${renderPartners(partners).join('\n')}\n\n`);
        }
        // No organization meets it: the articles may still say who does.
        if (intent.fact || partners?.partners.length === 0) {
          const answer = await core.ask(text, { history });
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
    usage: ['chat'],
    flags: [],
    notes: [chatHelp],
  },
  async run(_args, context) {
    return runChat(context, await context.openCore());
  },
};
