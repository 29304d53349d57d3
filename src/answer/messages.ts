/**
 * Short user-facing sentences of the core, in the languages members ask in.
 */
const notCovered: Record<string, string> = {
  en: "My sources don't cover this. The closest articles I have are listed below.",
  ko: '제가 가진 자료에는 이 내용이 없습니다. 가장 가까운 기사를 아래에 보여 드립니다.',
  vi: 'Các nguồn của tôi không đề cập đến điều này. Dưới đây là những bài viết gần nhất.',
  ja: '手元の資料にはこの内容がありません。最も近い記事を以下に示します。',
  ru: 'В моих источниках этого нет. Ниже — самые близкие статьи.',
  uz: "Manbalarimda bu haqda ma'lumot yo'q. Eng yaqin maqolalar quyida.",
};

export function notCoveredMessage(language: string): string {
  return notCovered[language] ?? (notCovered.en as string);
}
