// Function words that decide the role of an actor in a sentence and the
// scope of negation. Same term syntax as the other lexicons (see types.ts).

/** An actor right after one of these is an object or a destination, not the doer. */
export const OBJECT_BEFORE = [
  "إلى|الى|في|على|ضد|من|عن|مع|لدى|تجاه|نحو|باتجاه|بين|عبر|ضمن|حول|برفقة|بمشاركة|لصالح|وبين",
  "لمحاربة|محاربة|لمكافحة|مكافحة|قتال|لقتال|استهداف|مواجهة|لمواجهة",
  // "… بين التحالف ووزارة الداخلية، وليس وزارة الدفاع": a contrast, not a doer.
  "ليس|وليس|ليست|سوى|عدا",
];

/** "بقيادة الولايات المتحدة": a modifier of the actor before it. */
export const MODIFIER_BEFORE = ["بقيادة|بدعم|بإشراف|بتمويل"];

/** "وفد من وزارة الداخلية", "عناصر من قسد": the group belongs to the actor after "من". */
export const GROUP_NOUNS = ["وفد|وفدا|وفود|عناصر|قوات|مقاتلون|مقاتلين|دورية|رتل|رتلا|مسؤولون|جنود|وحدات|فرق"];
/** "من خلايا تنظيم داعش": after a preposition, these make the actor behind them an object too. */
export const MEMBER_NOUNS = ["خلايا|فلول|مسلحي|مقاتلي|عناصر|قوات|جنود|مواقع|مناطق"];

/**
 * Heads whose genitive is not a doer ("مناطق سيطرة قسد", "تفضيل الحكومة").
 * Verbal nouns are also recognized by their pattern (see roles.ts).
 */
export const GENITIVE_HEADS = [
  "سيطرة|سيطرتها|نفوذ|مناطق|أراضي|قوائم|تصنيف|دور|مكانة|صفوف|ممثلي|لسان|قيادة|جانب|قدرة|قدرات|ثقة|شرعية|هوية|غياب",
];

/** "من قبل التحالف": the doer of a passive or a noun of action. */
export const AGENT_BY = ["من قبل"];

/** "قوات النخبة التابعة لقسد": the owner of the noun phrase before it. */
export const OWNER_BEFORE = ["تابع|تابعة|التابع|التابعة|تابعا|تابعًا|تابعين|التابعين|المنضوية"];

/** Verbs of saying; with a complementizer after them the speaker is not the doer. */
export const SPEECH_VERBS = [
  "قال|قالت|يقول|تقول|قالوا|أفاد|أفادت|يفيد|ذكر|ذكرت|يذكر|أكد|أكدت|يؤكد|تؤكد|أكدوا|أوضح|أوضحت|أشار|أشارت|يشير|تشير|أضاف|أضافت",
  "اعتبر|اعتبرت|يعتبر|يرى|ترى|رأى|يرون|كشف|كشفت|نقل|نقلت|صرح|صرحت|زعم|زعمت|رجح|رجحت|رجحت|لفت|لفتت|أظهر|أظهرت|بينت",
];

export const COMPLEMENTIZERS = ["أن|إن|بأن|فإن|أنه|إنه|بأنه|أنها|إنها|بأنها|أنهم|إنهم"];

/** "بحسب المصدر" / "وفقاً لـ": an attribution, up to "فإن" or the end of the clause. */
export const ATTRIBUTION_PREFIX = ["بحسب|حسب|وفقا|وفق|طبقا|نقلا|استنادا|بحسبما|حسبما"];

/** "مصدر مسؤول في قسد": the actor is where the speaker comes from. */
export const SOURCE_NOUNS = [
  "مصدر|مصادر|مسؤول|مسؤولون|مسؤولين|مسؤولو|متحدث|ناطق|قيادي|قياديون|عضو|أعضاء|مراسل|مقرب|مقربة|مقربون|مقربين",
];
export const SOURCE_LINKS = ["في|من|باسم|لدى|داخل|عن"];

