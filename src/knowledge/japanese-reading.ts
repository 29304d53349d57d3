/**
 * How Japanese reads the kanji its names are written with, so that a Japanese name in kanji meets its romanization
 * (任天堂 ~ Nintendo, 集英社 ~ Shueisha, 角川書店 ~ Kadokawa Shoten, 古川俊太郎 ~ Shuntaro Furukawa) and the Hangul
 * or Katakana another language writes it in (후루카와 ~ フルカワ). Mandarin pinyin (han-reading.ts) and Sino-Korean
 * readings do not: 任天堂 is rèntiāntáng in Mandarin and 임천당 in Korean.
 *
 * The table is general language data: for each kanji common in Japanese family names, given names and company names,
 * its on'yomi (the Sino-Japanese reading, first), then its kun'yomi and name readings (nanori), in Hepburn without
 * long-vowel marks (東 is "to", as Toho is written). A name reads its kanji one way throughout: company names mostly
 * by on'yomi (任天堂, 東宝, 講談社), family names by kun'yomi (角川, 古川, 鈴木), so a stretch is read in each way,
 * the n-th reading of every kanji (its last where it has fewer), never in every mix. Voiced forms a compound takes
 * (川 kawa ~ gawa, 田 ta ~ da) need no entry of their own where the loose name key folds them (k/g, t/d, b/p/f).
 * The readings are for matching only, never shown.
 */

