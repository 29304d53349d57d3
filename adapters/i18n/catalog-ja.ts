/** The adapters' own words in Japanese (keys and placeholders as in catalog-en.ts). */
import type { Catalog } from './catalog-en.js';
import { japaneseForms } from './catalog-forms-ja.js';
import { japaneseMatchmaking } from './catalog-matchmaking-ja.js';

export const japanese = {
  ...japaneseMatchmaking,
  ...japaneseForms,
  errorFixField: '次の項目を直してください:\n{fields}',
  errorFixFields: '次の項目を直してください:\n{fields}',
  errorDidNotWork: 'うまくいきませんでした: {message}',
  errorNotFound: '見つかりません: {message}',
  errorForbidden: 'この操作はできません: {message}',
  errorModelTimeout: '言語モデルが時間内に応答しませんでした。少し待ってからもう一度お試しください。',
  errorModelBusy: '言語モデルが混み合っています。少し待ってからもう一度お試しください。',
  errorModelUnavailable: '言語モデルに接続できません。後でもう一度お試しください。続く場合は運営者に知らせてください。',
  errorModelRejected: '言語モデルがリクエストを拒否しました。詳細は運営者がログで確認できます。',
  errorModelUnusable: '言語モデルの応答を使えませんでした。もう一度お試しください。',
  errorDiscordRefused:
    'Discord がリクエストを拒否しました。もう一度お試しください。続く場合は運営者に知らせてください。',
  errorDiscordProblem: 'Discord でリクエストの処理に問題が起きました。少し待ってからもう一度お試しください。',
  errorDiscordUnreachable: 'Discord に接続できません。少し待ってからもう一度お試しください。',
  errorDiscordMissingPermissions:
    'そのチャンネルで必要な権限がありません: チャンネルを見る、メッセージを送信、埋め込みリンク、メッセージ履歴を読む、(紹介用に)公開スレッドの作成が必要です。',
  errorDiscordMissingAccess: 'そのチャンネルが見えません。管理者がアクセス権を付与する必要があります。',
  errorDiscordGone: 'そのチャンネルまたはメッセージはもう存在しません。',
  errorSlackRefused:
    'Slack がリクエストを拒否しました ({code})。もう一度お試しください。続く場合は運営者に知らせてください。',
  errorUpstream: '利用しているサービスが応答しませんでした。少し待ってからもう一度お試しください。',
  errorKnowledge: '今はナレッジベースを読み込めないため回答できません。詳細は運営者がログで確認できます。',
  errorConfig: 'この機能は正しく設定されていません。詳細は運営者がログで確認できます。',
  errorBusy: '今は多くの質問に回答中です。少し待ってからもう一度お試しください。',
  errorMemberRateLimit: '{window} 秒間に質問できるのは 1 人 {limit} 件までです。{retry} 秒後にもう一度お試しください。',
  digestRetryNote:
    '送信できなかった提案は記録されていません。問題を直してから `/digest` をもう一度実行すると、同じダイジェストを投稿します。',
  errorInternal: 'こちら側で問題が起きました。詳細は運営者がログで確認できます。',
  errorUnknownCommand: 'そのコマンドはもうありません。運営者がコマンドを登録し直す必要があります。',
  adviceFindOrganizations: '登録済みの組織を探すには {command} を使ってください。',
  adviceAskOrganizer: '運営者が確認できます。',
  slackHelp:
    '*matchcut* は提携に関する質問に出典付きで答え、パートナーを提案します。\n' +
    '• チャンネルで `@matchcut <質問>`、または DM の任意のメッセージ: スレッドで回答します。スレッド内の続きの質問にメンションは不要です。\n' +
    '• `/matchcut ask <質問>`: 同じ回答を自分だけに表示し、チャンネルに共有するボタンを付けます。\n' +
    '• メッセージメニュー → *Ask matchcut*: そのメッセージにスレッドで回答します。\n' +
    '• `/matchcut match [組織]`: 自分の組織(または指定した組織)に合うパートナーを提案します。\n' +
    '• `/matchcut partners <探しているもの>`: それを提供する組織を表示します。\n' +
    '• `/matchcut profile`: 組織のプロフィールを作成・編集します。\n' +
    '• `/matchcut digest [#チャンネル]`: 運営者がマッチングダイジェストを投稿します。\n' +
    '• `/matchcut add <url>`: 運営者がウェブページをナレッジベースに追加します。\n' +
    '• `/matchcut settings [mention|auto|off]`: このチャンネルでの回答方法(運営者が変更)。\n' +
    '• `/matchcut help`: このメッセージ。',
  slackUnknownSubcommand: '`{subcommand}` は分かりません。次のどれかをお試しください:',
  slackAskUsage:
    '`ask` の後に質問を書いてください。例: `/matchcut ask 韓国でポストプロダクションの人材を育成しているのは?`',
  slackPartnersUsage:
    '`partners` の後に探しているものを書いてください。例: `/matchcut partners ドラマを日本語に吹き替えできるのは?`',
  slackNotLinked:
    'まだ組織に紐付けられていません。`/matchcut profile` で作成または紐付けるか、組織名を指定してください: `/matchcut match <組織>`。',
  discordEmptyMention:
    'メンションの後に質問を書いてください。例: "@matchcut サマルカンドで VFX アーティストを育成しているのは?" または `/ask` を使ってください。',
  buttonHelpful: '役に立った',
  buttonNotHelpful: '役に立たなかった',
  buttonAskOrganizer: '運営者に聞く',
  buttonShare: 'チャンネルに共有',
  buttonInterested: '興味あり',
  buttonNotAFit: '合わない',
  buttonAlreadyKnow: 'もう知っている',
  buttonCreateProfile: 'プロフィールを作成',
  buttonEditProfile: '編集',
  buttonSendDigest: 'ダイジェストを送信',
  voteRecorded: 'ありがとうございます。{label} と記録しました。({counts})',
  voteChanged: '投票を {label} に変更しました。({counts})',
  voteCounts: '役に立った {helpful} · 役に立たなかった {notHelpful}',
  buttonInactive: 'このボタンはもう使えません。',
  askedOrganizers: 'スレッドで運営者に質問しました。',
  sharedWithChannel: 'チャンネルに共有しました。',
  organizerMayKnow: '運営者が詳しく知っているかもしれません。スレッドで聞いてみてください。',
  noTextToAnswer: 'そのメッセージには回答できるテキストがありません。',
  answersOff: 'このチャンネルでは回答がオフです。{command} なら自分だけに回答します。',
  answeredIn: '{channel} で回答しました。',
  sourcesTitle: '出典',
  closestSourcesTitle: '最も近い出典(質問への答えではありません)',
  notInSourcesClosest: '*出典にはありません。* 最も近いもの:',
  onlyOrganizersDigest: '申し訳ありません。マッチングダイジェストを送れるのは運営者だけです。',
  onlyOrganizersAdd:
    '申し訳ありません。ナレッジベースに記事を追加できるのは運営者だけです。追加すべきページがあれば、リンクを運営者に送ってください。',
  onlyOrganizersSettings: '申し訳ありません。回答方法を変更できるのは運営者だけです。',
  digestTitle: 'マッチングダイジェスト',
  digestNothingNew: '今は新しい提案がありません。良い組み合わせは最近提案済みか、すでに回答済みです。',
  digestPosted: '{channel} に提案を {count} 件投稿しました。',
  profileFormTitleNew: 'あなたの組織',
  profileFormTitleEdit: '組織を編集',
  profileFieldName: '組織名',
  profileFieldLanguages: '対応言語',
  profileFieldOffers: '提供できること',
  profileFieldNeeds: '必要なこと',
  profileSaved: '{name} のプロフィールを保存し、あなたに紐付けました。',
  settingsSlackMention: 'メンションされたとき、DM、そして私が答えたスレッドでの続きの質問に答えます。',
  settingsSlackAuto: '質問らしい新しいメッセージにもスレッドで答えます。ただし、私の情報源で答えられる場合だけです。',
  settingsSlackOff: 'このチャンネルでは答えません（`/matchcut ask` なら今まで通りあなただけに答えます）。',
  settingsDiscordMention: 'メンションされたときと DM で答えます。',
  settingsDiscordAuto: '質問らしいメッセージにもスレッドで答えます。ただし、私の情報源で答えられる場合だけです。',
  settingsDiscordOff: 'このチャンネルではメンションに答えません（`/ask` なら今まで通りあなただけに答えます）。',
  settingsModesAre: 'モードは次のとおりです:',
  settingsModes: 'モード:',
  settingsNotAMode: '{mode} はモードではありません。',
  settingsThatIsNotAMode: 'そのようなモードはありません。',
  settingsNotOrganizerDiscord: '答える場所を変えられるのは運営者だけです（{who}）。',
  settingsPerChannelSlack: '設定はチャンネルごとです。設定したいチャンネルで `/matchcut settings` を実行してください。',
  settingsPerChannelDiscord: '設定はチャンネルごとです。サーバーのチャンネルで `/settings` を実行してください。',
  settingsUnavailable: 'このサーバーではチャンネル設定を使えません。',
  settingsCurrent: '{channel} での回答: `{mode}`（{how}）。{description}',
  settingsSetByOrganizer: '運営者が設定',
  settingsByDefault: '既定値',
  settingsHowToChange: '運営者は {command} で変更できます:',
  settingsNowMode: '{channel} での回答は `{mode}` になりました: {description}',
  settingsNotSaved: '申し訳ありません。設定を保存できませんでした。詳細はログにあります。',
  settingsNeedsMessageContent:
    'メンションのない質問を読むには、Message Content インテントが必要です。運用者が `DISCORD_MESSAGE_CONTENT=on` を設定し、Developer Portal ' +
    'で有効にしてください。それまではメンションにだけ答えます。',
  discordOrganizersManageServer: '「サーバー管理」権限を持つメンバー',
  discordOrganizersRole: '{role} ロールまたは「サーバー管理」権限を持つメンバー',
  partnersWhatYouAsked: 'お探しのもの',
  partnersNone: '{what} を提供する団体はまだありません。',
  partnersNoneIn: '{place} で {what} を提供する団体はまだありません。',
  partnersNoneHint: '運営者がプロフィールを追加できます。`/ask` なら記事から見つかるかもしれません。',
  partnersNoneHintWithAnswer: '運営者がプロフィールを追加できます。',
  partnersHeading: '{what} を提供する団体:',
  partnersHeadingIn: '{place} で {what} を提供する団体:',
  partnersInterestedHint: '「興味あり」を押すと会いたいことが伝わり、相手も興味を示せば紹介します。',
  interestIntroduced: '{name} も興味があります。ここで紹介しました。',
  interestAlreadyIntroduced: '{name} とはすでに紹介済みです。',
  interestNoted: '{name} への興味を記録しました。相手も興味を示せば紹介します。',
  discordInterestNotLinked:
    '「興味あり」を使うには、あなたの団体が matchcut に登録されている必要があります。`/profile` ' +
    'で登録（または正確な名前で引き継ぎ）するとあなたに紐づきます。その後もう一度「興味あり」を押してください。',
  slackPartnersNoneHint: '運営者がプロフィールを追加できます。記事を探すなら `/matchcut ask` を試してください。',
  slackPartnersHeading: '{what} を提供する団体',
  slackPartnersHeadingIn: '{place} で {what} を提供する団体',
  partnersNotPlaced: '場所を特定できなかったもの: {places}',
  slackPartnersInterestedHint: '*興味あり* を押すと会いたいことが伝わり、相手も興味を示せば紹介します。',
  slackInterestIntroduced: '{name} も興味があります。グループメッセージで紹介しました。',
  slackInterestNotLinked:
    '「興味あり」を使うには、あなたの団体が matchcut に登録されている必要があります。`/matchcut profile` ' +
    'で登録（または正確な名前で引き継ぎ）するとあなたに紐づきます。その後もう一度「興味あり」を押してください。',
  matchFor: '{name} にとって',
  matchPossiblePartner: '{name} はパートナー候補です。',
  matchAndMore: '…ほか {count} 件',
  sourcesContinued: '出典（続き）',
  matchFooter: 'マッチ度 {score} · {a} {scoreA} · {b} {scoreB}',
  discordMatchNone:
    '{subject} に合うパートナーはまだ見つかりません。`/profile` で提供できることと必要なことを追加するか、運営者にプロフィールの追加を頼んでください。',
  matchBest: '{subject} に合うパートナー（{total} 件中 {shown} 件）:',
  feedbackRecorded: '{party} について {verdict} と記録しました。{next}',
  feedbackBothInterestedThread: '双方が興味を示しました。紹介のためにスレッドを開きます。',
  feedbackIntroduceIfToo: '{name} も興味を示せば紹介します。',
  feedbackThanks: 'ありがとうございます。次のダイジェストに反映します。',
  slackMatchHeading: '{name} へのおすすめパートナー',
  slackMatchNone:
    'まだおすすめはありません。これらのニーズや提供内容に合う団体がほかにありません。`/matchcut profile` でプロフィールを更新するか、運営者にプロフィールの追加を頼んでください。',
  slackMatchScore: 'マッチ度 {percent}',
  matchNoReason: '（具体的な理由の記録なし）',
  digestPostedOne: '{channel} に提案を 1 件投稿しました。',
  digestPostedMany: '{channel} に提案を {count} 件投稿しました。',
  digestUnmetNeeds: 'まだ誰も応えられないニーズ:',
} satisfies Catalog;