/** Around a capital or a country name, these make it a government that acts. */
export const POLITICAL_CONTEXT = [
  "توافق|وافقت|توافقت|تضغط|ضغطت|تنضم|انضمت|أرسلت|ترسل|تخشى|تتخوف|تدرك|ترى|رأت|قررت|تقرر|أعلنت|تعلن",
  "رفضت|ترفض|طالبت|تطالب|أكدت|تؤكد|نفت|تنفي|اتهمت|تتهم|هددت|تهدد|دعت|تدعو|أبلغت|تبلغ|تسعى|سعت|تريد",
  "تعتبر|اعتبرت|ربطت|تربط|تشترط|اشترطت|وقعت|توقع|قالت|تقول|حذرت|تحذر|طلبت|تطلب|سمحت|تسمح|منعت|تمنع",
  "تعترض|اعترضت|أعادت|تعيد|تحاول|حاولت|قدمت|تقدم|عرضت|تعرض|اقترحت|تقترح|تستعد|استعدت|ستكتسب|تتجه|اتجهت",
  "حكومة|موقف|موافقة|انضمام|رد|ضغط|ضغوط|رفض|مطالب|علاقات|علاقة|مخاوف|قرار|نهج|سياسة|تحالف*|وفد|مبعوث|دعوة|شروط|تفاهم|اتفاق",
];

/** Particles that negate the next few words ("لم تنسحب"). */
export const NEGATION_PARTICLES = [
  "لم|لن|لا|ليس|ليست|ليسوا|عدم|لعدم|بعدم|دون|بدون|غير|غياب|انعدام",
  "not|never|didn|hasn|haven|hadn|wasn|weren|isn|aren|won",
];
/** How many words a particle reaches. */
export const NEGATION_WINDOW = 3;
/** Verbs of denial: everything after them in the sentence is denied. */
export const DENIAL_VERBS = ["نفى|نفت|ينفي|تنفي|نفوا|ينفون|نفي|تنفي|كذب|كذبت|فند|فندت", "denied|denies|deny|denying"];
/** Phrases that deny the whole report, wherever they stand in the sentence. */
export const DENIAL_PHRASES = [
  "عار|عارية|عاري|عارٍ عن الصحة",
  "لا صحة",
  "غير صحيح|صحيحة",
  "عار|عارية|عاري من الصحة",
  "مفبرك|مفبركة|ملفق|ملفقة",
];
/** "لا تزال" / "ما زال" mean "still", not "not". */
export const STILL = ["لا|ما تزال|يزال|زال|زالت|تزالان|يزالان|زالوا"];

/** Cues after these are concessive ("رغم تقليص وجوده") and weigh less than the main clause. */
export const CONCESSIVE = ["رغم|برغم|بالرغم|ورغم|رغما"];
/** Cues after these, up to the next "أن" or the end of the sentence, are feared, planned or possible. */
export const HEDGES = ["تخشى|يخشى|تخشي|الخشية|خشية|تتخوف|يتخوف|مخاوف|تخوف|المزمع|مزمع|سيناريو|سيناريوهات|تعتزم|يعتزم|تنوي|ينوي"];
/** These hedge only the next words ("نوايا العودة", "محتملة للتعاون"). */
export const HEDGES_NEXT = ["نوايا|نية|محتمل|محتملة|المحتمل|المحتملة"];
export const HEDGE_NEXT_WINDOW = 2;

/** From these to the end of the clause is a time frame ("منذ بدأ داعش …"), not the main event. */
export const TEMPORAL_OPENERS = ["منذ|عندما|حينما|حين|بعدما|عقب|لما|كلما|ريثما|أثناء|إثر"];

/** A clause opening with these is background ("في الوقت الذي يشهد فيه ريف دير الزور …"). */
export const BACKGROUND_OPENERS = ["في الوقت الذي", "وفي الوقت الذي", "بينما", "في حين", "وفي حين", "رغم", "ورغم", "بالرغم"];

/** Military nouns a nationality adjective can attach to ("طائرة شحن عسكرية أمريكية"). */
export const MILITARY_NOUNS = [
  "طائرة|طائرات|مروحية|مروحيات|مقاتلات|طيران",
  "رتل|أرتال|قافلة|قوافل|شاحنة|شاحنات|عربات|مدرعات|آليات",
  "قوات|جنود|عناصر|دورية|دوريات|مستشارين|خبراء",
  "قاعدة|قواعد|نقطة|نقاط",
  "تعزيزات|معدات",
];

/** Words right before a capital that make it a place, whatever follows ("في دمشق", "ريف دمشق"). */
export const LOCATIVE_BEFORE = ["في|ريف|ريفي|مدينة|بلدة|أطراف|داخل|قرب|محيط|وسط|جنوب|شمال|شرق|غرب|العاصمة|شوارع|أحياء"];

/** A place right after these locates another place ("شمال بارا", "west of El Obeid"): it is a reference point. */
export const REFERENCE_DIRECTIONS = [
  "شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|جنوب شرق|شمال شرق|جنوب غرب|شمال غرب",
  "north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western",
];
