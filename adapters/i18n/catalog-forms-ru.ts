/** The adapters' form and page words in Russian (keys and placeholders as in catalog-forms-en.ts). */
import type { FormsKey } from './catalog-forms-en.js';

export const russianForms = {
  profileFieldKind: 'Тип',
  profileFieldCountry: 'Страна',
  profileFieldCity: 'Город',
  profileFieldDescription: 'Описание',
  profileFieldContact: 'Контакты',
  profileLine: 'Строка {line}: {message}',
  problemEmpty: 'не может быть пустым',
  problemTooLong: 'не длиннее {maximum} символов',
  problemTooMany: 'не больше {maximum} пунктов',
  problemKind: 'выберите один из типов: {kinds}',
  problemInvalid: 'указано неверно',
  slackFormSave: 'Сохранить',
  slackFormCancel: 'Отмена',
  slackFormChooseOne: 'Выберите',
  slackFormNamePlaceholder: 'например, IT Park Uzbekistan',
  slackFormLanguagesPlaceholder: 'английский, корейский, вьетнамский',
  slackFormSeparateWithCommas: 'Через запятую.',
  slackFormOnePerLine: 'По одному в строке.',
  slackFormOffersPlaceholder: 'По одному в строке, например: обучение 3D-анимации',
  slackFormNeedsPlaceholder: 'По одному в строке, например: VFX-композеры',
  slackFormOffersPicked: 'Что вы предлагаете (из списка)',
  slackFormNeedsPicked: 'Что вам нужно (из списка)',
  slackFormPickerHint: 'Введите навык или роль на любом языке, например: compositing, 합성, dựng phim.',
  slackFormPickerPlaceholder: 'Поиск по списку навыков',
  slackFormContactPlaceholder: 'e-mail, сайт или контактное лицо',
  slackKindStudio: 'Студия / продакшн',
  slackKindTalentCenter: 'Кадровый или учебный центр',
  slackKindAgency: 'Агентство / госорган',
  slackKindPlatform: 'Платформа / стриминг',
  slackKindBroadcaster: 'Телеканал',
  slackKindAssociation: 'Ассоциация',
  slackKindOther: 'Другое',
  slackProfileSaved:
    'Профиль {name} сохранён и привязан к вам. Предложенных партнёров покажет `/matchcut match`; подборки ' +
    'организаторов тоже будут его учитывать.',
  slackFormOpenFailed: 'Не удалось вовремя открыть форму профиля. Нажмите кнопку ещё раз.',
  slackFormOpenFailedCommand: 'Не удалось вовремя открыть форму профиля. Запустите `/matchcut profile` ещё раз.',
  discordFormTitleNew: 'Регистрация организации',
  discordFormTitleEdit: 'Изменить организацию',
  discordFormOffers: 'Предлагаем (по одному в строке)',
  discordFormNeeds: 'Нужно (по одному в строке)',
  discordFormAbout: 'О нас (страна, город, языки и др.)',
  discordFormAboutShort: 'О нас',
  discordFormOffersPlaceholder: 'Обучение 3D-анимации\nVFX-композитинг (Nuke)',
  discordFormNeedsPlaceholder: 'Партнёры по копродукции из Кореи\nСтажировки для выпускников',
  discordFormAboutPlaceholder:
    '{country}: Узбекистан\n{city}: Самарканд\n{languages}: uz, ru, en\nЧем вы занимаетесь, в паре фраз.',
  discordFormLanguages: 'Языки',
  discordFieldLine: '{field} (строка {line})',
  discordProfileSaved: '{name} сохранена; она привязана к вам, поэтому ваши отзывы о подборках засчитываются ей.',
  discordProfileWhere: 'Где',
  discordProfileRegisterFirst:
    'Сначала зарегистрируйте организацию: запустите `/profile` без параметров и заполните форму (организация ' +
    'привяжется к вам); после этого `/profile offer:` и `need:` добавляют навыки из списка.',
  discordProfileNotOnList:
    '{values} нет в списке: начните вводить и выберите одну из подсказок (остальное можно написать ' +
    'свободным текстом в ' +
    'форме `/profile`).',
  discordProfileAddedOffer: 'Добавил(а) {entry} к тому, что предлагает {name}.',
  discordProfileAddedNeed: 'Добавил(а) {entry} к тому, что нужно {name}.',
  discordProfileMatchingUsesIt: 'Теперь это учитывается при подборе; `/partners` и `/match` покажут, кто подходит.',
  homeAbout:
    'Я отвечаю на вопросы о партнёрствах, программах и участниках контент-индустрии (кино, ТВ, OTT, анимация, VFX, ' +
    'вебтуны) с пронумерованными источниками и предлагаю партнёров между организациями.',
  homeHowToAsk:
    '*Как спросить*\n' +
    '• Упомяните `@matchcut` с вопросом в канале: я отвечу в ветке, а дальнейшие вопросы там не требуют упоминания.\n' +
    '• Напишите мне в личные сообщения (вкладка *Сообщения* выше).\n' +
    '• `/matchcut ask <вопрос>`: ответ видите только вы, с кнопкой, чтобы поделиться им с каналом.\n' +
    '• Меню сообщения (⋮) → *Ask matchcut*: отвечу на это сообщение в его ветке.\n' +
    '• `/matchcut partners <что ищете>`: организации, чьи предложения подходят; `/matchcut match`: партнёры для ' +
    'вашей организации.',
  homeYourOrganization: 'Ваша организация',
  homeNotLinked:
    'Вы ещё не привязаны к профилю организации. Запустите `/matchcut profile` (или нажмите кнопку), чтобы создать ' +
    'его; профиль, сохранённый под существующим названием, привяжет вас к нему. С профилем вы получаете предложения ' +
    'партнёров и попадаете в подборки организаторов.',
  homeLanguages: 'Языки',
  homeOffers: 'Предлагает',
  homeNeeds: 'Нужно',
  homeLatestSuggestions: 'Ваши последние предложения',
  homeNoSuggestions:
    'Для {name} предложений пока нет: их принесут сюда подборки организаторов. `/matchcut match` покажет партнёров ' +
    'прямо сейчас.',
  homeProfileUnreadable: 'Не удалось прочитать ваш профиль: {reason}',
  homeForOrganizers: 'Для организаторов',
  homeMatchmakingFigures:
    '*Подбор партнёров:* предложено {suggested} · интерес {interested} · познакомлены {introduced} · не подходит ' +
    '{declined} · уже знакомы {known} · подборок {digests}',
  homeUnmetFigures:
    'потребностей без партнёра: {unmet} · фраз предложений и потребностей, которые словарь не распознаёт: {unplaced} ' +
    '(они есть в отчёте)',
  homeQuestionsHeading: 'Вопросы',
  homeQuestionsSince: 'Вопросы с {date}',
  homeQuestionFigures:
    'задано {asked} · отвечено {answered} · нет в источниках {notCovered} · полезно {helpful} · ' +
    'бесполезно {notHelpful}',
  homeByLanguage: 'По языкам: {figures}',
  homeByPlatform: 'По платформам: {figures}',
  homeNoGaps: '*Пробелы в материалах:* нет: на все вопросы ответили по статьям, или вопросов не было.',
  homeGapsHeading:
    '*Пробелы в материалах* (вопросы без ответа или с бесполезным ответом, частые первыми: чего не хватает в статьях)',
  homeReportUnavailable: 'Не удалось составить отчёт: {reason}',
  homeLastDigestUnreadable: 'Не удалось прочитать последнюю подборку: {reason}',
  homeLastDigestNone: '*Последняя подборка:* ещё не отправлялась.',
  homeLastDigest: '*Последняя подборка:* {date} · {count} · {channel} · {state}',
  homeDigestPosting: 'публикуется',
  homeDigestReleased: 'опубликована не полностью',
  homeDigestPosted: 'опубликована',
  homeDigestChannel: 'Канал для подборки',
  homeSendDigestNote: '*Send digest* публикует новые предложения в выбранный канал, как `/matchcut digest`.',
  homePickDigestChannel: 'Выберите канал для подборки рядом с *Send digest* и нажмите ещё раз.',
  homeNoChannel: 'без канала',
  homeDateAt: '{date} в {time}',
  votesNotRecorded: 'На этом сервере оценки не записываются.',
  answersOffCannotShare: 'В этом канале ответы выключены, поэтому поделиться этим ответом здесь нельзя.',
  noOrganizerRole: 'Здесь нет роли организаторов, которую можно спросить.',
  askedOrganizersHere: 'Я спросил(а) организаторов здесь.',
  escalationIntro: 'Участнику мой ответ не помог, и он спрашивает организаторов:',
  discordMatchWhichOrganization:
    'укажите организацию (`/match organization:<название>`) или зарегистрируйте свою через `/profile`.',
  mistakeNoOrganization: 'Организации «{name}» нет.',
  mistakeDidYouMean: 'Возможно, вы имели в виду {names}?',
  mistakeNoNameGiven: 'Укажите название организации, например «IT Works Korea».',
  mistakeOtherSide: 'Вы действуете от имени {name}, поэтому можете отвечать только за эту сторону предложения.',
  mistakeNotLinkedEither:
    'Ответить на это предложение могут только {a} или {b}, а вы не привязаны ни к одной из них: сначала привяжите ' +
    'свою организацию через {command}.',
  mistakeNotLinked: 'Сначала привяжите свою организацию: {command} регистрирует её и привязывает к вам.',
  mistakeUnknownSuggestion:
    'Этого предложения больше нет: отвечайте кнопками подборки, опубликованной в канале, или попросите организатора ' +
    'опубликовать новую.',
  mistakePartnerGone: 'Этой организации больше нет в списке.',
  mistakeOwnOrganization: '{name} — ваша собственная организация.',
  mistakeNameTaken: 'Название «{name}» уже занято другим профилем: выберите другое.',
  mistakeManagedByMembers:
    '«{name}» управляют привязанные к ней участники; попросите кого-то из них или организатора внести изменения.',
  mistakeAnswerExpired: 'Этого ответа больше нет в журнале вопросов, поэтому его нельзя оценить.',
  mistakeEmptyQuestion: 'Вопрос пустой: спросите что-нибудь, например «Кто обучает VFX-художников в Самарканде?»',
  mistakeEmptyPartnerQuestion:
    'Напишите, какого партнёра вы ищете, например «кто может дублировать корейские дорамы на японский?».',
  mistakeQuestionTooLong: 'В вопросе {length} символов; уложитесь в {maximum} (спрашивайте по одному).',
  mistakeNoDigestYet: 'Дайджестов пока не было.',
  mistakeUnknownDigest: 'Дайджеста «{name}» нет.',
  mistakeBadLimit: 'Число должно быть целым, от 1 до {maximum}.',
  pageNotUrl: 'это не веб-адрес; укажите адрес, начинающийся с https:// или http://.',
  pageScheme: 'добавлять можно только адреса http и https.',
  pageCredentials: 'адреса с именем пользователя или паролем не загружаются.',
  pageNoHost: 'имя сайта не найдено.',
  pageNotAllowed: 'это адрес частной или локальной сети, такие не загружаются.',
  pageTooSlow: 'сайт не ответил вовремя.',
  pageUnreachable: 'до сайта не удаётся достучаться.',
  pageRedirect: 'сайт перенаправляет туда, откуда загрузить нельзя.',
  pageStatus: 'сайт ответил ошибкой {status}.',
  pageNotPage: 'это не веб-страница и не статья ({type}).',
  pageTooLarge: 'страница слишком большая.',
  pageBrokenBody: 'страница пришла повреждённой.',
  pageNoText: 'после удаления меню и других элементов страницы текста статьи не остаётся.',
  pageNoArticle: 'на странице не найдено статьи.',
  slackEmptyMention:
    'Спросите меня о партнёрствах, программах или участниках индустрии, например _Кто в Корее обучает специалистов ' +
    'постпродакшна?_',
} satisfies Record<FormsKey, string>;
