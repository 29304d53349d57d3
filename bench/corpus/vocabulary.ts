/**
 * Content-industry vocabulary for the synthetic corpus, in English, Korean and Vietnamese:
 * skills, places, formats, organization name parts, people, agencies. The forms are the
 * ones the trade press uses (Korean with particles added by the templates, Vietnamese with
 * full diacritics). Lists are ordered roughly from common to rare, so skewed picks give a
 * natural word-frequency curve.
 */

export type CorpusLanguage = 'en' | 'ko' | 'vi';

export const corpusLanguages: readonly CorpusLanguage[] = ['en', 'ko', 'vi'];

export interface Term {
  en: string;
  ko: string;
  vi: string;
}

/** Skills and crafts; `artist` is the role noun used with "employs N … artists". */
export const skills: readonly Term[] = [
  { en: 'VFX', ko: '시각효과', vi: 'kỹ xảo điện ảnh' },
  { en: 'animation', ko: '애니메이션', vi: 'hoạt hình' },
  { en: 'post-production', ko: '후반 작업', vi: 'hậu kỳ' },
  { en: 'webtoon', ko: '웹툰', vi: 'webtoon' },
  { en: 'video editing', ko: '영상 편집', vi: 'dựng phim' },
  { en: 'dubbing', ko: '더빙', vi: 'lồng tiếng' },
  { en: 'subtitling', ko: '자막 번역', vi: 'biên dịch phụ đề' },
  { en: 'colour grading', ko: '색보정', vi: 'chỉnh màu' },
  { en: 'sound design', ko: '사운드 디자인', vi: 'thiết kế âm thanh' },
  { en: 'compositing', ko: '합성', vi: 'ghép hình kỹ xảo' },
  { en: '3D modelling', ko: '3D 모델링', vi: 'dựng mô hình 3D' },
  { en: 'game localisation', ko: '게임 현지화', vi: 'bản địa hóa trò chơi' },
  { en: 'motion capture', ko: '모션 캡처', vi: 'ghi hình chuyển động' },
  { en: 'virtual production', ko: '버추얼 프로덕션', vi: 'sản xuất ảo' },
  { en: 'screenwriting', ko: '시나리오 작법', vi: 'biên kịch' },
  { en: 'music production', ko: '음악 제작', vi: 'sản xuất âm nhạc' },
  { en: 'character design', ko: '캐릭터 디자인', vi: 'thiết kế nhân vật' },
  { en: 'storyboarding', ko: '스토리보드', vi: 'vẽ phân cảnh' },
  { en: 'cinematography', ko: '촬영', vi: 'quay phim' },
  { en: 'lighting', ko: '조명', vi: 'ánh sáng' },
  { en: 'documentary production', ko: '다큐멘터리 제작', vi: 'sản xuất phim tài liệu' },
  { en: 'live streaming', ko: '라이브 스트리밍', vi: 'phát trực tiếp' },
  { en: 'film marketing', ko: '영화 마케팅', vi: 'tiếp thị phim' },
  { en: 'rights licensing', ko: '판권 라이선싱', vi: 'cấp phép bản quyền' },
  { en: 'format adaptation', ko: '포맷 리메이크', vi: 'chuyển thể định dạng' },
  { en: 'K-pop choreography', ko: '케이팝 안무', vi: 'biên đạo K-pop' },
  { en: 'set design', ko: '세트 디자인', vi: 'thiết kế bối cảnh' },
  { en: 'stop-motion', ko: '스톱모션', vi: 'hoạt hình tĩnh vật' },
];

