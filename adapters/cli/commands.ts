/**
 * Command dispatch for the terminal. Each command translates arguments into core calls
 * and prints the neutral results; exit codes: 0 done, 1 internal error, 2 bad input.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  type ConversationTurn,
  type CoreConfig,
  describeConfig,
  ingestArticles,
  type Logger,
  type Matchcut,
  openMatchcut,
  toMatchcutError,
  validateQuestion,
} from '../../src/index.js';
import { createProgressBar } from './progress-bar.js';
import { answerToJson, renderAnswerText } from './render-answer.js';

export interface CommandContext {
  config: CoreConfig;
  logger: Logger;
  environment: Record<string, string | undefined>;
  packageRoot: string;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export const usage = `matchcut — cited partnership answers and B2B matchmaking for the content industry

Usage:
  matchcut                              chat on a terminal; starts the Slack/Discord bots when configured
  matchcut ask "<question>" [--json]    answer one question with its sources
  matchcut ask --json -                 one question per line from standard input, one JSON object per line
  matchcut chat                         interactive chat (follow-up questions use the conversation)
  matchcut ingest [paths…] [--force]    add Markdown/plain-text articles (files or folders) and rebuild the index
  matchcut profiles import <file> [--strict] | list | show <name> | remove <name>
  matchcut match [--for "<name>"] [--limit N] [--json]
  matchcut digest [--json] [--limit N] [--repeat]
  matchcut feedback <suggestion-id> interested|not-a-fit|know [--party a|b] [--reason "…"]
  matchcut report [--json]
  matchcut doctor                       show the active configuration and check the model endpoint
  matchcut slack | discord              run one bot; matchcut discord register: register slash commands
  matchcut help`;

const matchmakingCommands = new Set(['profiles', 'match', 'digest', 'feedback', 'report']);

function badUsage(context: CommandContext, message: string): number {
  context.stderr.write(`matchcut: ${message}\n`);
  return 2;
}

export async function runCommandLine(argv: string[], context: CommandContext): Promise<number> {
  const [command, ...rest] = argv;
  let core: Matchcut | undefined;
  const progress = createProgressBar(context.stderr);
  const openCore = async () => {
    // The core loads on first use (src/index.ts) so that help and bad input answer at once.
    core ??= await openMatchcut(context.config, { logger: context.logger, onProgress: (update) => progress.update(update) });
    progress.finish();
    return core;
  };
  try {
    switch (command) {
      case undefined:
        return await runDefault(context, openCore);
      case 'help':
      case '--help':
      case '-h':
        context.stdout.write(`${usage}\n`);
        return 0;
      case 'ask':
        return await runAsk(rest, context, openCore);
      case 'chat':
        return await runChat(context, await openCore());
      case 'ingest':
        return await runIngest(rest, context, progress);
      case 'doctor':
      case 'config':
        return await runDoctor(context);
      case 'slack':
      case 'discord':
      case 'serve':
        return await runBots(command, rest, context, openCore);
      default:
        if (matchmakingCommands.has(command)) {
          const opened = await openCore();
          const { runMatchmakingCommand } = await import('./matchmaking-commands.js');
          return await runMatchmakingCommand(command, rest, {
            core: opened,
            stdout: (line) => context.stdout.write(`${line}\n`),
            stderr: (line) => context.stderr.write(`${line}\n`),
          });
        }
        return badUsage(context, `unknown command "${command}". Run \`matchcut help\` to see the commands.`);
    }
  } catch (error) {
    progress.finish();
    const matchcutError = toMatchcutError(error);
    if (matchcutError.code === 'INTERNAL') context.logger.error({ err: error }, 'command failed');
    context.stderr.write(`matchcut: ${matchcutError.userMessage}\n`);
    return matchcutError.code === 'BAD_INPUT' || matchcutError.code === 'CONFIG' || matchcutError.code === 'NOT_FOUND' ? 2 : 1;
  } finally {
    if (core && command !== undefined && command !== 'slack' && command !== 'discord' && command !== 'serve') await core.close();
  }
}

async function runAsk(args: string[], context: CommandContext, openCore: () => Promise<Matchcut>): Promise<number> {
  let parsed: ReturnType<typeof parseAskArguments>;
  try {
    parsed = parseAskArguments(args);
  } catch (error) {
    return badUsage(context, `${error instanceof Error ? error.message : String(error)}. Usage: matchcut ask "<question>" [--json]`);
  }
  const { json, questionWords } = parsed;
  if (questionWords.length === 1 && questionWords[0] === '-') return runAskBatch(context, await openCore(), json);
  let question: string;
  try {
    question = validateQuestion(questionWords.join(' '));
  } catch (error) {
    return badUsage(context, toMatchcutError(error).userMessage);
  }
  const answer = await (await openCore()).ask(question);
  context.stdout.write(json ? `${JSON.stringify(answerToJson(answer))}\n` : `${renderAnswerText(answer, { color: context.stdout.isTTY })}\n`);
  return 0;
}

function parseAskArguments(args: string[]) {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  return { json: values.json === true, questionWords: positionals };
}

async function runAskBatch(context: CommandContext, core: Matchcut, json: boolean): Promise<number> {
  const lines = createInterface({ input: context.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let failures = 0;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const answer = await core.ask(line);
      context.stdout.write(json ? `${JSON.stringify(answerToJson(answer))}\n` : `${renderAnswerText(answer)}\n\n`);
    } catch (error) {
      failures += 1;
      const matchcutError = toMatchcutError(error);
      const payload = { error: { code: matchcutError.code, message: matchcutError.userMessage }, question: line.slice(0, 200) };
      context.stdout.write(json ? `${JSON.stringify(payload)}\n` : `error: ${matchcutError.userMessage}\n\n`);
    }
  }
  return failures > 0 ? 2 : 0;
}

async function runChat(context: CommandContext, core: Matchcut): Promise<number> {
  const history: ConversationTurn[] = [];
  const lines = createInterface({ input: context.stdin, output: context.stdout, terminal: context.stdin.isTTY === true });
  context.stdout.write('Ask about partnerships, programs and players in the content industry. /clear starts over, /exit quits.\n');
  const prompt = () => lines.setPrompt('matchcut> ');
  prompt();
  lines.prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text === '/exit' || text === '/quit') break;
    if (text === '/clear') {
      history.length = 0;
      context.stdout.write('(conversation cleared)\n');
    } else if (text !== '') {
      try {
        const answer = await core.ask(text, { history });
        context.stdout.write(`${renderAnswerText(answer, { color: context.stdout.isTTY })}\n\n`);
        history.push({ role: 'user', text }, { role: 'assistant', text: answer.text });
      } catch (error) {
        context.stdout.write(`${toMatchcutError(error).userMessage}\n`);
      }
    }
    lines.prompt();
  }
  lines.close();
  return 0;
}

async function runIngest(args: string[], context: CommandContext, progress: ReturnType<typeof createProgressBar>): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { force: { type: 'boolean', default: false }, profiles: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  // The shipped folder's ids are taken: an ingested article never shadows one.
  const ingestOptions = { dataDir: context.config.dataDir, knowledgeDir: context.config.knowledgeDir, logger: context.logger };
  const result = await ingestArticles(positionals, ingestOptions);
  for (const problem of result.problems) context.stderr.write(`matchcut: skipped ${problem.file} → ${problem.field}: ${problem.message}\n`);
  for (const added of result.added) context.stdout.write(`added ${added.id} (${added.language}) from ${added.file}\n`);
  for (const updated of result.updated) context.stdout.write(`updated ${updated.id} (${updated.language}) from ${updated.file}\n`);
  for (const unchanged of result.unchanged) context.stdout.write(`unchanged ${unchanged.id} from ${unchanged.file}\n`);
  const core = await openMatchcut(context.config, {
    logger: context.logger,
    forceRebuild: values.force === true,
    onProgress: (update) => progress.update(update),
  });
  progress.finish();
  try {
    const status = core.status();
    context.stdout.write(`index ${status.rebuilt ? 'rebuilt' : 'up to date'}: ${status.articles} articles, ${status.chunks} passages (${status.embedder})\n`);
    if (values.profiles) {
      const proposals = await core.proposeProfiles(result.added.map((added) => added.id));
      context.stdout.write(`${proposals.message}\n`);
    }
  } finally {
    await core.close();
  }
  const ingested = result.added.length + result.updated.length + result.unchanged.length;
  return result.problems.length > 0 && ingested === 0 && positionals.length > 0 ? 2 : 0;
}

async function runDoctor(context: CommandContext): Promise<number> {
  for (const [key, value] of Object.entries(describeConfig(context.config))) context.stdout.write(`${key.padEnd(15)} ${value}\n`);
  const core = await openMatchcut(context.config, { logger: context.logger });
  try {
    const status = core.status();
    context.stdout.write(`${'knowledge'.padEnd(15)} ${status.articles} articles, ${status.chunks} passages, ${status.problems.length} problems\n`);
    for (const problem of status.problems) context.stdout.write(`  ${problem}\n`);
    const check = await core.checkModel();
    context.stdout.write(`${'model'.padEnd(15)} ${check.detail}\n`);
    return check.ok ? 0 : 1;
  } finally {
    await core.close();
  }
}

async function runDefault(context: CommandContext, openCore: () => Promise<Matchcut>): Promise<number> {
  const environment = context.environment;
  if (environment.SLACK_BOT_TOKEN || environment.DISCORD_TOKEN) return runBots('serve', [], context, openCore);
  if (context.stdin.isTTY && context.stdout.isTTY) return runChat(context, await openCore());
  context.stdout.write(`${usage}\n`);
  return 0;
}

async function runBots(command: string, args: string[], context: CommandContext, openCore: () => Promise<Matchcut>): Promise<number> {
  if (command === 'discord' && args[0] === 'register') {
    const { registerDiscordCommands } = await import('../discord/main.js');
    const registered = await registerDiscordCommands({ env: context.environment, logger: context.logger });
    const where = registered.scope === 'guild' ? `server ${registered.guildId}` : 'all servers (global commands can take up to an hour to appear)';
    context.stdout.write(`Registered /${registered.commands.join(', /')} for ${where}.\nInvite the bot with: ${registered.inviteUrl}\n`);
    return 0;
  }
  const wantSlack = command === 'slack' || (command === 'serve' && Boolean(context.environment.SLACK_BOT_TOKEN));
  const wantDiscord = command === 'discord' || (command === 'serve' && Boolean(context.environment.DISCORD_TOKEN));
  if (!wantSlack && !wantDiscord) return badUsage(context, 'no bot is configured: set SLACK_BOT_TOKEN (Slack) or DISCORD_TOKEN (Discord).');
  const core = await openCore();
  const stops: (() => Promise<void>)[] = [];
  if (wantSlack) {
    const { startSlack } = await import('../slack/main.js');
    stops.push((await startSlack({ env: context.environment, core, logger: context.logger })).stop);
  }
  if (wantDiscord) {
    const { startDiscord } = await import('../discord/main.js');
    stops.push((await startDiscord({ env: context.environment, core, logger: context.logger })).stop);
  }
  context.logger.info({ slack: wantSlack, discord: wantDiscord }, 'matchcut is running');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  for (const stop of stops) await stop();
  await core.close();
  return 0;
}
