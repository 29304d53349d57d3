/**
 * What kind of money a text speaks of, in the six languages: a valuation, an investment, revenue, pay, a budget or
 * cost, a prize or grant, a rebate. A question about one kind is not answered by an amount of another ("how much did
 * X invest" by X's sales).
 */
const moneyKinds: [string, RegExp][] = [
  [
    // What a company is worth: a valuation, not money paid in or earned.
    'valuation',
    new RegExp(
      String.raw`valuation|\bvalued\b|기업\s?가치|시가\s?총액|평가액|評価額|時価総額|企業価値|định giá|капитализаци|估值|市值`,
      'iu',
    ),
  ],
  [
    'investment',
    new RegExp(
      [
        String.raw`invest|\bstakes?\b|put into|\bput\s+\S+\s+into|투자|출자|지분|đầu tư|rót vốn|góp vốn`,
        String.raw`出資|投資|инвест|вложи|вложен|вложат|investitsiya|sarmoya|投资|注资|融资`,
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
        String.raw`营业额|销售额`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    // What is left after costs: a profit, not the revenue it comes from.
    'profit',
    new RegExp(
      [String.raw`profit|net income|이익|순익|흑자|利益|純益|黒字|lợi nhuận|lãi ròng|прибыл|foyda|利润|盈利|净利`].join(
        '|',
      ),
      'iu',
    ),
  ],
  [
    'pay',
    new RegExp(
      [
        String.raw`salar|wage|\bpaid\b|\bpay\b(?!\s+for)|연봉|급여|임금|월급|lương|給与|年収|給料|賃金|зарплат`,
        String.raw`оклад|maosh|ish haqi|工资|薪酬|薪资`,
      ].join('|'),
      'iu',
    ),
  ],
  [
    'cost',
    new RegExp(
      [
        String.raw`budget|\bcost|\bspen[dt]|\bprice|\bpay(?:s|ed|ing)?\s+for|tuition|\bfees?\b|예산`,
        String.raw`비용|제작비|사업비|수강료|ngân sách|kinh phí|chi phí|học phí|予算|費用|制作費|学費|бюджет|стоимост`,
        String.raw`затрат|расход|потрат|byudjet|xarajat|预算|成本|费用|制作费|经费`,
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
        String.raw`субсиди|стипенди|пособи|trợ cấp|học bổng|khoản hỗ trợ|tiền hỗ trợ`,
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