export const places: readonly Term[] = [
  { en: 'Seoul', ko: '서울', vi: 'Seoul' },
  { en: 'Hanoi', ko: '하노이', vi: 'Hà Nội' },
  { en: 'Ho Chi Minh City', ko: '호찌민', vi: 'TP. Hồ Chí Minh' },
  { en: 'Busan', ko: '부산', vi: 'Busan' },
  { en: 'Da Nang', ko: '다낭', vi: 'Đà Nẵng' },
  { en: 'Tashkent', ko: '타슈켄트', vi: 'Tashkent' },
  { en: 'Bangkok', ko: '방콕', vi: 'Bangkok' },
  { en: 'Jakarta', ko: '자카르타', vi: 'Jakarta' },
  { en: 'Tokyo', ko: '도쿄', vi: 'Tokyo' },
  { en: 'Singapore', ko: '싱가포르', vi: 'Singapore' },
  { en: 'Incheon', ko: '인천', vi: 'Incheon' },
  { en: 'Samarkand', ko: '사마르칸트', vi: 'Samarkand' },
  { en: 'Jeonju', ko: '전주', vi: 'Jeonju' },
  { en: 'Hai Phong', ko: '하이퐁', vi: 'Hải Phòng' },
  { en: 'Manila', ko: '마닐라', vi: 'Manila' },
  { en: 'Kuala Lumpur', ko: '쿠알라룸푸르', vi: 'Kuala Lumpur' },
  { en: 'Almaty', ko: '알마티', vi: 'Almaty' },
  { en: 'Gwangju', ko: '광주', vi: 'Gwangju' },
  { en: 'Daejeon', ko: '대전', vi: 'Daejeon' },
  { en: 'Can Tho', ko: '껀터', vi: 'Cần Thơ' },
  { en: 'Hue', ko: '후에', vi: 'Huế' },
  { en: 'Los Angeles', ko: '로스앤젤레스', vi: 'Los Angeles' },
  { en: 'Chuncheon', ko: '춘천', vi: 'Chuncheon' },
  { en: 'Nha Trang', ko: '나트랑', vi: 'Nha Trang' },
];

export const countries: readonly Term[] = [
  { en: 'Korea', ko: '한국', vi: 'Hàn Quốc' },
  { en: 'Vietnam', ko: '베트남', vi: 'Việt Nam' },
  { en: 'Uzbekistan', ko: '우즈베키스탄', vi: 'Uzbekistan' },
  { en: 'Thailand', ko: '태국', vi: 'Thái Lan' },
  { en: 'Indonesia', ko: '인도네시아', vi: 'Indonesia' },
  { en: 'Japan', ko: '일본', vi: 'Nhật Bản' },
  { en: 'the Philippines', ko: '필리핀', vi: 'Philippines' },
  { en: 'Malaysia', ko: '말레이시아', vi: 'Malaysia' },
];

export const formats: readonly Term[] = [
  { en: 'drama series', ko: '드라마 시리즈', vi: 'phim truyền hình' },
  { en: 'feature films', ko: '장편 영화', vi: 'phim điện ảnh' },
  { en: 'animated series', ko: '애니메이션 시리즈', vi: 'loạt phim hoạt hình' },
  { en: 'web dramas', ko: '웹드라마', vi: 'phim chiếu mạng' },
  { en: 'documentaries', ko: '다큐멘터리', vi: 'phim tài liệu' },
  { en: 'variety shows', ko: '예능 프로그램', vi: 'chương trình giải trí' },
  { en: 'mobile games', ko: '모바일 게임', vi: 'trò chơi di động' },
  { en: 'short-form videos', ko: '숏폼 영상', vi: 'video ngắn' },
];

export const platforms: readonly string[] = [
  'streaming platforms',
  'broadcasters',
  'cinema chains',
  'game publishers',
  'webtoon portals',
];