// Each entry: the kanji, then its readings (on'yomi first), separated by slashes. Shinjitai and traditional forms of
// one character are one entry through foldedHan (han-reading.ts), so either form may stand here.
const table = `
一:ichi/kazu/hito 二:ni/futa/ji 三:san/mi/mitsu 四:shi/yon/yo 五:go/itsu 六:roku/mu 七:shichi/nana 八:hachi/ya
九:ku/kyu/kokono 十:ju/to/juu 百:hyaku/momo 千:sen/chi 万:man/yorozu 大:dai/o/tai 小:sho/ko/o 中:chu/naka
上:jo/ue/kami 下:ka/shita/shimo 本:hon/moto 日:nichi/hi/ni 月:getsu/tsuki 火:ka/hi 水:sui/mizu/mi 木:moku/ki/ko
金:kin/kane/kana 土:do/tsuchi 山:san/yama 川:sen/kawa 田:den/ta 村:son/mura 町:cho/machi 井:sei/i 石:seki/ishi
松:sho/matsu 竹:chiku/take 梅:bai/ume 桜:o/sakura 林:rin/hayashi 森:shin/mori 原:gen/hara/bara 野:ya/no
島:to/shima/jima 崎:ki/saki/zaki 岡:ko/oka 坂:han/saka/zaka 橋:kyo/hashi/bashi 谷:koku/tani/ya 沢:taku/sawa/zawa
池:chi/ike 浜:hin/hama 浦:ho/ura 江:ko/e 河:ka/kawa 湖:ko/mizuumi 海:kai/umi 港:ko/minato 津:shin/tsu
藤:to/fuji 佐:sa/suke 伊:i/kore 加:ka/kuwa 高:ko/taka 長:cho/naga/osa 久:kyu/hisa 保:ho/yasu/mori
吉:kichi/yoshi 前:zen/mae 後:go/ato/nochi 内:nai/uchi 外:gai/soto/to 北:hoku/kita 南:nan/minami 東:to/higashi/azuma
西:sei/nishi/sai 宮:kyu/miya 宫:kyu/miya 鈴:rei/suzu 清:sei/kiyo 水:sui/mizu 渡:to/wata/watari 辺:hen/be/nabe
边:hen/be/nabe 部:bu/be 服:fuku/hattori 福:fuku/fuku 富:fu/tomi 安:an/yasu 平:hei/taira/hira 和:wa/kazu/yasu
太:ta/futo 郎:ro/ro 朗:ro/aki 次:ji/tsugu 介:kai/suke 助:jo/suke 輔:ho/suke 男:dan/o 夫:fu/o 雄:yu/o/taka
彦:gen/hiko 子:shi/ko 美:bi/yoshi/mi 恵:kei/megumi/e 香:ko/ka/kaori 奈:na/na 菜:sai/na 花:ka/hana 愛:ai/ai
真:shin/ma/masa 正:sei/masa/tada 政:sei/masa 昌:sho/masa 雅:ga/masa 誠:sei/makoto 信:shin/nobu 伸:shin/nobu
俊:shun/toshi 敏:bin/toshi 利:ri/toshi 寿:ju/hisa/toshi 春:shun/haru 夏:ka/natsu 秋:shu/aki 冬:to/fuyu
明:mei/aki/akira 晃:ko/aki 章:sho/aki 彰:sho/aki 光:ko/hikari/mitsu 輝:ki/teru 照:sho/teru 晴:sei/haru
樹:ju/ki/itsuki 裕:yu/hiro 博:haku/hiro 浩:ko/hiro 広:ko/hiro 弘:ko/hiro 宏:ko/hiro 洋:yo/hiro 寛:kan/hiro
剛:go/takeshi/tsuyoshi 武:bu/take/takeshi 健:ken/takeshi/ken 勇:yu/isamu 強:kyo/tsuyoshi 猛:mo/takeshi
歴:reki/tsugu 嗣:shi/tsugu 継:kei/tsugu 貴:ki/taka 孝:ko/taka 隆:ryu/taka 崇:su/taka 敬:kei/taka/takashi
茂:mo/shigeru/shige 繁:han/shige 成:sei/nari/shige 実:jitsu/mi/minoru 稔:nen/minoru 秀:shu/hide 英:ei/hide
英:ei/hide 栄:ei/sakae/hide 義:gi/yoshi 良:ryo/yoshi 善:zen/yoshi 喜:ki/yoshi 慶:kei/yoshi 芳:ho/yoshi
賢:ken/kata/masaru 勝:sho/katsu/masaru 克:koku/katsu 達:tatsu/tatsu 辰:shin/tatsu 竜:ryu/tatsu 龍:ryu/tatsu
直:choku/nao 尚:sho/nao/hisa 治:ji/osamu/haru 修:shu/osamu 哲:tetsu/satoshi 聡:so/satoshi 智:chi/tomo/satoshi
知:chi/tomo 友:yu/tomo 朋:ho/tomo 共:kyo/tomo 之:shi/yuki/no 幸:ko/yuki/sachi 行:ko/yuki 雪:setsu/yuki
由:yu/yoshi 紀:ki/nori 典:ten/nori 則:soku/nori 範:han/nori 憲:ken/nori 徳:toku/nori 法:ho/nori
宗:so/mune 元:gen/moto 基:ki/moto 一:ichi/kazu 千:sen/chi 司:shi/tsukasa 亮:ryo/akira/ryo 純:jun/jun
順:jun/jun 潤:jun/jun 淳:jun/atsushi 敦:ton/atsushi 篤:toku/atsushi 厚:ko/atsu 温:on/atsu 集:shu/atsume
駿:shun/hayao 隼:shun/hayato 颯:so/hayate 翔:sho/kakeru 大:dai/hiro/o 啓:kei/hiro 拓:taku/hiro 也:ya/nari
哉:sai/ya 弥:mi/ya 矢:shi/ya 彌:mi/ya 恭:kyo/yasu 康:ko/yasu 靖:sei/yasu 泰:tai/yasu 慎:shin/shin 進:shin/susumu
新:shin/nii/atara 古:ko/furu 今:kon/ima 昔:seki/mukashi 早:so/haya 速:soku/haya 遠:en/to 近:kin/chika
角:kaku/kado/tsuno 門:mon/kado 書:sho/kaki 店:ten/mise 館:kan/yakata 社:sha/yashiro 堂:do/do 院:in/in
任:nin/makase 天:ten/ama 宝:ho/takara 映:ei/utsu 画:ga/e 講:ko/ko 談:dan/dan 学:gaku/manabu 英:ei/hide
集:shu/atsume 館:kan/tate 京:kyo/kei/miyako 都:to/miyako 阪:han/saka 神:shin/kami/kan 戸:ko/to/be
葉:yo/ha 千:sen/chi 横:o/yoko 浜:hin/hama 名:mei/na 古:ko/furu 屋:oku/ya 札:satsu/fuda 幌:ko/horo
仙:sen/sen 台:dai/dai 広:ko/hiro 奈:na/na 良:ryo/ra/yoshi 熊:yu/kuma 鹿:roku/ka/shika 児:ji/ko 沖:chu/oki
縄:jo/nawa 静:sei/shizu 群:gun/mura 馬:ba/uma/ma 栃:tochi/tochi 茨:shi/ibara 城:jo/shiro/gi 埼:ki/sai/saki
玉:gyoku/tama 潟:seki/gata 富:fu/tomi/to 石:seki/ishi/koku 川:sen/kawa 福:fuku/fuku 梨:ri/nashi 岐:ki/gi
阜:fu/fu 愛:ai/ai 知:chi/chi 三:san/mi 滋:ji/shi 賀:ga/ka 兵:hei/hyo 庫:ko/go 岡:ko/oka 島:to/shima
徳:toku/toku 香:ko/ka 媛:en/hime 高:ko/taka 佐:sa/sa 長:cho/naga 熊:yu/kuma 分:bun/wake 宮:kyu/miya
鳥:cho/tori 取:shu/to 根:kon/ne 口:ko/guchi/kuchi 出:shutsu/de/izu 入:nyu/iri 生:sei/o/ikuta 白:haku/shira/shiro
黒:koku/kuro 赤:seki/aka 青:sei/ao 緑:ryoku/midori 紫:shi/murasaki 桃:to/momo 菊:kiku/kiku 萩:shu/hagi
柳:ryu/yanagi 杉:san/sugi 桑:so/kuwa 榎:ka/enoki 柴:sai/shiba 芝:shi/shiba 荒:ko/ara 新:shin/nii 浅:sen/asa
深:shin/fuka 細:sai/hoso 太:ta/o 丸:gan/maru 円:en/maru 尾:bi/o 星:sei/hoshi/sei 空:ku/sora 雲:un/kumo
風:fu/kaze 雷:rai/kaminari 電:den/den 通:tsu/michi 道:do/michi 路:ro/ji 街:gai/machi 市:shi/ichi 場:jo/ba
所:sho/tokoro 寺:ji/tera/dera 神:shin/kami 宮:kyu/miya 社:sha/sha 会:kai/ai 合:go/ai/ka 同:do/ona
相:so/ai 松:sho/matsu 永:ei/naga 遠:en/to 藤:to/fuji 加:ka/ka 斎:sai/itsuki 斉:sei/sai 齋:sai/itsuki
菅:kan/suga 須:su/su 瀬:rai/se 関:kan/seki 堀:kutsu/hori 岩:gan/iwa 片:hen/kata 桐:to/kiri 植:shoku/ue
横:o/yoko 奥:o/oku 宇:u/u 多:ta/o 喜:ki/ki 樋:to/hi 望:bo/mochi/nozomu 月:getsu/tsuki 池:chi/ike 浦:ho/ura
鎌:ren/kama 倉:so/kura 蔵:zo/kura 谷:koku/tani 沼:sho/numa 舘:kan/tate 杏:kyo/anzu 鬼:ki/oni
工:ko/ko 業:gyo/waza 産:san/ubu 商:sho/akina 興:ko/oki 劇:geki/geki 芸:gei/gei 能:no/yoshi 楽:gaku/raku/tanoshi
音:on/oto 放:ho/hana 送:so/oku 報:ho/ho 聞:bun/ki 版:han/han 舎:sha/ya 房:bo/fusa 製:sei/sei 作:saku/tsuku
研:ken/ken 究:kyu/kiwa 技:gi/waza 術:jutsu/jutsu 開:kai/hira 発:hatsu/hatsu 創:so/haji 造:zo/tsuku 形:kei/kata
動:do/ugo 漫:man/man 絵:kai/e 文:bun/fumi 化:ka/ka 協:kyo/kyo 組:so/kumi 連:ren/tsura 盟:mei/mei 銀:gin/gin
証:sho/sho 券:ken/ken 険:ken/ken 物:butsu/mono 品:hin/shina 薬:yaku/kusuri 食:shoku/shoku 酒:shu/sake
鉄:tetsu/tetsu 航:ko/ko 信:shin/nobu 放:ho/ho 局:kyoku/kyoku 団:dan/dan 塾:juku/juku 園:en/sono 座:za/za
像:zo/zo 写:sha/utsu 籍:seki/seki 誌:shi/shi 時:ji/toki 間:kan/ma/aida 人:jin/hito/nin
国:koku/kuni 年:nen/toshi 家:ka/ie/ya 方:ho/kata 心:shin/kokoro 手:shu/te 目:moku/me 力:ryoku/chikara 見:ken/mi
世:se/yo/sei 界:kai/kai 全:zen/matta 体:tai/karada 公:ko/kimi 民:min/tami 総:so/fusa 経:kei/tsune 済:sai/sumi
韓:kan/kan 米:bei/kome/yone 仏:butsu/hotoke 独:doku/hito 露:ro/tsuyu 女:jo/onna/me 紅:ko/beni 緒:sho/o
里:ri/sato 郷:kyo/sato 邦:ho/kuni 州:shu/su 陽:yo/hi/haru 翼:yoku/tsubasa 航:ko/wataru 亜:a/tsugu 衣:i/kinu
阿:a/o 増:zo/masu 塚:cho/tsuka/zuka 地:chi/ji 飯:han/ii 辻:tsuji/tsuji 栗:ritsu/kuri 宅:taku/yake 堤:tei/tsutsumi
篠:sho/shino 滝:ro/taki 湯:to/yu 柏:haku/kashiwa 綾:ryo/aya 榊:shin/sakaki 窪:wa/kubo 蒼:so/aoi 嵐:ran/arashi
是:ze/kore 枝:shi/eda 庵:an/io 押:o/oshi 溝:ko/mizo 定:tei/sada 渕:en/fuchi 畑:hata/hata 尻:ko/shiri/jiri
岸:gan/kishi 冨:fu/tomi 樫:kashi/kashi 稲:to/ine/ina 船:sen/fune/funa 孫:son/mago 豊:ho/toyo/yutaka
盛:sei/mori 守:shu/mamoru/mori 浪:ro/nami 蓮:ren/hasu/ren 悠:yu/haruka 斗:to/to 湊:so/minato 結:ketsu/yui
咲:sho/saki 彩:sai/aya 優:yu/masaru/yu 穂:sui/ho 麻:ma/asa 舞:bu/mai 尋:jin/hiro 葵:ki/aoi 勲:kun/isao
卓:taku/taka 昭:sho/aki 薫:kun/kaoru 忍:nin/shinobu 渚:sho/nagisa 遥:yo/haruka 徹:tetsu/toru 亨:ko/toru
悟:go/satoru 覚:kaku/satoru 仁:jin/hito 充:ju/mitsu 満:man/mitsu 努:do/tsutomu 勉:ben/tsutomu 潔:ketsu/kiyoshi
圭:kei/kei 晋:shin/shin 吾:go/go 佳:ka/yoshi 祐:yu/suke 譲:jo/yuzuru 聖:sei/hijiri/kiyo 椎:tsui/shii
玄:gen/haru 源:gen/minamoto 瑛:ei/ei 将:sho/masa 暉:ki/teru 波:ha/nami 有:yu/ari 垣:en/gaki/kaki 草:so/kusa
居:kyo/i 謙:ken/ken 忠:chu/tada 凛:rin/rin 節:setsu/setsu 希:ki/ki/nozomi 端:tan/bata/hata 清:sei/kiyoshi
`;

