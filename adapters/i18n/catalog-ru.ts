/** The adapters' own words in Russian (keys and placeholders as in catalog-en.ts). */
import type { Catalog } from './catalog-en.js';
import { russianForms } from './catalog-forms-ru.js';
import { russianMatchmaking } from './catalog-matchmaking-ru.js';

export const russian = {
  ...russianMatchmaking,
  ...russianForms,
  errorFixField: 'Исправьте, пожалуйста, это поле:\n{fields}',
  errorFixFields: 'Исправьте, пожалуйста, эти поля:\n{fields}',
  errorDidNotWork: 'Не получилось: {message}',
  errorNotFound: 'Не найдено: {message}',
  errorForbidden: 'Это действие вам недоступно: {message}',
  errorModelTimeout: 'Языковая модель не ответила вовремя. Попробуйте ещё раз через минуту.',
  errorModelBusy: 'Языковая модель сейчас перегружена. Попробуйте ещё раз через минуту.',
  errorModelUnavailable:
    'Не удалось связаться с языковой моделью. Попробуйте позже; если ошибка повторится, сообщите организаторам.',
  errorModelRejected: 'Языковая модель отклонила запрос. Подробности организаторы найдут в журнале.',
  errorModelUnusable: 'Языковая модель дала ответ, который нельзя использовать. Попробуйте ещё раз.',
  errorDiscordRefused: 'Discord отклонил запрос. Попробуйте ещё раз; если ошибка повторится, сообщите организаторам.',
  errorDiscordProblem: 'У Discord возникла проблема с запросом. Попробуйте ещё раз через минуту.',
  errorDiscordUnreachable: 'Не удалось связаться с Discord. Попробуйте ещё раз через минуту.',
  errorDiscordMissingPermissions:
    'Мне не хватает прав в этом канале: нужны «Просмотр канала», «Отправка сообщений», «Встраивание ссылок», ' +
    '«Просмотр истории сообщений» и (для знакомств) «Создание публичных веток».',
  errorDiscordMissingAccess: 'Я не вижу этот канал: администратору нужно дать мне доступ.',
  errorDiscordGone: 'Этого канала или сообщения больше нет.',
  errorSlackRefused:
    'Slack отклонил запрос ({code}). Попробуйте ещё раз; если ошибка повторится, сообщите организаторам.',
  errorUpstream: 'Сервис, от которого я завишу, не ответил. Попробуйте ещё раз через минуту.',
  errorKnowledge:
    'Базу знаний сейчас не удаётся прочитать, поэтому ответить я не могу. Подробности организаторы найдут в ' +
    'журнале.',
  errorConfig: 'Для этого я настроен неправильно. Подробности организаторы найдут в журнале.',
  errorBusy: 'Сейчас я отвечаю на много вопросов. Попробуйте ещё раз чуть позже.',
  errorMemberRateLimit:
    'За {window} секунд один участник может задать не больше {limit} вопросов: попробуйте снова через {retry} с.',
  digestRetryNote:
    'Неотправленные предложения не отмечены: когда это будет исправлено, снова запустите `/digest` — ' +
    'будет опубликован тот же дайджест.',
  errorInternal: 'У нас что-то пошло не так. Подробности организаторы найдут в журнале.',
  errorUnknownCommand: 'Этой команды больше нет; организаторам нужно заново зарегистрировать команды.',
  adviceFindOrganizations: 'Чтобы найти зарегистрированные организации, используйте {command}.',
  adviceAskOrganizer: 'Организаторы могут это проверить.',
  slackHelp:
    '*matchcut* отвечает на вопросы о партнёрствах со ссылками на источники и предлагает партнёров.\n' +
    '• `@matchcut <вопрос>` в канале или любое сообщение в личке: ответ в ветке; для уточнений в ветке упоминание ' +
    'не нужно.\n' +
    '• `/matchcut ask <вопрос>`: то же самое, но видно только вам, с кнопкой, чтобы поделиться с каналом.\n' +
    '• Меню сообщения → *Ask matchcut*: ответ на это сообщение в его ветке.\n' +
    '• `/matchcut match [организация]`: подходящие партнёры для вашей организации (или названной).\n' +
    '• `/matchcut partners <что вы ищете>`: организации, которые это предлагают.\n' +
    '• `/matchcut profile`: создать или изменить профиль организации.\n' +
    '• `/matchcut digest [#канал]`: организаторы публикуют подборку знакомств.\n' +
    '• `/matchcut add <url>`: организаторы добавляют веб-страницу в базу знаний.\n' +
    '• `/matchcut settings [mention|auto|off]`: где я отвечаю в этом канале (меняют организаторы).\n' +
    '• `/matchcut help`: эта справка.',
  slackUnknownSubcommand: 'Я не знаю `{subcommand}`. Попробуйте одну из этих команд:',
  slackAskUsage:
    'Напишите вопрос после `ask`, например `/matchcut ask Кто обучает специалистов по постпродакшну в Корее?`',
  slackPartnersUsage:
    'Напишите, что вы ищете, после `partners`, например `/matchcut partners кто может дублировать сериалы на ' +
    'японский?`',
  slackNotLinked:
    'Вы ещё не привязаны к организации. Создайте или привяжите свою через `/matchcut profile` или назовите её: ' +
    '`/matchcut match <организация>`.',
  discordEmptyMention:
    'Задайте вопрос после упоминания, например "@matchcut Кто обучает VFX-художников в Самарканде?", или ' +
    'используйте `/ask`.',
  buttonHelpful: 'Полезно',
  buttonNotHelpful: 'Бесполезно',
  buttonAskOrganizer: 'Спросить организаторов',
  buttonShare: 'Поделиться с каналом',
  buttonInterested: 'Интересно',
  buttonNotAFit: 'Не подходит',
  buttonAlreadyKnow: 'Уже знакомы',
  buttonCreateProfile: 'Создать профиль',
  buttonEditProfile: 'Изменить',
  buttonSendDigest: 'Отправить подборку',
  voteRecorded: 'Спасибо, записано: {label}. ({counts})',
  voteChanged: 'Ваш голос изменён на «{label}». ({counts})',
  voteCounts: 'полезно: {helpful} · бесполезно: {notHelpful}',
  buttonInactive: 'Эта кнопка больше не работает.',
  askedOrganizers: 'Я спросил организаторов в ветке.',
  sharedWithChannel: 'Опубликовано в канале.',
  organizerMayKnow: 'Организаторы могут знать больше: спросите их в ветке.',
  noTextToAnswer: 'В этом сообщении нет текста, на который я могу ответить.',
  answersOff: 'В этом канале ответы выключены; {command} ответит вам лично.',
  answeredIn: 'Ответ в {channel}.',
  sourcesTitle: 'Источники',
  closestSourcesTitle: 'Ближайшие источники (они не отвечают на вопрос)',
  notInSourcesClosest: '*В моих источниках этого нет.* Ближайшее, что я нашёл:',
  onlyOrganizersDigest: 'Извините, отправлять подборку знакомств могут только организаторы.',
  onlyOrganizersAdd:
    'Извините, добавлять статьи в базу знаний могут только организаторы. Если знаете подходящую страницу, ' +
    'отправьте ссылку организатору.',
  onlyOrganizersSettings: 'Извините, менять, где я отвечаю, могут только организаторы.',
  digestTitle: 'Подборка знакомств',
  digestNothingNew: 'Новых предложений пока нет: все хорошие пары уже недавно предлагались или получили ответ.',
  digestPosted: 'Опубликовано предложений: {count}, в {channel}.',
  profileFormTitleNew: 'Ваша организация',
  profileFormTitleEdit: 'Изменить организацию',
  profileFieldName: 'Название организации',
  profileFieldLanguages: 'Рабочие языки',
  profileFieldOffers: 'Что вы предлагаете',
  profileFieldNeeds: 'Что вам нужно',
  profileSaved: 'Профиль {name} сохранён и привязан к вам.',
  settingsSlackMention: 'Я отвечаю на упоминания, в личных сообщениях и на уточнения в тредах, где я уже ответил.',
  settingsSlackAuto:
    'Я также отвечаю в треде на новые сообщения, похожие на вопросы, но только если мои источники это ' + 'покрывают.',
  settingsSlackOff: 'Я не отвечаю в этом канале (`/matchcut ask` по-прежнему отвечает вам лично).',
  settingsDiscordMention: 'Я отвечаю на упоминания и в личных сообщениях.',
  settingsDiscordAuto:
    'Я также отвечаю в треде на сообщения, похожие на вопросы, но только если мои источники это ' + 'покрывают.',
  settingsDiscordOff: 'Я не отвечаю на упоминания в этом канале (`/ask` по-прежнему отвечает вам лично).',
  settingsModesAre: 'Режимы:',
  settingsModes: 'Режимы:',
  settingsNotAMode: '{mode} — не режим.',
  settingsThatIsNotAMode: 'Такого режима нет.',
  settingsNotOrganizerDiscord: 'Менять, где я отвечаю, могут только организаторы ({who}).',
  settingsPerChannelSlack: 'Настройки задаются для канала: выполните `/matchcut settings` в нужном канале.',
  settingsPerChannelDiscord: 'Настройки задаются для канала: выполните `/settings` в канале сервера.',
  settingsUnavailable: 'Настройки каналов на этом сервере недоступны.',
  settingsCurrent: 'Ответы в {channel}: `{mode}` ({how}). {description}',
  settingsSetByOrganizer: 'задано организатором',
  settingsByDefault: 'по умолчанию',
  settingsHowToChange: 'Организаторы меняют режим командой {command}:',
  settingsNowMode: 'Ответы в {channel} теперь в режиме `{mode}`: {description}',
  settingsNotSaved: 'Извините, не удалось сохранить настройку; подробности в логах.',
  settingsNeedsMessageContent:
    'Чтобы читать вопросы без упоминания, боту нужен интент Message Content: оператор задаёт ' +
    '`DISCORD_MESSAGE_CONTENT=on` и включает его в Developer Portal. До тех пор я отвечаю только на ' +
    'упоминания.',
  discordOrganizersManageServer: 'участники с правом «Управлять сервером»',
  discordOrganizersRole: 'участники с ролью {role} или правом «Управлять сервером»',
  partnersWhatYouAsked: 'то, что вы искали',
  partnersNone: 'Пока ни одна организация здесь не предлагает {what}.',
  partnersNoneIn: 'Пока ни одна организация здесь не предлагает {what} в {place}.',
  partnersNoneHint: 'Организаторы могут добавить профили; `/ask` может найти это в статьях.',
  partnersNoneHintWithAnswer: 'Организаторы могут добавить профили.',
  partnersHeading: 'Организации, которые предлагают {what}:',
  partnersHeadingIn: 'Организации, которые предлагают {what} в {place}:',
  partnersInterestedHint:
    'Кнопка «Интересно» сообщает, что вы хотите познакомиться; когда они ответят тем же, я вас ' + 'представлю.',
  interestIntroduced: '{name} тоже заинтересованы: я представил вас друг другу здесь.',
  interestAlreadyIntroduced: 'Вы и {name} уже знакомы через меня.',
  interestNoted: 'Записал: вам интересна организация {name}. Когда они ответят тем же, я вас представлю.',
  discordInterestNotLinked:
    'Чтобы нажать «Интересно», ваша организация должна быть в matchcut: выполните `/profile`, чтобы ' +
    'зарегистрировать её (или заявить права на неё по точному названию); тогда она будет связана с вами. ' +
    'Затем снова нажмите «Интересно».',
  slackPartnersNoneHint: 'Организаторы могут добавить профили; попробуйте `/matchcut ask`, чтобы поискать в статьях.',
  slackPartnersHeading: 'Организации, которые предлагают {what}',
  slackPartnersHeadingIn: 'Организации, которые предлагают {what} в {place}',
  partnersNotPlaced: 'Не удалось определить место: {places}',
  slackPartnersInterestedHint:
    '*Интересно* сообщает, что вы хотите познакомиться; когда они ответят тем же, мы вас представим.',
  slackInterestIntroduced: '{name} тоже заинтересованы: я представил вас друг другу в групповом сообщении.',
  slackInterestNotLinked:
    'Чтобы нажать «Интересно», ваша организация должна быть в matchcut: выполните `/matchcut profile`, ' +
    'чтобы зарегистрировать её (или заявить права на неё по точному названию) — тогда она будет связана ' +
    'с вами. Затем снова нажмите «Интересно».',
  matchFor: 'Для {name}',
  matchPossiblePartner: '{name} — возможный партнёр.',
  matchAndMore: '…и ещё {count}',
  sourcesContinued: 'Источники (продолжение)',
  matchFooter: 'Совпадение {score} · для {a} {scoreA} · для {b} {scoreB}',
  discordMatchNone:
    'Для {subject} пока нет явного партнёра. Добавьте, что организация предлагает и что ей нужно, через ' +
    '`/profile`, или попросите организатора добавить профили.',
  matchBest: 'Лучшие партнёры для {subject} ({shown} из {total}):',
  feedbackRecorded: 'Записал «{verdict}» для {party}. {next}',
  feedbackBothInterestedThread: 'Обе стороны заинтересованы: открываю тред, чтобы вас познакомить.',
  feedbackIntroduceIfToo: 'Я вас познакомлю, если {name} тоже заинтересуются.',
  feedbackThanks: 'Спасибо: это учтётся в следующих подборках.',
  slackMatchHeading: 'Предлагаемые партнёры для {name}',
  slackMatchNone:
    'Пока нет предложений: ни одна другая организация не покрывает эти потребности или предложения. ' +
    'Обновите профиль через `/matchcut profile` или попросите организатора добавить профили.',
  slackMatchScore: 'совпадение {percent}',
  matchNoReason: '(конкретная причина не записана)',
  digestPostedOne: 'Опубликовано предложений в {channel}: 1.',
  digestPostedMany: 'Опубликовано предложений в {channel}: {count}.',
  digestUnmetNeeds: 'Потребности, которые пока никто не покрывает:',
} satisfies Catalog;
