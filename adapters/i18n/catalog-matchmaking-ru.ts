/** The adapters' matchmaking words in Russian (keys and placeholders as in catalog-matchmaking-en.ts). */
import type { MatchmakingKey } from './catalog-matchmaking-en.js';

export const russianMatchmaking = {
  kindStudio: 'студия',
  kindTalentCenter: 'кадровый / учебный центр',
  kindAgency: 'агентство / госорган',
  kindPlatform: 'платформа / стриминг',
  kindBroadcaster: 'телеканал',
  kindAssociation: 'ассоциация',
  kindOther: 'организация',
  reasonNeedOffer: '{needing} нужно: {need}{note} ↔ {offering} предлагает: {offer}',
  reasonAskedFor: 'вы искали: {question}{note} ↔ {offering} предлагает: {offer}',
  reasonNote: ' ({label})',
  reasonWordsNote: ' (общие слова: {words})',
  reasonSharedLanguages: 'обе стороны работают на языках: {languages}',
  reasonSamePlace: 'обе стороны из одного места: {place}',
  reasonSameArticle: 'обе упоминаются в «{title}»',
  digestCountOne: '1 предложение',
  digestCountMany: 'предложений: {count}',
  digestNoneThisTime: 'На этот раз новых предложений нет.',
  slackDigestExplain:
    'причины и источники для обеих сторон — ниже. Участники каждой организации: поделитесь мнением кнопками; когда ' +
    'обе стороны нажмут *{interested}*, я вас познакомлю.',
  digestUnmetHeading: 'Потребности, которые здесь пока никто не закрывает:',
  digestContinued: '{title} (продолжение)',
  feedbackFieldTitle: 'Отзывы',
  feedbackNoAnswerYet: 'ответа пока нет',
  feedbackChose: '{member} выбрал(а): {verdict}',
  introHello: 'Здравствуйте',
  introHelloPeople: 'Здравствуйте, {people}',
  introAfterDigest: '{hello} — и {a}, и {b} нажали {interested} в подборке знакомств, поэтому знакомлю вас.',
  introAfterSearch: '{hello} — и {a}, и {b} нажали {interested} после поиска партнёров, поэтому знакомлю вас.',
  introTakeItFromHere: 'Дальше — вы: поздоровайтесь, расскажите, над чем работаете, и договоритесь о созвоне.',
  introFallback: 'Знакомство: {a} ↔ {b}',
  discordIntroMeet: 'Знакомьтесь! И {a}, и {b} сказали, что заинтересованы.',
  discordIntroNotLinked: 'пока нет привязанных участников Discord (привяжите свой через `/profile`)',
  introWhy: 'Почему это хорошая пара:',
  introThreadName: 'Знакомство: {a} × {b}',
  slackDigestNotOrganizer:
    'Извините, подборку знакомств могут отправлять только организаторы. Предложения для вашей организации покажет ' +
    '`/matchcut match`.',
  slackDigestPickChannel:
    'Выберите канал из списка, который появляется после `#` (например, `/matchcut digest #partners`), или не ' +
    'указывайте его, чтобы опубликовать здесь.',
  slackDigestNothingNew:
    'Сейчас нечего отправить: все хорошие пары недавно предлагались или уже получили ответ. Добавьте или обновите ' +
    'профили либо попробуйте позже.',
  slackDigestPostedOne: 'Опубликовал(а) подборку знакомств с 1 предложением в {channel}.',
  slackDigestPostedMany: 'Опубликовал(а) подборку знакомств в {channel}, предложений: {count}.',
  slackDigestPostedRestOne: 'Опубликовал(а) остаток подборки знакомств (1 предложение) в {channel}.',
  slackDigestPostedRestMany: 'Опубликовал(а) остаток подборки знакомств в {channel}, предложений: {count}.',
  slackDigestCannotPost:
    'Не могу писать в этот канал ({code}). Сначала пригласите меня командой `/invite @matchcut` в {channel}, затем ' +
    'повторите.',
  discordDigestInServer: 'Подборки публикуются на серверах: запустите `/digest` в канале сервера.',
  discordDigestNotOrganizer:
    'Подборку знакомств могут отправлять только организаторы ({who}). Для своей организации вы можете использовать ' +
    '`/match`.',
  discordAddInServer: 'Страницы добавляются на серверах: запустите `/add` в канале сервера.',
  discordAddNotOrganizer:
    'Извините, добавлять статьи в базу знаний могут только организаторы ({who}). Если знаете страницу, ' +
    'которая должна ' +
    'там быть, отправьте ссылку организатору.',
  discordCannotPostIn: 'Не могу писать в {channel}: выберите текстовый канал этого сервера.',
  discordMissingPermissionsIn: 'Не могу писать в {channel}: дайте мне там права {permissions}.',
  addGiveAddress: 'Укажите адрес страницы: `/matchcut add https://…`',
  addUnavailable: 'Этот бот не умеет добавлять страницы.',
  addFailed: 'Извините, не удалось добавить страницу из-за ошибки на нашей стороне; подробности в журнале.',
  addRefused: 'Не удалось добавить эту страницу: {reason}',
  addAdded: 'Добавлено: {title} ({language}).',
  addUpdated: 'Обновлено: {title} ({language}).',
  addAlreadyThere: 'Уже есть в базе знаний: {title} ({language}).',
  addAnswerableSoon: 'Через несколько секунд по ней можно будет отвечать.',
} satisfies Record<MatchmakingKey, string>;
