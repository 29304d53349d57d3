/** The adapters' own words in Uzbek, Latin script (keys and placeholders as in catalog-en.ts). */
import type { Catalog } from './catalog-en.js';
import { uzbekForms } from './catalog-forms-uz.js';
import { uzbekMatchmaking } from './catalog-matchmaking-uz.js';

export const uzbek = {
  ...uzbekMatchmaking,
  ...uzbekForms,
  errorFixField: 'Iltimos, quyidagi maydonni tuzating:\n{fields}',
  errorFixFields: 'Iltimos, quyidagi maydonlarni tuzating:\n{fields}',
  errorDidNotWork: 'Bajarilmadi: {message}',
  errorNotFound: 'Topilmadi: {message}',
  errorForbidden: 'Buni qila olmaysiz: {message}',
  errorModelTimeout: 'Til modeli oʻz vaqtida javob bermadi. Bir daqiqadan soʻng qayta urinib koʻring.',
  errorModelBusy: 'Til modeli hozir band. Bir daqiqadan soʻng qayta urinib koʻring.',
  errorModelUnavailable:
    'Til modeliga ulanib boʻlmadi. Keyinroq urinib koʻring; xato takrorlansa, tashkilotchilarga xabar bering.',
  errorModelRejected: 'Til modeli soʻrovni rad etdi. Tafsilotlarni tashkilotchilar jurnaldan topadi.',
  errorModelUnusable: 'Til modeli yaroqsiz javob berdi. Qayta urinib koʻring.',
  errorDiscordRefused:
    'Discord soʻrovni rad etdi. Qayta urinib koʻring; xato takrorlansa, tashkilotchilarga xabar bering.',
  errorDiscordProblem: 'Discord soʻrovni bajarishda muammoga duch keldi. Bir daqiqadan soʻng qayta urinib koʻring.',
  errorDiscordUnreachable: 'Discordga ulanib boʻlmadi. Bir daqiqadan soʻng qayta urinib koʻring.',
  errorDiscordMissingPermissions:
    'U kanalda ruxsatlarim yetarli emas: kanalni koʻrish, xabar yuborish, havolalarni joylash, xabarlar tarixini ' +
    'oʻqish va (tanishtirish uchun) ochiq mavzu yaratish kerak.',
  errorDiscordMissingAccess: 'Men u kanalni koʻrmayapman: administrator menga ruxsat berishi kerak.',
  errorDiscordGone: 'Bu kanal yoki xabar endi mavjud emas.',
  errorSlackRefused:
    'Slack soʻrovni rad etdi ({code}). Qayta urinib koʻring; xato takrorlansa, tashkilotchilarga xabar bering.',
  errorUpstream: 'Men tayanadigan xizmat javob bermadi. Bir daqiqadan soʻng qayta urinib koʻring.',
  errorKnowledge:
    'Bilim bazasini hozir oʻqib boʻlmayapti, shuning uchun javob bera olmayman. Tafsilotlarni tashkilotchilar ' +
    'jurnaldan topadi.',
  errorConfig: 'Bu funksiya toʻgʻri sozlanmagan. Tafsilotlarni tashkilotchilar jurnaldan topadi.',
  errorBusy: 'Bandman: hozir koʻp savollarga javob berilmoqda. Birozdan soʻng qayta urinib koʻring.',
  errorMemberRateLimit:
    'Bir ishtirokchi {window} soniyada koʻpi bilan {limit} ta savol bera oladi: ' +
    '{retry} soniyadan soʻng qayta urinib koʻring.',
  digestRetryNote:
    'Yuborilmagan takliflar belgilanmadi: muammo tuzatilgach, oʻsha dayjestni joylash uchun ' +
    '`/digest` buyrugʻini qayta ishga tushiring.',
  errorInternal: 'Bizda nimadir notoʻgʻri ketdi. Tafsilotlarni tashkilotchilar jurnaldan topadi.',
  errorUnknownCommand: 'Bu buyruq endi mavjud emas; tashkilotchilar buyruqlarni qayta roʻyxatdan oʻtkazishi kerak.',
  adviceFindOrganizations: 'Roʻyxatdan oʻtgan tashkilotlarni topish uchun {command} dan foydalaning.',
  adviceAskOrganizer: 'Tashkilotchilar buni tekshirib koʻrishi mumkin.',
  slackHelp:
    '*matchcut* hamkorlik haqidagi savollarga manbalar bilan javob beradi va hamkorlar taklif qiladi.\n' +
    '• Kanalda `@matchcut <savol>` yoki DMdagi istalgan xabar: javob mavzuda; mavzudagi keyingi savollarga ' +
    'eslatish shart emas.\n' +
    '• `/matchcut ask <savol>`: xuddi shunday, faqat sizga, kanal bilan ulashish tugmasi bilan.\n' +
    '• Xabar menyusi → *Ask matchcut*: oʻsha xabarga uning mavzusida javob beradi.\n' +
    '• `/matchcut match [tashkilot]`: tashkilotingiz (yoki nomlangan tashkilot) uchun mos hamkorlar.\n' +
    '• `/matchcut partners <nima qidiryapsiz>`: buni taklif qiladigan tashkilotlar.\n' +
    '• `/matchcut profile`: tashkilot profilini yaratish yoki tahrirlash.\n' +
    '• `/matchcut digest [#kanal]`: tashkilotchilar tanishuvlar toʻplamini joylaydi.\n' +
    '• `/matchcut add <url>`: tashkilotchilar bilim bazasiga veb-sahifa qoʻshadi.\n' +
    '• `/matchcut settings [mention|auto|off]`: bu kanalda qayerda javob berishim (tashkilotchilar oʻzgartiradi).\n' +
    '• `/matchcut help`: shu xabar.',
  slackUnknownSubcommand: '`{subcommand}` buyrugʻini bilmayman. Quyidagilardan birini sinab koʻring:',
  slackAskUsage:
    'Savolingizni `ask` dan keyin yozing, masalan `/matchcut ask Koreyada post-prodakshn mutaxassislarini kim ' +
    'oʻqitadi?`',
  slackPartnersUsage:
    'Nima qidirayotganingizni `partners` dan keyin yozing, masalan `/matchcut partners kim serialni yapon tiliga ' +
    'dublyaj qiladi?`',
  slackNotLinked:
    'Siz hali tashkilotga bogʻlanmagansiz. `/matchcut profile` bilan tashkilotingizni yarating yoki bogʻlang, yoki ' +
    'nomini yozing: `/matchcut match <tashkilot>`.',
  discordEmptyMention:
    'Eslatmadan keyin savol yozing, masalan "@matchcut Samarqandda VFX rassomlarini kim oʻqitadi?", yoki `/ask` ' +
    'dan foydalaning.',
  buttonHelpful: 'Foydali',
  buttonNotHelpful: 'Foydasiz',
  buttonAskOrganizer: 'Tashkilotchidan soʻrash',
  buttonShare: 'Kanal bilan ulashish',
  buttonInterested: 'Qiziqaman',
  buttonNotAFit: 'Mos emas',
  buttonAlreadyKnow: 'Allaqachon tanishmiz',
  buttonCreateProfile: 'Profil yaratish',
  buttonEditProfile: 'Tahrirlash',
  buttonSendDigest: 'Toʻplamni yuborish',
  voteRecorded: 'Rahmat, {label} deb yozib qoʻyildi. ({counts})',
  voteChanged: 'Ovozingiz {label} ga oʻzgartirildi. ({counts})',
  voteCounts: 'foydali: {helpful} · foydasiz: {notHelpful}',
  buttonInactive: 'Bu tugma endi ishlamaydi.',
  askedOrganizers: 'Mavzuda tashkilotchilardan soʻradim.',
  sharedWithChannel: 'Kanal bilan ulashildi.',
  organizerMayKnow: 'Tashkilotchilar koʻproq bilishi mumkin: mavzuda ulardan soʻrang.',
  noTextToAnswer: 'Bu xabarda men javob bera oladigan matn yoʻq.',
  answersOff: 'Bu kanalda javoblar oʻchirilgan; {command} sizga shaxsan javob beradi.',
  answeredIn: '{channel} da javob berildi.',
  sourcesTitle: 'Manbalar',
  closestSourcesTitle: 'Eng yaqin manbalar (ular savolga javob bermaydi)',
  notInSourcesClosest: '*Manbalarimda bu yoʻq.* Topganlarimning eng yaqini:',
  onlyOrganizersDigest: 'Kechirasiz, tanishuvlar toʻplamini faqat tashkilotchilar yubora oladi.',
  onlyOrganizersAdd:
    'Kechirasiz, bilim bazasiga maqolani faqat tashkilotchilar qoʻsha oladi. Kerakli sahifani bilsangiz, ' +
    'havolasini tashkilotchiga yuboring.',
  onlyOrganizersSettings: 'Kechirasiz, qayerda javob berishimni faqat tashkilotchilar oʻzgartira oladi.',
  digestTitle: 'Tanishuvlar toʻplami',
  digestNothingNew: 'Hozircha yangi takliflar yoʻq: barcha mos juftliklar yaqinda taklif qilingan yoki javob olgan.',
  digestPosted: '{channel} ga {count} ta taklif joylandi.',
  profileFormTitleNew: 'Tashkilotingiz',
  profileFormTitleEdit: 'Tashkilotni tahrirlash',
  profileFieldName: 'Tashkilot nomi',
  profileFieldLanguages: 'Ish tillari',
  profileFieldOffers: 'Nimani taklif qilasiz',
  profileFieldNeeds: 'Sizga nima kerak',
  profileSaved: '{name} profili saqlandi va sizga bogʻlandi.',
  settingsSlackMention:
    'Meni eslatishganda, shaxsiy xabarlarda va men javob bergan tredlardagi keyingi savollarga javob ' + 'beraman.',
  settingsSlackAuto:
    'Savolga oʻxshagan yangi xabarlarga ham tredda javob beraman, lekin faqat manbalarim bu mavzuni ' + 'qamrasa.',
  settingsSlackOff: 'Bu kanalda javob bermayman (`/matchcut ask` avvalgidek faqat sizga javob beradi).',
  settingsDiscordMention: 'Meni eslatishganda va shaxsiy xabarlarda javob beraman.',
  settingsDiscordAuto:
    'Savolga oʻxshagan xabarlarga ham tredda javob beraman, lekin faqat manbalarim bu mavzuni qamrasa.',
  settingsDiscordOff: 'Bu kanalda eslatmalarga javob bermayman (`/ask` avvalgidek faqat sizga javob beradi).',
  settingsModesAre: 'Rejimlar:',
  settingsModes: 'Rejimlar:',
  settingsNotAMode: '{mode} rejim emas.',
  settingsThatIsNotAMode: 'Bunday rejim yoʻq.',
  settingsNotOrganizerDiscord: 'Qayerda javob berishimni faqat tashkilotchilar oʻzgartira oladi ({who}).',
  settingsPerChannelSlack:
    'Sozlamalar har bir kanal uchun alohida: kerakli kanalda `/matchcut settings` buyrugʻini bering.',
  settingsPerChannelDiscord: 'Sozlamalar har bir kanal uchun alohida: server kanalida `/settings` buyrugʻini bering.',
  settingsUnavailable: 'Bu serverda kanal sozlamalari mavjud emas.',
  settingsCurrent: '{channel} dagi javoblar: `{mode}` ({how}). {description}',
  settingsSetByOrganizer: 'tashkilotchi belgilagan',
  settingsByDefault: 'standart',
  settingsHowToChange: 'Tashkilotchilar uni {command} bilan oʻzgartiradi:',
  settingsNowMode: '{channel} dagi javoblar endi `{mode}`: {description}',
  settingsNotSaved: 'Kechirasiz, sozlamani saqlab boʻlmadi; tafsilotlar loglarda.',
  settingsNeedsMessageContent:
    'Meni eslatmagan savollarni oʻqish uchun botga Message Content ruxsati kerak: operator ' +
    '`DISCORD_MESSAGE_CONTENT=on` ni belgilaydi va uni Developer Portalda yoqadi. Ungacha faqat ' +
    'eslatmalarga javob beraman.',
  discordOrganizersManageServer: '«Serverni boshqarish» huquqiga ega aʼzolar',
  discordOrganizersRole: '{role} roli yoki «Serverni boshqarish» huquqiga ega aʼzolar',
  partnersWhatYouAsked: 'siz soʻragan narsa',
  partnersNone: 'Hozircha bu yerda {what} taklif qiladigan tashkilot yoʻq.',
  partnersNoneIn: 'Hozircha bu yerda {place} da {what} taklif qiladigan tashkilot yoʻq.',
  partnersNoneHint: 'Tashkilotchilar profil qoʻshishi mumkin; `/ask` buni maqolalardan topishi mumkin.',
  partnersNoneHintWithAnswer: 'Tashkilotchilar profil qoʻshishi mumkin.',
  partnersHeading: '{what} taklif qiladigan tashkilotlar:',
  partnersHeadingIn: '{place} da {what} taklif qiladigan tashkilotlar:',
  partnersInterestedHint:
    'Qiziqaman tugmasi ularga uchrashmoqchi ekaningizni bildiradi; ular ham qiziqsa, sizni tanishtiraman.',
  interestIntroduced: '{name} ham qiziqmoqda: sizni shu yerda tanishtirdim.',
  interestAlreadyIntroduced: 'Siz va {name} allaqachon tanishtirilgansiz.',
  interestNoted: 'Qayd etildi: siz {name} bilan qiziqasiz. Ular ham qiziqsa, sizni tanishtiraman.',
  discordInterestNotLinked:
    'Qiziqaman deyish uchun tashkilotingiz matchcutʼda boʻlishi kerak: uni roʻyxatdan oʻtkazish (yoki ' +
    'aniq nomi bilan egallash) uchun `/profile` buyrugʻini bering; shunda u sizga bogʻlanadi. Keyin ' +
    'Qiziqaman tugmasini yana bosing.',
  slackPartnersNoneHint:
    'Tashkilotchilar profil qoʻshishi mumkin; maqolalardan izlash uchun `/matchcut ask` ni sinab koʻring.',
  slackPartnersHeading: '{what} taklif qiladigan tashkilotlar',
  slackPartnersHeadingIn: '{place} da {what} taklif qiladigan tashkilotlar',
  partnersNotPlaced: 'Joyi aniqlanmadi: {places}',
  slackPartnersInterestedHint:
    '*Qiziqaman* ularga uchrashmoqchi ekaningizni bildiradi; ular ham qiziqsa, sizni tanishtiramiz.',
  slackInterestIntroduced: '{name} ham qiziqmoqda: sizni guruh xabarida tanishtirdim.',
  slackInterestNotLinked:
    'Qiziqaman deyish uchun tashkilotingiz matchcutʼda boʻlishi kerak: uni roʻyxatdan oʻtkazish (yoki ' +
    'aniq nomi bilan egallash) uchun `/matchcut profile` buyrugʻini bering — shunda u sizga bogʻlanadi. ' +
    'Keyin Qiziqaman tugmasini yana bosing.',
  matchFor: '{name} uchun',
  matchPossiblePartner: '{name} — ehtimoliy hamkor.',
  matchAndMore: '…va yana {count} ta',
  sourcesContinued: 'Manbalar (davomi)',
  matchFooter: 'Moslik {score} · {a} uchun {scoreA} · {b} uchun {scoreB}',
  discordMatchNone:
    'Hozircha {subject} uchun ajralib turadigan hamkor yoʻq. `/profile` orqali nimani taklif qilishi va ' +
    'nimaga muhtojligini qoʻshing yoki tashkilotchidan profil qoʻshishni soʻrang.',
  matchBest: '{subject} uchun eng mos hamkorlar ({total} tadan {shown} tasi):',
  feedbackRecorded: '{party} uchun {verdict} qayd etildi. {next}',
  feedbackBothInterestedThread: 'Ikkala tomon ham qiziqmoqda: sizni tanishtirish uchun tred ochyapman.',
  feedbackIntroduceIfToo: '{name} ham qiziqsa, sizni tanishtiraman.',
  feedbackThanks: 'Rahmat: bu keyingi dayjestlarni yaxshilaydi.',
  slackMatchHeading: '{name} uchun tavsiya etilgan hamkorlar',
  slackMatchNone:
    'Hozircha tavsiya yoʻq: bu ehtiyoj yoki takliflarga mos boshqa tashkilot yoʻq. Profilni `/matchcut ' +
    'profile` orqali yangilang yoki tashkilotchidan profil qoʻshishni soʻrang.',
  slackMatchScore: 'moslik {percent}',
  matchNoReason: '(aniq sabab qayd etilmagan)',
  digestPostedOne: '{channel} ga 1 ta tavsiya joylandi.',
  digestPostedMany: '{channel} ga {count} ta tavsiya joylandi.',
  digestUnmetNeeds: 'Hozircha hech kim qondira olmaydigan ehtiyojlar:',
} satisfies Catalog;
