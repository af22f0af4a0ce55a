// Cue words for suggesting checkable claims in Arabic news. Plain data in
// ordinary spelling: the matcher normalizes entries and text alike (hamza
// forms, ة → ه, ى → ي, tashkeel) and strips an attached و / ف, so only the
// bare forms (with their gender / number / tense variants) are listed.

/** Reporting verbs and "according to" markers: the sentence attributes a statement. */
// prettier-ignore
export const ATTRIBUTION_CUES = [
  "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "قولهم", "قوله", "أفاد", "أفادت", "أفادوا", "يفيد",
  "تفيد", "أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "مؤكدا", "مؤكدة", "أوضح", "أوضحت", "يوضح", "توضح", "موضحا",
  "أشار", "أشارت", "أشاروا", "يشير", "تشير", "مشيرا", "مشيرة", "كشف", "كشفت", "يكشف", "تكشف", "نفى", "نفت",
  "نفوا", "ينفي", "تنفي", "وثق", "وثقت", "يوثق", "أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "ذكر", "ذكرت",
  "ذكروا", "يذكر", "تذكر", "أضاف", "أضافت", "يضيف", "مضيفا", "صرح", "صرحت", "يصرح", "لفت", "لفتت", "لافتا",
  "أظهر", "أظهرت", "نقل", "نقلت", "نقله", "نقلها", "نقلته", "رجح", "رجحت", "يرجح", "دعا", "دعت", "بحسب",
  "حسب", "وفقا", "وفق", "نقلا",
  // English verbs of saying and "according to" (matched lower-case)
  "said", "says", "say", "told", "claimed", "claims", "announced", "denied", "denies", "confirmed", "reported",
  "stated", "added", "warned", "documented", "counted", "according to", "quoted", "posted",
] as const;

/** Cues that qualify a statement rather than open a new one: a clause led by one is not a separate claim. */
// prettier-ignore
export const NON_FINITE_CUES = [
  "بحسب", "حسب", "وفقا", "وفق", "نقلا", "مؤكدا", "مؤكدة", "موضحا", "مشيرا", "مشيرة", "مضيفا", "لافتا",
] as const;

/**
 * Verbs of opinion or assessment. Opening a sentence they make it a view, not a
 * checkable statement ("يرى مراقبون أن ...", "واعتبر المصدر أن ...").
 */
// prettier-ignore
export const OPINION_CUES = [
  "يرى", "ترى", "رأى", "رأت", "يرون", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "يعتقد", "تعتقد", "يتوقع", "تعد",
  "يعد",
] as const;

/** Speakers whose statements are commentary: analysts, observers, experts. */
// prettier-ignore
export const COMMENTATOR_NOUNS = [
  "مراقبون", "مراقبين", "محللون", "محللين", "خبراء", "متابعون", "مختصون", "هؤلاء",
  "analysts", "observers", "experts", "commentators",
] as const;

/** Markers of speculation or interpretation anywhere in a sentence. */
// prettier-ignore
export const SPECULATION_CUES = [
  "ربما", "يبدو", "من شأنه", "في ظل مؤشرات", "وتعكس", "ما يعكس",
  // vows, forecasts and estimates: not yet a fact to check
  "لن", "سوف", "من المتوقع", "ممكنة", "ممكن", "تقديرات", "بحسب رأي",
  "perhaps", "likely to", "is expected to", "could", "might", "would", "in our view", "we believe",
] as const;

/** A demonstrative right after a reporting verb makes it "indicates" ("وتشير هذه التحركات"), not a speaker. */
// prettier-ignore
export const DEMONSTRATIVES = [
  "هذه", "هذا", "ذلك", "تلك", "هذان", "هاتان",
] as const;

