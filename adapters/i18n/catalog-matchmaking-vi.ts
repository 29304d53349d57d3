/** The adapters' matchmaking words in Vietnamese (keys and placeholders as in catalog-matchmaking-en.ts). */
import type { MatchmakingKey } from './catalog-matchmaking-en.js';

export const vietnameseMatchmaking = {
  kindStudio: 'hãng phim',
  kindTalentCenter: 'trung tâm nhân lực / đào tạo',
  kindAgency: 'cơ quan / tổ chức công',
  kindPlatform: 'nền tảng / dịch vụ phát trực tuyến',
  kindBroadcaster: 'đài truyền hình',
  kindAssociation: 'hiệp hội',
  kindOther: 'tổ chức',
  reasonNeedOffer: '{needing} cần {need}{note} ↔ {offering} cung cấp {offer}',
  reasonAskedFor: 'bạn tìm {question}{note} ↔ {offering} cung cấp {offer}',
  reasonNote: ' ({label})',
  reasonWordsNote: ' (từ chung: {words})',
  reasonSharedLanguages: 'cả hai đều làm việc bằng {languages}',
  reasonSamePlace: 'cả hai đều ở {place}',
  reasonSameArticle: 'cả hai đều xuất hiện trong “{title}”',
  digestCountOne: '1 gợi ý',
  digestCountMany: '{count} gợi ý',
  digestNoneThisTime: 'Lần này không có gợi ý mới.',
  slackDigestExplain:
    'lý do và nguồn của cả hai bên ở bên dưới. Thành viên của mỗi tổ chức: hãy cho chúng tôi biết ý kiến bằng các ' +
    'nút; khi cả hai bên chọn *{interested}*, tôi sẽ giới thiệu hai bên với nhau.',
  digestUnmetHeading: 'Nhu cầu chưa ai ở đây đáp ứng:',
  digestContinued: '{title} (tiếp theo)',
  feedbackFieldTitle: 'Phản hồi',
  feedbackNoAnswerYet: 'chưa trả lời',
  feedbackChose: '{member} đã chọn {verdict}',
  introHello: 'Xin chào',
  introHelloPeople: 'Xin chào {people}',
  introAfterDigest:
    '{hello} — cả {a} và {b} đều chọn {interested} trong bản tin gợi ý kết nối, nên đây là lời giới thiệu.',
  introAfterSearch: '{hello} — cả {a} và {b} đều chọn {interested} sau khi tìm đối tác, nên đây là lời giới thiệu.',
  introTakeItFromHere: 'Giờ là phần của các bạn: chào nhau, chia sẻ việc đang làm và hẹn một cuộc gọi.',
  introFallback: 'Giới thiệu: {a} ↔ {b}',
  discordIntroMeet: 'Xin giới thiệu! Cả {a} và {b} đều nói rằng họ quan tâm.',
  discordIntroNotLinked: 'chưa có thành viên Discord nào được liên kết (dùng `/profile` để liên kết)',
  introWhy: 'Vì sao phù hợp:',
  introThreadName: 'Giới thiệu: {a} × {b}',
  slackDigestNotOrganizer:
    'Xin lỗi, chỉ ban tổ chức mới gửi được bản tin gợi ý kết nối. Để xem gợi ý cho tổ chức của bạn, hãy dùng ' +
    '`/matchcut match`.',
  slackDigestPickChannel:
    'Chọn kênh từ danh sách hiện ra khi bạn gõ `#` (ví dụ `/matchcut digest #partners`), hoặc bỏ trống để đăng ở đây.',
  slackDigestNothingNew:
    'Hiện không có gợi ý mới để gửi: mọi cặp phù hợp đều đã được gợi ý gần đây hoặc đã được trả lời. Hãy thêm hoặc ' +
    'cập nhật hồ sơ, hoặc thử lại sau.',
  slackDigestPostedOne: 'Đã đăng bản tin gợi ý kết nối với 1 gợi ý lên {channel}.',
  slackDigestPostedMany: 'Đã đăng bản tin gợi ý kết nối với {count} gợi ý lên {channel}.',
  slackDigestPostedRestOne: 'Đã đăng phần còn lại của bản tin gợi ý kết nối (1 gợi ý) lên {channel}.',
  slackDigestPostedRestMany: 'Đã đăng phần còn lại của bản tin gợi ý kết nối ({count} gợi ý) lên {channel}.',
  slackDigestCannotPost:
    'Tôi không đăng được vào kênh đó ({code}). Hãy mời tôi trước bằng `/invite @matchcut` trong ' +
    '{channel}, rồi thử lại.',
  discordDigestInServer: 'Bản tin được đăng trong máy chủ: hãy chạy `/digest` trong một kênh của máy chủ.',
  discordDigestNotOrganizer:
    'Chỉ ban tổ chức mới gửi được bản tin gợi ý kết nối ({who}). Bạn vẫn có thể dùng `/match` cho tổ chức của mình.',
  discordAddInServer: 'Trang được thêm trong máy chủ: hãy chạy `/add` trong một kênh của máy chủ.',
  discordAddNotOrganizer:
    'Xin lỗi, chỉ ban tổ chức mới thêm được bài viết vào cơ sở tri thức ({who}). Nếu bạn biết trang nào nên có trong ' +
    'đó, hãy gửi đường dẫn cho ban tổ chức.',
  discordCannotPostIn: 'Tôi không đăng được vào {channel}: hãy chọn một kênh văn bản của máy chủ này.',
  discordMissingPermissionsIn: 'Tôi không đăng được vào {channel}: hãy cấp cho tôi quyền {permissions} ở đó.',
  addGiveAddress: 'Hãy cho địa chỉ trang: `/matchcut add https://…`',
  addUnavailable: 'Bot này không hỗ trợ thêm trang.',
  addFailed: 'Xin lỗi, việc thêm trang đó bị lỗi ở phía chúng tôi; chi tiết có trong nhật ký.',
  addRefused: 'Tôi không thêm được trang đó: {reason}',
  addAdded: 'Đã thêm {title} ({language}).',
  addUpdated: 'Đã cập nhật {title} ({language}).',
  addAlreadyThere: 'Đã có trong cơ sở tri thức: {title} ({language}).',
  addAnswerableSoon: 'Vài giây nữa là có thể dùng để trả lời.',
} satisfies Record<MatchmakingKey, string>;