/** Public bodies that appear in background sentences only (no invented figures are attached to them). */
export const agencies: readonly Term[] = [
  {
    en: 'the Korea Creative Content Agency (KOCCA)',
    ko: '한국콘텐츠진흥원(KOCCA)',
    vi: 'Cơ quan Nội dung Sáng tạo Hàn Quốc (KOCCA)',
  },
  { en: 'the Korean Film Council (KOFIC)', ko: '영화진흥위원회(KOFIC)', vi: 'Hội đồng Điện ảnh Hàn Quốc (KOFIC)' },
  { en: "Vietnam's Department of Cinema", ko: '베트남 영화국', vi: 'Cục Điện ảnh Việt Nam' },
  { en: 'the Busan Film Commission', ko: '부산영상위원회', vi: 'Ủy ban Điện ảnh Busan' },
  { en: 'local industry associations', ko: '지역 산업 협회', vi: 'các hiệp hội ngành địa phương' },
];

/** English-branded organization names: first part × second part. */
export const brandFirstParts: readonly string[] = [
  'Blue Harbor',
  'Red Lantern',
  'Silver Crane',
  'Golden Lotus',
  'Northwind',
  'Moonrise',
  'Jade River',
  'Iron Pine',
  'Bright Orchid',
  'Cobalt',
  'Paper Tiger',
  'Starfield',
  'Crimson Bay',
  'Emerald Hill',
  'Maple Lane',
  'Blue Kite',
  'Bamboo Gate',
  'Seven Peaks',
  'Sunbeam',
  'Tidewater',
  'Nova Frame',
  'Pixel Forge',
  'Little Giant',
  'Blackbird',
  'Wildflower',
  'Clearwater',
  'Aurora',
  'Monsoon',
  'Typhoon',
  'Pearl River',
  'Sapphire',
  'Echo Valley',
  'Phoenix Tail',
  'Grey Heron',
  'Lucky Cat',
  'Open Sky',
  'Riverstone',
  'Night Owl',
  'Coral Reef',
  'Snow Lion',
  'Orange Moon',
  'Tin Drum',
  'Copper Leaf',
  'White Tiger',
  'Firefly',
  'Hidden Lake',
  'Granite',
  'Velvet',
  'Kestrel',
  'Lighthouse',
  'Fox Lane',
  'Cinder',
  'Ivory Tower',
  'Windmill',
  'Bluebell',
  'Thunder Road',
  'Evergreen',
  'Halcyon',
  'Marigold',
  'Red Panda',
];

export const brandSecondParts: readonly Term[] = [
  { en: 'Pictures', ko: '픽처스', vi: 'Pictures' },
  { en: 'Studios', ko: '스튜디오', vi: 'Studios' },
  { en: 'Media', ko: '미디어', vi: 'Media' },
  { en: 'Entertainment', ko: '엔터테인먼트', vi: 'Entertainment' },
  { en: 'Animation', ko: '애니메이션', vi: 'Animation' },
  { en: 'Films', ko: '필름', vi: 'Films' },
  { en: 'Digital', ko: '디지털', vi: 'Digital' },
  { en: 'Creative', ko: '크리에이티브', vi: 'Creative' },
  { en: 'Labs', ko: '랩스', vi: 'Labs' },
  { en: 'Sound', ko: '사운드', vi: 'Sound' },
  { en: 'Post', ko: '포스트', vi: 'Post' },
  { en: 'Works', ko: '웍스', vi: 'Works' },
  { en: 'Productions', ko: '프로덕션', vi: 'Productions' },
  { en: 'Interactive', ko: '인터랙티브', vi: 'Interactive' },
  { en: 'Academy', ko: '아카데미', vi: 'Academy' },
];

