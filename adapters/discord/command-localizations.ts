/**
 * Names and descriptions of every Discord command, option and choice in the Discord locales we
 * have catalogs for (ko, ja, vi, ru; Uzbek is not a Discord locale). Members see the commands in
 * their client's language; the bot still receives the English names. Keyed by the English names
 * (not imported from commands.ts, which applies `localizeCommands` while it is being loaded).
 */
import type {
  APIApplicationCommandOption,
  APIApplicationCommandOptionChoice,
  LocalizationMap,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';

export const commandLocales = ['ko', 'ja', 'vi', 'ru'] as const;
export type CommandLocale = (typeof commandLocales)[number];
type Texts = Readonly<Record<CommandLocale, string>>;

interface OptionTexts {
  name: Texts;
  description: Texts;
  /** Display names of fixed choices, by value. */
  choices?: Readonly<Record<string, Texts>>;
}

interface CommandTexts {
  name: Texts;
  /** Absent for the message context-menu command (Discord shows no description for it). */
  description?: Texts;
  options?: Readonly<Record<string, OptionTexts>>;
}

const questionName: Texts = { ko: '질문', ja: '質問', vi: 'câu-hỏi', ru: 'вопрос' };

const texts: Readonly<Record<string, CommandTexts>> = {
  ask: {
    name: { ko: '질문', ja: '質問', vi: 'hỏi', ru: 'спросить' },
    description: {
      ko: '파트너십, 프로그램, 기업에 대해 질문하세요. 답변에 출처가 표시됩니다.',
      ja: '提携、プログラム、企業について質問できます。回答には出典が付きます。',
      vi: 'Hỏi về hợp tác, chương trình và đối tác; câu trả lời có trích dẫn nguồn.',
      ru: 'Вопрос о партнёрствах, программах и компаниях; ответ ссылается на источники.',
    },
    options: {
      question: {
        name: questionName,
        description: {
          ko: '질문 (어떤 언어로든)',
          ja: '質問(どの言語でも)',
          vi: 'Câu hỏi của bạn, bằng bất kỳ ngôn ngữ nào',
          ru: 'Ваш вопрос на любом языке',
        },
      },
    },
  },
  match: {
    name: { ko: '매칭', ja: 'マッチング', vi: 'ghép-đối-tác', ru: 'подбор' },
    description: {
      ko: '조직(기본: 내 조직)에 맞는 파트너를 양쪽의 이유와 함께 추천합니다.',
      ja: '組織(既定: 自分の組織)に合うパートナーを、双方の理由付きで提案します。',
      vi: 'Gợi ý đối tác cho một tổ chức (mặc định: của bạn), kèm lý do cho cả hai bên.',
      ru: 'Подобрать партнёров организации (по умолчанию вашей) с причинами для обеих сторон.',
    },
    options: {
      organization: {
        name: { ko: '조직', ja: '組織', vi: 'tổ-chức', ru: 'организация' },
        description: {
          ko: '조직 이름 (기본: 내 프로필에 연결된 조직)',
          ja: '組織名(既定: プロフィールに紐付いた組織)',
          vi: 'Tên tổ chức (mặc định: tổ chức gắn với hồ sơ của bạn)',
          ru: 'Название организации (по умолчанию та, к которой привязан ваш профиль)',
        },
      },
    },
  },
  profile: {
    name: { ko: '프로필', ja: 'プロフィール', vi: 'hồ-sơ', ru: 'профиль' },
    description: {
      ko: '조직 프로필을 등록하거나 수정합니다: 제공하는 것과 필요한 것.',
      ja: '組織のプロフィールを登録・編集します: 提供できることと必要なこと。',
      vi: 'Đăng ký hoặc sửa hồ sơ tổ chức: những gì cung cấp và những gì cần.',
      ru: 'Создать или изменить профиль организации: что она предлагает и что ей нужно.',
    },
    options: {
      offer: {
        name: { ko: '제공', ja: '提供', vi: 'cung-cấp', ru: 'предлагает' },
        description: {
          ko: '제공하는 기술이나 서비스를 목록에서 추가 (어떤 언어로든 입력)',
          ja: '提供できるスキルやサービスを一覧から追加(どの言語でも入力可)',
          vi: 'Thêm kỹ năng hoặc dịch vụ cung cấp, từ danh sách (gõ bằng ngôn ngữ nào cũng được)',
          ru: 'Добавить навык или услугу, которую она предлагает, из списка (на любом языке)',
        },
      },
      need: {
        name: { ko: '필요', ja: '必要', vi: 'cần', ru: 'нужно' },
        description: {
          ko: '필요한 기술이나 서비스를 목록에서 추가 (어떤 언어로든 입력)',
          ja: '必要なスキルやサービスを一覧から追加(どの言語でも入力可)',
          vi: 'Thêm kỹ năng hoặc dịch vụ cần, từ danh sách (gõ bằng ngôn ngữ nào cũng được)',
          ru: 'Добавить нужный навык или услугу из списка (на любом языке)',
        },
      },
    },
  },
  digest: {
    name: { ko: '다이제스트', ja: 'ダイジェスト', vi: 'bản-tin', ru: 'подборка' },
    description: {
      ko: '운영진: 피드백 버튼이 있는 매칭 다이제스트를 채널에 게시합니다.',
      ja: '運営者: フィードバックボタン付きのマッチングダイジェストをチャンネルに投稿します。',
      vi: 'Ban tổ chức: đăng bản tin gợi ý kết nối có nút phản hồi vào một kênh.',
      ru: 'Организаторы: опубликовать подборку знакомств с кнопками отзыва в канале.',
    },
    options: {
      channel: {
        name: { ko: '채널', ja: 'チャンネル', vi: 'kênh', ru: 'канал' },
        description: {
          ko: '게시할 곳 (기본: 이 채널)',
          ja: '投稿先(既定: このチャンネル)',
          vi: 'Nơi đăng (mặc định: kênh này)',
          ru: 'Куда опубликовать (по умолчанию этот канал)',
        },
      },
    },
  },
  add: {
    name: { ko: '추가', ja: '追加', vi: 'thêm', ru: 'добавить' },
    description: {
      ko: '운영진: 웹 페이지(뉴스 기사)를 지식 베이스에 추가합니다.',
      ja: '運営者: ウェブページ(ニュース記事)をナレッジベースに追加します。',
      vi: 'Ban tổ chức: thêm một trang web (bài báo) vào cơ sở tri thức.',
      ru: 'Организаторы: добавить веб-страницу (новостную статью) в базу знаний.',
    },
    options: {
      url: {
        name: { ko: '주소', ja: 'アドレス', vi: 'địa-chỉ', ru: 'адрес' },
        description: {
          ko: '페이지 주소 (https://…)',
          ja: 'ページのアドレス(https://…)',
          vi: 'Địa chỉ trang (https://…)',
          ru: 'Адрес страницы (https://…)',
        },
      },
    },
  },
  partners: {
    name: { ko: '파트너', ja: 'パートナー', vi: 'đối-tác', ru: 'партнёры' },
    description: {
      ko: '찾는 것을 제공하는 조직을 찾습니다 (더빙, 교육, 공동 제작 등).',
      ja: '探しているものを提供する組織を見つけます(吹き替え、育成、共同制作など)。',
      vi: 'Tìm tổ chức cung cấp điều bạn cần (lồng tiếng, đào tạo, đồng sản xuất…).',
      ru: 'Найти организации, которые предлагают то, что вы ищете (дубляж, обучение, копродукция…).',
    },
    options: {
      question: {
        name: { ko: '찾는것', ja: '探しているもの', vi: 'nội-dung', ru: 'запрос' },
        description: {
          ko: '찾는 것 (어떤 언어로든)',
          ja: '探しているもの(どの言語でも)',
          vi: 'Điều bạn tìm, bằng bất kỳ ngôn ngữ nào',
          ru: 'Что вы ищете, на любом языке',
        },
      },
    },
  },
  settings: {
    name: { ko: '설정', ja: '設定', vi: 'cài-đặt', ru: 'настройки' },
    description: {
      ko: '이 채널에서 봇이 답하는 방식. 운영진이 변경합니다.',
      ja: 'このチャンネルでのボットの回答方法。運営者が変更します。',
      vi: 'Nơi bot trả lời trong kênh này; ban tổ chức thay đổi.',
      ru: 'Где бот отвечает в этом канале; меняют организаторы.',
    },
    options: {
      mode: {
        name: { ko: '모드', ja: 'モード', vi: 'chế-độ', ru: 'режим' },
        description: {
          ko: 'mention (기본), auto (답할 수 있는 질문에도 답함), off. 비우면 현재 설정을 봅니다.',
          ja: 'mention(既定)、auto(答えられる質問にも回答)、off。省略すると現在の設定を表示。',
          vi: 'mention (mặc định), auto (trả lời cả câu hỏi có thể trả lời) hoặc off; bỏ trống để xem',
          ru: 'mention (по умолчанию), auto (и вопросы, на которые есть ответ) или off; пусто — показать',
        },
        choices: {
          mention: { ko: '멘션할 때', ja: 'メンション時', vi: 'khi được nhắc tên', ru: 'по упоминанию' },
          auto: { ko: '자동', ja: '自動', vi: 'tự động', ru: 'автоматически' },
          off: { ko: '끄기', ja: 'オフ', vi: 'tắt', ru: 'выключено' },
        },
      },
    },
  },
  'Ask matchcut': {
    name: { ko: 'matchcut에게 묻기', ja: 'matchcut に質問', vi: 'Hỏi matchcut', ru: 'Спросить matchcut' },
  },
};

/** Our texts first, then any localizations a definition already carries (those win). */
const merged = (ours: Texts | undefined, theirs: LocalizationMap | null | undefined): LocalizationMap | undefined =>
  ours === undefined && theirs == null ? undefined : { ...ours, ...(theirs ?? {}) };

function localizeChoice(choice: APIApplicationCommandOptionChoice, names: OptionTexts['choices']) {
  const name = merged(names?.[String(choice.value)], choice.name_localizations);
  return name === undefined ? choice : { ...choice, name_localizations: name };
}

function localizeOption(
  option: APIApplicationCommandOption,
  ours: OptionTexts | undefined,
): APIApplicationCommandOption {
  const localized = {
    ...option,
    name_localizations: merged(ours?.name, option.name_localizations),
    description_localizations: merged(ours?.description, option.description_localizations),
  } as APIApplicationCommandOption;
  if ('choices' in option && Array.isArray(option.choices)) {
    const choices = (option.choices as APIApplicationCommandOptionChoice[]).map((choice) =>
      localizeChoice(choice, ours?.choices),
    );
    return { ...localized, choices } as APIApplicationCommandOption;
  }
  return localized;
}

/** The definitions with `name_localizations` / `description_localizations` on commands, options and choices. */
export function localizeCommands(
  definitions: RESTPostAPIApplicationCommandsJSONBody[],
): RESTPostAPIApplicationCommandsJSONBody[] {
  return definitions.map((definition) => {
    const ours = texts[definition.name];
    const localized = {
      ...definition,
      name_localizations: merged(ours?.name, definition.name_localizations),
    } as RESTPostAPIApplicationCommandsJSONBody;
    if ('description' in definition && typeof definition.description === 'string') {
      Object.assign(localized, {
        description_localizations: merged(ours?.description, definition.description_localizations),
      });
    }
    if ('options' in definition && Array.isArray(definition.options)) {
      Object.assign(localized, {
        options: definition.options.map((option) => localizeOption(option, ours?.options?.[option.name])),
      });
    }
    return localized;
  });
}
