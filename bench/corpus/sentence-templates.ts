/**
 * Sentence, title and question templates in English, Korean and Vietnamese. A fact is
 * rendered as one sentence (the answering passage is the chunk that contains it) and as a
 * question in any of the three languages, so monolingual and cross-language questions
 * share one set of facts.
 */
import type { SeededRandom } from './seeded-random.js';
import {
  agencies,
  type CorpusLanguage,
  countries,
  englishMonths,
  formats,
  platforms,
  type Term,
} from './vocabulary.js';

export interface Organization {
  names: Term;
}

export interface Person {
  names: Term;
}

export interface Money {
  currency: 'krw' | 'usd';
  /** KRW in units of 100 million (억); USD in units of 10,000 (만). */
  units: number;
}

export type Fact =
  | { type: 'staff'; organization: Organization; skill: Term; place: Term; count: number }
  | { type: 'office'; organization: Organization; place: Term; month: number; year: number }
  | {
      type: 'programme';
      organization: Organization;
      skill: Term;
      place: Term;
      trainees: number;
      months: number;
      budget: Money;
    }
  | {
      type: 'agreement';
      organization: Organization;
      partner: Organization;
      format: Term;
      count: number;
      day: number;
      month: number;
      year: number;
    }
  | { type: 'investment'; organization: Organization; partner: Organization; skill: Term; place: Term; amount: Money }
  | { type: 'leadership'; organization: Organization; place: Term; person: Person; year: number };

export type FactType = Fact['type'];

/** What makes a fact unique in the corpus: two facts with one key would make a question ambiguous. */
export function factKey(fact: Fact): string {
  const organization = fact.organization.names.en;
  switch (fact.type) {
    case 'staff':
    case 'programme':
      return `${fact.type}|${organization}|${fact.skill.en}|${fact.place.en}`;
    case 'office':
    case 'leadership':
      return `${fact.type}|${organization}|${fact.place.en}`;
    case 'agreement':
      return `${fact.type}|${organization}|${fact.partner.names.en}`;
    case 'investment':
      return `${fact.type}|${organization}|${fact.partner.names.en}|${fact.skill.en}`;
  }
}

/** Whether a word, as Koreans read it, ends in a consonant (batchim): decides 은/는, 이/가, 을/를, 과/와. */
function hasFinalConsonant(word: string): boolean {
  const spoken = word.replace(/\([^)]*\)\s*$/, '').trim();
  const last = spoken.at(-1) ?? '';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (/\d/.test(last)) return '013678'.includes(last);
  // Latin words: "Sound" is read 사운드 (vowel end); "Film", "Haneul", "Kang" end in a consonant.
  return /(?:[mnl]|ng)$/i.test(spoken);
}

/** Korean particle after a word: topic 은/는, subject 이/가, object 을/를, "with" 과/와. */
export function particle(word: string, kind: 'topic' | 'subject' | 'object' | 'with'): string {
  const final = hasFinalConsonant(word);
  const pairs = { topic: ['은', '는'], subject: ['이', '가'], object: ['을', '를'], with: ['과', '와'] } as const;
  return `${word}${pairs[kind][final ? 0 : 1]}`;
}

export function renderMoney(money: Money, language: CorpusLanguage): string {
  if (money.currency === 'krw') {
    const billions = money.units / 10;
    if (language === 'ko') return `${money.units.toLocaleString('en-US')}억 원`;
    if (language === 'vi') return `${String(billions).replace('.', ',')} tỷ won`;
    return `KRW ${billions} billion`;
  }
  const millions = money.units / 100;
  if (language === 'ko') return `${money.units.toLocaleString('en-US')}만 달러`;
  if (language === 'vi') return `${String(millions).replace('.', ',')} triệu USD`;
  return `US$${millions} million`;
}

function monthYear(month: number, year: number, language: CorpusLanguage): string {
  if (language === 'ko') return `${year}년 ${month}월`;
  if (language === 'vi') return `tháng ${month} năm ${year}`;
  return `${englishMonths[month - 1]} ${year}`;
}

