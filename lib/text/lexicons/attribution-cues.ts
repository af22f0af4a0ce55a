// Cue words for attribution detection in Arabic news. Plain data, written in
// ordinary spelling; the matcher normalizes every entry (hamza forms, ة → ه,
// ى → ي) and strips attached conjunctions/prepositions (و ف ب ل) from words in
// the text, so only bare forms are listed here. Single words unless noted.

/**
 * Reporting verbs that introduce a speaker (before or after it). Left out on
 * purpose: bare نشر ("deployment"), تابع ("affiliated to"), نقل ("transfer") and
 * أبلغ (mostly passive "was informed") read as nouns or passives far too often.
 */
export const SPEECH_VERBS = [
  "قال",
  "قالت",
  "قالوا",
  "يقول",
  "تقول",
  "يقولون",
  "أكد",
  "أكدت",
  "أكدوا",
  "يؤكد",
  "تؤكد",
  "أعلن",
  "أعلنت",
  "أعلنوا",
  "يعلن",
  "تعلن",
  "أوضح",
  "أوضحت",
  "يوضح",
  "توضح",
  "أشار",
  "أشارت",
  "يشير",
  "تشير",
  "أشاروا",
  "ذكر",
  "ذكرت",
  "يذكر",
  "تذكر",
  "ذكروا",
  "كشف",
  "كشفت",
  "يكشف",
  "تكشف",
  "أفاد",
  "أفادت",
  "يفيد",
  "تفيد",
  "أفادوا",
  "صرح",
  "صرحت",
  "يصرح",
  "نفى",
  "نفت",
  "ينفي",
  "تنفي",
  "اعتبر",
  "اعتبرت",
  "يعتبر",
  "تعتبر",
  "رأى",
  "رأت",
  "يرى",
  "ترى",
  "لفت",
  "لفتت",
  "يلفت",
  "شدد",
  "شددت",
  "يشدد",
  "أضاف",
  "أضافت",
  "يضيف",
  "تضيف",
  "تابعت",
  "وثق",
  "وثقت",
  "يوثق",
  "توثق",
  "نقلت",
  "ينقل",
  "تنقل",
  "نقلها",
  "نقله",
  "أورد",
  "أوردت",
  "أورده",
  "أوردته",
  "رجح",
  "رجحت",
  "يرجح",
  "ترجح",
  "حذر",
  "حذرت",
  "يحذر",
  "زعم",
  "زعمت",
  "ادعى",
  "ادعت",
  "أظهر",
  "أظهرت",
  "يظهر",
  "أشاد",
  "أشادت",
  "غرد",
  "غردت",
  "كتب",
  "كتبت",
  "نشره",
  "نشرته",
  "نشرها",
  "اتهم",
  "اتهمت",
] as const;

/** Verbs that, opening a sentence with no subject, continue the previous speaker ("وأضاف: ..."). */
export const CONTINUATION_VERBS = [
  "أضاف",
  "أضافت",
  "تابع",
  "تابعت",
  "أشار",
  "أشارت",
  "أوضح",
  "أوضحت",
  "قال",
  "قالت",
  "أكد",
  "أكدت",
  "لفت",
  "لفتت",
  "شدد",
  "شددت",
  "اعتبر",
  "اعتبرت",
  "نفى",
  "نفت",
  "ختم",
  "ختمت",
  "استطرد",
  "مضيفا",
  "مشيرا",
  "مؤكدا",
  "موضحا",
  "لافتا",
  "معتبرا",
  "مشددا",
] as const;

/** "According to" markers; the source follows (بحسب المصدر، وفقا لمصادر، نقلا عن). */
export const ACCORDING_TO = ["بحسب", "حسب", "حسبما", "بحسبما", "وفقا", "وفق", "طبقا", "نقلا", "لسان", "لما"] as const;

/** Words after which the clause is the content, not the speaker. */
// إن/أن fold to one form after normalization, so one spelling of each is enough.
export const COMPLEMENTIZERS = ["أن", "أنه", "أنها", "أنهم", "بأن", "بأنه", "بأنها"] as const;

