/**
 * The source a sentence quotes its fact from, written before it: "According to Comscore, …", "По данным ЕАИС, …", "Как
 * сообщила пресс-служба студии «Рики», …", "Theo số liệu của Box Office Vietnam, …", "Menurut data Cinepoint, …",
 * "영화진흥위원회 통합전산망에 따르면 …", "興行通信社によると、…", "据猫眼专业版数据,…". The body named there tells the fact,
 * it is not its subject: whether the sentence names something else is read without it.
 */
const sourceOpening = new RegExp(
  [
    String.raw`^according to [^,.;]{1,80}[,;]\s*`,
    String.raw`^(?:по данным|согласно данным|согласно|по информации|по оценкам?|по подсчётам|по словам|` +
      String.raw`как (?:сообщ|рассказ|отмет|пиш|заяв|уточн|расска|говорит|следует)[а-яё]*)\s[^,]{1,100},\s*`,
    String.raw`^(?:theo|dựa trên|căn cứ(?: vào)?)\s[^,]{1,100},\s*`,
    String.raw`^(?:menurut|berdasarkan|mengutip|(?:seperti )?dikutip dari|merujuk)\s[^,]{1,100},\s*`,
    String.raw`^[^,.!?]{1,80}?(?:에 따르면|에 의하면)\s*,?\s*`,
    String.raw`^[^。!?]{1,60}?(?:によると|によれば|の調べでは|の調べによると|の発表では)、?`,
    String.raw`^(?:据|根据)[^,,。]{1,60}[,,]`,
  ].join('|'),
  'iu',
);
// "…, according to Comscore." at the end of an English sentence.
const sourceClosing = /,\s*according to [^,.;]{1,80}(?=[.;]?\s*$)/iu;

/** The sentence without the source it names before (or, in English, after) its fact. */
export function withoutToldSource(sentence: string): string {
  return sentence.replace(sourceOpening, '').replace(sourceClosing, '');
}
