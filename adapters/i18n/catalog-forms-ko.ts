/** The adapters' form and page words in Korean (keys and placeholders as in catalog-forms-en.ts). */
import type { FormsKey } from './catalog-forms-en.js';

export const koreanForms = {
  profileFieldKind: '유형',
  profileFieldCountry: '국가',
  profileFieldCity: '도시',
  profileFieldDescription: '소개',
  profileFieldContact: '연락처',
  profileLine: '{line}번째 줄: {message}',
  problemEmpty: '비워 둘 수 없습니다',
  problemTooLong: '{maximum}자 이하로 써 주세요',
  problemTooMany: '최대 {maximum}개까지 가능합니다',
  problemKind: '다음 유형 중 하나를 고르세요: {kinds}',
  problemInvalid: '올바르지 않습니다',
  slackFormSave: '저장',
  slackFormCancel: '취소',
  slackFormChooseOne: '하나를 고르세요',
  slackFormNamePlaceholder: '예: IT Park Uzbekistan',
  slackFormLanguagesPlaceholder: '영어, 한국어, 베트남어',
  slackFormSeparateWithCommas: '쉼표로 구분하세요.',
  slackFormOnePerLine: '한 줄에 하나씩.',
  slackFormOffersPlaceholder: '한 줄에 하나씩, 예: 3D 애니메이션 교육',
  slackFormNeedsPlaceholder: '한 줄에 하나씩, 예: VFX 컴포지터',
  slackFormOffersPicked: '제공하는 것 (목록에서 선택)',
  slackFormNeedsPicked: '필요한 것 (목록에서 선택)',
  slackFormPickerHint: '기술이나 직무를 아무 언어로나 입력하세요. 예: compositing, 합성, dựng phim.',
  slackFormPickerPlaceholder: '기술 목록 검색',
  slackFormContactPlaceholder: '이메일, 웹사이트 또는 담당자',
  slackKindStudio: '스튜디오 / 제작사',
  slackKindTalentCenter: '인재·교육 센터',
  slackKindAgency: '기관 / 공공기관',
  slackKindPlatform: '플랫폼 / 스트리밍',
  slackKindBroadcaster: '방송사',
  slackKindAssociation: '협회',
  slackKindOther: '기타',
  slackProfileSaved:
    '{name}의 프로필을 저장하고 연결했습니다. 추천 파트너는 `/matchcut match`로 볼 수 있고, 운영진의 다이제스트에도 ' +
    '포함됩니다.',
  slackFormOpenFailed: '프로필 양식을 제때 열지 못했습니다. 버튼을 다시 눌러 주세요.',
  slackFormOpenFailedCommand: '프로필 양식을 제때 열지 못했습니다. `/matchcut profile`을 다시 실행해 주세요.',
  discordFormTitleNew: '조직 등록',
  discordFormTitleEdit: '조직 정보 수정',
  discordFormOffers: '제공하는 것 (한 줄에 하나씩)',
  discordFormNeeds: '필요한 것 (한 줄에 하나씩)',
  discordFormAbout: '소개 (국가, 도시, 언어 등)',
  discordFormAboutShort: '소개',
  discordFormOffersPlaceholder: '3D 애니메이션 교육\nVFX 컴포지팅 (Nuke)',
  discordFormNeedsPlaceholder: '한국 공동제작 파트너\n졸업생 인턴십',
  discordFormAboutPlaceholder:
    '{country}: 우즈베키스탄\n{city}: 사마르칸트\n{languages}: uz, ru, en\n하는 일을 몇 문장으로.',
  discordFormLanguages: '언어',
  discordFieldLine: '{field} ({line}번째 줄)',
  discordProfileSaved:
    '{name}을(를) 저장했습니다. 연결되었으므로 다이제스트에 남긴 피드백이 이 조직의 것으로 반영됩니다.',
  discordProfileWhere: '위치',
  discordProfileRegisterFirst:
    '먼저 조직을 등록하세요. 옵션 없이 `/profile`을 실행해 양식을 채우면 조직이 연결됩니다. 그다음 ' +
    '`/profile offer:`와 `need:`로 목록의 기술을 추가할 수 있습니다.',
  discordProfileNotOnList:
    '{values}은(는) 목록에 없습니다. 입력을 시작하고 제안 중 하나를 고르세요 (그 밖의 내용은 `/profile` 양식에 ' +
    '자유롭게 쓸 수 있습니다).',
  discordProfileAddedOffer: '{name}이(가) 제공하는 것에 {entry}을(를) 추가했습니다.',
  discordProfileAddedNeed: '{name}이(가) 필요한 것에 {entry}을(를) 추가했습니다.',
  discordProfileMatchingUsesIt: '이제부터 매칭에 반영됩니다. `/partners`와 `/match`로 누가 맞는지 볼 수 있습니다.',
  homeAbout:
    '콘텐츠 산업(영화, TV, OTT, 애니메이션, VFX, 웹툰)의 파트너십, 프로그램, 기업에 관한 질문에 번호 붙은 출처와 ' +
    '함께 답하고, 조직 사이의 파트너를 추천합니다.',
  homeHowToAsk:
    '*질문하는 방법*\n' +
    '• 채널에서 `@matchcut`을 멘션하고 질문하세요. 스레드에 답하며, 스레드 안의 후속 질문에는 멘션이 필요 없습니다.\n' +
    '• 저에게 DM을 보내세요 (위의 *메시지* 탭).\n' +
    '• `/matchcut ask <질문>`: 답은 나만 보고, 채널에 공유하는 버튼이 있습니다.\n' +
    '• 메시지 메뉴 (⋮) → *Ask matchcut*: 그 메시지에 스레드로 답합니다.\n' +
    '• `/matchcut partners <찾는 것>`: 제공 내용이 맞는 조직, `/matchcut match`: 내 조직에 추천하는 파트너.',
  homeYourOrganization: '내 조직',
  homeNotLinked:
    '아직 조직 프로필에 연결되어 있지 않습니다. `/matchcut profile`을 실행하거나 버튼을 눌러 만드세요. 이미 있는 ' +
    '이름으로 저장하면 그 프로필에 연결됩니다. 프로필이 있으면 파트너 추천을 받고 운영진의 다이제스트에도 포함됩니다.',
  homeLanguages: '언어',
  homeOffers: '제공',
  homeNeeds: '필요',
  homeLatestSuggestions: '최근 추천',
  homeNoSuggestions:
    '{name}에 대한 추천이 아직 없습니다. 운영진의 다이제스트가 여기로 가져옵니다. 지금 추천 파트너를 보려면 ' +
    '`/matchcut match`를 사용하세요.',
  homeProfileUnreadable: '프로필을 읽지 못했습니다: {reason}',
  homeForOrganizers: '운영진용',
  homeMatchmakingFigures:
    '*매칭:* 추천 {suggested} · 관심 {interested} · 소개 {introduced} · 맞지 않음 {declined} · 이미 앎 {known} · ' +
    '다이제스트 {digests}',
  homeUnmetFigures:
    '아직 아무도 채우지 못한 필요 {unmet} · 어휘집이 분류하지 못한 제공·필요 문구 {unplaced} (보고서에 있음)',
  homeQuestionsHeading: '질문',
  homeQuestionsSince: '{date} 이후 질문',
  homeQuestionFigures:
    '질문 {asked} · 답변 {answered} · 자료 없음 {notCovered} · 도움됨 {helpful} · 도움 안 됨 {notHelpful}',
  homeByLanguage: '언어별: {figures}',
  homeByPlatform: '플랫폼별: {figures}',
  homeNoGaps: '*자료 공백:* 없음. 모든 질문에 글로 답했거나 질문이 없었습니다.',
  homeGapsHeading: '*자료 공백* (답하지 못했거나 도움이 안 된 질문, 많이 물은 순: 글에 빠진 내용)',
  homeReportUnavailable: '보고서를 만들지 못했습니다: {reason}',
  homeLastDigestUnreadable: '마지막 다이제스트를 읽지 못했습니다: {reason}',
  homeLastDigestNone: '*마지막 다이제스트:* 아직 보낸 적 없음.',
  homeLastDigest: '*마지막 다이제스트:* {date} · {count} · {channel} · {state}',
  homeDigestPosting: '게시 중',
  homeDigestReleased: '일부만 게시됨',
  homeDigestPosted: '게시됨',
  homeDigestChannel: '다이제스트를 보낼 채널',
  homeSendDigestNote: '*Send digest*는 고른 채널에 새 추천을 게시합니다 (`/matchcut digest`와 같음).',
  homePickDigestChannel: '*Send digest* 옆에서 다이제스트를 보낼 채널을 고른 뒤 다시 눌러 주세요.',
  homeNoChannel: '채널 없음',
  homeDateAt: '{date} {time}',
  votesNotRecorded: '이 서버에서는 평가가 기록되지 않습니다.',
  answersOffCannotShare: '이 채널에서는 답변이 꺼져 있어 여기에 공유할 수 없습니다.',
  noOrganizerRole: '여기에는 물어볼 운영진 역할이 없습니다.',
  askedOrganizersHere: '여기에서 운영진에게 물어봤습니다.',
  escalationIntro: '한 멤버가 제 답변이 도움이 되지 않았다며 운영진에게 묻습니다:',
  discordMatchWhichOrganization:
    '어느 조직인지 알려 주세요 (`/match organization:<이름>`). 또는 `/profile`로 내 조직을 등록하세요.',
  mistakeNoOrganization: '"{name}"이라는 조직이 없습니다.',
  mistakeDidYouMean: '혹시 {names}인가요?',
  mistakeNoNameGiven: '조직 이름을 알려 주세요. 예: "IT Works Korea".',
  mistakeOtherSide: '{name}의 멤버이므로 이 추천에서 그쪽에 대해서만 답할 수 있습니다.',
  mistakeNotLinkedEither:
    '이 추천에는 {a} 또는 {b}만 답할 수 있는데, 둘 중 어느 쪽에도 연결되어 있지 않습니다. 먼저 {command}로 조직을 ' +
    '연결하세요.',
  mistakeNotLinked: '먼저 조직을 연결하세요. {command}로 조직을 등록하면 연결됩니다.',
  mistakeUnknownSuggestion:
    '그 추천은 더 이상 없습니다. 채널에 게시된 다이제스트의 버튼으로 답하거나 운영진에게 새 다이제스트를 요청하세요.',
  mistakePartnerGone: '그 조직은 더 이상 목록에 없습니다.',
  mistakeOwnOrganization: '{name}은(는) 내 조직입니다.',
  mistakeNameTaken: '"{name}"이라는 이름은 이미 다른 프로필이 쓰고 있습니다. 다른 이름을 골라 주세요.',
  mistakeManagedByMembers: '"{name}"은(는) 연결된 멤버가 관리합니다. 변경은 그 멤버나 운영진에게 요청하세요.',
  mistakeAnswerExpired: '그 답변은 더 이상 질문 기록에 없어 평가할 수 없습니다.',
  mistakeEmptyQuestion: '질문이 비어 있습니다. 예: "사마르칸트에서 VFX 아티스트를 교육하는 곳은?"',
  mistakeEmptyPartnerQuestion: '어떤 파트너를 찾는지 알려 주세요. 예: "한국 드라마를 일본어로 더빙할 수 있는 곳은?"',
  mistakeQuestionTooLong: '질문이 {length}자입니다. {maximum}자 이하로 줄여 주세요 (한 번에 하나씩 물어보세요).',
  mistakeNoDigestYet: '아직 만들어진 다이제스트가 없습니다.',
  mistakeUnknownDigest: '"{name}" 다이제스트가 없습니다.',
  mistakeBadLimit: '개수는 1부터 {maximum}까지의 정수여야 합니다.',
  pageNotUrl: '웹 주소가 아닙니다. https:// 또는 http://로 시작하는 주소를 주세요.',
  pageScheme: 'http와 https 주소만 추가할 수 있습니다.',
  pageCredentials: '사용자 이름이나 비밀번호가 들어 있는 주소는 가져오지 않습니다.',
  pageNoHost: '사이트 이름을 찾을 수 없습니다.',
  pageNotAllowed: '사설망이나 로컬 네트워크의 주소라서 가져오지 않습니다.',
  pageTooSlow: '사이트가 제시간에 응답하지 않았습니다.',
  pageUnreachable: '사이트에 연결할 수 없습니다.',
  pageRedirect: '사이트가 가져올 수 없는 곳으로 넘겨줍니다.',
  pageStatus: '사이트가 오류 {status}(으)로 응답했습니다.',
  pageNotPage: '웹 페이지나 기사가 아닙니다 ({type}).',
  pageTooLarge: '페이지가 너무 큽니다.',
  pageBrokenBody: '페이지가 깨진 채로 도착했습니다.',
  pageNoText: '메뉴 등 페이지 요소를 빼고 나면 기사 본문이 남지 않습니다.',
  pageNoArticle: '페이지에서 기사를 찾지 못했습니다.',
  slackEmptyMention: '파트너십, 프로그램, 기업에 관해 물어보세요. 예: _한국에서 후반 작업 인력을 교육하는 곳은?_',
} satisfies Record<FormsKey, string>;
