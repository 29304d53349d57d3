/**
 * Follow-ups become standalone queries: through the model (real ChatOpenAI against the
 * stand-in, with the rewrite prompt files) and through the offline rule, in the languages
 * the community uses; a standalone question is left alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationTurn } from '../../src/answer/types.js';
import {
  createChatModel,
  createQueryRewriter,
  loadPromptTemplate,
  looksLikeFollowUp,
  promptSpecifications,
  rewriteFollowUpOffline,
} from '../../src/model/index.js';
import { type OpenAiStandIn, startOpenAiStandIn } from '../stand-ins/openai-server.js';
import { captureLogs, modelConfig, promptsDir, timed } from './model-test-kit.js';

const samarkandThread: ConversationTurn[] = [
  { role: 'user', text: 'Who opened a training center in Samarkand?' },
  { role: 'assistant', text: 'IT Works Korea opened a training center in Samarkand [1].' },
];

describe('the offline follow-up rule', () => {
  it("carries the earlier question's key terms and the names in the last answer into an English follow-up", () => {
    const query = rewriteFollowUpOffline('and how many experts taught there?', samarkandThread);
    expect(query.startsWith('and how many experts taught there? ')).toBe(true);
    expect(query).toContain('Samarkand');
    expect(query).toContain('training');
    expect(query).toContain('IT Works Korea');
    expect(query).not.toMatch(/\bWho\b/);
  });

  it.each<[string, string, string, string[]]>([
    ['ko', '그럼 거기서 몇 명이 가르쳤어?', '사마르칸트에 교육 센터를 연 회사는?', ['사마르칸트', '교육', '센터']],
    ['vi', 'Còn ở Hà Nội thì sao?', 'KOCCA mở văn phòng tại Việt Nam khi nào?', ['KOCCA', 'văn', 'phòng', 'Việt']],
    ['ja', 'そこでは何人が教えましたか？', 'サマルカンドに研修センターを開いた会社は？', ['サマルカンド', '研修']],
    [
      'ru',
      'А сколько экспертов там преподавали?',
      'Кто открыл учебный центр в Самарканде?',
      ['Самарканде', 'учебный', 'центр'],
    ],
    [
      'uz',
      'U yerda nechta mutaxassis dars bergan?',
      'Samarqandda oʻquv markazini kim ochgan?',
      ['Samarqandda', 'markazini'],
    ],
  ])("rewrites a %s follow-up with the earlier question's terms", (_language, followUp, earlier, expected) => {
    const query = rewriteFollowUpOffline(followUp, [{ role: 'user', text: earlier }]);
    expect(query.startsWith(followUp)).toBe(true);
    for (const term of expected) expect(query).toContain(term);
    // Question words of the earlier question are not carried.
    expect(query).not.toMatch(/\b(khi nào|Кто|kim)\b/u);
  });

  it.each([
    'Who signed the MOU with Netflix?',
    'Is there a program in Hanoi?',
    'Is IT Park in Tashkent?',
    '사마르칸트에 사무실을 연 회사는?',
    'KOCCA mở văn phòng tại Việt Nam khi nào?',
    'Netflixと研修の覚書を結んだ機関は？',
    'Кто подписал меморандум с Netflix?',
  ])('returns the standalone question "%s" unchanged', (question) => {
    expect(looksLikeFollowUp(question)).toBe(false);
    expect(rewriteFollowUpOffline(question, samarkandThread)).toBe(question);
  });

  it('treats a question with no content words as a follow-up', () => {
    expect(rewriteFollowUpOffline('When?', [{ role: 'user', text: 'KOCCA opened an office in Hanoi' }])).toBe(
      'When? KOCCA opened office Hanoi',
    );
  });

  it('walks back past earlier follow-ups to the question they depend on', () => {
    const history: ConversationTurn[] = [
      { role: 'user', text: 'Who opened a training center in Samarkand?' },
      { role: 'assistant', text: 'IT Works Korea did [1].' },
      { role: 'user', text: 'and when?' },
      { role: 'assistant', text: 'In 2024 [1].' },
    ];
    expect(rewriteFollowUpOffline('and how many experts taught there?', history)).toContain('Samarkand');
  });

  it('leaves a question alone when there is no earlier turn', () => {
    expect(rewriteFollowUpOffline('and how many experts taught there?', [])).toBe('and how many experts taught there?');
  });
});

describe('createQueryRewriter', () => {
  let standIn: OpenAiStandIn;

  beforeEach(async () => {
    standIn = await startOpenAiStandIn();
  });

  afterEach(async () => {
    await standIn.close();
  });

  function rewriterWithModel(timeoutMs = 1_000) {
    const logs = captureLogs();
    const chatModel = createChatModel(modelConfig(standIn.baseUrl, { timeoutMs }));
    return { logs, rewriter: createQueryRewriter({ chatModel, promptsDir, logger: logs.logger, timeoutMs }) };
  }

  it('asks the model with the conversation and the question, and returns its one-line query', async () => {
    standIn.setReply((request) =>
      request.messages[1]?.content.includes('Samarkand')
        ? 'Standalone query: "How many experts taught at the IT Works Korea training center in Samarkand?"'
        : 'no context',
    );
    const { rewriter } = rewriterWithModel();
    const query = await rewriter.rewrite('and how many experts taught there?', samarkandThread);

    expect(query).toBe('How many experts taught at the IT Works Korea training center in Samarkand?');
    const [request] = standIn.chatRequests();
    expect(request?.messages[0]).toEqual({
      role: 'system',
      content: loadPromptTemplate(promptsDir, promptSpecifications.rewriteSystem).text,
    });
    const user = request?.messages[1]?.content ?? '';
    expect(user).toContain('<turn role="user">Who opened a training center in Samarkand?</turn>');
    expect(user).toContain('<turn role="assistant">IT Works Korea opened a training center in Samarkand [1].</turn>');
    expect(user).toContain('<question>and how many experts taught there?</question>');
    expect(user).toContain('in English');
  });

  it('does not call the model for a question without earlier turns', async () => {
    const { rewriter } = rewriterWithModel();
    expect(await rewriter.rewrite('Who signed the MOU with Netflix?', [])).toBe('Who signed the MOU with Netflix?');
    expect(standIn.chatRequests()).toHaveLength(0);
  });

  it('uses the offline rule, within the timeout, when the model does not answer', async () => {
    standIn.failAlways({ kind: 'hang' });
    const { rewriter, logs } = rewriterWithModel(800);
    const { value, elapsedMs } = await timed(() =>
      rewriter.rewrite('and how many experts taught there?', samarkandThread),
    );
    expect(value).toBe(rewriteFollowUpOffline('and how many experts taught there?', samarkandThread));
    expect(value).toContain('Samarkand');
    expect(elapsedMs).toBeLessThan(1_500);
    expect(logs.warnings().map((record) => [record.event, record.reason])).toEqual([['rewrite_fallback', 'timeout']]);
  });

  it('uses the offline rule when the model replies with something that is not a query', async () => {
    standIn.setReply(`<think>${'x'.repeat(50)}`);
    const { rewriter, logs } = rewriterWithModel();
    expect(
      await rewriter.rewrite('그럼 거기서 몇 명이 가르쳤어?', [
        { role: 'user', text: '사마르칸트에 교육 센터를 연 회사는?' },
      ]),
    ).toContain('사마르칸트');
    expect(logs.warnings()[0]?.reason).toBe('malformed_response');
  });

  it('uses the offline rule when the model fails with a 500', async () => {
    standIn.failAlways({ kind: 'server-error' });
    const { rewriter } = rewriterWithModel();
    expect(
      await rewriter.rewrite('Còn ở Hà Nội thì sao?', [
        { role: 'user', text: 'KOCCA mở văn phòng tại Việt Nam khi nào?' },
      ]),
    ).toContain('KOCCA');
  });

  it('works without a model: only the offline rule runs', async () => {
    const logs = captureLogs();
    const rewriter = createQueryRewriter({ promptsDir, logger: logs.logger, timeoutMs: 1_000 });
    expect(await rewriter.rewrite('and how many experts taught there?', samarkandThread)).toContain('Samarkand');
    expect(await rewriter.rewrite('Who signed the MOU with Netflix?', samarkandThread)).toBe(
      'Who signed the MOU with Netflix?',
    );
    expect(standIn.chatRequests()).toHaveLength(0);
  });
});
