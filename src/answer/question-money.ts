/**
 * How a question asks an amount of money, in the six languages: "how much", a word for money before "多少", "сколько
 * потратила", a money noun asked alone ("the budget?"), a how-much word that counts nothing named after it.
 */
import { moneyKindsIn } from './money-kinds.js';

export const amountQuestion = new RegExp(
  [
    // "how much experience / time" asks how long, "how much of" a share: not money.
    String.raw`\bhow much\b(?!\s+(?:time|experience|of)\b)`,
    // "몇 석 규모" asks how many seats: the size said with a counter is a count.
    String.raw`얼마(?!나?\s*(?:오래|걸|동안))|금액|(?<!몇\s?[가-힣]{1,3}\s?)규모`,
    'bao nhiêu tiền|trị giá|bao nhiêu (?:đồng|usd|tỷ)|いくら|金額|投資額',
    // "khoản hỗ trợ bao nhiêu", "mức lương bao nhiêu": a sum of money named before "bao nhiêu".
    '(?:khoản|số tiền|mức lương|tiền thưởng|kinh phí|ngân sách|doanh thu)' +
      '(?:\\s+[\\p{L}]+){0,3}\\s+(?:là\\s+)?bao nhiêu',
    String.raw`сколько (?:(?:всего|же|вообще)\s+)?(?:стоит|стоил|денег|рубл|долл)|какая сумма|qancha pul|qancha mablag`,
    // "Сколько потратила киноиндустрия", "сколько компания вложила": a verb of spending or investing asks for money.
    // A name may hold digits ("Сколько М83 привлекла"); "заплатила" pays a sum.
    String.raw`(?<!\p{L})сколько\s+(?:[\p{L}\p{N}-]+\s+){0,3}?` +
      String.raw`(?:потрат|затрат|вложи|инвестир|стоил|заработа|выдели|привлек|заплат)\p{L}*`,
    // Indonesian: "berapa" before a word for money ("berapa pendapatan", "berapa dana").
    String.raw`\bberapa\s+(?:(?:besar|total|jumlah)\s+)?(?:nilai|biaya|dana|anggaran|gaji|harga|pendapatan|` +
      String.raw`investasi|modal|omzet|hadiah|rupiah|juta|miliar|triliun)(?:nya)?\b`,
    // Japanese: a sum asked by its noun ending in 額 ("資金調達額は?", "買収額は", "投資額").
    String.raw`\p{Script=Han}額(?:は|って)\s*(?:いくら|どのくらい|どれくらい)?\s*[?？]?\s*$`,
    // Chinese: "多少钱", "票房是多少", "投资了多少": a word for money before "多少" asks an amount.
    String.raw`多少钱|` + String.raw`(?:投资|花|赚|融资|筹集|补贴|资助)了?多少(?![个家部名位所项件条集次届场本款人])`,
    // Vietnamese: "với giá bao nhiêu", "giá bao nhiêu" (at what price).
    String.raw`(?<!\p{L})giá\s+(?:là\s+)?bao nhiêu`,
    // Russian: "сколько … приносили" (brought in), "сколько «…» собрали в прокате" (grossed).
    String.raw`(?<!\p{L})сколько\s+(?:[\p{L}\p{N}«»"-]+\s+){0,3}?(?:принос|принес|принёс)\p{L}*|` +
      String.raw`(?<!\p{L})сколько\s+(?:[\p{L}\p{N}«»"-]+\s+){0,3}?собра\p{L}*\s+(?:в|на)\s+` +
      String.raw`(?:\p{L}+\s+)?(?:прокат|касс)|` +
      // "Сколько собрал мультфильм …", "сколько собрала картина": a work named by its kind grosses money.
      String.raw`(?<!\p{L})сколько\s+собра\p{L}*\s+(?:\p{L}+\s+)?(?:фильм|мультфильм|картин|лент|сериал)`,
    // Thai: a word for money before "เท่าไร" ("รายได้เท่าไร", "ลงทุนไปเท่าไหร่", "ราคาเท่าไร").
    String.raw`(?:ราคา|ค่า|เงิน|รายได้|ทุน|งบ|กำไร|ขาดทุน|มูลค่า|ลงทุน|ยอดขาย|จ่าย|ทำเงิน)` +
      String.raw`\p{Script=Thai}*?(?:เท่า(?:ไร|ไหร่))|กี่บาท`,
  ].join('|'),
  'iu',
);
/**
 * A question that only names money ("the BFI fund …?", "투자한 …?", "budget"): an amount when nothing else is asked —
 * "which trade bodies shaped the fund", "where does its money come from", "투자한 스튜디오는 어디야" ask for others.
 */