/** The fact as one sentence in a language; the sentence is the marker of its answering passage. */
export function renderFact(fact: Fact, language: CorpusLanguage): string {
  const organization = fact.organization.names[language];
  switch (fact.type) {
    case 'staff': {
      const { skill, place, count } = fact;
      if (language === 'ko')
        return `${particle(organization, 'topic')} ${place.ko} 스튜디오에서 ${skill.ko} 인력 ${count}명을 고용하고 있다.`;
      if (language === 'vi')
        return `${organization} hiện có ${count} nhân sự ${skill.vi} làm việc tại studio ở ${place.vi}.`;
      return `${organization} employs ${count} ${skill.en} artists at its studio in ${place.en}.`;
    }
    case 'office': {
      const { place, month, year } = fact;
      if (language === 'ko')
        return `${particle(organization, 'topic')} ${monthYear(month, year, 'ko')} ${place.ko}에 사무소를 열었다.`;
      if (language === 'vi')
        return `${organization} đã mở văn phòng tại ${place.vi} vào ${monthYear(month, year, 'vi')}.`;
      return `${organization} opened an office in ${place.en} in ${monthYear(month, year, 'en')}.`;
    }
    case 'programme': {
      const { skill, place, trainees, months, budget } = fact;
      if (language === 'ko') {
        return `${particle(organization, 'topic')} ${place.ko}에서 ${trainees}명을 대상으로 ${months}개월 과정의 ${skill.ko} 교육 프로그램을 시작했으며 예산은 ${renderMoney(budget, 'ko')}이다.`;
      }
      if (language === 'vi') {
        return `${organization} đã khởi động chương trình đào tạo ${skill.vi} kéo dài ${months} tháng tại ${place.vi} cho ${trainees} học viên, với ngân sách ${renderMoney(budget, 'vi')}.`;
      }
      return `${organization} launched a ${months}-month ${skill.en} training programme in ${place.en} for ${trainees} trainees, with a budget of ${renderMoney(budget, 'en')}.`;
    }
    case 'agreement': {
      const { partner, format, count, day, month, year } = fact;
      const partnerName = partner.names[language];
      if (language === 'ko') {
        return `${particle(organization, 'topic')} ${year}년 ${month}월 ${day}일 ${particle(partnerName, 'with')} ${format.ko} ${count}편을 공동 제작하는 업무협약(MOU)을 체결했다.`;
      }
      if (language === 'vi')
        return `Ngày ${day}/${month}/${year}, ${organization} đã ký biên bản ghi nhớ với ${partnerName} để cùng sản xuất ${count} ${format.vi}.`;
      return `On ${englishMonths[month - 1]} ${day}, ${year}, ${organization} signed a memorandum of understanding with ${partnerName} to co-produce ${count} ${format.en}.`;
    }
    case 'investment': {
      const { partner, skill, place, amount } = fact;
      const partnerName = partner.names[language];
      if (language === 'ko') {
        return `${particle(organization, 'topic')} ${particle(partnerName, 'subject')} ${place.ko}에서 운영하는 ${skill.ko} 스튜디오에 ${particle(renderMoney(amount, 'ko'), 'object')} 투자했다.`;
      }
      if (language === 'vi')
        return `${organization} đã đầu tư ${renderMoney(amount, 'vi')} vào studio ${skill.vi} mà ${partnerName} vận hành tại ${place.vi}.`;
      return `${organization} invested ${renderMoney(amount, 'en')} in the ${skill.en} studio that ${partnerName} runs in ${place.en}.`;
    }
    case 'leadership': {
      const { place, person, year } = fact;
      const name = person.names[language];
      if (language === 'ko')
        return `${particle(name, 'subject')} ${year}년 ${organization} ${place.ko} 사무소장으로 임명됐다.`;
      if (language === 'vi')
        return `${name} được bổ nhiệm làm giám đốc văn phòng ${place.vi} của ${organization} vào năm ${year}.`;
      return `${name} was appointed head of the ${place.en} office of ${organization} in ${year}.`;
    }
  }
}

