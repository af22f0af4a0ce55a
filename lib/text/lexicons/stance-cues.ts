import type { StanceCue } from "./types";

// Stance cues. At each word the longest matching term wins; among entries of
// the same length the first whose `near` condition holds wins, so the
// "looks like a cue but is not" entries come before the real ones.

const FORCES = [
  "قوات*|القوات*|عناصر*|العناصر*|عنصر|جنود*|الجنود*|جندي|مقاتل*|المقاتل*|قناص*|القناص*|وحدات*|أرتال*|رتل*|آليات*|الآليات*",
  "عربات*|العربات*|مدرعات*|منظومات*|منظومة*|صواريخ*|بطاريات*|معدات*|المعدات*|عتاد*|العتاد*|أسلحة*|الأسلحة*|مستشار*|تعزيزات*|دبابات*|طائرات*|مروحيات*",
];
const POSITIONS = [
  "نقاط*|النقاط*|نقطة*|النقطة*|قواعد*|القواعد*|قاعدة*|القاعدة*|قاعدتي*|قاعدتا*|مواقع*|المواقع*|موقع*|الموقع*|مقرات*|المقرات*|مقر|المقر|مقرها|مقره|ثكنات*|الثكنات*",
];
const PRESENCE = ["الوجود|وجود*|تواجد*|التواجد|الحضور|حضور*|الانتشار|انتشار*|تمركز*|التمركز", ...FORCES, ...POSITIONS];
const CARGO = [
  "محمل*|يضم|تضم|تحمل|يحمل|عسكري*|العسكري*|تعزيزات*|أسلحة*|بالأسلحة|ذخائر*|بالذخائر|معدات*|شاحنة|شاحنات*|مدرعات*|صهاريج*",
];
const AIRCRAFT = ["طائرة*|طائرات*|مروحية*|مروحيات*"];
const CONVOY = ["رتل*|الرتل*|أرتال*|الأرتال*|قافلة*|القافلة*|دورية*|الدورية*|وفد*|الوفد*"];
const TURNED_BACK = ["أعاد|أعادت|إعادة|أعادته|وإعادته|أعادوا|منع|منعت|منعته|اعترض*|تعترض*|اعتراض*|أجبر*|إجبار|طرد*|إيقاف*|أوقف*"];
const PUBLISHED = [
  "تقرير*|التقرير*|بيان*|البيان*|مقال*|المقال*|خبر*|الخبر*|صور*|الصور*|فيديو*|مقطع*|تغريدة*|منشور*|تدوينة*|صحيفة*|موقع*|منصة*|حساب*|دراسة*|الدراسة*|رواية*|معلومات*|نتائج*",
];
const STILL_COMPLEMENT = ["نشط*|ناشط*|عامل*|تعمل|يعمل|قائم*|موجود*|متواجد*|باقي*|باقية|متمركز*|منتشر*|فاعل*|تحتفظ|يحتفظ"];