/** Heads of an unnamed source. Nouns in STRONG stand alone; WEAK need a reporting verb next to them. */
export const ANONYMOUS_HEADS_STRONG = ["مصدر", "مصادر"] as const;
export const ANONYMOUS_HEADS_WEAK = [
  "مسؤول",
  "مسؤولة",
  "مسؤولون",
  "مسؤولين",
  "قيادي",
  "قياديون",
  "قياديين",
  "دبلوماسي",
  "دبلوماسيون",
  "دبلوماسيين",
  "مراقبون",
  "مراقبين",
  "خبراء",
  "محللون",
  "محللين",
  "ناشطون",
  "ناشطين",
  "أوساط",
  "مقربون",
  "مقربين",
  "عناصر",
  "سكان",
  "أهالي",
  "مسؤولو",
] as const;
/** Second group in a coordination: "مصادر سياسية، وأخرى مقربة من قسد". */
export const ANONYMOUS_COORDINATE = ["أخرى", "آخر", "آخرون", "آخرين"] as const;

/**
 * Modifier stems that turn "مصدر/مصادر" into an attribution ("مصدر مطلع" but not
 * "مصدر قلق"). Matched as word prefixes so gender/number endings need no listing.
 */
export const ANONYMOUS_MODIFIER_STEMS = [
  "مطلع",
  "مسؤول",
  "سياسي",
  "ميداني",
  "محلي",
  "عسكري",
  "أمني",
  "كردي",
  "عربي",
  "عشائري",
  "خاص",
  "مقرب",
  "حكومي",
  "رسمي",
  "دبلوماسي",
  "رفيع",
  "متطابق",
  "أهلي",
  "إعلامي",
  "سوري",
  "أمريكي",
  "أميركي",
  "تركي",
  "غربي",
  "روسي",
  "إيراني",
  "عراقي",
  "إسرائيلي",
  "أوروبي",
  "موثوق",
  "قيادي",
  "استخبار",
  "مختلف",
  "عدة",
  "متعدد",
  "داخلي",
  "مستقل",
  "خاصة",
  "بارز",
] as const;

/** Prepositions that tie an unnamed source to the body it belongs to ("مصدر في قسد"). */
export const AFFILIATION_LINKS = ["في", "من", "داخل", "لدى", "ضمن", "بـ", "عن"] as const;

/** Phrases (multi-word) that mark a source as deliberately unnamed. */
export const ANONYMITY_PHRASES = [
  "فضل عدم الكشف عن اسمه",
  "فضلت عدم الكشف عن اسمها",
  "فضل عدم ذكر اسمه",
  "طلب عدم الكشف عن اسمه",
  "طلب عدم ذكر اسمه",
  "رفض الكشف عن اسمه",
  "شريطة عدم الكشف عن هويته",
  "شريطة عدم ذكر اسمه",
  "طلب عدم الكشف عن هويته",
  "لم يكشف عن اسمه",
] as const;

/** Definite nouns pointing back to a source named earlier, by the kind of antecedent. */
export const BACKREFERENCES = {
  anonymousSingular: ["المصدر"],
  anonymousPlural: ["المصادر"],
  correspondent: ["المراسل", "المراسلة", "مراسلنا", "مراسلتنا"],
  report: ["التقرير", "الدراسة", "الورقة", "البحث"],
  monitor: ["المرصد", "الشبكة"],
  any: ["هؤلاء", "هؤلاء المصادر"],
  official: ["الوزير", "المتحدث", "الناطق", "المندوب", "السفير", "المبعوث", "البيان"],
} as const;

/** Nouns for a reporter on the ground; an outlet name may follow ("مراسل عنب بلدي"). */
export const CORRESPONDENT_NOUNS = ["مراسل", "مراسلة", "مراسلو", "مراسلي", "مراسلون"] as const;
export const EYEWITNESS_PHRASES = ["شهود عيان", "شاهد عيان", "شهود", "شاهد"] as const;

/** Research bodies not in the registry ("معهد واشنطن", "مركز جسور للدراسات"). */
export const THINK_TANK_NOUNS = ["معهد", "مركز دراسات", "مركز أبحاث", "مركز", "مؤسسة بحثية", "ورقة بحثية"] as const;
/** A "مركز" is only a think tank when one of these follows within a few words. */
export const THINK_TANK_QUALIFIERS = [
  "دراسات",
  "للدراسات",
  "أبحاث",
  "للأبحاث",
  "الدراسات",
  "الأبحاث",
  "البحوث",
  "للبحوث",
] as const;

/** Monitors not in the registry: "مرصد …", "منظمة … لحقوق الإنسان". */
export const MONITOR_NOUNS = ["مرصد", "المرصد", "لحقوق الإنسان", "حقوق الإنسان", "منظمة حقوقية", "منظمات حقوقية"] as const;

