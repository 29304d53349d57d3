/** The adapters' matchmaking words in Japanese (keys and placeholders as in catalog-matchmaking-en.ts). */
import type { MatchmakingKey } from './catalog-matchmaking-en.js';

export const japaneseMatchmaking = {
  kindStudio: 'スタジオ',
  kindTalentCenter: '人材・研修センター',
  kindAgency: '機関・公的機関',
  kindPlatform: 'プラットフォーム・配信',
  kindBroadcaster: '放送局',
  kindAssociation: '協会',
  kindOther: '組織',
  reasonNeedOffer: '{needing}は{need}{note}を必要としている ↔ {offering}は{offer}を提供',
  reasonAskedFor: 'ご質問: {question}{note} ↔ {offering}は{offer}を提供',
  reasonNote: '（{label}）',
  reasonWordsNote: '（共通の語: {words}）',
  reasonSharedLanguages: '両者とも{languages}で仕事をしています',
  reasonSamePlace: '両者とも{place}にあります',
  reasonSameArticle: '両者とも「{title}」に登場します',
  digestCountOne: '提案1件',
  digestCountMany: '提案{count}件',
  digestNoneThisTime: '今回は新しい提案はありません。',
  slackDigestExplain:
    '双方の理由と出典は下にあります。各組織のメンバーはボタンでご意見をお知らせください。双方が' +
    '*{interested}*を選ぶと、お互いをご紹介します。',
  digestUnmetHeading: 'まだ誰も満たせていないニーズ:',
  digestContinued: '{title}（続き）',
  feedbackFieldTitle: 'フィードバック',
  feedbackNoAnswerYet: '未回答',
  feedbackChose: '{member}さんが{verdict}を選びました',
  introHello: 'こんにちは',
  introHelloPeople: '{people}さん、こんにちは',
  introAfterDigest: '{hello} — {a}と{b}の双方がマッチングダイジェストで{interested}を選んだので、ご紹介します。',
  introAfterSearch: '{hello} — {a}と{b}の双方がパートナー検索のあと{interested}を選んだので、ご紹介します。',
  introTakeItFromHere: 'ここからはお二人で: あいさつをして、取り組んでいることを共有し、通話の予定を立ててください。',
  introFallback: 'ご紹介: {a} ↔ {b}',
  discordIntroMeet: 'ご紹介します！{a}と{b}の双方が関心ありと答えました。',
  discordIntroNotLinked: 'まだ連携したDiscordメンバーがいません（`/profile`で連携できます）',
  introWhy: 'このマッチの理由:',
  introThreadName: 'ご紹介: {a} × {b}',
  slackDigestNotOrganizer:
    'マッチングダイジェストを送れるのは運営者だけです。自分の組織への提案は `/matchcut match` で見られます。',
  slackDigestPickChannel:
    '`#` と入力して出る一覧からチャンネルを選んでください（例: `/matchcut digest #partners`）。省略するとここに投稿します。',
  slackDigestNothingNew:
    '今送れる新しい提案はありません。良い組み合わせはすべて最近提案済みか、回答済みです。プロフィールを追加・更新' +
    'するか、後でもう一度お試しください。',
  slackDigestPostedOne: '{channel}に提案1件のマッチングダイジェストを投稿しました。',
  slackDigestPostedMany: '{channel}に提案{count}件のマッチングダイジェストを投稿しました。',
  slackDigestPostedRestOne: '{channel}にマッチングダイジェストの残り（提案1件）を投稿しました。',
  slackDigestPostedRestMany: '{channel}にマッチングダイジェストの残り（提案{count}件）を投稿しました。',
  slackDigestCannotPost:
    'そのチャンネルには投稿できません（{code}）。先に{channel}で `/invite @matchcut` で招待してから、もう一度お試しください。',
  discordDigestInServer: 'ダイジェストはサーバーに投稿されます。サーバーのチャンネルで `/digest` を実行してください。',
  discordDigestNotOrganizer:
    'マッチングダイジェストを送れるのは運営者（{who}）だけです。自分の組織には引き続き `/match` を使えます。',
  discordAddInServer: 'ページはサーバーで追加します。サーバーのチャンネルで `/add` を実行してください。',
  discordAddNotOrganizer:
    '申し訳ありません。ナレッジベースに記事を追加できるのは運営者（{who}）だけです。追加すべきページをご存じなら、' +
    'リンクを運営者に送ってください。',
  discordCannotPostIn: '{channel}には投稿できません。このサーバーのテキストチャンネルを選んでください。',
  discordMissingPermissionsIn: '{channel}には投稿できません。そこで{permissions}の権限を付与してください。',
  addGiveAddress: 'ページのアドレスを指定してください: `/matchcut add https://…`',
  addUnavailable: 'このボットではページを追加できません。',
  addFailed: '申し訳ありません。こちら側の問題でページを追加できませんでした。詳細はログにあります。',
  addRefused: 'そのページは追加できませんでした: {reason}',
  addAdded: '{title}を追加しました（{language}）。',
  addUpdated: '{title}を更新しました（{language}）。',
  addAlreadyThere: 'すでにナレッジベースにあります: {title}（{language}）。',
  addAnswerableSoon: '数秒後には回答に使えるようになります。',
} satisfies Record<MatchmakingKey, string>;
