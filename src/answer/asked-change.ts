/**
 * A change or a share asked, in the eight languages: "how much did sales grow", "얼마나 늘었어", "增长了多少",
 * "どれくらい伸びた", "tăng bao nhiêu", "насколько выросла", "naik berapa", "เพิ่มขึ้นเท่าไร"; "授权占多少", "chiếm bao
 * nhiêu". Such a question is answered by a percentage or a multiple ("grew 25%", "153%", "4배", "2倍", "gấp 3 lần",
 * "в 2 раза") as well as by the amount or count its type asks, whatever the sentence's language.
 */

/** A verb of growth, decline or share, in the eight languages (a stem where the language inflects). */
const changeWord = new RegExp(
  [
    String.raw`\b(?:grow|grew|grown|growth|rise|rose|risen|increase[ds]?|jump(?:ed)?|climb(?:ed)?|fall|fell|fallen|` +
      String.raw`drop(?:ped)?|decline[ds]?|decrease[ds]?|shr[ai]nk|share of)\b`,
    '늘었|늘어|늘린|증가|성장|올랐|오른|상승|줄었|줄어|감소|하락|떨어|비중',
    '伸び|増え|増加|成長|上昇|減っ|減少|下落|下が|上が|割合',
    '增长|增加|上升|上涨|下降|下滑|减少|下跌|占',
    String.raw`(?<!\p{L})(?:tăng|giảm|chiếm)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:вырос|увелич|сократил|снизил|упал|упала|упали|рост|доля|долю)\p{L}*`,
    String.raw`\b(?:naik|tumbuh|meningkat|turun|menurun|berkurang|porsi)\b`,
    'เพิ่มขึ้น|ลดลง|เติบโต|สัดส่วน',
  ].join('|'),
  'iu',
);

/** A percentage or a multiple in a sentence: "25%", "25.0 percent", "153 persen", "4배", "2倍", "3 lần", "в 2 раза". */
const changeFigure = new RegExp(
  [
    String.raw`\d[\d.,]*\s*(?:%|％|퍼센트|percent|per cent|phần trăm|процент\p{L}*|persen|パーセント|เปอร์เซ็นต์)`,
    String.raw`\d[\d.,]*\s*(?:배|倍|เท่า)|\d[\d.,]*\s*(?:lần|раза?|kali)(?!\p{L})`,
    String.raw`\d[\d.,]*[-\s](?:fold|times)\b`,
  ].join('|'),
  'iu',
);

/** Whether a question asks how much something changed or what share it holds. */
export function changeAsked(question: string): boolean {
  return changeWord.test(question);
}

/** Whether a sentence gives a change or a share as a percentage or a multiple. */
export function hasChangeFigure(sentence: string): boolean {
  return changeFigure.test(sentence);
}
