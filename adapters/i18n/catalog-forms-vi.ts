/** The adapters' form and page words in Vietnamese (keys and placeholders as in catalog-forms-en.ts). */
import type { FormsKey } from './catalog-forms-en.js';

export const vietnameseForms = {
  profileFieldKind: 'Loại',
  profileFieldCountry: 'Quốc gia',
  profileFieldCity: 'Thành phố',
  profileFieldDescription: 'Mô tả',
  profileFieldContact: 'Liên hệ',
  profileLine: 'Dòng {line}: {message}',
  problemEmpty: 'không được để trống',
  problemTooLong: 'tối đa {maximum} ký tự',
  problemTooMany: 'tối đa {maximum} mục',
  problemKind: 'hãy chọn một trong các loại: {kinds}',
  problemInvalid: 'không hợp lệ',
  slackFormSave: 'Lưu',
  slackFormCancel: 'Hủy',
  slackFormChooseOne: 'Chọn một',
  slackFormNamePlaceholder: 'ví dụ: IT Park Uzbekistan',
  slackFormLanguagesPlaceholder: 'Tiếng Anh, tiếng Hàn, tiếng Việt',
  slackFormSeparateWithCommas: 'Phân cách bằng dấu phẩy.',
  slackFormOnePerLine: 'Mỗi dòng một mục.',
  slackFormOffersPlaceholder: 'Mỗi dòng một mục, ví dụ: đào tạo hoạt hình 3D',
  slackFormNeedsPlaceholder: 'Mỗi dòng một mục, ví dụ: chuyên viên kỹ xảo VFX',
  slackFormOffersPicked: 'Bạn cung cấp gì (chọn từ danh sách)',
  slackFormNeedsPicked: 'Bạn cần gì (chọn từ danh sách)',
  slackFormPickerHint: 'Gõ kỹ năng hoặc vị trí bằng bất kỳ ngôn ngữ nào, ví dụ: compositing, 합성, dựng phim.',
  slackFormPickerPlaceholder: 'Tìm trong danh sách kỹ năng',
  slackFormContactPlaceholder: 'email, trang web hoặc người liên hệ',
  slackKindStudio: 'Studio / công ty sản xuất',
  slackKindTalentCenter: 'Trung tâm nhân lực hoặc đào tạo',
  slackKindAgency: 'Cơ quan / tổ chức công',
  slackKindPlatform: 'Nền tảng / dịch vụ phát trực tuyến',
  slackKindBroadcaster: 'Đài truyền hình',
  slackKindAssociation: 'Hiệp hội',
  slackKindOther: 'Khác',
  slackProfileSaved:
    'Đã lưu hồ sơ của {name} và liên kết với bạn. Dùng `/matchcut match` để xem các đối tác được gợi ý; bản tin của ' +
    'ban tổ chức cũng sẽ có tổ chức này.',
  slackFormOpenFailed: 'Tôi không mở kịp biểu mẫu hồ sơ. Vui lòng bấm lại nút.',
  slackFormOpenFailedCommand: 'Tôi không mở kịp biểu mẫu hồ sơ. Vui lòng chạy lại `/matchcut profile`.',
  discordFormTitleNew: 'Đăng ký tổ chức của bạn',
  discordFormTitleEdit: 'Sửa thông tin tổ chức',
  discordFormOffers: 'Cung cấp (mỗi dòng một mục)',
  discordFormNeeds: 'Cần (mỗi dòng một mục)',
  discordFormAbout: 'Giới thiệu (quốc gia, thành phố, ngôn ngữ…)',
  discordFormAboutShort: 'Giới thiệu',
  discordFormOffersPlaceholder: 'Đào tạo hoạt hình 3D\nCompositing VFX (Nuke)',
  discordFormNeedsPlaceholder: 'Đối tác đồng sản xuất Hàn Quốc\nThực tập cho sinh viên tốt nghiệp',
  discordFormAboutPlaceholder:
    '{country}: Uzbekistan\n{city}: Samarkand\n{languages}: uz, ru, en\nBạn làm gì, trong vài câu.',
  discordFormLanguages: 'Ngôn ngữ',
  discordFieldLine: '{field} (dòng {line})',
  discordProfileSaved:
    'Đã lưu {name}; bạn đã được liên kết, nên phản hồi của bạn về bản tin được tính cho tổ chức này.',
  discordProfileWhere: 'Địa điểm',
  discordProfileRegisterFirst:
    'Hãy đăng ký tổ chức trước: chạy `/profile` không kèm tùy chọn và điền biểu mẫu (tổ chức sẽ được liên kết với ' +
    'bạn); sau đó `/profile offer:` và `need:` thêm kỹ năng từ danh sách.',
  discordProfileNotOnList:
    '{values} không có trong danh sách: hãy bắt đầu gõ và chọn một gợi ý (nội dung khác có thể viết tự do trong ' +
    'biểu mẫu `/profile`).',
  discordProfileAddedOffer: 'Đã thêm {entry} vào những gì {name} cung cấp.',
  discordProfileAddedNeed: 'Đã thêm {entry} vào những gì {name} cần.',
  discordProfileMatchingUsesIt:
    'Việc kết nối sẽ dùng thông tin này từ bây giờ; `/partners` và `/match` cho biết ai đáp ứng.',
  homeAbout:
    'Tôi trả lời câu hỏi về hợp tác, chương trình và các đơn vị trong ngành nội dung (phim, truyền hình, OTT, hoạt ' +
    'hình, VFX, webtoon) kèm nguồn được đánh số, và gợi ý đối tác giữa các tổ chức.',
  homeHowToAsk:
    '*Cách đặt câu hỏi*\n' +
    '• Nhắc `@matchcut` kèm câu hỏi trong một kênh: tôi trả lời trong luồng, và câu hỏi tiếp theo ở đó không cần ' +
    'nhắc tên.\n' +
    '• Gửi tin nhắn riêng cho tôi (thẻ *Tin nhắn* ở trên).\n' +
    '• `/matchcut ask <câu hỏi>`: chỉ bạn thấy câu trả lời, kèm nút chia sẻ với kênh.\n' +
    '• Menu tin nhắn (⋮) → *Ask matchcut*: tôi trả lời tin nhắn đó trong luồng của nó.\n' +
    '• `/matchcut partners <điều bạn tìm>`: các tổ chức có thể đáp ứng; `/matchcut match`: đối tác gợi ý cho tổ ' +
    'chức của bạn.',
  homeYourOrganization: 'Tổ chức của bạn',
  homeNotLinked:
    'Bạn chưa được liên kết với hồ sơ tổ chức nào. Chạy `/matchcut profile` (hoặc bấm nút) để tạo; lưu hồ sơ với một ' +
    'tên đã có sẽ liên kết bạn với hồ sơ đó. Có hồ sơ, bạn sẽ nhận gợi ý đối tác và có mặt trong bản tin ' +
    'của ban tổ chức.',
  homeLanguages: 'Ngôn ngữ',
  homeOffers: 'Cung cấp',
  homeNeeds: 'Cần',
  homeLatestSuggestions: 'Gợi ý mới nhất của bạn',
  homeNoSuggestions:
    'Chưa có gợi ý nào cho {name}: bản tin của ban tổ chức sẽ đưa gợi ý về đây. `/matchcut match` cho xem đối tác ' +
    'gợi ý ngay bây giờ.',
  homeProfileUnreadable: 'Không đọc được hồ sơ của bạn: {reason}',
  homeForOrganizers: 'Dành cho ban tổ chức',
  homeMatchmakingFigures:
    '*Kết nối:* {suggested} gợi ý · {interested} quan tâm · {introduced} đã giới thiệu · {declined} không phù hợp · ' +
    '{known} đã quen · {digests} bản tin',
  homeUnmetFigures:
    '{unmet} nhu cầu chưa ai đáp ứng · {unplaced} cụm từ cung cấp hoặc nhu cầu mà bộ từ vựng chưa xếp được (có trong ' +
    'báo cáo)',
  homeQuestionsHeading: 'Câu hỏi',
  homeQuestionsSince: 'Câu hỏi từ {date}',
  homeQuestionFigures:
    '{asked} đã hỏi · {answered} đã trả lời · {notCovered} không có trong nguồn · {helpful} hữu ích · ' +
    '{notHelpful} không hữu ích',
  homeByLanguage: 'Theo ngôn ngữ: {figures}',
  homeByPlatform: 'Theo nền tảng: {figures}',
  homeNoGaps: '*Khoảng trống nội dung:* không có: mọi câu hỏi đều được trả lời từ bài viết, hoặc chưa có câu hỏi nào.',
  homeGapsHeading:
    '*Khoảng trống nội dung* (câu hỏi chưa được trả lời hoặc không hữu ích, hỏi nhiều nhất trước: điều ' +
    'bài viết còn thiếu)',
  homeReportUnavailable: 'Không tạo được báo cáo: {reason}',
  homeLastDigestUnreadable: 'Không đọc được bản tin gần nhất: {reason}',
  homeLastDigestNone: '*Bản tin gần nhất:* chưa gửi lần nào.',
  homeLastDigest: '*Bản tin gần nhất:* {date} · {count} · {channel} · {state}',
  homeDigestPosting: 'đang đăng',
  homeDigestReleased: 'chưa đăng hết',
  homeDigestPosted: 'đã đăng',
  homeDigestChannel: 'Kênh nhận bản tin',
  homeSendDigestNote: '*Send digest* đăng các gợi ý mới lên kênh đã chọn, giống `/matchcut digest`.',
  homePickDigestChannel: 'Hãy chọn kênh cho bản tin bên cạnh *Send digest*, rồi bấm lại.',
  homeNoChannel: 'không có kênh',
  homeDateAt: '{date} lúc {time}',
  votesNotRecorded: 'Máy chủ này không ghi nhận đánh giá.',
  answersOffCannotShare: 'Kênh này đã tắt trả lời, nên tôi không thể chia sẻ câu trả lời này ở đây.',
  noOrganizerRole: 'Ở đây không có vai trò ban tổ chức để hỏi.',
  askedOrganizersHere: 'Tôi đã hỏi ban tổ chức ở đây.',
  escalationIntro: 'Một thành viên thấy câu trả lời của tôi không hữu ích và muốn hỏi ban tổ chức:',
  discordMatchWhichOrganization:
    'hãy cho biết tổ chức nào (`/match organization:<tên>`), hoặc đăng ký tổ chức của bạn bằng `/profile`.',
  mistakeNoOrganization: 'Không có tổ chức nào tên "{name}".',
  mistakeDidYouMean: 'Có phải bạn muốn nói {names}?',
  mistakeNoNameGiven: 'Hãy cho biết tên tổ chức, ví dụ "IT Works Korea".',
  mistakeOtherSide: 'Bạn đại diện cho {name}, nên chỉ có thể trả lời cho bên đó của gợi ý này.',
  mistakeNotLinkedEither:
    'Chỉ {a} hoặc {b} mới trả lời được gợi ý này, và bạn chưa liên kết với bên nào: hãy liên kết tổ chức của bạn ' +
    'trước bằng {command}.',
  mistakeNotLinked: 'Hãy liên kết tổ chức của bạn trước: {command} đăng ký tổ chức và liên kết nó với bạn.',
  mistakeUnknownSuggestion:
    'Gợi ý đó không còn nữa: hãy trả lời bằng các nút của bản tin đã đăng trong kênh, hoặc nhờ ban tổ chức đăng bản ' +
    'tin mới.',
  mistakePartnerGone: 'Tổ chức đó không còn trong danh sách.',
  mistakeOwnOrganization: '{name} là tổ chức của chính bạn.',
  mistakeNameTaken: 'Tên "{name}" đã được một hồ sơ khác dùng: hãy chọn tên khác.',
  mistakeManagedByMembers:
    '"{name}" do các thành viên đã liên kết quản lý; hãy nhờ một trong số họ hoặc ban tổ chức thay đổi.',
  mistakeAnswerExpired: 'Câu trả lời đó không còn trong nhật ký câu hỏi nên không thể đánh giá.',
  mistakeEmptyQuestion: 'Câu hỏi đang trống: hãy hỏi gì đó, ví dụ "Ai đào tạo họa sĩ VFX ở Samarkand?"',
  mistakeEmptyPartnerQuestion:
    'Hãy cho biết bạn tìm loại đối tác nào, ví dụ "ai có thể lồng tiếng phim Hàn sang tiếng Nhật?".',
  mistakeQuestionTooLong: 'Câu hỏi dài {length} ký tự; hãy giữ trong khoảng {maximum} ký tự (mỗi lần hỏi một điều).',
  mistakeNoDigestYet: 'Chưa có bản tổng hợp nào được tạo.',
  mistakeUnknownDigest: 'Không có bản tổng hợp "{name}".',
  mistakeBadLimit: 'Giới hạn phải là một số nguyên từ 1 đến {maximum}.',
  pageNotUrl: 'đó không phải là địa chỉ web; hãy đưa địa chỉ bắt đầu bằng https:// hoặc http://.',
  pageScheme: 'chỉ thêm được địa chỉ http và https.',
  pageCredentials: 'không tải địa chỉ có tên người dùng hoặc mật khẩu.',
  pageNoHost: 'không tìm thấy tên trang web.',
  pageNotAllowed: 'địa chỉ đó thuộc mạng riêng hoặc mạng nội bộ, nên không được tải.',
  pageTooSlow: 'trang web không trả lời kịp.',
  pageUnreachable: 'không kết nối được tới trang web.',
  pageRedirect: 'trang web chuyển hướng tới nơi không tải được.',
  pageStatus: 'trang web trả lời bằng lỗi {status}.',
  pageNotPage: 'đó không phải là trang web hay bài báo ({type}).',
  pageTooLarge: 'trang quá lớn.',
  pageBrokenBody: 'trang tải về bị hỏng.',
  pageNoText: 'sau khi bỏ menu và các phần khác của trang thì không còn nội dung bài báo.',
  pageNoArticle: 'không tìm thấy bài báo nào trên trang.',
  slackEmptyMention:
    'Hãy hỏi tôi về hợp tác, chương trình hoặc các đơn vị trong ngành, ví dụ _Ai đào tạo nhân lực hậu kỳ ở Hàn Quốc?_',
} satisfies Record<FormsKey, string>;
