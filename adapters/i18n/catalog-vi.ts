/** The adapters' own words in Vietnamese (keys and placeholders as in catalog-en.ts). */
import type { Catalog } from './catalog-en.js';
import { vietnameseForms } from './catalog-forms-vi.js';
import { vietnameseMatchmaking } from './catalog-matchmaking-vi.js';

export const vietnamese = {
  ...vietnameseMatchmaking,
  ...vietnameseForms,
  errorFixField: 'Vui lòng sửa mục sau:\n{fields}',
  errorFixFields: 'Vui lòng sửa các mục sau:\n{fields}',
  errorDidNotWork: 'Không thực hiện được: {message}',
  errorNotFound: 'Không tìm thấy: {message}',
  errorForbidden: 'Bạn không thể làm việc này: {message}',
  errorModelTimeout: 'Mô hình ngôn ngữ không trả lời kịp. Vui lòng thử lại sau một phút.',
  errorModelBusy: 'Mô hình ngôn ngữ đang quá tải. Vui lòng thử lại sau một phút.',
  errorModelUnavailable: 'Không kết nối được mô hình ngôn ngữ. Vui lòng thử lại sau; nếu vẫn lỗi, hãy báo ban tổ chức.',
  errorModelRejected: 'Mô hình ngôn ngữ đã từ chối yêu cầu. Ban tổ chức có thể xem chi tiết trong nhật ký.',
  errorModelUnusable: 'Mô hình ngôn ngữ trả lời không dùng được. Vui lòng thử lại.',
  errorDiscordRefused: 'Discord đã từ chối yêu cầu. Vui lòng thử lại; nếu vẫn lỗi, hãy báo ban tổ chức.',
  errorDiscordProblem: 'Discord gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau một phút.',
  errorDiscordUnreachable: 'Không kết nối được Discord. Vui lòng thử lại sau một phút.',
  errorDiscordMissingPermissions:
    'Tôi thiếu quyền ở kênh đó: cần Xem kênh, Gửi tin nhắn, Nhúng liên kết, Đọc lịch sử tin nhắn và (để giới ' +
    'thiệu) Tạo chủ đề công khai.',
  errorDiscordMissingAccess: 'Tôi không thấy kênh đó: quản trị viên cần cấp quyền truy cập cho tôi.',
  errorDiscordGone: 'Kênh hoặc tin nhắn đó không còn nữa.',
  errorSlackRefused: 'Slack đã từ chối yêu cầu ({code}). Vui lòng thử lại; nếu vẫn lỗi, hãy báo ban tổ chức.',
  errorUpstream: 'Một dịch vụ tôi dựa vào không phản hồi. Vui lòng thử lại sau một phút.',
  errorKnowledge:
    'Hiện không đọc được cơ sở tri thức nên tôi chưa trả lời được. Ban tổ chức có thể xem chi tiết trong nhật ký.',
  errorConfig: 'Tính năng này chưa được cấu hình đúng. Ban tổ chức có thể xem chi tiết trong nhật ký.',
  errorBusy: 'Đang bận: nhiều câu hỏi đang được trả lời. Vui lòng thử lại sau giây lát.',
  errorMemberRateLimit:
    'Mỗi thành viên chỉ được hỏi tối đa {limit} câu trong {window} giây: vui lòng thử lại sau {retry} giây.',
  digestRetryNote:
    'Những gợi ý chưa gửi không bị đánh dấu: khi đã khắc phục, hãy chạy lại `/digest` để đăng đúng bản tin đó.',
  errorInternal: 'Có lỗi xảy ra ở phía chúng tôi. Ban tổ chức có thể xem chi tiết trong nhật ký.',
  errorUnknownCommand: 'Lệnh này không còn nữa; ban tổ chức cần đăng ký lại các lệnh.',
  adviceFindOrganizations: 'Để tìm các tổ chức đã đăng ký, hãy dùng {command}.',
  adviceAskOrganizer: 'Ban tổ chức có thể kiểm tra việc này.',
  slackHelp:
    '*matchcut* trả lời câu hỏi về hợp tác kèm nguồn trích dẫn và gợi ý đối tác.\n' +
    '• `@matchcut <câu hỏi>` trong kênh, hoặc bất kỳ tin nhắn nào trong DM: trả lời trong chủ đề; câu hỏi tiếp ' +
    'theo trong chủ đề không cần nhắc tên.\n' +
    '• `/matchcut ask <câu hỏi>`: như trên nhưng chỉ bạn thấy, kèm nút chia sẻ với kênh.\n' +
    '• Menu tin nhắn → *Ask matchcut*: trả lời tin nhắn đó trong chủ đề của nó.\n' +
    '• `/matchcut match [tổ chức]`: gợi ý đối tác cho tổ chức của bạn (hoặc tổ chức được nêu).\n' +
    '• `/matchcut partners <điều bạn tìm>`: các tổ chức cung cấp điều đó.\n' +
    '• `/matchcut profile`: tạo hoặc sửa hồ sơ tổ chức.\n' +
    '• `/matchcut digest [#kênh]`: ban tổ chức đăng bản tin gợi ý kết nối.\n' +
    '• `/matchcut add <url>`: ban tổ chức thêm trang web vào cơ sở tri thức.\n' +
    '• `/matchcut settings [mention|auto|off]`: cách tôi trả lời trong kênh này (ban tổ chức thay đổi).\n' +
    '• `/matchcut help`: hướng dẫn này.',
  slackUnknownSubcommand: 'Tôi không biết `{subcommand}`. Hãy thử một trong các lệnh sau:',
  slackAskUsage: 'Thêm câu hỏi sau `ask`, ví dụ `/matchcut ask Ai đào tạo nhân lực hậu kỳ ở Hàn Quốc?`',
  slackPartnersUsage:
    'Nêu điều bạn tìm sau `partners`, ví dụ `/matchcut partners ai có thể lồng tiếng phim sang tiếng Nhật?`',
  slackNotLinked:
    'Bạn chưa liên kết với tổ chức nào. Tạo hoặc nhận tổ chức của bạn bằng `/matchcut profile`, hoặc nêu tên: ' +
    '`/matchcut match <tổ chức>`.',
  discordEmptyMention:
    'Hãy hỏi sau khi nhắc tên tôi, ví dụ "@matchcut Ai đào tạo nghệ sĩ VFX ở Samarkand?", hoặc dùng `/ask`.',
  buttonHelpful: 'Hữu ích',
  buttonNotHelpful: 'Không hữu ích',
  buttonAskOrganizer: 'Hỏi ban tổ chức',
  buttonShare: 'Chia sẻ với kênh',
  buttonInterested: 'Quan tâm',
  buttonNotAFit: 'Không phù hợp',
  buttonAlreadyKnow: 'Đã quen biết',
  buttonCreateProfile: 'Tạo hồ sơ',
  buttonEditProfile: 'Sửa',
  buttonSendDigest: 'Gửi bản tin',
  voteRecorded: 'Cảm ơn, đã ghi nhận {label}. ({counts})',
  voteChanged: 'Đã đổi phiếu của bạn thành {label}. ({counts})',
  voteCounts: '{helpful} hữu ích · {notHelpful} không hữu ích',
  buttonInactive: 'Nút này không còn hoạt động.',
  askedOrganizers: 'Tôi đã hỏi ban tổ chức trong chủ đề.',
  sharedWithChannel: 'Đã chia sẻ với kênh.',
  organizerMayKnow: 'Ban tổ chức có thể biết thêm: hãy hỏi họ trong chủ đề.',
  noTextToAnswer: 'Tin nhắn đó không có nội dung để tôi trả lời.',
  answersOff: 'Kênh này đã tắt trả lời; {command} sẽ trả lời riêng cho bạn.',
  answeredIn: 'Đã trả lời trong {channel}.',
  sourcesTitle: 'Nguồn',
  closestSourcesTitle: 'Nguồn gần nhất (không trả lời được câu hỏi)',
  notInSourcesClosest: '*Không có trong nguồn của tôi.* Nguồn gần nhất tôi tìm được:',
  onlyOrganizersDigest: 'Xin lỗi, chỉ ban tổ chức mới gửi được bản tin gợi ý kết nối.',
  onlyOrganizersAdd:
    'Xin lỗi, chỉ ban tổ chức mới thêm bài viết vào cơ sở tri thức được. Nếu bạn biết trang nên có, hãy gửi liên ' +
    'kết cho ban tổ chức.',
  onlyOrganizersSettings: 'Xin lỗi, chỉ ban tổ chức mới thay đổi được nơi tôi trả lời.',
  digestTitle: 'Bản tin gợi ý kết nối',
  digestNothingNew: 'Hiện chưa có gợi ý mới: các cặp phù hợp đều đã được gợi ý gần đây hoặc đã được phản hồi.',
  digestPosted: 'Đã đăng {count} gợi ý vào {channel}.',
  profileFormTitleNew: 'Tổ chức của bạn',
  profileFormTitleEdit: 'Sửa tổ chức',
  profileFieldName: 'Tên tổ chức',
  profileFieldLanguages: 'Ngôn ngữ làm việc',
  profileFieldOffers: 'Những gì bạn cung cấp',
  profileFieldNeeds: 'Những gì bạn cần',
  profileSaved: 'Đã lưu hồ sơ của {name} và liên kết với bạn.',
  settingsSlackMention:
    'Tôi trả lời khi được nhắc tên, trong tin nhắn riêng và các câu hỏi tiếp theo trong chuỗi tôi đã trả ' + 'lời.',
  settingsSlackAuto:
    'Tôi cũng trả lời các tin nhắn mới trông giống câu hỏi, trong chuỗi của chúng, nhưng chỉ khi nguồn ' +
    'của tôi có nội dung đó.',
  settingsSlackOff: 'Tôi không trả lời trong kênh này (`/matchcut ask` vẫn trả lời riêng cho bạn).',
  settingsDiscordMention: 'Tôi trả lời khi được nhắc tên và trong tin nhắn riêng.',
  settingsDiscordAuto:
    'Tôi cũng trả lời các tin nhắn trông giống câu hỏi, trong một chuỗi, nhưng chỉ khi nguồn của tôi có ' +
    'nội dung đó.',
  settingsDiscordOff: 'Tôi không trả lời khi được nhắc tên trong kênh này (`/ask` vẫn trả lời riêng cho bạn).',
  settingsModesAre: 'Các chế độ:',
  settingsModes: 'Các chế độ:',
  settingsNotAMode: '{mode} không phải là một chế độ.',
  settingsThatIsNotAMode: 'Không có chế độ đó.',
  settingsNotOrganizerDiscord: 'Chỉ ban tổ chức mới có thể đổi nơi tôi trả lời ({who}).',
  settingsPerChannelSlack: 'Cài đặt theo từng kênh: hãy chạy `/matchcut settings` trong kênh bạn muốn cài đặt.',
  settingsPerChannelDiscord: 'Cài đặt theo từng kênh: hãy chạy `/settings` trong một kênh của máy chủ.',
  settingsUnavailable: 'Máy chủ này không có cài đặt kênh.',
  settingsCurrent: 'Chế độ trả lời trong {channel}: `{mode}` ({how}). {description}',
  settingsSetByOrganizer: 'do ban tổ chức đặt',
  settingsByDefault: 'mặc định',
  settingsHowToChange: 'Ban tổ chức đổi chế độ bằng {command}:',
  settingsNowMode: 'Chế độ trả lời trong {channel} giờ là `{mode}`: {description}',
  settingsNotSaved: 'Xin lỗi, không lưu được cài đặt; chi tiết có trong nhật ký.',
  settingsNeedsMessageContent:
    'Để đọc các câu hỏi không nhắc tên tôi, bot cần quyền Message Content: người vận hành đặt ' +
    '`DISCORD_MESSAGE_CONTENT=on` và bật nó trong Developer Portal. Trước đó tôi chỉ trả lời khi được ' +
    'nhắc tên.',
  discordOrganizersManageServer: 'thành viên có quyền Quản lý máy chủ',
  discordOrganizersRole: 'thành viên có vai trò {role} hoặc quyền Quản lý máy chủ',
  partnersWhatYouAsked: 'điều bạn hỏi',
  partnersNone: 'Chưa có tổ chức nào ở đây cung cấp {what}.',
  partnersNoneIn: 'Chưa có tổ chức nào ở đây cung cấp {what} tại {place}.',
  partnersNoneHint: 'Ban tổ chức có thể thêm hồ sơ; `/ask` có thể tìm thấy điều này trong các bài viết.',
  partnersNoneHintWithAnswer: 'Ban tổ chức có thể thêm hồ sơ.',
  partnersHeading: 'Các tổ chức cung cấp {what}:',
  partnersHeadingIn: 'Các tổ chức cung cấp {what} tại {place}:',
  partnersInterestedHint: 'Nút Quan tâm cho họ biết bạn muốn gặp; khi họ cũng quan tâm, tôi sẽ giới thiệu hai bên.',
  interestIntroduced: '{name} cũng quan tâm: tôi đã giới thiệu hai bên tại đây.',
  interestAlreadyIntroduced: 'Bạn và {name} đã được giới thiệu rồi.',
  interestNoted: 'Đã ghi nhận: bạn quan tâm đến {name}. Khi họ cũng quan tâm, tôi sẽ giới thiệu hai bên.',
  discordInterestNotLinked:
    'Để bấm Quan tâm, tổ chức của bạn cần có trên matchcut: chạy `/profile` để đăng ký (hoặc nhận tổ ' +
    'chức bằng đúng tên của nó); sau đó tổ chức sẽ được liên kết với bạn. Rồi bấm Quan tâm lần nữa.',
  slackPartnersNoneHint: 'Ban tổ chức có thể thêm hồ sơ; hãy thử `/matchcut ask` để tìm trong các bài viết.',
  slackPartnersHeading: 'Các tổ chức cung cấp {what}',
  slackPartnersHeadingIn: 'Các tổ chức cung cấp {what} tại {place}',
  partnersNotPlaced: 'Không xác định được địa điểm: {places}',
  slackPartnersInterestedHint:
    '*Quan tâm* cho họ biết bạn muốn gặp; khi họ cũng quan tâm, chúng tôi sẽ giới thiệu hai bên.',
  slackInterestIntroduced: '{name} cũng quan tâm: tôi đã giới thiệu hai bên trong một tin nhắn nhóm.',
  slackInterestNotLinked:
    'Để bấm Quan tâm, tổ chức của bạn cần có trên matchcut: chạy `/matchcut profile` để đăng ký (hoặc ' +
    'nhận tổ chức bằng đúng tên của nó) — sau đó tổ chức sẽ được liên kết với bạn. Rồi bấm Quan tâm lần ' +
    'nữa.',
  matchFor: 'Với {name}',
  matchPossiblePartner: '{name} là một đối tác tiềm năng.',
  matchAndMore: '…và {count} ý nữa',
  sourcesContinued: 'Nguồn (tiếp)',
  matchFooter: 'Phù hợp {score} · với {a} {scoreA} · với {b} {scoreB}',
  discordMatchNone:
    'Chưa có đối tác nào nổi bật cho {subject}. Hãy thêm những gì tổ chức cung cấp và cần bằng ' +
    '`/profile`, hoặc nhờ ban tổ chức thêm hồ sơ.',
  matchBest: 'Đối tác phù hợp nhất cho {subject} ({shown} trên {total}):',
  feedbackRecorded: 'Đã ghi nhận {verdict} cho {party}. {next}',
  feedbackBothInterestedThread: 'Cả hai bên đều quan tâm: tôi đang mở một chuỗi để giới thiệu hai bên.',
  feedbackIntroduceIfToo: 'Tôi sẽ giới thiệu nếu {name} cũng quan tâm.',
  feedbackThanks: 'Cảm ơn: điều này giúp cải thiện các bản tổng hợp sau.',
  slackMatchHeading: 'Đối tác gợi ý cho {name}',
  slackMatchNone:
    'Chưa có gợi ý: không tổ chức nào khác đáp ứng các nhu cầu hay đề xuất này. Hãy cập nhật hồ sơ bằng ' +
    '`/matchcut profile`, hoặc nhờ ban tổ chức thêm hồ sơ.',
  slackMatchScore: 'phù hợp {percent}',
  matchNoReason: '(chưa ghi lý do cụ thể)',
  digestPostedOne: 'Đã đăng 1 gợi ý vào {channel}.',
  digestPostedMany: 'Đã đăng {count} gợi ý vào {channel}.',
  digestUnmetNeeds: 'Những nhu cầu chưa ai đáp ứng được:',
} satisfies Catalog;