/** Media nouns: the outlet named after them is a speaker only when it reports, not when it interviews. */
export const MEDIA_NOUNS = ["صحيفة", "وكالة", "قناة", "شبكة", "موقع", "إذاعة", "مجلة", "وسائل إعلام", "وسائل الإعلام"] as const;

/** Unnamed social-media sources. */
export const SOCIAL_MEDIA_SOURCES = [
  "مواقع التواصل",
  "وسائل التواصل",
  "منصات التواصل",
  "صفحات محلية",
  "حسابات",
  "ناشطون على",
] as const;

/** Titles of officials; with no registry name, the title phrase is the source name. */
export const OFFICIAL_TITLES = [
  "الرئيس",
  "رئيس",
  "وزير",
  "وزيرة",
  "المتحدث",
  "متحدث",
  "الناطق",
  "ناطق",
  "مندوب",
  "سفير",
  "المبعوث",
  "مبعوث",
  "القائد",
  "قائد",
  "محافظ",
  "مدير",
  "نائب",
  "الأمين العام",
  "المتحدثة",
  "قائد عام",
  "رئيسة",
] as const;

/** Channel cues, multi-word phrases; the first channel (in this order) found wins. */
export const CHANNEL_CUES: Record<string, readonly string[]> = {
  x_post: [
    "منصة إكس",
    "منصة X",
    "عبر إكس",
    "على إكس",
    "في تغريدة",
    "تغريدة",
    "غرد",
    "غردت",
    "تويتر",
    "منشور على X",
    "منشور على إكس",
    "حسابه على إكس",
    "حسابها على إكس",
  ],
  // "لشبكة"/"لقناة X" alone say only who was told; a TV recipient is detected from the registry.
  tv_interview: [
    "مقابلة مع قناة",
    "مقابلة تلفزيونية",
    "لقاء تلفزيوني",
    "حوار تلفزيوني",
    "مقابلة مع شبكة",
    "حديث لقناة",
    "حديث مع قناة",
    "تصريحات لقناة",
    "في برنامج",
    "على شاشة",
  ],
  press_conference: ["مؤتمر صحفي", "مؤتمر صحافي", "المؤتمر الصحفي", "المؤتمر الصحافي", "إحاطة صحفية", "إيجاز صحفي"],
  press_interview: [
    "مقابلة مع صحيفة",
    "حوار مع صحيفة",
    "مقابلة مع وكالة",
    "مقابلة مع موقع",
    "حديث لصحيفة",
    "في مقابلة",
    "في حوار",
    "مقابلة",
  ],
  social_media: [
    "فيسبوك",
    "فيس بوك",
    "تلغرام",
    "تيليغرام",
    "إنستغرام",
    "تروث سوشيال",
    "يوتيوب",
    "مواقع التواصل",
    "منصات التواصل",
    "صفحته الرسمية",
    "معرفاته الرسمية",
  ],
  statement: ["في بيان", "بيان رسمي", "بيان صادر", "بيانا", "بيان", "تصريح صحفي", "تصريح رسمي"],
  published_report: ["تقرير", "تقارير", "دراسة", "ورقة بحثية", "ورقة تحليلية", "تحليل نشره"],
} as const;

/** Relay phrases: "وفقا لما نقله X", "نقلا عن X", "نقلت صحيفة X عن". */
export const RELAY_VERBS = [
  "نقل",
  "نقلت",
  "نقله",
  "نقلته",
  "أورد",
  "أوردت",
  "أورده",
  "أوردته",
  "نشره",
  "نشرته",
  "ذكره",
  "ذكرته",
] as const;

/** Words that may stand between a reporting cue and its speaker ("كشف تقرير نشره معهد …"). */
export const FRAME_FILLERS = [
  "تقرير",
  "تقارير",
  "دراسة",
  "بيان",
  "تصريحات",
  "تصريح",
  "منشور",
  "تغريدة",
  "مقابلة",
  "حديث",
  "ورقة",
  "بحثية",
  "نشره",
  "نشرته",
  "نشرها",
  "أصدره",
  "أصدرته",
  "صادر",
  "الصادر",
  "ما",
  "به",
  "بها",
  "عن",
  "نقلا",
  "اليوم",
  "أمس",
  "أيضا",
  "كذلك",
  "بدوره",
  "بدورها",
  "على",
  "جديد",
  "جديدة",
  "حديثة",
] as const;