export const moneyWordQuestion = new RegExp(
  [
    String.raw`\b(?:budget|cost|price|fee|tuition)\b`,
    'kinh phí|chi phí|ngân sách|vốn đầu tư|예산|비용|사업비|투자금|予算|費用|бюджет|стоимост|narx|byudjet',
    // What a company is worth: "valuation", "기업가치", "評価額", "định giá", "оценка компании", "估值".
    String.raw`\bvaluation\b|\bvalued\b|기업\s?가치|시가\s?총액|평가액|評価額|時価総額|企業価値|định giá|` +
      String.raw`(?<!\p{L})капитализаци\p{L}*|估值|市值`,
    String.raw`\b(?:pendapatan|anggaran|biaya|gaji|pendanaan|omzet)\b`,
    String.raw`\b(?:budget|cost|price|worth|invest(?:ed|ment)?|fund(?:ing)?|revenue|sales)\b.*\?`,
    String.raw`투자[^?]*\?`,
  ].join('|'),
  'iu',
);
/**
 * A how-much word that counts nothing named after it — "净利润是多少?", "多少亿", "Doanh thu … là bao nhiêu?", "đạt
 * doanh thu bao nhiêu vào ngày …" — asks the size of what the question names; a counted noun ("多少家", "bao nhiêu
 * nhân viên") is asked otherwise.
 */
const bareQuantityWord = new RegExp(
  String.raw`多少(?:[钱亿万元]|(?!\p{Script=Han}))|几何|どれ(?:くらい|ぐらい)|どの(?:くらい|ぐらい)|` +
    String.raw`bao nhiêu(?=\s*(?:[?？.!]|$|(?:vào|trong|ở|tại|trên|từ|so với|năm|khi|sau|tính)(?!\p{L})))`,
  'iu',
);
/** How big a market is, said in money: "市场规模", "thị trường … đạt bao nhiêu", "시장 규모", "объём рынка". */
const marketSize = /市场规模|市場規模|thị trường|시장\s?규모|объ[её]м\p{L}*\s+рынк|\bmarket size\b/iu;
/** Money itself, or funds ("資金を集めた", "자금"), or a market's size, named in a how-much question. */
const moneyWord = new RegExp(
  String.raw`${marketSize.source}|資金|资金|자금|お金|\bmoney\b|(?<!\p{L})денег(?!\p{L})|(?<!\p{L})tiền(?!\p{L})`,
  'iu',
);
/**
 * The word a how-many word counts: "сколько прибыли", "berapa laba bersih", "berapa penjualan", "多少票房" count money;
 * "сколько студий", "berapa penonton", "多少个" count things.
 */
const countedWord =
  /(?<!\p{L})сколько\s+(\p{L}+)|\bberapa\s+(\p{L}+(?:\s+\p{L}+)?)|多少(?![个家部名位所项件条集次届场本款人])(\p{Script=Han}{1,3})/iu;

/** A question that asks how much of a kind of money it names: a profit, a turnover, a sum paid. */
export function moneyAsked(question: string): boolean {
  // How much a share price rose ("股价涨了多少") is asked as a rate: the price alone does not make it money asked.
  const kinds = [...moneyKindsIn(question)].filter((kind) => kind !== 'share price');
  if (bareQuantityWord.test(question) && (kinds.length > 0 || moneyWord.test(question))) return true;
  const match = countedWord.exec(question);
  const counted = match?.[1] ?? match?.[2] ?? match?.[3];
  return counted !== undefined && moneyKindsIn(counted).size > 0;
}
