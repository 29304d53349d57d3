/** The adapters' form and page words in Japanese (keys and placeholders as in catalog-forms-en.ts). */
import type { FormsKey } from './catalog-forms-en.js';

export const japaneseForms = {
  profileFieldKind: '種類',
  profileFieldCountry: '国',
  profileFieldCity: '都市',
  profileFieldDescription: '説明',
  profileFieldContact: '連絡先',
  profileLine: '{line}行目: {message}',
  problemEmpty: '空欄にはできません',
  problemTooLong: '{maximum}文字以内で入力してください',
  problemTooMany: '最大{maximum}件までです',
  problemKind: '次の種類から1つ選んでください: {kinds}',
  problemInvalid: '正しくありません',
  slackFormSave: '保存',
  slackFormCancel: 'キャンセル',
  slackFormChooseOne: '1つ選んでください',
  slackFormNamePlaceholder: '例: IT Park Uzbekistan',
  slackFormLanguagesPlaceholder: '英語、韓国語、ベトナム語',
  slackFormSeparateWithCommas: 'カンマで区切ってください。',
  slackFormOnePerLine: '1行に1つ。',
  slackFormOffersPlaceholder: '1行に1つ、例: 3Dアニメーション研修',
  slackFormNeedsPlaceholder: '1行に1つ、例: VFXコンポジター',
  slackFormOffersPicked: '提供できること（一覧から）',
  slackFormNeedsPicked: '必要なこと（一覧から）',
  slackFormPickerHint: 'スキルや職種をどの言語でも入力できます。例: compositing、합성、dựng phim。',
  slackFormPickerPlaceholder: 'スキル一覧を検索',
  slackFormContactPlaceholder: 'メール、ウェブサイト、担当者',
  slackKindStudio: 'スタジオ / 制作会社',
  slackKindTalentCenter: '人材・研修センター',
  slackKindAgency: '機関 / 公的機関',
  slackKindPlatform: 'プラットフォーム / 配信',
  slackKindBroadcaster: '放送局',
  slackKindAssociation: '協会',
  slackKindOther: 'その他',
  slackProfileSaved:
    '{name}のプロフィールを保存し、あなたと連携しました。`/matchcut match` で提案されたパートナーを見られます。' +
    '運営者のダイジェストにも含まれます。',
  slackFormOpenFailed: 'プロフィールフォームを時間内に開けませんでした。もう一度ボタンを押してください。',
  slackFormOpenFailedCommand:
    'プロフィールフォームを時間内に開けませんでした。`/matchcut profile` をもう一度実行してください。',
  discordFormTitleNew: '組織を登録',
  discordFormTitleEdit: '組織を編集',
  discordFormOffers: '提供できること（1行に1つ）',
  discordFormNeeds: '必要なこと（1行に1つ）',
  discordFormAbout: '概要（国、都市、言語など）',
  discordFormAboutShort: '概要',
  discordFormOffersPlaceholder: '3Dアニメーション研修\nVFXコンポジット（Nuke）',
  discordFormNeedsPlaceholder: '韓国の共同制作パートナー\n卒業生のインターンシップ',
  discordFormAboutPlaceholder:
    '{country}: ウズベキスタン\n{city}: サマルカンド\n{languages}: uz, ru, en\n活動内容を数文で。',
  discordFormLanguages: '言語',
  discordFieldLine: '{field}（{line}行目）',
  discordProfileSaved:
    '{name}を保存しました。あなたと連携したので、ダイジェストへのフィードバックはこの組織のものになります。',
  discordProfileWhere: '所在地',
  discordProfileRegisterFirst:
    'まず組織を登録してください。オプションなしで `/profile` を実行してフォームに記入すると、あなたと連携されます。' +
    'その後 `/profile offer:` と `need:` で一覧からスキルを追加できます。',
  discordProfileNotOnList:
    '{values}は一覧にありません。入力を始めて候補から選んでください（それ以外は `/profile` フォームに自由に書けます）。',
  discordProfileAddedOffer: '{name}が提供できることに{entry}を追加しました。',
  discordProfileAddedNeed: '{name}が必要なことに{entry}を追加しました。',
  discordProfileMatchingUsesIt: '今後のマッチングに使われます。`/partners` と `/match` で誰が合うかを確認できます。',
  homeAbout:
    'コンテンツ産業（映画、テレビ、OTT、アニメ、VFX、ウェブトゥーン）のパートナーシップ、プログラム、企業についての' +
    '質問に番号付きの出典とともに答え、組織どうしのパートナーを提案します。',
  homeHowToAsk:
    '*質問のしかた*\n' +
    '• チャンネルで `@matchcut` をメンションして質問: スレッドで答えます。スレッド内の続きの質問にはメンション不要です。\n' +
    '• ダイレクトメッセージを送る（上の *メッセージ* タブ）。\n' +
    '• `/matchcut ask <質問>`: 答えは自分だけに表示され、チャンネルに共有するボタンが付きます。\n' +
    '• メッセージメニュー（⋮）→ *Ask matchcut*: そのメッセージにスレッドで答えます。\n' +
    '• `/matchcut partners <探しているもの>`: 提供内容が合う組織。`/matchcut match`: あなたの組織への提案。',
  homeYourOrganization: 'あなたの組織',
  homeNotLinked:
    'まだ組織のプロフィールと連携していません。`/matchcut profile` を実行する（またはボタンを押す）と作成できます。' +
    '既存の名前で保存するとそのプロフィールと連携されます。プロフィールがあればパートナーの提案を受け取れ、' +
    '運営者のダイジェストにも含まれます。',
  homeLanguages: '言語',
  homeOffers: '提供',
  homeNeeds: 'ニーズ',
  homeLatestSuggestions: '最近の提案',
  homeNoSuggestions:
    '{name}への提案はまだありません。運営者のダイジェストがここに届けます。今すぐ提案を見るには `/matchcut match` を使ってください。',
  homeProfileUnreadable: 'プロフィールを読み込めませんでした: {reason}',
  homeForOrganizers: '運営者向け',
  homeMatchmakingFigures:
    '*マッチング:* 提案 {suggested} · 関心あり {interested} · 紹介 {introduced} · 合わない {declined} · ' +
    '知り合い {known} · ダイジェスト {digests}',
  homeUnmetFigures:
    'まだ誰も満たせていないニーズ {unmet} · 用語集が分類できない提供・ニーズの表現 {unplaced}（レポートに記載）',
  homeQuestionsHeading: '質問',
  homeQuestionsSince: '{date}以降の質問',
  homeQuestionFigures:
    '質問 {asked} · 回答 {answered} · 資料なし {notCovered} · 役立った {helpful} · 役立たない {notHelpful}',
  homeByLanguage: '言語別: {figures}',
  homeByPlatform: 'プラットフォーム別: {figures}',
  homeNoGaps: '*資料の空白:* なし。すべての質問に記事から答えたか、質問がありませんでした。',
  homeGapsHeading: '*資料の空白*（答えられなかった・役立たなかった質問、多い順: 記事に足りないもの）',
  homeReportUnavailable: 'レポートを作成できませんでした: {reason}',
  homeLastDigestUnreadable: '前回のダイジェストを読み込めませんでした: {reason}',
  homeLastDigestNone: '*前回のダイジェスト:* まだ送っていません。',
  homeLastDigest: '*前回のダイジェスト:* {date} · {count} · {channel} · {state}',
  homeDigestPosting: '投稿中',
  homeDigestReleased: '一部のみ投稿',
  homeDigestPosted: '投稿済み',
  homeDigestChannel: 'ダイジェストのチャンネル',
  homeSendDigestNote: '*Send digest* は選んだチャンネルに新しい提案を投稿します（`/matchcut digest` と同じ）。',
  homePickDigestChannel: '*Send digest* の横でダイジェストのチャンネルを選んでから、もう一度押してください。',
  homeNoChannel: 'チャンネルなし',
  homeDateAt: '{date} {time}',
  votesNotRecorded: 'このサーバーでは評価は記録されません。',
  answersOffCannotShare: 'このチャンネルでは回答がオフなので、ここには共有できません。',
  noOrganizerRole: 'ここには質問できる運営者ロールがありません。',
  askedOrganizersHere: 'ここで運営者に質問しました。',
  escalationIntro: 'メンバーが私の回答は役に立たなかったとして、運営者に質問しています:',
  discordMatchWhichOrganization:
    'どの組織か指定してください（`/match organization:<名前>`）。または `/profile` で自分の組織を登録してください。',
  mistakeNoOrganization: '「{name}」という組織はありません。',
  mistakeDidYouMean: 'もしかして{names}ですか？',
  mistakeNoNameGiven: '組織名を指定してください。例: "IT Works Korea"。',
  mistakeOtherSide: 'あなたは{name}として参加しているので、この提案ではそちら側についてのみ回答できます。',
  mistakeNotLinkedEither:
    'この提案に回答できるのは{a}か{b}だけですが、あなたはどちらとも連携していません。まず{command}で組織を連携してください。',
  mistakeNotLinked: 'まず組織を連携してください。{command}で登録すると、あなたと連携されます。',
  mistakeUnknownSuggestion:
    'その提案はもうありません。チャンネルに投稿されたダイジェストのボタンで回答するか、運営者に新しいダイジェストを' +
    '依頼してください。',
  mistakePartnerGone: 'その組織はもう一覧にありません。',
  mistakeOwnOrganization: '{name}はあなた自身の組織です。',
  mistakeNameTaken: '「{name}」という名前はすでに別のプロフィールで使われています。別の名前を選んでください。',
  mistakeManagedByMembers:
    '「{name}」は連携しているメンバーが管理しています。変更はそのメンバーか運営者に依頼してください。',
  mistakeAnswerExpired: 'その回答はもう質問ログにないため、評価できません。',
  mistakeEmptyQuestion: '質問が空です。例: 「サマルカンドでVFXアーティストを育成しているのは？」',
  mistakeEmptyPartnerQuestion:
    'どんなパートナーを探しているか書いてください。例: 「韓国ドラマを日本語に吹き替えできるのは？」',
  mistakeQuestionTooLong:
    '質問が{length}文字あります。{maximum}文字以内にしてください（一度に1つずつ質問してください）。',
  mistakeNoDigestYet: 'まだダイジェストは作られていません。',
  mistakeUnknownDigest: 'ダイジェスト「{name}」はありません。',
  mistakeBadLimit: '件数は 1 から {maximum} までの整数にしてください。',
  pageNotUrl: 'Web アドレスではありません。https:// または http:// で始まるアドレスを指定してください。',
  pageScheme: '追加できるのは http と https のアドレスだけです。',
  pageCredentials: 'ユーザー名やパスワードを含むアドレスは取得しません。',
  pageNoHost: 'サイト名が見つかりません。',
  pageNotAllowed: 'プライベートまたはローカルネットワークのアドレスなので取得しません。',
  pageTooSlow: 'サイトが時間内に応答しませんでした。',
  pageUnreachable: 'サイトに接続できません。',
  pageRedirect: 'サイトが取得できない場所へ転送しています。',
  pageStatus: 'サイトがエラー {status} を返しました。',
  pageNotPage: 'Web ページや記事ではありません（{type}）。',
  pageTooLarge: 'ページが大きすぎます。',
  pageBrokenBody: 'ページが壊れた状態で届きました。',
  pageNoText: 'メニューなどのページ要素を除くと記事の本文が残りません。',
  pageNoArticle: 'ページに記事が見つかりませんでした。',
  slackEmptyMention:
    'パートナーシップ、プログラム、企業について質問してください。例: _韓国でポスプロ人材を育成しているのは？_',
} satisfies Record<FormsKey, string>;
