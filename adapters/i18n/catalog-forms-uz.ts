/** The adapters' form and page words in Uzbek, Latin script (keys and placeholders as in catalog-forms-en.ts). */
import type { FormsKey } from './catalog-forms-en.js';

export const uzbekForms = {
  profileFieldKind: 'Turi',
  profileFieldCountry: 'Mamlakat',
  profileFieldCity: 'Shahar',
  profileFieldDescription: 'Tavsif',
  profileFieldContact: 'Aloqa',
  profileLine: '{line}-qator: {message}',
  problemEmpty: 'boʻsh boʻlmasligi kerak',
  problemTooLong: 'koʻpi bilan {maximum} ta belgi',
  problemTooMany: 'koʻpi bilan {maximum} ta band',
  problemKind: 'quyidagi turlardan birini tanlang: {kinds}',
  problemInvalid: 'notoʻgʻri',
  slackFormSave: 'Saqlash',
  slackFormCancel: 'Bekor qilish',
  slackFormChooseOne: 'Birini tanlang',
  slackFormNamePlaceholder: 'masalan, IT Park Uzbekistan',
  slackFormLanguagesPlaceholder: 'ingliz, koreys, vyetnam',
  slackFormSeparateWithCommas: 'Vergul bilan ajrating.',
  slackFormOnePerLine: 'Har qatorda bittadan.',
  slackFormOffersPlaceholder: 'Har qatorda bittadan, masalan: 3D animatsiya boʻyicha oʻqitish',
  slackFormNeedsPlaceholder: 'Har qatorda bittadan, masalan: VFX kompozitorlar',
  slackFormOffersPicked: 'Nima taklif qilasiz (roʻyxatdan)',
  slackFormNeedsPicked: 'Sizga nima kerak (roʻyxatdan)',
  slackFormPickerHint: 'Koʻnikma yoki lavozimni istalgan tilda yozing, masalan: compositing, 합성, dựng phim.',
  slackFormPickerPlaceholder: 'Koʻnikmalar roʻyxatidan qidirish',
  slackFormContactPlaceholder: 'e-pochta, sayt yoki masʼul shaxs',
  slackKindStudio: 'Studiya / prodakshn kompaniya',
  slackKindTalentCenter: 'Kadrlar yoki oʻquv markazi',
  slackKindAgency: 'Agentlik / davlat organi',
  slackKindPlatform: 'Platforma / striming xizmati',
  slackKindBroadcaster: 'Teleradiokanal',
  slackKindAssociation: 'Uyushma',
  slackKindOther: 'Boshqa',
  slackProfileSaved:
    '{name} profili saqlandi va sizga bogʻlandi. Taklif qilingan hamkorlarni `/matchcut match` bilan koʻring; ' +
    'tashkilotchilarning toʻplamlari ham uni oʻz ichiga oladi.',
  slackFormOpenFailed: 'Profil shaklini oʻz vaqtida ocha olmadim. Tugmani yana bosing.',
  slackFormOpenFailedCommand: 'Profil shaklini oʻz vaqtida ocha olmadim. `/matchcut profile` ni qayta ishga tushiring.',
  discordFormTitleNew: 'Tashkilotingizni roʻyxatdan oʻtkazing',
  discordFormTitleEdit: 'Tashkilotni tahrirlash',
  discordFormOffers: 'Takliflar (har qatorda bittadan)',
  discordFormNeeds: 'Ehtiyojlar (har qatorda bittadan)',
  discordFormAbout: 'Haqida (mamlakat, shahar, tillar va h.k.)',
  discordFormAboutShort: 'Haqida',
  discordFormOffersPlaceholder: '3D animatsiya boʻyicha oʻqitish\nVFX kompozitsiya (Nuke)',
  discordFormNeedsPlaceholder: 'Koreyadan birgalikda ishlab chiqarish hamkorlari\nBitiruvchilar uchun amaliyot',
  discordFormAboutPlaceholder:
    '{country}: Oʻzbekiston\n{city}: Samarqand\n{languages}: uz, ru, en\nFaoliyatingiz haqida qisqacha.',
  discordFormLanguages: 'Tillar',
  discordFieldLine: '{field} ({line}-qator)',
  discordProfileSaved:
    '{name} saqlandi; u sizga bogʻlangan, shuning uchun toʻplamlar haqidagi fikrlaringiz shu tashkilot ' +
    'nomidan hisoblanadi.',
  discordProfileWhere: 'Joylashuv',
  discordProfileRegisterFirst:
    'Avval tashkilotingizni roʻyxatdan oʻtkazing: `/profile` ni parametrlarsiz ishga tushirib, shaklni toʻldiring ' +
    '(tashkilot sizga bogʻlanadi); shundan keyin `/profile offer:` va `need:` roʻyxatdan koʻnikma qoʻshadi.',
  discordProfileNotOnList:
    '{values} roʻyxatda yoʻq: yozishni boshlang va takliflardan birini tanlang (boshqa narsalarni ' +
    '`/profile` shakliga ' +
    'erkin matn sifatida yozish mumkin).',
  discordProfileAddedOffer: '{entry} {name} taklif qiladigan narsalarga qoʻshildi.',
  discordProfileAddedNeed: '{entry} {name} ehtiyojlariga qoʻshildi.',
  discordProfileMatchingUsesIt:
    'Endi moslashtirishda hisobga olinadi; `/partners` va `/match` kim mos kelishini koʻrsatadi.',
  homeAbout:
    'Kontent sanoati (kino, TV, OTT, animatsiya, VFX, vebtun) dagi hamkorliklar, dasturlar va ' +
    'ishtirokchilar haqidagi ' +
    'savollarga raqamlangan manbalar bilan javob beraman va tashkilotlar oʻrtasida hamkorlar taklif qilaman.',
  homeHowToAsk:
    '*Qanday soʻrash mumkin*\n' +
    '• Kanalda savol bilan `@matchcut` ni eslating: tarmoqda javob beraman, u yerdagi keyingi savollar eslatmasiz ' +
    'ham boʻladi.\n' +
    '• Menga shaxsiy xabar yuboring (yuqoridagi *Xabarlar* yorligʻi).\n' +
    '• `/matchcut ask <savol>`: javobni faqat siz koʻrasiz, uni kanal bilan ulashish tugmasi bor.\n' +
    '• Xabar menyusi (⋮) → *Ask matchcut*: oʻsha xabarga uning tarmogʻida javob beraman.\n' +
    '• `/matchcut partners <nima qidiryapsiz>`: takliflari mos tashkilotlar; `/matchcut match`: tashkilotingiz ' +
    'uchun taklif qilingan hamkorlar.',
  homeYourOrganization: 'Tashkilotingiz',
  homeNotLinked:
    'Siz hali tashkilot profiliga bogʻlanmagansiz. Yaratish uchun `/matchcut profile` ni ishga tushiring (yoki ' +
    'tugmani bosing); mavjud nom bilan saqlangan profil sizni unga bogʻlaydi. Profil bilan hamkor takliflarini ' +
    'olasiz va tashkilotchilarning toʻplamlariga kirasiz.',
  homeLanguages: 'Tillar',
  homeOffers: 'Takliflar',
  homeNeeds: 'Ehtiyojlar',
  homeLatestSuggestions: 'Soʻnggi takliflaringiz',
  homeNoSuggestions:
    '{name} uchun hali takliflar yoʻq: ularni bu yerga tashkilotchilarning toʻplamlari olib keladi. ' +
    '`/matchcut match` ' +
    'hozir taklif qilingan hamkorlarni koʻrsatadi.',
  homeProfileUnreadable: 'Profilingizni oʻqib boʻlmadi: {reason}',
  homeForOrganizers: 'Tashkilotchilar uchun',
  homeMatchmakingFigures:
    '*Tanishuvlar:* {suggested} taklif · {interested} qiziqish · {introduced} tanishtirildi · {declined} mos emas · ' +
    '{known} allaqachon tanish · {digests} toʻplam',
  homeUnmetFigures:
    '{unmet} ta ehtiyojni hali hech kim qondirmaydi · lugʻat joylay olmagan {unplaced} ta taklif yoki ' +
    'ehtiyoj iborasi ' +
    '(hisobotda bor)',
  homeQuestionsHeading: 'Savollar',
  homeQuestionsSince: '{date} dan beri savollar',
  homeQuestionFigures:
    '{asked} soʻraldi · {answered} javob berildi · {notCovered} manbalarda yoʻq · {helpful} foydali · ' +
    '{notHelpful} foydasiz',
  homeByLanguage: 'Tillar boʻyicha: {figures}',
  homeByPlatform: 'Platformalar boʻyicha: {figures}',
  homeNoGaps: '*Qamrovdagi boʻshliqlar:* yoʻq: har bir savolga maqolalardan javob berildi yoki savol boʻlmadi.',
  homeGapsHeading:
    '*Qamrovdagi boʻshliqlar* (javobsiz yoki foydasiz savollar, koʻp soʻralgani birinchi: maqolalarda ' +
    'nima yetishmaydi)',
  homeReportUnavailable: 'Hisobotni tuzib boʻlmadi: {reason}',
  homeLastDigestUnreadable: 'Oxirgi toʻplamni oʻqib boʻlmadi: {reason}',
  homeLastDigestNone: '*Oxirgi toʻplam:* hali yuborilmagan.',
  homeLastDigest: '*Oxirgi toʻplam:* {date} · {count} · {channel} · {state}',
  homeDigestPosting: 'joylanmoqda',
  homeDigestReleased: 'toʻliq joylanmagan',
  homeDigestPosted: 'joylandi',
  homeDigestChannel: 'Toʻplam uchun kanal',
  homeSendDigestNote: '*Send digest* yangi takliflarni tanlangan kanalga joylaydi, `/matchcut digest` kabi.',
  homePickDigestChannel: '*Send digest* yonida toʻplam uchun kanalni tanlang, soʻng yana bosing.',
  homeNoChannel: 'kanal yoʻq',
  homeDateAt: '{date}, {time}',
  votesNotRecorded: 'Bu serverda baholar yozib olinmaydi.',
  answersOffCannotShare: 'Bu kanalda javoblar oʻchirilgan, shuning uchun bu javobni bu yerda ulasha olmayman.',
  noOrganizerRole: 'Bu yerda soʻrash mumkin boʻlgan tashkilotchilar roli yoʻq.',
  askedOrganizersHere: 'Tashkilotchilardan shu yerda soʻradim.',
  escalationIntro: 'Bir aʼzoga javobim foyda bermadi va u tashkilotchilardan soʻrayapti:',
  discordMatchWhichOrganization:
    'qaysi tashkilot ekanini yozing (`/match organization:<nom>`) yoki `/profile` bilan oʻz tashkilotingizni ' +
    'roʻyxatdan oʻtkazing.',
  mistakeNoOrganization: '“{name}” nomli tashkilot yoʻq.',
  mistakeDidYouMean: 'Balki {names} nazarda tutilgandir?',
  mistakeNoNameGiven: 'Tashkilot nomini yozing, masalan “IT Works Korea”.',
  mistakeOtherSide:
    'Siz {name} nomidan ishlaysiz, shuning uchun bu taklifning faqat oʻsha tomoni uchun javob bera olasiz.',
  mistakeNotLinkedEither:
    'Bu taklifga faqat {a} yoki {b} javob bera oladi, siz esa hech biriga bogʻlanmagansiz: avval {command} bilan ' +
    'tashkilotingizni bogʻlang.',
  mistakeNotLinked: 'Avval tashkilotingizni bogʻlang: {command} uni roʻyxatdan oʻtkazadi va sizga bogʻlaydi.',
  mistakeUnknownSuggestion:
    'Bu taklif endi yoʻq: kanalga joylangan toʻplam tugmalari bilan javob bering yoki tashkilotchidan yangisini ' +
    'joylashni soʻrang.',
  mistakePartnerGone: 'Bu tashkilot endi roʻyxatda yoʻq.',
  mistakeOwnOrganization: '{name} — oʻzingizning tashkilotingiz.',
  mistakeNameTaken: '“{name}” nomi boshqa profil tomonidan band: boshqa nom tanlang.',
  mistakeManagedByMembers:
    '“{name}” ni unga bogʻlangan aʼzolar boshqaradi; oʻzgartirishni ulardan biri yoki tashkilotchidan soʻrang.',
  mistakeAnswerExpired: 'Bu javob endi savollar jurnalida yoʻq, shuning uchun uni baholab boʻlmaydi.',
  mistakeEmptyQuestion: 'Savol boʻsh: biror narsa soʻrang, masalan “Samarqandda VFX rassomlarini kim oʻqitadi?”',
  mistakeEmptyPartnerQuestion:
    'Qanday hamkor qidirayotganingizni yozing, masalan “koreys seriallarini yapon tiliga kim dublyaj qila oladi?”.',
  mistakeQuestionTooLong:
    'Savol {length} ta belgidan iborat; uni {maximum} ta belgigacha qisqartiring (bir vaqtda bitta narsa soʻrang).',
  mistakeNoDigestYet: 'Hali birorta dayjest tuzilmagan.',
  mistakeUnknownDigest: '"{name}" dayjesti yoʻq.',
  mistakeBadLimit: 'Chegara 1 dan {maximum} gacha butun son boʻlishi kerak.',
  pageNotUrl: 'bu veb-manzil emas; https:// yoki http:// bilan boshlanadigan manzil bering.',
  pageScheme: 'faqat http va https manzillarini qoʻshish mumkin.',
  pageCredentials: 'foydalanuvchi nomi yoki paroli bor manzillar yuklanmaydi.',
  pageNoHost: 'sayt nomi topilmadi.',
  pageNotAllowed: 'bu manzil xususiy yoki mahalliy tarmoqda, shuning uchun yuklanmaydi.',
  pageTooSlow: 'sayt oʻz vaqtida javob bermadi.',
  pageUnreachable: 'saytga ulanib boʻlmadi.',
  pageRedirect: 'sayt yuklab boʻlmaydigan joyga yoʻnaltiradi.',
  pageStatus: 'sayt {status} xatosi bilan javob berdi.',
  pageNotPage: 'bu veb-sahifa yoki maqola emas ({type}).',
  pageTooLarge: 'sahifa juda katta.',
  pageBrokenBody: 'sahifa buzilgan holda keldi.',
  pageNoText: 'menyu va sahifaning boshqa qismlari olib tashlangach, maqola matni qolmaydi.',
  pageNoArticle: 'sahifada maqola topilmadi.',
  slackEmptyMention:
    'Menga hamkorliklar, dasturlar yoki sanoat ishtirokchilari haqida savol bering, masalan _Koreyada ' +
    'post-prodakshn mutaxassislarini kim oʻqitadi?_',
} satisfies Record<FormsKey, string>;