/** Past-tense event verbs (a named actor doing something), with common inflections. */
// prettier-ignore
export const EVENT_VERBS = [
  "نفذ", "نفذت", "سلم", "سلمت", "انسحب", "انسحبت", "سحب", "سحبت", "هبط", "هبطت", "وصل", "وصلت", "وصلوا",
  "أعاد", "أعادت", "منع", "منعت", "أجبر", "أجبرت", "زار", "زارت", "رافق", "رافقت", "عقد", "عقدت", "وقع",
  "وقعت", "أحبط", "أحبطت", "تبنى", "تبنت", "استهدف", "استهدفت", "قتل", "قتلت", "اعتقل", "اعتقلت", "أطلق",
  "أطلقت", "أرسل", "أرسلت", "انضم", "انضمت", "سيطر", "سيطرت", "شن", "شنت", "داهم", "داهمت", "قصف", "قصفت",
  "دخل", "دخلت", "تحرك", "تحركت", "عاد", "عادت", "أغلق", "أغلقت", "استعاد", "استعادت", "تصاعد", "تصاعدت",
  "استغل", "استغلت", "جدد", "جددت", "شهد", "شهدت", "شمل", "شملت", "انتشر", "انتشرت", "هاجم", "هاجمت", "أسقط",
  "أسقطت", "بدأ", "بدأت", "اعترض", "اعترضت", "سلموا", "تسلم", "تسلمت",
  // English past-tense event verbs
  "captured", "seized", "regained", "retook", "withdrew", "pulled", "entered", "killed", "wounded", "struck",
  "shelled", "attacked", "launched", "sent", "deployed", "reopened", "closed", "arrived", "crossed", "fired",
  "took", "moved", "targeted", "hit", "destroyed", "evacuated", "handed", "geolocated", "displaced",
] as const;

/** Number words (cardinals, tens, hundreds, thousands). Digits are matched separately. */
// prettier-ignore
export const NUMBER_WORDS = [
  "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثمان", "ثماني", "ثمانية",
  "تسع", "تسعة", "عشر", "عشرة", "عشرات", "عشرين", "عشرون", "ثلاثين", "أربعين", "خمسين", "مئة", "مائة",
  "مئات", "ألف", "آلاف", "مليون", "ملايين", "مليار", "اثنان", "اثنين", "اثنتين", "نصف", "ربع",
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
  "millions",
] as const;

/** Nouns naming a specific facility or locality when a name follows ("قاعدة قسرك", "حقل العمر"). */
// prettier-ignore
export const FACILITY_NOUNS = [
  "قاعدة", "قاعدتا", "حقل", "مطار", "معبر", "مخيم", "سد", "جسر", "مدينة", "بلدة", "قرية", "منطقة", "حي",
  "سجن", "ميناء",
] as const;

/** Well-known places of the region (cities, provinces, rivers); a weak cue on their own. */
// prettier-ignore
export const PLACES = [
  "دير الزور", "الحسكة", "الرقة", "حلب", "دمشق", "حمص", "حماة", "إدلب", "درعا", "اللاذقية", "طرطوس",
  "القامشلي", "رميلان", "كوباني", "عين العرب", "منبج", "الطبقة", "الميادين", "البوكمال", "تدمر", "الباغوز",
  "الهول", "الشدادي", "الفرات", "البادية", "السيدة زينب", "الموصل", "بغداد", "أربيل", "العراق", "تركيا",
  "واشنطن", "البيت الأبيض",
] as const;

/** Named actors of the story. A weak cue on their own; with an event verb, a checkable event. */
// prettier-ignore
export const ACTORS = [
  "التحالف", "قسد", "قوات سوريا الديمقراطية", "الحكومة السورية", "الجيش السوري", "القوات السورية", "داعش",
  "تنظيم الدولة", "التنظيم", "الولايات المتحدة", "القوات الأمريكية", "وزارة", "الرئيس", "وزير", "المرصد",
  "الأمم المتحدة", "ترامب", "الشرع", "دمشق", "سوريا", "مراسل",
] as const;

/** Comparisons and changes of a quantity: a checkable measure ("أكثر من 400 أسرة", "doubled"). */
// prettier-ignore
export const COMPARISON_CUES = [
  "أكثر من", "أقل من", "ما لا يقل عن", "ضعف", "تضاعف", "تضاعفت", "بنسبة", "ارتفع", "ارتفعت", "انخفض",
  "انخفضت", "تجاوز", "تجاوزت", "more than", "less than", "fewer than", "at least", "doubled", "percent",
  "rose", "fell", "compared with",
] as const;
