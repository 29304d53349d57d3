/** The adapters' matchmaking words in Uzbek, Latin script (keys and placeholders as in catalog-matchmaking-en.ts). */
import type { MatchmakingKey } from './catalog-matchmaking-en.js';

export const uzbekMatchmaking = {
  kindStudio: 'studiya',
  kindTalentCenter: 'kadrlar / oʻquv markazi',
  kindAgency: 'agentlik / davlat organi',
  kindPlatform: 'platforma / striming xizmati',
  kindBroadcaster: 'teleradiokanal',
  kindAssociation: 'uyushma',
  kindOther: 'tashkilot',
  reasonNeedOffer: '{needing}ga kerak: {need}{note} ↔ {offering} taklif qiladi: {offer}',
  reasonAskedFor: 'siz qidirdingiz: {question}{note} ↔ {offering} taklif qiladi: {offer}',
  reasonNote: ' ({label})',
  reasonWordsNote: ' (umumiy soʻzlar: {words})',
  reasonSharedLanguages: 'ikkalasi ham shu tillarda ishlaydi: {languages}',
  reasonSamePlace: 'ikkalasi ham bir joyda: {place}',
  reasonSameArticle: 'ikkalasi ham “{title}” maqolasida tilga olingan',
  digestCountOne: '1 ta taklif',
  digestCountMany: '{count} ta taklif',
  digestNoneThisTime: 'Bu safar yangi takliflar yoʻq.',
  slackDigestExplain:
    'ikkala tomonning sabablari va manbalari quyida. Har bir tashkilot aʼzolari: fikringizni tugmalar bilan ' +
    'bildiring; ikkala tomon ham *{interested}* desa, sizlarni tanishtiraman.',
  digestUnmetHeading: 'Bu yerda hali hech kim qondira olmagan ehtiyojlar:',
  digestContinued: '{title} (davomi)',
  feedbackFieldTitle: 'Fikrlar',
  feedbackNoAnswerYet: 'hali javob yoʻq',
  feedbackChose: '{member} tanladi: {verdict}',
  introHello: 'Salom',
  introHelloPeople: 'Salom, {people}',
  introAfterDigest:
    '{hello} — {a} ham, {b} ham tanishuvlar toʻplamida {interested} tugmasini bosdi, shuning uchun ' +
    'sizlarni tanishtiraman.',
  introAfterSearch:
    '{hello} — {a} ham, {b} ham hamkor qidiruvidan keyin {interested} tugmasini bosdi, shuning uchun sizlarni ' +
    'tanishtiraman.',
  introTakeItFromHere:
    'Endi navbat sizda: salomlashing, nima ustida ishlayotganingizni ulashing va qoʻngʻiroq belgilang.',
  introFallback: 'Tanishtiruv: {a} ↔ {b}',
  discordIntroMeet: 'Tanishing! {a} ham, {b} ham qiziqishini bildirdi.',
  discordIntroNotLinked: 'hali bogʻlangan Discord aʼzosi yoʻq (`/profile` bilan bogʻlang)',
  introWhy: 'Nega mos:',
  introThreadName: 'Tanishtiruv: {a} × {b}',
  slackDigestNotOrganizer:
    'Kechirasiz, tanishuvlar toʻplamini faqat tashkilotchilar yubora oladi. Oʻz tashkilotingiz uchun takliflarni ' +
    '`/matchcut match` bilan koʻring.',
  slackDigestPickChannel:
    '`#` yozganingizda chiqadigan roʻyxatdan kanalni tanlang (masalan, `/matchcut digest #partners`) yoki shu yerga ' +
    'joylash uchun boʻsh qoldiring.',
  slackDigestNothingNew:
    'Hozir yuboriladigan yangi taklif yoʻq: barcha yaxshi juftliklar yaqinda taklif qilingan yoki javob olgan. ' +
    'Profillarni qoʻshing yoki yangilang, yoki keyinroq urinib koʻring.',
  slackDigestPostedOne: '{channel} kanaliga 1 ta taklifli tanishuvlar toʻplami joylandi.',
  slackDigestPostedMany: '{channel} kanaliga {count} ta taklifli tanishuvlar toʻplami joylandi.',
  slackDigestPostedRestOne: '{channel} kanaliga tanishuvlar toʻplamining qolgan qismi (1 ta taklif) joylandi.',
  slackDigestPostedRestMany: '{channel} kanaliga tanishuvlar toʻplamining qolgan qismi ({count} ta taklif) joylandi.',
  slackDigestCannotPost:
    'Bu kanalga yoza olmayman ({code}). Avval {channel} kanalida `/invite @matchcut` bilan meni taklif qiling, soʻng ' +
    'qayta urinib koʻring.',
  discordDigestInServer: 'Toʻplamlar serverlarda joylanadi: `/digest` buyrugʻini server kanalida ishga tushiring.',
  discordDigestNotOrganizer:
    'Tanishuvlar toʻplamini faqat tashkilotchilar yubora oladi ({who}). Oʻz tashkilotingiz uchun `/match` dan ' +
    'foydalanishingiz mumkin.',
  discordAddInServer: 'Sahifalar serverlarda qoʻshiladi: `/add` buyrugʻini server kanalida ishga tushiring.',
  discordAddNotOrganizer:
    'Kechirasiz, bilimlar bazasiga maqolani faqat tashkilotchilar qoʻsha oladi ({who}). Unda boʻlishi kerak boʻlgan ' +
    'sahifani bilsangiz, havolani tashkilotchiga yuboring.',
  discordCannotPostIn: '{channel} kanaliga yoza olmayman: bu serverning matnli kanalini tanlang.',
  discordMissingPermissionsIn: '{channel} kanaliga yoza olmayman: u yerda menga {permissions} huquqlarini bering.',
  addGiveAddress: 'Sahifa manzilini yozing: `/matchcut add https://…`',
  addUnavailable: 'Bu botda sahifa qoʻshib boʻlmaydi.',
  addFailed: 'Kechirasiz, sahifani qoʻshish biz tomonda xato bilan tugadi; tafsilotlar jurnalda.',
  addRefused: 'Bu sahifani qoʻsha olmadim: {reason}',
  addAdded: 'Qoʻshildi: {title} ({language}).',
  addUpdated: 'Yangilandi: {title} ({language}).',
  addAlreadyThere: 'Bilimlar bazasida allaqachon bor: {title} ({language}).',
  addAnswerableSoon: 'Bir necha soniyadan keyin undan javob berish mumkin.',
} satisfies Record<MatchmakingKey, string>;