export const STANCE_CUES: StanceCue[] = [
  // ---- presence: words that only look like cues
  { id: "as-far-as", topic: "presence", value: null, terms: ["وصولا"], ignore: "وصولاً إلى = 'as far as', not an arrival" },
  {
    id: "redeploy",
    topic: "presence",
    value: null,
    terms: ["إعادة انتشار|الانتشار|تموضع|التموضع"],
    ignore: "redeployment: direction not stated",
  },
  {
    id: "published",
    topic: "presence",
    value: null,
    terms: ["نشر*"],
    near: { words: PUBLISHED, before: 2, after: 3 },
    ignore: "نشر = published (report, statement, post)",
  },
  {
    id: "share-button",
    topic: "relations",
    value: null,
    terms: ["مشاركة|شارك المقال|الخبر|المنشور|الصفحة"],
    ignore: "share button (page furniture)",
  },

  // ---- presence: reinforcement
  {
    id: "deploy",
    topic: "presence",
    value: "reinforcement",
    terms: ["نشر*"],
    near: { words: FORCES, after: 4 },
    unmet: "نشر without troops or weapons after it",
  },
  { id: "reinforcements", topic: "presence", value: "reinforcement", terms: ["تعزيزات*|التعزيزات*"] },
  {
    id: "strengthen-presence",
    topic: "presence",
    value: "reinforcement",
    terms: ["تعزيز|يعزز|تعزز|يعززان|تعززان|عزز|عززت|عززا"],
    near: { words: PRESENCE, after: 3 },
    unmet: "strengthening something other than a presence (security, trust…)",
  },
  {
    id: "send-forces",
    topic: "presence",
    value: "reinforcement",
    terms: ["إرسال|أرسل|أرسلت|يرسل|ترسل|أرسلوا"],
    near: { words: FORCES, after: 4 },
    unmet: "sending something other than forces",
  },
  {
    id: "arrival",
    topic: "presence",
    value: "reinforcement",
    terms: ["وصول|وصل|وصلت|يصل|تصل"],
    near: { words: ["تعزيزات*|قوات*|القوات*|جنود*|الجنود*|طائرة*|طائرات*|شاحنات*|معدات*|المعدات*|أسلحة*"], before: 3, after: 8 },
    unmet: "arrival of something that is not forces or materiel",
    unless: { words: TURNED_BACK, before: 10, after: 10 },
    unlessReason: "arrival of a convoy that was turned back (friction, not reinforcement)",
  },
  {
    id: "convoy-cargo",
    topic: "presence",
    value: "reinforcement",
    terms: ["رتل|رتلا|الرتل|أرتال|الأرتال|قافلة|قوافل"],
    near: { words: CARGO, after: 3 },
    unmet: "a convoy without military cargo is a movement, not a reinforcement",
    unless: { words: TURNED_BACK, before: 10, after: 10 },
    unlessReason: "convoy turned back (friction, not reinforcement)",
  },
  { id: "cargo-plane", topic: "presence", value: "reinforcement", terms: ["طائرة|طائرات شحن|نقل"] },
  {
    id: "landing",
    topic: "presence",
    value: "reinforcement",
    terms: ["هبوط|هبطت|هبط|تهبط|حطت"],
    near: { words: AIRCRAFT, before: 3, after: 8 },
    unmet: "landing of something other than aircraft",
  },
  {
    id: "intensify",
    topic: "presence",
    value: "reinforcement",
    terms: ["تكثيف|كثف|كثفت|يكثف|تكثف"],
    near: { words: PRESENCE, after: 3 },
    unmet: "intensifying something other than a presence",
  },
  {
    id: "bring-in",
    topic: "presence",
    value: "reinforcement",
    terms: ["استقدام|استقدمت|استقدم|تستقدم|يستقدم"],
    near: { words: FORCES, after: 4 },
    unmet: "bringing in something other than forces",
  },
  {
    id: "increase",
    topic: "presence",
    value: "reinforcement",
    terms: ["زيادة|زادت|يزيد|تزيد"],
    near: { words: ["عدد|أعداد", ...PRESENCE], after: 2 },
    unmet: "increase of something other than forces",
  },
  {
    id: "build-base",
    topic: "presence",
    value: "reinforcement",
    terms: ["إنشاء|أنشأت|بناء|إقامة|أقامت|تبني|يبني"],
    near: { words: POSITIONS, after: 3 },
    unmet: "no base or post after it (تبنى = claimed, بناء of something else)",
  },

  // ---- presence: drawdown
  { id: "withdrawal", topic: "presence", value: "drawdown", terms: ["انسحاب*|انسحب*|الانسحاب*|ينسحب*|تنسحب*"] },
  {
    id: "pull-out",
    topic: "presence",
    value: "drawdown",
    terms: ["سحب|سحبت|يسحب|تسحب|سحبها|سحبه"],
    near: { words: FORCES, after: 4 },
    unmet: "سحب of something other than forces or equipment",
  },
  {
    id: "handover",
    topic: "presence",
    value: "drawdown",
    terms: ["تسليم|سلم|سلمت|سلمتها|سلمها|سلمته|يسلم|تسلم|تسلمت|تسلمتها|تسلمها|استلام|استلمت|تسليمها"],
    near: { words: POSITIONS, before: 8, after: 8, sentence: true },
    unmet: "handover of something other than positions or bases (prisons, detainees…)",
  },
  {
    id: "evacuate",
    topic: "presence",
    value: "drawdown",
    terms: ["إخلاء|أخلى|أخلت|يخلي|تخلي|إخلائها"],
    near: { words: POSITIONS, after: 4 },
    unmet: "evacuating something other than positions",
  },
  {
    id: "reduce",
    topic: "presence",
    value: "drawdown",
    terms: ["تقليص|قلص|قلصت|يقلص|تقلص|تقليل|خفض|خفضت|تخفيض"],
    near: { words: PRESENCE, after: 3 },
    unmet: "reducing something other than a presence",
  },
  {
    id: "close",
    topic: "presence",
    value: "drawdown",
    terms: ["إغلاق|أغلق|أغلقت|يغلق|تغلق|إغلاقها"],
    unless: { words: ["معبر*|المعبر*|الحدود*|طريق*|الطريق*|المدارس|مدارس|حساب*|ملف*|الملف*|المجال|الأجواء"], after: 3 },
    unlessReason: "closing a crossing, road or file, not a base",
  },
  {
    id: "empty",
    topic: "presence",
    value: "drawdown",
    terms: ["تفريغ|تفريغها|أفرغت"],
    unless: { words: ["حمولة*|شحنة*|شحنات*|طائرة*|الطائرة*|شاحنات*|الشاحنات*"], after: 3 },
    unlessReason: "unloading cargo, not emptying a base",
  },
  {
    id: "leave",
    topic: "presence",
    value: "drawdown",
    terms: ["مغادرة|غادرت|غادر|يغادر|تغادر"],
    near: { words: [...FORCES, ...POSITIONS], before: 3, after: 4 },
    unmet: "leaving without forces or positions",
  },
  {
    id: "exit",
    topic: "presence",
    value: "drawdown",
    terms: ["خروج|خرجت|تخرج|يخرج"],
    near: { words: FORCES, before: 3, after: 3 },
    unmet: "خروج not about forces (e.g. 'a departure from')",
  },
  {
    id: "nothing-left",
    topic: "presence",
    value: "drawdown",
    terms: ["لم|ولم يتبق|يبق|تبق|يتبقى"],
    near: { words: ["سوى|إلا"], after: 4 },
    unmet: "لم يتبق without 'only … remains'",
  },
  { id: "end-presence", topic: "presence", value: "drawdown", terms: ["إنهاء|انهاء الوجود|وجود*"] },

  // ---- presence: maintained
  {
    id: "still",
    topic: "presence",
    value: "maintained",
    terms: ["لا|ما تزال|يزال|زال|زالت|تزالان|يزالان|زالوا", "مازال|مازالت|مازالوا|مازلت"],
    near: { words: STILL_COMPLEMENT, after: 3 },
    unmet: "'still' with no activity or presence word right after it",
  },
  {
    id: "keeps-presence",
    topic: "presence",
    value: "maintained",
    terms: ["محافظة|محافظ|محافظا|محافظين|تحافظ|يحافظ|حافظت على وجود*|الوجود|تواجد*|حضور*|مواقع*|قواعد*"],
  },
  { id: "full-capacity", topic: "presence", value: "maintained", terms: ["بكامل طاقتها|طاقته|طاقتهما"] },
  {
    id: "remain",
    topic: "presence",
    value: "maintained",
    terms: ["باقية|باقون|باقي|ستبقى|سيبقى|ستظل|سيظل|البقاء|بقاء"],
    near: { words: PRESENCE, before: 4, after: 4 },
    unmet: "staying/remaining not about forces",
  },
  {
    id: "continued-presence",
    topic: "presence",
    value: "maintained",
    terms: ["استمرار|مواصلة|يواصل|تواصل"],
    near: { words: ["الوجود|وجود*|تواجد*|التواجد|انتشار*|الانتشار|تمركز*"], after: 2 },
    unmet: "continuing something other than a presence",
  },

  // ---- government–coalition relations: cooperation
  { id: "coordination", topic: "relations", value: "cooperation", terms: ["تنسيق*|التنسيق*|ينسق|تنسق|نسقت|نسق"] },
  { id: "joining", topic: "relations", value: "cooperation", terms: ["انضمام*|الانضمام*|تنضم|انضمت|ينضم"] },
  { id: "agreement", topic: "relations", value: "cooperation", terms: ["اتفاق*|الاتفاق*|اتفاقات*|تفاهم*|التفاهم*"] },
  { id: "participation", topic: "relations", value: "cooperation", terms: ["مشاركة*|المشاركة*|يشارك|تشارك|شاركت"] },
  { id: "joint", topic: "relations", value: "cooperation", terms: ["مشترك*|المشترك*"] },
  { id: "cooperation", topic: "relations", value: "cooperation", terms: ["تعاون*|التعاون*"] },
  { id: "partnership", topic: "relations", value: "cooperation", terms: ["شراكة*|الشراكة*|شريك*|الشريك*"] },
  { id: "consent", topic: "relations", value: "cooperation", terms: ["توافق|وافقت|موافقة*|الموافقة*|يوافق"] },
  { id: "escort", topic: "relations", value: "cooperation", terms: ["رافق*|مرافقة*|برفقة"] },

  // ---- government–coalition relations: friction
  { id: "intercept", topic: "relations", value: "friction", terms: ["اعترض*|تعترض*|يعترض*|اعتراض*"] },
  { id: "prevent", topic: "relations", value: "friction", terms: ["منع|منعت|منعته|منعها|يمنع|تمنع"] },
  {
    id: "turn-back",
    topic: "relations",
    value: "friction",
    terms: ["أعاد|أعادت|إعادة|يعيد|تعيد|أعادته|إعادته"],
    near: { words: CONVOY, before: 10, after: 6 },
    unmet: "no convoy or delegation named in its clause",
  },
  { id: "force-back", topic: "relations", value: "friction", terms: ["أجبر*|إجبار|يجبر|تجبر"] },
  { id: "stop", topic: "relations", value: "friction", terms: ["إيقاف*|أوقف*|توقيف*"] },
  { id: "refusal", topic: "relations", value: "friction", terms: ["رفض|رفضت|يرفض|ترفض|رفضها"] },
  {
    id: "tension",
    topic: "relations",
    value: "friction",
    terms: ["توتر*|التوتر*|خلاف*|الخلاف*|اشتباك*|الاشتباك*|احتجاج*|انتقد*|انتقاد*|اتهم*|اتهام*|عرقل*|عرقلة*"],
  },
];
