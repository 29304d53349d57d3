/**
 * What kind of money a text speaks of, in the six languages: a valuation, an investment, revenue, a profit, a loss,
 * a share price, pay, a budget or cost, a prize or grant, a rebate. A question about one kind is not answered by an
 * amount of another ("how much did X invest" by X's sales).
 */
const moneyKinds: [string, RegExp][] = [
  [
    // What a company is worth: a valuation, not money paid in or earned.
    'valuation',
    new RegExp(
      String.raw`valuation|\bvalued\b|\bmarket (?:value|capitali[sz]ation|cap)\b|기업\s?가치|시가\s?총액|평가액|` +
        String.raw`評価額|時価総額|企業価値|định giá|капитализаци|估值|市值`,
      'iu',
    ),
  ],
  [
    'investment',
    new RegExp(
      [
        String.raw`invest|\bstakes?\b|put into|\bput\s+(?:\S+\s+){1,8}into\b|투자|출자|지분|đầu tư|rót vốn|góp vốn`,
        // Money raised in a round: "a $20 million Series B", "funding", "資金調達", "gọi vốn", "привлекла".
        String.raw`\bfunding\b|\bfinancing\b|\bseries [a-f]\b|\brais(?:e|ed|es|ing)\b`,
        String.raw`펀딩|資金調達|gọi vốn|huy động vốn|привлек`,
        String.raw`出資|投資|инвест|вложи|вложен|вложат|investitsiya|sarmoya|投资|注资|融资|ลงทุน|\bpendanaan\b`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    // The price of a purchase — a company, a stake, rights: "paid … for", "bought", "인수 금액", "取得", "收购", "mua lại",
    // "купила". A stake bought is also an investment and a price paid also a cost: the kinds only need to meet.
    'purchase',
    new RegExp(
      [
        String.raw`\bpa(?:y|ys|id|ying)\s+(?:\S+\s+){0,3}?for\b|\bbought\b|\bbuy(?:s|ing)?\b|` +
          String.raw`\bacqui(?:re|red|res|ring|sition)|\bpurchas|\btake-?over\b|\btook over\b`,
        '인수|취득|매입|사들|買収|取得|買い取|購入|譲り受|收购|购买|买下|并购|mua lại|thâu tóm|(?<!\\p{L})mua(?!\\p{L})(?! vé)',
        String.raw`(?<!\p{L})куп(?:ил|ила|ило|или|ить|ит|ят|ке|ку|ки|ка)(?!\p{L})|покупк|приобре|поглощ|выкуп|ซื้อ|` +
          String.raw`\b(?:membeli|akuisisi|mengakuisisi)\b`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    'revenue',
    new RegExp(
      [
        String.raw`revenue|\bsales\b|turnover|box office|gross(?:ed)?\b|\bearn|매출|수익|흥행|doanh thu`,
        String.raw`doanh số|phòng vé|thu về|売上|興行収入|収益|выручк|доход|кассов|оборот|daromad|tushum|票房|营收|收入`,
        // Turnover and sales in Chinese: "营业额", "销售额".
        String.raw`营业额|销售额|รายได้|ยอดขาย|รายรับ|\b(?:pendapatan|omzet|penjualan)\b`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    // What is left after costs: a profit, not the revenue it comes from.
    'profit',
    new RegExp(
      [
        String.raw`profit|net income|이익|순익|흑자|利益|純益|黒字|lợi nhuận|lãi ròng|прибыл|foyda|利润|盈利|净利|กำไร|\blaba\b`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    // What a year ended below zero: a loss is not the revenue or the profit told beside it.
    'loss',
    new RegExp(
      [
        String.raw`\blos(?:s|ses|e|es|ing|t)\b|in the red|손실|적자|損失|赤字|(?<!\p{L})(?:lỗ|thua lỗ)(?!\p{L})|убыт`,
        String.raw`亏损|亏了|zarar|ขาดทุน|\b(?:rugi|kerugian)\b`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    // What one share costs: an offering price or a closing price, not the company's sales or its value.
    'share price',
    new RegExp(
      [
        String.raw`\b(?:share|stock|offering|ipo|listing)\s+price|\ba share\b|주가|공모가`,
        String.raw`株価(?!収益率|純資産倍率)|公開価格|giá cổ phiếu|giá tham chiếu|(?:đồng|đ)\/(?:cổ phiếu|cp)|цен\p{L}*\s+акци`,
        String.raw`(?<!\p{L})за акцию|股价|元\/股|harga saham`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    'pay',
    new RegExp(
      [
        String.raw`salar|wage|\bpaid\b|\bpay\b(?!\s+for)|연봉|급여|임금|월급|lương|給与|年収|給料|賃金|зарплат`,
        String.raw`оклад|maosh|ish haqi|工资|薪酬|薪资|เงินเดือน|ค่าจ้าง|\b(?:gaji|upah)\b`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    'cost',
    new RegExp(
      [
        String.raw`budget|\bcost|\bspen[dt]|(?<!(?:share|stock|offering|ipo|listing)\s)\bprice|` +
          String.raw`\bpay(?:s|ed|ing)?\s+for|tuition|\bfees?\b|예산`,
        String.raw`비용|제작비|사업비|수강료|ngân sách|kinh phí|chi phí|học phí|予算|費用|制作費|学費|бюджет|стоимост`,
        String.raw`затрат|расход|потрат|byudjet|xarajat|预算|成本|费用|制作费|经费|งบประมาณ|ทุนสร้าง|ค่าใช้จ่าย|ต้นทุน|จ่าย`,
        String.raw`\b(?:biaya|anggaran)\b`,
        // Korean spending: "…에 80억달러를 쓸 계획", "지출".
        String.raw`[를을]\s?(?:쓸|쓴|썼|쓰고|쓰기)(?![가-힣])|지출`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    'prize',
    new RegExp(
      [
        String.raw`prize|award|\bgrant|상금|지원금|giải thưởng|tiền thưởng|賞金|助成金|преми|грант|приз`,
        // Grants, subsidies and allowances paid to a body or a trainee ("성과장려금", "交付金", "trợ cấp", "stipend").
        String.raw`mukofot|subsid|stipend|allowance|장려금|보조금|교부금|수당|交付金|補助金|奨励金|补贴|资助|奖金`,
        String.raw`субсиди|стипенди|пособи|trợ cấp|học bổng|khoản hỗ trợ|tiền hỗ trợ|เงินรางวัล|\b(?:hadiah|hibah)\b`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    'rebate',
    new RegExp(
      [
        String.raw`rebate|incentive|tax credit|인센티브|세액공제|환급|hoàn thuế|ưu đãi|インセンティブ|возврат|кэшбэк`,
        String.raw`льгот|imtiyoz`,
      ].join('|'),
      'iu',
    ),
  ],
];

export function moneyKindsIn(text: string): Set<string> {
  const kinds = new Set<string>();
  for (const [kind, pattern] of moneyKinds) if (pattern.test(text)) kinds.add(kind);
  return kinds;
}

/**
 * A kind of money asked for by its noun, not by a how-much word: "What was the net loss?", "Какова выручка …?",
 * "売上高は?", "매출은?" — the size of that money. Kinds whose noun names a thing given rather than a size (a prize, a
 * grant, an investment) are left to the question's other words.
 */
const sizedMoney = new Set(['valuation', 'revenue', 'profit', 'loss', 'cost', 'pay', 'share price']);
export const copulaQuestion = new RegExp(
  String.raw`\b(?:what is|what are|what's|what was|what were)\b|(?<!\p{L})каков(?:а|о|ы)?(?!\p{L})|` +
    String.raw`(?:は|って|(?<=[가-힣])(?:은|는))\s*[?？]?\s*$`,
  'iu',
);
/** "What valuation did …", "ở mức giá nào", "какую сумму": the money noun is what "which" asks for. */
export const whichMoney = new RegExp(
  String.raw`\b(?:which|what)\s+(?:[\w'-]+\s+)?(?:valuations?|prices?|revenues?|sales|turnover|profits?|loss(?:es)?|` +
    String.raw`budgets?|costs?|salar(?:y|ies)|fees?|sums?|amounts?)\b|` +
    String.raw`(?:mức giá|giá|doanh thu|lợi nhuận|số tiền|mức lương)\s+nào|` +
    String.raw`(?<!\p{L})как(?:ую|ой|ая|ова|ов)\s+(?:сумм|цен|выручк|прибыл|стоимост)`,
  'iu',
);

/** The kinds of money a text names whose size may be asked by the noun alone. */
export function sizedMoneyKindsIn(text: string): string[] {
  return [...moneyKindsIn(text)].filter((kind) => sizedMoney.has(kind));
}

/**
 * On what basis a profit or a loss is told: net (after tax), operating, or before tax. "영업손실은 25억원" does not answer
 * "the net loss", nor "lỗ trước thuế 188 tỷ" the loss after tax.
 */
const moneyBases: [string, RegExp][] = [
  [
    'net',
    new RegExp(
      String.raw`\bnet (?:profit|loss|income|earnings)\b|\bafter[- ]tax\b|순이익|순손실|순익|당기순|純利益|純損失|当期純|` +
        String.raw`净利|净亏|(?<!\p{L})чист\p{L}*\s+(?:прибыл|убыт)|lãi ròng|lợi nhuận ròng|sau thuế`,
      'iu',
    ),
  ],
  [
    'operating',
    new RegExp(
      String.raw`\boperating (?:profit|loss|income)\b|영업이익|영업손실|営業利益|営業損失|营业利润|营业亏损|经营利润|` +
        String.raw`(?<!\p{L})операционн\p{L}*\s+(?:прибыл|убыт)|lợi nhuận (?:từ )?hoạt động kinh doanh`,
      'iu',
    ),
  ],
  ['pretax', /\b(?:pre-tax|before tax)\b|세전|税引前|税前|trước thuế|до налогообложения/iu],
];

/** The bases (net, operating, pre-tax) a text tells a profit or a loss on. */
export function moneyBasesIn(text: string): Set<string> {
  return new Set(moneyBases.filter(([, pattern]) => pattern.test(text)).map(([basis]) => basis));
}