/** The question whose answer is the fact, in a language. */
export function renderQuestion(fact: Fact, language: CorpusLanguage): string {
  const organization = fact.organization.names[language];
  switch (fact.type) {
    case 'staff': {
      const { skill, place } = fact;
      if (language === 'ko')
        return `${particle(organization, 'topic')} ${place.ko}에서 ${skill.ko} 인력을 몇 명 고용하고 있나요?`;
      if (language === 'vi') return `${organization} có bao nhiêu nhân sự ${skill.vi} tại ${place.vi}?`;
      return `How many ${skill.en} artists does ${organization} employ in ${place.en}?`;
    }
    case 'office': {
      const { place } = fact;
      if (language === 'ko') return `${particle(organization, 'topic')} 언제 ${place.ko}에 사무소를 열었나요?`;
      if (language === 'vi') return `${organization} mở văn phòng tại ${place.vi} khi nào?`;
      return `When did ${organization} open its office in ${place.en}?`;
    }
    case 'programme': {
      const { skill, place } = fact;
      if (language === 'ko') return `${organization}의 ${place.ko} ${skill.ko} 교육 프로그램은 몇 명을 모집하나요?`;
      if (language === 'vi')
        return `Chương trình đào tạo ${skill.vi} của ${organization} tại ${place.vi} nhận bao nhiêu học viên?`;
      return `How many trainees does the ${skill.en} training programme of ${organization} in ${place.en} accept?`;
    }
    case 'agreement': {
      const partnerName = fact.partner.names[language];
      if (language === 'ko')
        return `${particle(organization, 'topic')} 언제 ${particle(partnerName, 'with')} 업무협약을 체결했나요?`;
      if (language === 'vi') return `${organization} ký biên bản ghi nhớ với ${partnerName} khi nào?`;
      return `When did ${organization} sign a memorandum of understanding with ${partnerName}?`;
    }
    case 'investment': {
      const { skill } = fact;
      const partnerName = fact.partner.names[language];
      if (language === 'ko')
        return `${particle(organization, 'topic')} ${partnerName}의 ${skill.ko} 스튜디오에 얼마를 투자했나요?`;
      if (language === 'vi') return `${organization} đã đầu tư bao nhiêu vào studio ${skill.vi} của ${partnerName}?`;
      return `How much did ${organization} invest in the ${skill.en} studio of ${partnerName}?`;
    }
    case 'leadership': {
      const { place } = fact;
      if (language === 'ko') return `${organization} ${place.ko} 사무소장은 누구인가요?`;
      if (language === 'vi') return `Ai là giám đốc văn phòng ${place.vi} của ${organization}?`;
      return `Who heads the ${place.en} office of ${organization}?`;
    }
  }
}

export interface FillerSlots {
  organization: Organization;
  skill: Term;
  place: Term;
  random: SeededRandom;
}

type FillerTemplate = (slots: FillerSlots & { language: CorpusLanguage }) => string;

const platformKorean: Record<string, string> = {
  'streaming platforms': 'OTT 플랫폼',
  broadcasters: '방송사',
  'cinema chains': '극장 체인',
  'game publishers': '게임 퍼블리셔',
  'webtoon portals': '웹툰 플랫폼',
};
const platformVietnamese: Record<string, string> = {
  'streaming platforms': 'các nền tảng phát trực tuyến',
  broadcasters: 'các đài truyền hình',
  'cinema chains': 'các cụm rạp',
  'game publishers': 'các nhà phát hành trò chơi',
  'webtoon portals': 'các nền tảng truyện tranh',
};