/** The readings of each kanji, keyed by the traditional form (foldedHan) and by the form written. */
let readings: Map<string, string[]> | undefined;

function readingTable(fold: (character: string) => string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const entry of table.split(/\s+/u)) {
    const [character, list] = entry.split(':');
    if (character === undefined || list === undefined || character === '') continue;
    const values = list.split('/').filter((value) => value !== '');
    for (const form of new Set([character, fold(character)])) {
      const known = result.get(form) ?? [];
      for (const value of values) if (!known.includes(value)) known.push(value);
      result.set(form, known);
    }
  }
  return result;
}

/** How many ways a stretch is read: the n-th reading of every kanji, for n up to this (see the module comment). */
const waysOfReading = 3;

/**
 * The Japanese readings of a stretch of kanji (see the module comment), each in Hepburn letters without spaces;
 * none when a kanji of it is not in the table. `fold` gives a character's traditional form (han-reading.ts).
 */
export function japaneseReadings(stretch: string, fold: (character: string) => string): string[] {
  const perCharacter = readingsPerCharacter(stretch, fold);
  return perCharacter === undefined ? [] : waysOf(perCharacter);
}

/** Each kanji's readings, 々 read as the kanji before it (佐々木); undefined when a kanji is not in the table. */
function readingsPerCharacter(stretch: string, fold: (character: string) => string): string[][] | undefined {
  readings ??= readingTable(fold);
  const perCharacter: string[][] = [];
  for (const character of stretch) {
    const known = character === '々' ? perCharacter.at(-1) : (readings.get(character) ?? readings.get(fold(character)));
    if (known === undefined) return undefined;
    perCharacter.push(known);
  }
  return perCharacter;
}

