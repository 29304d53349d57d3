/** The adapters' own words in Korean (keys and placeholders as in catalog-en.ts). */
import type { Catalog } from './catalog-en.js';
import { koreanForms } from './catalog-forms-ko.js';
import { koreanMatchmaking } from './catalog-matchmaking-ko.js';

export const korean = {
  ...koreanMatchmaking,
  ...koreanForms,
  errorFixField: '다음 항목을 고쳐 주세요:\n{fields}',
  errorFixFields: '다음 항목을 고쳐 주세요:\n{fields}',
  errorDidNotWork: '처리하지 못했습니다: {message}',
  errorNotFound: '찾을 수 없습니다: {message}',
  errorForbidden: '이 작업은 할 수 없습니다: {message}',
  errorModelTimeout: '언어 모델이 제때 답하지 않았습니다. 잠시 후 다시 시도해 주세요.',
  errorModelBusy: '지금 언어 모델에 요청이 몰려 있습니다. 잠시 후 다시 시도해 주세요.',
  errorModelUnavailable: '언어 모델에 연결할 수 없습니다. 나중에 다시 시도하고, 계속 실패하면 운영진에게 알려 주세요.',
  errorModelRejected: '언어 모델이 요청을 거부했습니다. 운영진이 로그에서 자세한 내용을 확인할 수 있습니다.',
  errorModelUnusable: '언어 모델의 답을 사용할 수 없었습니다. 다시 시도해 주세요.',
  errorDiscordRefused: 'Discord가 요청을 거부했습니다. 다시 시도하고, 계속 실패하면 운영진에게 알려 주세요.',
  errorDiscordProblem: 'Discord에서 요청을 처리하는 중 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
  errorDiscordUnreachable: 'Discord에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.',
  errorDiscordMissingPermissions:
    '그 채널에 필요한 권한이 없습니다: 채널 보기, 메시지 보내기, 링크 첨부, 메시지 기록 보기, (소개용) 공개 스레드 만들기 권한이 필요합니다.',
  errorDiscordMissingAccess: '그 채널을 볼 수 없습니다. 관리자가 접근 권한을 주어야 합니다.',
  errorDiscordGone: '그 채널이나 메시지는 더 이상 없습니다.',
  errorSlackRefused: 'Slack이 요청을 거부했습니다 ({code}). 다시 시도하고, 계속 실패하면 운영진에게 알려 주세요.',
  errorUpstream: '연결된 서비스가 응답하지 않았습니다. 잠시 후 다시 시도해 주세요.',
  errorKnowledge:
    '지금은 지식 베이스를 읽을 수 없어 답할 수 없습니다. 운영진이 로그에서 자세한 내용을 확인할 수 있습니다.',
  errorConfig: '이 기능이 올바르게 설정되어 있지 않습니다. 운영진이 로그에서 자세한 내용을 확인할 수 있습니다.',
  errorBusy: '지금 많은 질문에 답하는 중입니다. 잠시 후 다시 시도해 주세요.',
  errorMemberRateLimit:
    '한 사람이 {window}초 동안 할 수 있는 질문은 {limit}개까지입니다. {retry}초 후에 다시 시도해 주세요.',
  digestRetryNote:
    '보내지 못한 제안은 기록되지 않았습니다. 문제를 해결한 뒤 `/digest`를 다시 실행하면 같은 다이제스트를 게시합니다.',
  errorInternal: '내부에서 문제가 생겼습니다. 운영진이 로그에서 자세한 내용을 확인할 수 있습니다.',
  errorUnknownCommand: '더 이상 없는 명령입니다. 운영진이 명령을 다시 등록해야 합니다.',
  adviceFindOrganizations: '등록된 조직을 찾으려면 {command}을(를) 사용하세요.',
  adviceAskOrganizer: '운영진이 확인할 수 있습니다.',
  slackHelp:
    '*matchcut*은 파트너십 질문에 출처와 함께 답하고 파트너를 추천합니다.\n' +
    '• 채널에서 `@matchcut <질문>`, 또는 DM의 아무 메시지: 스레드에 답합니다. 스레드의 후속 질문에는 멘션이 필요 없습니다.\n' +
    '• `/matchcut ask <질문>`: 같은 답을 나에게만 보여 주며, 채널에 공유하는 버튼이 있습니다.\n' +
    '• 메시지 메뉴 → *Ask matchcut*: 그 메시지에 스레드로 답합니다.\n' +
    '• `/matchcut match [조직]`: 내 조직(또는 지정한 조직)에 맞는 파트너를 추천합니다.\n' +
    '• `/matchcut partners <찾는 것>`: 그것을 제공하는 조직을 보여 줍니다.\n' +
    '• `/matchcut profile`: 조직 프로필을 만들거나 수정합니다.\n' +
    '• `/matchcut digest [#채널]`: 운영진이 매칭 다이제스트를 게시합니다.\n' +
    '• `/matchcut add <url>`: 운영진이 웹 페이지를 지식 베이스에 추가합니다.\n' +
    '• `/matchcut settings [mention|auto|off]`: 이 채널에서 답하는 방식 (운영진이 변경).\n' +
    '• `/matchcut help`: 이 안내.',
  slackUnknownSubcommand: '`{subcommand}`은(는) 모르는 명령입니다. 다음 중 하나를 사용해 보세요:',
  slackAskUsage: '`ask` 뒤에 질문을 적어 주세요. 예: `/matchcut ask 한국에서 후반 작업 인력을 교육하는 곳은?`',
  slackPartnersUsage:
    '`partners` 뒤에 찾는 것을 적어 주세요. 예: `/matchcut partners 드라마를 일본어로 더빙할 수 있는 곳은?`',
  slackNotLinked:
    '아직 연결된 조직이 없습니다. `/matchcut profile`로 조직을 만들거나 연결하거나, 이름을 지정하세요: `/matchcut match <조직>`.',
  discordEmptyMention:
    '멘션 뒤에 질문을 적어 주세요. 예: "@matchcut 사마르칸트에서 VFX 아티스트를 교육하는 곳은?" 또는 `/ask`를 사용하세요.',
  buttonHelpful: '도움 됨',
  buttonNotHelpful: '도움 안 됨',
  buttonAskOrganizer: '운영진에게 묻기',
  buttonShare: '채널에 공유',
  buttonInterested: '관심 있음',
  buttonNotAFit: '맞지 않음',
  buttonAlreadyKnow: '이미 아는 곳',
  buttonCreateProfile: '프로필 만들기',
  buttonEditProfile: '수정',
  buttonSendDigest: '다이제스트 보내기',
  voteRecorded: '감사합니다. {label}(으)로 기록했습니다. ({counts})',
  voteChanged: '투표를 {label}(으)로 바꿨습니다. ({counts})',
  voteCounts: '도움 됨 {helpful} · 도움 안 됨 {notHelpful}',
  buttonInactive: '이 버튼은 더 이상 작동하지 않습니다.',
  askedOrganizers: '스레드에서 운영진에게 물어봤습니다.',
  sharedWithChannel: '채널에 공유했습니다.',
  organizerMayKnow: '운영진이 더 알고 있을 수 있습니다. 스레드에서 물어보세요.',
  noTextToAnswer: '그 메시지에는 답할 수 있는 텍스트가 없습니다.',
  answersOff: '이 채널에서는 답변이 꺼져 있습니다. {command}(으)로 물으면 나에게만 답합니다.',
  answeredIn: '{channel}에 답했습니다.',
  sourcesTitle: '출처',
  closestSourcesTitle: '가장 가까운 출처 (질문에 대한 답은 아닙니다)',
  notInSourcesClosest: '*출처에 없는 내용입니다.* 가장 가까운 자료:',
  onlyOrganizersDigest: '죄송합니다. 매칭 다이제스트는 운영진만 보낼 수 있습니다.',
  onlyOrganizersAdd:
    '죄송합니다. 지식 베이스에는 운영진만 글을 추가할 수 있습니다. 추가할 만한 페이지가 있으면 링크를 운영진에게 보내 주세요.',
  onlyOrganizersSettings: '죄송합니다. 답하는 방식은 운영진만 바꿀 수 있습니다.',
  digestTitle: '매칭 다이제스트',
  digestNothingNew: '지금은 새 추천이 없습니다. 좋은 조합은 모두 최근에 추천했거나 이미 답을 받았습니다.',
  digestPosted: '{channel}에 추천 {count}건을 게시했습니다.',
  profileFormTitleNew: '내 조직',
  profileFormTitleEdit: '조직 수정',
  profileFieldName: '조직 이름',
  profileFieldLanguages: '업무 언어',
  profileFieldOffers: '제공하는 것',
  profileFieldNeeds: '필요한 것',
  profileSaved: '{name} 프로필을 저장하고 내 계정에 연결했습니다.',
  settingsSlackMention: '멘션을 받았을 때, DM에서, 그리고 제가 답한 스레드의 후속 질문에 답합니다.',
  settingsSlackAuto: '질문처럼 보이는 새 메시지에도 스레드로 답합니다. 단, 제 출처가 다루는 내용일 때만입니다.',
  settingsSlackOff: '이 채널에서는 답하지 않습니다 (`/matchcut ask`는 여전히 나에게만 답합니다).',
  settingsDiscordMention: '멘션을 받았을 때와 DM에서 답합니다.',
  settingsDiscordAuto: '질문처럼 보이는 메시지에도 스레드로 답합니다. 단, 제 출처가 다루는 내용일 때만입니다.',
  settingsDiscordOff: '이 채널에서는 멘션에 답하지 않습니다 (`/ask`는 여전히 나에게만 답합니다).',
  settingsModesAre: '모드는 다음과 같습니다:',
  settingsModes: '모드:',
  settingsNotAMode: '{mode}은(는) 모드가 아닙니다.',
  settingsThatIsNotAMode: '그런 모드는 없습니다.',
  settingsNotOrganizerDiscord: '답하는 방식은 운영진만 바꿀 수 있습니다 ({who}).',
  settingsPerChannelSlack: '설정은 채널별입니다. 설정할 채널에서 `/matchcut settings`를 실행하세요.',
  settingsPerChannelDiscord: '설정은 채널별입니다. 서버 채널에서 `/settings`를 실행하세요.',
  settingsUnavailable: '이 서버에서는 채널 설정을 사용할 수 없습니다.',
  settingsCurrent: '{channel}의 답변 모드: `{mode}` ({how}). {description}',
  settingsSetByOrganizer: '운영진이 설정',
  settingsByDefault: '기본값',
  settingsHowToChange: '운영진은 {command}(으)로 바꿀 수 있습니다:',
  settingsNowMode: '{channel}의 답변 모드가 이제 `{mode}`입니다: {description}',
  settingsNotSaved: '죄송합니다. 설정을 저장하지 못했습니다. 자세한 내용은 로그에 있습니다.',
  settingsNeedsMessageContent:
    '멘션 없는 질문을 읽으려면 봇에 Message Content 인텐트가 필요합니다. 운영자가 `DISCORD_MESSAGE_CONTENT=on`을 설정하고 Developer ' +
    'Portal에서 켜야 합니다. 그때까지는 멘션에만 답합니다.',
  discordOrganizersManageServer: '서버 관리 권한이 있는 멤버',
  discordOrganizersRole: '{role} 역할 또는 서버 관리 권한이 있는 멤버',
  partnersWhatYouAsked: '요청한 것',
  partnersNone: '아직 {what}을(를) 제공하는 조직이 없습니다.',
  partnersNoneIn: '아직 {place}에서 {what}을(를) 제공하는 조직이 없습니다.',
  partnersNoneHint: '운영진이 프로필을 추가할 수 있습니다. `/ask`로 글에서 찾을 수도 있습니다.',
  partnersNoneHintWithAnswer: '운영진이 프로필을 추가할 수 있습니다.',
  partnersHeading: '{what}을(를) 제공하는 조직:',
  partnersHeadingIn: '{place}에서 {what}을(를) 제공하는 조직:',
  partnersInterestedHint: '관심 있음을 누르면 만나고 싶다는 뜻이 전해지고, 상대도 관심을 보이면 서로 소개해 드립니다.',
  interestIntroduced: '{name}도 관심이 있습니다. 여기에서 서로 소개했습니다.',
  interestAlreadyIntroduced: '{name}과(와)는 이미 소개되었습니다.',
  interestNoted: '{name}에 관심 있음으로 기록했습니다. 상대도 관심을 보이면 소개해 드리겠습니다.',
  discordInterestNotLinked:
    '관심 있음을 누르려면 조직이 matchcut에 있어야 합니다. `/profile`로 등록하거나 정확한 이름으로 연결하면 계정에 연결됩니다. 그다음 관심 있음을 다시 눌러 주세요.',
  slackPartnersNoneHint: '운영진이 프로필을 추가할 수 있습니다. 글에서 찾으려면 `/matchcut ask`를 사용해 보세요.',
  slackPartnersHeading: '{what}을(를) 제공하는 조직',
  slackPartnersHeadingIn: '{place}에서 {what}을(를) 제공하는 조직',
  partnersNotPlaced: '위치를 찾지 못함: {places}',
  slackPartnersInterestedHint:
    '*관심 있음*을 누르면 만나고 싶다는 뜻이 전해지고, 상대도 관심을 보이면 서로 소개해 드립니다.',
  slackInterestIntroduced: '{name}도 관심이 있습니다. 그룹 메시지로 서로 소개했습니다.',
  slackInterestNotLinked:
    '관심 있음을 누르려면 조직이 matchcut에 있어야 합니다. `/matchcut profile`로 등록하거나 정확한 이름으로 연결하면 계정에 연결됩니다. 그다음 관심 있음을 ' +
    '다시 눌러 주세요.',
  matchFor: '{name}에게',
  matchPossiblePartner: '{name}은(는) 가능한 파트너입니다.',
  matchAndMore: '…외 {count}개',
  sourcesContinued: '출처 (계속)',
  matchFooter: '매칭 {score} · {a} {scoreA} · {b} {scoreB}',
  discordMatchNone:
    '아직 {subject}에 잘 맞는 파트너가 없습니다. `/profile`로 제공하는 것과 필요한 것을 추가하거나, 운영진에게 프로필 추가를 요청하세요.',
  matchBest: '{subject}에 가장 잘 맞는 파트너 ({total}개 중 {shown}개):',
  feedbackRecorded: '{party}에 대해 {verdict}(으)로 기록했습니다. {next}',
  feedbackBothInterestedThread: '양쪽 모두 관심이 있습니다. 소개를 위해 스레드를 엽니다.',
  feedbackIntroduceIfToo: '{name}도 관심을 보이면 소개해 드리겠습니다.',
  feedbackThanks: '감사합니다. 다음 다이제스트에 반영하겠습니다.',
  slackMatchHeading: '{name}에 추천하는 파트너',
  slackMatchNone:
    '아직 추천이 없습니다. 이 필요나 제공 내용에 맞는 다른 조직이 없습니다. `/matchcut profile`로 프로필을 수정하거나 운영진에게 프로필 추가를 요청하세요.',
  slackMatchScore: '매칭 {percent}',
  matchNoReason: '(기록된 구체적인 이유 없음)',
  digestPostedOne: '{channel}에 추천 1건을 게시했습니다.',
  digestPostedMany: '{channel}에 추천 {count}건을 게시했습니다.',
  digestUnmetNeeds: '아직 아무도 채울 수 없는 필요:',
} satisfies Catalog;