/** Background sentences: they reuse the same entities and numbers as the facts, as real articles do, and so act as distractors. */
const fillerTemplates: Record<CorpusLanguage, FillerTemplate[]> = {
  en: [
    ({ skill, random }) =>
      `The ${skill.en} market in ${random.pick(countries).en} grew by ${random.integer(3, 38)}% last year, according to ${random.pick(agencies).en}.`,
    ({ skill, random }) =>
      `Demand for ${skill.en} talent has risen as ${random.pick(platforms)} commission more ${random.pick(formats).en}.`,
    ({ organization, random }) =>
      `${organization.names.en} has worked with ${random.pick(platforms)} across Asia for more than ${random.integer(2, 25)} years.`,
    ({ place, random }) => {
      const [first, second] = random.shuffle([...countries]);
      return `Industry observers in ${place.en} expect more co-productions between ${first?.en} and ${second?.en}.`;
    },
    ({ place, random }) =>
      `Training centres in ${place.en} report that most graduates find jobs within ${random.integer(2, 12)} months.`,
    ({ skill }) => `The company plans to expand its ${skill.en} team and to hire graduates from local universities.`,
    ({ random }) =>
      `${capitalize(random.pick(agencies).en)} has supported export programmes for ${random.pick(formats).en} in the region since ${random.integer(2005, 2020)}.`,
    () => 'Executives said subtitling and dubbing costs remain a barrier for smaller studios.',
    ({ skill }) =>
      `The agreement also covers internships, joint workshops and the exchange of ${skill.en} instructors.`,
    ({ place, random }) =>
      `According to the organizers, more than ${random.integer(20, 400)} companies attended the business matching sessions in ${place.en}.`,
    ({ organization, random }) =>
      `${organization.names.en} produced ${random.integer(2, 60)} ${random.pick(formats).en} last year, most of them for ${random.pick(platforms)}.`,
    ({ random }) =>
      `Local governments in ${random.pick(countries).en} offer tax rebates of up to ${random.integer(10, 40)}% for foreign productions.`,
    ({ organization }) => `A spokesperson for ${organization.names.en} declined to disclose the financial terms.`,
    ({ skill }) => `The studio uses Unreal Engine and Nuke for most of its ${skill.en} work.`,
    ({ place }) =>
      `Rents for studio space in ${place.en} have risen sharply since the pandemic, pushing smaller teams to the suburbs.`,
    ({ skill, random }) =>
      `Freelance ${skill.en} specialists in the region charge between US$${random.integer(15, 40)} and US$${random.integer(45, 120)} an hour.`,
  ],
  ko: [
    ({ skill, random }) =>
      `${random.pick(agencies).ko}에 따르면 ${random.pick(countries).ko}의 ${skill.ko} 시장은 지난해 ${random.integer(3, 38)}% 성장했다.`,
    ({ skill, random }) =>
      `${particle(platformKorean[random.pick(platforms)] as string, 'subject')} ${random.pick(formats).ko} 발주를 늘리면서 ${skill.ko} 인력 수요가 커지고 있다.`,
    ({ organization, random }) =>
      `${particle(organization.names.ko, 'topic')} ${random.integer(2, 25)}년 넘게 아시아 각국의 플랫폼과 협력해 왔다.`,
    ({ place, random }) => {
      const [first, second] = random.shuffle([...countries]);
      return `${place.ko}의 업계 관계자들은 ${particle(first?.ko ?? '', 'with')} ${second?.ko} 간 공동 제작이 늘어날 것으로 내다봤다.`;
    },
    ({ place, random }) =>
      `${place.ko}의 교육기관들은 수료생 대부분이 ${random.integer(2, 12)}개월 안에 취업한다고 밝혔다.`,
    ({ skill }) => `회사는 ${skill.ko} 팀을 확대하고 지역 대학 졸업생을 채용할 계획이다.`,
    ({ random }) =>
      `${particle(random.pick(agencies).ko, 'topic')} ${random.integer(2005, 2020)}년부터 이 지역에서 ${random.pick(formats).ko} 수출 지원 사업을 펼쳐 왔다.`,
    () => '업계는 자막과 더빙 비용이 중소 스튜디오에 여전히 부담이라고 지적했다.',
    ({ skill }) => `이번 협약에는 인턴십, 공동 워크숍, ${skill.ko} 강사 교류도 포함됐다.`,
    ({ place, random }) =>
      `주최 측에 따르면 ${place.ko}에서 열린 비즈니스 매칭 상담회에 ${random.integer(20, 400)}개 이상의 기업이 참가했다.`,
    ({ organization, random }) =>
      `${particle(organization.names.ko, 'topic')} 지난해 ${random.pick(formats).ko} ${random.integer(2, 60)}편을 제작했으며 대부분 ${platformKorean[random.pick(platforms)]}에 공급했다.`,
    ({ random }) =>
      `${random.pick(countries).ko} 지방정부는 해외 제작사에 최대 ${random.integer(10, 40)}%의 세금 환급을 제공한다.`,
    ({ organization }) => `${organization.names.ko} 측은 구체적인 계약 조건을 공개하지 않았다.`,
    ({ skill }) => `이 스튜디오는 ${skill.ko} 작업 대부분에 언리얼 엔진과 누크를 사용한다.`,
    ({ place }) => `팬데믹 이후 ${place.ko}의 스튜디오 임대료가 크게 올라 소규모 팀들이 외곽으로 이전하고 있다.`,
    ({ skill, random }) =>
      `이 지역의 프리랜서 ${skill.ko} 전문가는 시간당 ${random.integer(15, 40)}~${random.integer(45, 120)}달러를 받는다.`,
  ],
  vi: [
    ({ skill, random }) =>
      `Theo ${random.pick(agencies).vi}, thị trường ${skill.vi} tại ${random.pick(countries).vi} đã tăng trưởng ${random.integer(3, 38)}% trong năm qua.`,
    ({ skill, random }) =>
      `Nhu cầu nhân lực ${skill.vi} tăng mạnh khi ${platformVietnamese[random.pick(platforms)]} đặt hàng nhiều ${random.pick(formats).vi} hơn.`,
    ({ organization, random }) =>
      `${organization.names.vi} đã hợp tác với các nền tảng trong khu vực châu Á hơn ${random.integer(2, 25)} năm.`,
    ({ place, random }) => {
      const [first, second] = random.shuffle([...countries]);
      return `Giới chuyên môn tại ${place.vi} kỳ vọng sẽ có thêm nhiều dự án hợp tác sản xuất giữa ${first?.vi} và ${second?.vi}.`;
    },
    ({ place, random }) =>
      `Các cơ sở đào tạo tại ${place.vi} cho biết phần lớn học viên tìm được việc làm trong vòng ${random.integer(2, 12)} tháng.`,
    ({ skill }) =>
      `Công ty dự kiến mở rộng đội ngũ ${skill.vi} và tuyển dụng sinh viên mới tốt nghiệp từ các trường đại học địa phương.`,
    ({ random }) =>
      `${capitalize(random.pick(agencies).vi)} đã hỗ trợ xuất khẩu ${random.pick(formats).vi} trong khu vực từ năm ${random.integer(2005, 2020)}.`,
    () => 'Các nhà sản xuất cho rằng chi phí phụ đề và lồng tiếng vẫn là rào cản đối với các studio nhỏ.',
    ({ skill }) => `Thỏa thuận cũng bao gồm chương trình thực tập, hội thảo chung và trao đổi giảng viên ${skill.vi}.`,
    ({ place, random }) =>
      `Theo ban tổ chức, hơn ${random.integer(20, 400)} doanh nghiệp đã tham gia phiên kết nối giao thương tại ${place.vi}.`,
    ({ organization, random }) =>
      `Năm ngoái, ${organization.names.vi} đã sản xuất ${random.integer(2, 60)} ${random.pick(formats).vi}, phần lớn dành cho ${platformVietnamese[random.pick(platforms)]}.`,
    ({ random }) =>
      `Chính quyền địa phương tại ${random.pick(countries).vi} hoàn thuế tới ${random.integer(10, 40)}% cho các đoàn làm phim nước ngoài.`,
    ({ organization }) => `Đại diện ${organization.names.vi} từ chối tiết lộ giá trị hợp đồng.`,
    ({ skill }) => `Studio sử dụng Unreal Engine và Nuke cho phần lớn công việc ${skill.vi}.`,
    ({ place }) =>
      `Giá thuê mặt bằng studio tại ${place.vi} tăng mạnh sau đại dịch, khiến các nhóm nhỏ chuyển ra ngoại ô.`,
    ({ skill, random }) =>
      `Các chuyên gia ${skill.vi} tự do trong khu vực nhận từ ${random.integer(15, 40)} đến ${random.integer(45, 120)} USD mỗi giờ.`,
  ],
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function renderFiller(slots: FillerSlots, language: CorpusLanguage): string {
  const template = slots.random.pickSkewed(fillerTemplates[language], 0.4);
  return template({ ...slots, language });
}

export function renderTitle(
  organization: Organization,
  partner: Organization,
  skill: Term,
  place: Term,
  language: CorpusLanguage,
  random: SeededRandom,
): string {
  const name = organization.names[language];
  const partnerName = partner.names[language];
  const format = random.pick(formats);
  const variant = random.integer(0, 2);
  if (language === 'ko') {
    return [
      `${name}, ${place.ko}서 ${skill.ko} 사업 확대`,
      `${name}·${partnerName}, ${format.ko} 공동 제작 협력`,
      `${name}, ${skill.ko} 인재 양성에 투자`,
    ][variant] as string;
  }
  if (language === 'vi') {
    return [
      `${name} mở rộng mảng ${skill.vi} tại ${place.vi}`,
      `${name} và ${partnerName} hợp tác sản xuất ${format.vi}`,
      `${name} đầu tư đào tạo nhân lực ${skill.vi}`,
    ][variant] as string;
  }
  return [
    `${name} expands ${skill.en} work in ${place.en}`,
    `${name} and ${partnerName} team up on ${format.en}`,
    `${name} bets on ${skill.en} talent`,
  ][variant] as string;
}