/** Korean-named organizations: Hangul first part and its romanisation. */
export const koreanFirstParts: readonly { ko: string; romanised: string }[] = [
  { ko: '한빛', romanised: 'Hanbit' },
  { ko: '누리', romanised: 'Nuri' },
  { ko: '다온', romanised: 'Daon' },
  { ko: '하람', romanised: 'Haram' },
  { ko: '미르', romanised: 'Mir' },
  { ko: '아라', romanised: 'Ara' },
  { ko: '별빛', romanised: 'Byeolbit' },
  { ko: '새봄', romanised: 'Saebom' },
  { ko: '가온', romanised: 'Gaon' },
  { ko: '마루', romanised: 'Maru' },
  { ko: '라온', romanised: 'Raon' },
  { ko: '소리', romanised: 'Sori' },
  { ko: '여울', romanised: 'Yeoul' },
  { ko: '해담', romanised: 'Haedam' },
  { ko: '한울', romanised: 'Hanul' },
  { ko: '바다', romanised: 'Bada' },
  { ko: '나래', romanised: 'Narae' },
  { ko: '푸른', romanised: 'Pureun' },
  { ko: '은하', romanised: 'Eunha' },
  { ko: '봄날', romanised: 'Bomnal' },
  { ko: '청람', romanised: 'Cheongram' },
  { ko: '단비', romanised: 'Danbi' },
  { ko: '솔빛', romanised: 'Solbit' },
  { ko: '하늘숲', romanised: 'Haneulsup' },
];

/** Vietnamese-named organizations: the English press writes them without diacritics. */
export const vietnameseFirstParts: readonly string[] = [
  'Sao Mai',
  'Hồng Hà',
  'Phương Nam',
  'Bến Thành',
  'Cửu Long',
  'Thăng Long',
  'Sông Hàn',
  'Hoa Sen',
  'Trường An',
  'Bình Minh',
  'An Phú',
  'Việt Á',
  'Hải Âu',
  'Ánh Dương',
  'Tràng An',
  'Hướng Dương',
  'Lạc Hồng',
  'Phù Đổng',
  'Bạch Đằng',
  'Sen Vàng',
];

export const koreanFamilyNames: readonly { ko: string; romanised: string }[] = [
  { ko: '김', romanised: 'Kim' },
  { ko: '이', romanised: 'Lee' },
  { ko: '박', romanised: 'Park' },
  { ko: '최', romanised: 'Choi' },
  { ko: '정', romanised: 'Jung' },
  { ko: '강', romanised: 'Kang' },
  { ko: '조', romanised: 'Cho' },
  { ko: '윤', romanised: 'Yoon' },
  { ko: '장', romanised: 'Jang' },
  { ko: '임', romanised: 'Lim' },
  { ko: '한', romanised: 'Han' },
  { ko: '오', romanised: 'Oh' },
];

export const koreanGivenNames: readonly { ko: string; romanised: string }[] = [
  { ko: '민준', romanised: 'Min-jun' },
  { ko: '서연', romanised: 'Seo-yeon' },
  { ko: '지호', romanised: 'Ji-ho' },
  { ko: '하은', romanised: 'Ha-eun' },
  { ko: '도윤', romanised: 'Do-yoon' },
  { ko: '수아', romanised: 'Soo-ah' },
  { ko: '재원', romanised: 'Jae-won' },
  { ko: '은지', romanised: 'Eun-ji' },
  { ko: '현우', romanised: 'Hyun-woo' },
  { ko: '예진', romanised: 'Ye-jin' },
  { ko: '성민', romanised: 'Sung-min' },
  { ko: '유나', romanised: 'Yu-na' },
];

export const vietnameseFamilyNames: readonly string[] = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Phan',
];
export const vietnameseGivenNames: readonly string[] = [
  'Văn An',
  'Thị Lan',
  'Minh Tuấn',
  'Thu Hà',
  'Quốc Bảo',
  'Ngọc Anh',
  'Đức Thắng',
  'Hải Yến',
  'Thanh Tùng',
  'Mai Phương',
  'Gia Huy',
  'Khánh Linh',
];

export const englishFamilyNames: readonly string[] = [
  'Carter',
  'Nguyen',
  'Walsh',
  'Moreau',
  'Okafor',
  'Lindqvist',
  'Tan',
  'Rahman',
  'Fischer',
  'Silva',
];
export const englishGivenNames: readonly string[] = [
  'Emma',
  'James',
  'Priya',
  'Lucas',
  'Aisha',
  'Daniel',
  'Mei',
  'Oliver',
  'Sofia',
  'Arjun',
];

export const englishMonths: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