// Open attribution: a speaker that no registry entry or closed noun list names. The speaker is read
// from its place next to a verb of saying (Arabic verb–subject: "قالت منظمة … إن"; subject–verb in both
// languages: "the RSF said", "وكان المرصد … قد أفاد"), and its kind from its head noun or its verb.

/** English verbs of saying (lower case); the speaker stands before them or after "according to". */
export const ENGLISH_SPEECH_VERBS = [
  "said",
  "says",
  "say",
  "told",
  "tells",
  "claimed",
  "claims",
  "announced",
  "denied",
  "denies",
  "stated",
  "added",
  "confirmed",
  "warned",
  "documented",
  "counted",
  "recorded",
  "reported",
] as const;
/** Words that open the content after an English verb of saying. */
export const ENGLISH_COMPLEMENTIZERS = ["that"] as const;
/** English "according to", "quoted by" and the words that may precede a speaker name. */
export const ENGLISH_ACCORDING = ["according"] as const;
export const ENGLISH_DETERMINERS = ["the", "a", "an", "to", "its", "their", "by"] as const;

/** Verbs of documenting: a body that counts or documents is a monitor ("وثّقت شبكة …", "a group documented"). */
export const DOCUMENTING_VERBS = [
  "وثق",
  "وثقت",
  "يوثق",
  "توثق",
  "رصد",
  "رصدت",
  "يرصد",
  "ترصد",
  "أحصى",
  "أحصت",
  "يحصي",
  "تحصي",
  "documented",
  "counted",
  "recorded",
  "tallied",
] as const;

/** Head words of a monitoring or documentation body (a network, an observatory, a rights group). */
export const MONITOR_HEADS = [
  "مرصد",
  "شبكة",
  "لجنة أطباء",
  "حقوق",
  "للحقوق",
  "لحقوق",
  "network",
  "observatory",
  "monitor",
  "monitors",
  "monitoring",
  "rights",
] as const;
/** Words that make a "شبكة/network" a broadcaster, not a monitor. */
export const MEDIA_QUALIFIERS = ["الإعلامية", "الإخبارية", "قناة", "news", "media", "television", "tv"] as const;

/** Witnesses and residents speaking of what they saw: the correspondent/eyewitness kind. */
export const EYEWITNESS_HEADS = [
  "شهود",
  "الشهود",
  "شاهد",
  "سكان",
  "أهالي",
  "witnesses",
  "witness",
  "residents",
  "resident",
  "locals",
] as const;

/** English heads of an unnamed source ("an army source", "officials"). */
export const ENGLISH_ANONYMOUS_HEADS = ["source", "sources", "official", "officials", "diplomat", "diplomats"] as const;
/** English phrases that mark a speaker as deliberately unnamed. */
export const ENGLISH_ANONYMITY_PHRASES = [
  "on condition of anonymity",
  "declined to be named",
  "asked not to be named",
  "who asked not to be identified",
] as const;

/** Events a monitor documents: they open the object, not the monitor's name ("وثّقت شبكة … مقتل 47"). */
export const DOCUMENTED_EVENTS = [
  "مقتل",
  "إصابة",
  "سقوط",
  "نزوح",
  "اعتقال",
  "اختطاف",
  "عودة",
  "حالة",
  "حالات",
  "وفاة",
  "وفيات",
] as const;

/** Nouns after "بحسب/according to" that are not speakers: "بحسب التفاصيل", "according to the plan". */
export const NOT_SPEAKERS = [
  "التفاصيل",
  "المعلومات",
  "الخطة",
  "الاتفاق",
  "الاتفاقية",
  "القانون",
  "الجدول",
  "الشهر",
  "الأسبوع",
  "العام",
  "مساء",
  "صباح",
  "فجر",
  "ليل",
  "plan",
  "agreement",
  "schedule",
  "law",
] as const;

/** Verbs of posting and the platforms they post to: a post is a social-media source. */
export const POSTING_VERBS = ["نشر", "نشرت", "نشروا", "posted", "shared"] as const;
export const PLATFORMS = [
  "فيسبوك",
  "إكس",
  "تلغرام",
  "تيليغرام",
  "منصة",
  "تويتر",
  "يوتيوب",
  "تيك توك",
  "facebook",
  "x",
  "telegram",
  "twitter",
  "youtube",
  "tiktok",
  "videos",
  "video",
] as const;