/** The n-th reading of every kanji, for n up to waysOfReading. */
function waysOf(perCharacter: readonly string[][]): string[] {
  const found = new Set<string>();
  for (let way = 0; way < waysOfReading; way += 1)
    found.add(perCharacter.map((known) => known[Math.min(way, known.length - 1)] as string).join(''));
  return [...found];
}

/** Where a person's name of three or four kanji may end its family name: after one or two (宮崎|駿, 孫|正義, 是枝|裕和). */
const familyNameEnds = (length: number) => (length === 3 ? [2, 1] : length === 4 ? [2] : []);

/**
 * The readings of a run of three or four kanji as a Japanese person's name: a family name of one or two kanji, then
 * a given name (宮崎駿 = Miyazaki + Hayao), each part read in each way of its own (a family name by kun'yomi, a given
 * name often by on'yomi: 坂本 Sakamoto + 龍一 Ryuichi), in both orders (the Latin press writes the given name first,
 * Hayao Miyazaki; Korean and Japanese the family name first, 미야자키 하야오). None for a run of another length or a
 * kanji the table lacks.
 */
export function japanesePersonNameReadings(run: string, fold: (character: string) => string): string[] {
  const perCharacter = readingsPerCharacter(run, fold);
  if (perCharacter === undefined) return [];
  const found = new Set<string>();
  for (const end of familyNameEnds(perCharacter.length)) {
    const givenNames = waysOf(perCharacter.slice(end));
    for (const family of waysOf(perCharacter.slice(0, end)))
      for (const given of givenNames) {
        found.add(`${given}${family}`);
        found.add(`${family}${given}`);
      }
  }
  return [...found];
}
