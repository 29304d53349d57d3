/** The adapters' matchmaking words in Korean (keys and placeholders as in catalog-matchmaking-en.ts). */
import type { MatchmakingKey } from './catalog-matchmaking-en.js';

export const koreanMatchmaking = {
  kindStudio: '스튜디오',
  kindTalentCenter: '인재·교육 센터',
  kindAgency: '기관·공공기관',
  kindPlatform: '플랫폼·스트리밍',
  kindBroadcaster: '방송사',
  kindAssociation: '협회',
  kindOther: '조직',
  reasonNeedOffer: '{needing}은(는) {need}{note}이(가) 필요 ↔ {offering}은(는) {offer} 제공',
  reasonAskedFor: '요청: {question}{note} ↔ {offering}은(는) {offer} 제공',
  reasonNote: ' ({label})',
  reasonWordsNote: ' (공통 단어: {words})',
  reasonSharedLanguages: '둘 다 {languages}로 일합니다',
  reasonSamePlace: '둘 다 {place}에 있습니다',
  reasonSameArticle: '둘 다 “{title}”에 나옵니다',
  digestCountOne: '추천 1건',
  digestCountMany: '추천 {count}건',
  digestNoneThisTime: '이번에는 새 추천이 없습니다.',
  slackDigestExplain:
    '양쪽의 이유와 출처는 아래에 있습니다. 각 조직의 멤버는 버튼으로 의견을 알려 주세요. 양쪽 모두 ' +
    '*{interested}*을(를) 누르면 서로 소개해 드립니다.',
  digestUnmetHeading: '아직 아무도 채우지 못한 필요:',
  digestContinued: '{title} (계속)',
  feedbackFieldTitle: '피드백',
  feedbackNoAnswerYet: '아직 응답 없음',
  feedbackChose: '{member} 님이 {verdict}을(를) 선택했습니다',
  introHello: '안녕하세요',
  introHelloPeople: '{people} 님, 안녕하세요',
  introAfterDigest: '{hello} — {a}와(과) {b} 모두 매칭 다이제스트에서 {interested}을(를) 눌러 서로 소개해 드립니다.',
  introAfterSearch: '{hello} — {a}와(과) {b} 모두 파트너 검색 후 {interested}을(를) 눌러 서로 소개해 드립니다.',
  introTakeItFromHere: '이제 직접 이어 가세요: 인사하고, 진행 중인 일을 공유하고, 통화 일정을 잡아 보세요.',
  introFallback: '소개: {a} ↔ {b}',
  discordIntroMeet: '서로 인사하세요! {a}와(과) {b} 모두 관심이 있다고 했습니다.',
  discordIntroNotLinked: '아직 연결된 Discord 멤버 없음 (`/profile`로 연결하세요)',
  introWhy: '매칭 이유:',
  introThreadName: '소개: {a} × {b}',
  slackDigestNotOrganizer:
    '매칭 다이제스트는 운영진만 보낼 수 있습니다. 내 조직의 추천을 보려면 `/matchcut match`를 사용해 보세요.',
  slackDigestPickChannel:
    '`#`을 입력하면 나오는 목록에서 채널을 고르세요 (예: `/matchcut digest #partners`). 비워 두면 이 채널에 게시합니다.',
  slackDigestNothingNew:
    '지금 보낼 새 추천이 없습니다. 좋은 조합은 모두 최근에 추천되었거나 이미 답을 받았습니다. 프로필을 추가하거나 ' +
    '수정하거나, 나중에 다시 시도해 주세요.',
  slackDigestPostedOne: '{channel}에 추천 1건이 담긴 매칭 다이제스트를 게시했습니다.',
  slackDigestPostedMany: '{channel}에 추천 {count}건이 담긴 매칭 다이제스트를 게시했습니다.',
  slackDigestPostedRestOne: '{channel}에 매칭 다이제스트의 나머지(추천 1건)를 게시했습니다.',
  slackDigestPostedRestMany: '{channel}에 매칭 다이제스트의 나머지(추천 {count}건)를 게시했습니다.',
  slackDigestCannotPost:
    '그 채널에 게시할 수 없습니다 ({code}). 먼저 {channel}에서 `/invite @matchcut`으로 초대한 뒤 다시 시도해 주세요.',
  discordDigestInServer: '다이제스트는 서버에 게시됩니다. 서버 채널에서 `/digest`를 실행하세요.',
  discordDigestNotOrganizer:
    '매칭 다이제스트는 운영진({who})만 보낼 수 있습니다. 내 조직에는 `/match`를 계속 사용할 수 있습니다.',
  discordAddInServer: '페이지는 서버에서 추가합니다. 서버 채널에서 `/add`를 실행하세요.',
  discordAddNotOrganizer:
    '죄송합니다. 지식 베이스에 글을 추가하는 것은 운영진({who})만 할 수 있습니다. 들어가야 할 페이지를 알고 있다면 ' +
    '운영진에게 링크를 보내 주세요.',
  discordCannotPostIn: '{channel}에 게시할 수 없습니다. 이 서버의 텍스트 채널을 골라 주세요.',
  discordMissingPermissionsIn: '{channel}에 게시할 수 없습니다. 그 채널에서 {permissions} 권한을 주세요.',
  addGiveAddress: '페이지 주소를 알려 주세요: `/matchcut add https://…`',
  addUnavailable: '이 봇에서는 페이지를 추가할 수 없습니다.',
  addFailed: '죄송합니다. 내부 문제로 페이지를 추가하지 못했습니다. 자세한 내용은 로그에 있습니다.',
  addRefused: '그 페이지를 추가하지 못했습니다: {reason}',
  addAdded: '{title}을(를) 추가했습니다 ({language}).',
  addUpdated: '{title}을(를) 업데이트했습니다 ({language}).',
  addAlreadyThere: '이미 지식 베이스에 있습니다: {title} ({language}).',
  addAnswerableSoon: '몇 초 후면 이 내용으로 답할 수 있습니다.',
} satisfies Record<MatchmakingKey, string>;
