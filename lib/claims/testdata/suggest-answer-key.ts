// Reference judgement for the seed articles: which body sentences a fact-checker
// would mark as checkable claims, and which not. Each entry is a distinctive
// substring of the original text (it must occur exactly once). Written from the
// articles, sentence by sentence; a sentence holding two claims may have two entries.
// Headings and furniture are not listed: they must never be suggested at all.

export type AnswerKey = {
  claims: string[];
  notClaims: Array<{ quote: string; why: string }>;
};

export const ANSWER_KEY: Record<string, AnswerKey> = {
  // Al-Modon: coalition field visits and surveys, told by an informed source.
  "000": {
    claims: [
      "سلسلة زيارات ميدانية إلى ريف الحسكة", // the coalition's field visits and surveys
      "دورية تابعة لـ”قسد”، رافقت", // SDF patrol accompanied one tour, then refused
      "وشملت الجولات منطقة الحوس", // places the tours covered
      "سأل التحالف الأهالي", // what the coalition asked, per the source
      "أجمع كل من تم استطلاعه", // survey result, per the source
      "كان الخوف يمنع السكان", // the source's account of earlier fear (attributed)
      "بدأت مرافقة التحالف الدولي لوفود حكومية", // escorts; March 2025 agreement terms
      "مخيم الهول في الحسكة", // May 2025 delegation to al-Hol
      "سد تشرين برفقة التحالف", // April 2025 Tishrin dam visit
      "العقيد محمد عبد الغني", // October 2025 delegation to Tabqa, detainee handover
      "سي بي إس نيوز", // al-Sharaa's statement to CBS
      "تصعيداً في التعاون العسكري", // escalating joint operations in 2025
    ],
    notClaims: [],
  },
  // Enab Baladi: the convoy turned back; Syria joins the coalition; a think-tank report.
  "001": {
    claims: [
      "أعادت قوات وزارة الداخلية السورية رتلًا", // convoy turned back
      "أجبرت الرتل على العودة", // correspondent: forced back to SDF areas on 29 Nov
      "دون إتمام إجراءات التنسيق", // correspondent: moved without coordination
      "قبل تلقي رد رسمي من دمشق", // coalition had notified the foreign ministry; reached the bridge first
      "عادت العربات العسكرية التابعة للتحالف", // vehicles went back east of the Euphrates; no comment
      "أعلنت سوريا انضمامها", // Syria announced joining, during the White House visit
      "وقعت إعلان تعاون سياسي", // information minister on X, 11 Nov
      "لا يتضمن أي بنود عسكرية", // minister: political agreement, no military clauses
      "إبراهيم علبي", // UN envoy to al-Hadath
      "استمر أكثر من ساعة", // White House meeting, 10 Nov
      "وأشاد الرئيس ترامب", // Trump's quoted remarks
      "عن اتفاقيات عملياتية متعددة", // MEI report, 27 Oct: operational agreements
      "توصلت الحكومة السورية إلى استنتاج", // the report's finding
      "ربطوا رفع العقوبات", // the report: politicians tied sanctions relief to joining
      "وأظهر التقرير أن دمشق تدرك", // the report: defence ministry still forming, vetting weak
      "يتم التنسيق حاليًا بشكل أساسي", // coordination currently with Interior, not Defence
    ],
    notClaims: [
      {
        quote: "وترى دمشق أن الانضمام",
        why: "lead-in to the list: Damascus's view as the report frames it, no checkable fact",
      },
      {
        quote: "ستكتسب شرعية دولية",
        why: "projected benefit (future), the report's analysis",
      },
      { quote: "ستحصل على الدعم الفني", why: "projected benefit (future)" },
      { quote: "من شأنه أن يقوض", why: "projected effect, analysis" },
      { quote: "ستتمكن سوريا من الوصول", why: "projected benefit (future)" },
      {
        quote: "ومن العقبات الرئيسة الأخرى",
        why: "analysis of obstacles without a concrete checkable element",
      },
    ],
  },
  // Free Press Network: drawdown from Deir ez-Zor, Hasakah bases still active.
  "002": {
    claims: [
      "سلّم خلال شهر أيار الفائت", // handover of Deir ez-Zor positions in May
      "لم تصدر أي توضيحات رسمية", // source: no US statement on return or withdrawal
      "سُلّمت بشكل مباشر إلى القوات الخاصة", // source: positions handed directly to SDF special forces
      "انسحبت من ثلاث قواعد", // withdrawal from three bases
      "نقطة صغيرة داخل حقل العمر", // only a small point left at al-Omar
      "لا تزال بعض القواعد التابعة للتحالف", // some Hasakah bases remain
      "قاعدتا الوزير وخراب الجير", // field sources: these bases still active
      "أكثر من 15 عملية", // 15+ operations in May and June
      "شهدت مسيرة التحالف محطات مفصلية", // dated milestones (Kobani, Mosul, Raqqa, Baghouz)
      "أقل من 2%", // coalition reports: ISIS down to < 2% of its 2014 territory
      "أكثر من 79 دولة", // coalition membership count
    ],
    notClaims: [
      {
        quote: "يأتي هذا التطور في ظل مؤشرات",
        why: "the outlet's interpretation and speculation (ربما)",
      },
      {
        quote: "لعب التحالف الدولي دوراً محورياً",
        why: "general background with an evaluative core (pivotal role)",
      },
    ],
  },
  // Hashtag: Damascus joins a four-party campaign, per political and Kurdish sources.
  "003": {
    claims: [
      "قررت المشاركة في الحملة العسكرية", // sources: the new administration decided to take part
      "بعد ضغوط مارستها الولايات المتحدة", // US pressure, via Erem News
      "جدد دعوته للإدارة السورية", // Trump's renewed call
      "المبعوث الأمريكي إلى سوريا، توماس باراك", // consent sent through Barrack; operation postponed
      'فإن قيادة "قسد" أُبلغت', // Kurdish source: SDF informed, announced no preparations
      'أكدت "قسد" استعدادها', // SDF statement of readiness
      "سنعلن عنها بشكل رسمي", // SDF: will announce any operation officially
      "ونفى المصدر وجود أي نية", // source denies SDF plans in government areas
      "فكرة قيام عملية مشتركة", // source: joint operation idea floated since Assad's fall
      "رجحت المصادر", // sources: limited participation, HTS-affiliated special forces
      "وتصاعدت عمليات تنظيم", // ISIS operations rose after Assad's fall
      "استغلّ التنظيم إخلاء جنود", // ISIS exploited abandoned positions, Albukamal to T4, Palmyra
      "مدينة الميادين", // ISIS claimed the Mayadin public security bombing
      "هجوما للتنظيم على منطقة السيدة زينب", // foiled attack
      'بالوقوف خلف تفجير "الدويلعة"', // ISIS accused of the Dweila bombing
      "أعلن التحالف الدولي عن إمكانية", // coalition announced a possible campaign after the bombing
      "تغلغل في عدد من المدن", // Abdi: information that ISIS infiltrated cities incl. Damascus
      "حصلوا على معلومات", // officials via media: plans to seize districts, starting in Homs
    ],
    notClaims: [
      {
        quote: "واعتبر المصدر أن تأكيد",
        why: "the source's interpretation of the SDF statement (opinion)",
      },
      {
        quote: "يرى مراقبون أن دمشق تتخوف",
        why: "unnamed observers' assessment",
      },
      {
        quote: "ويعود ذلك بحسب هؤلاء",
        why: "the observers' reasons: analysis, not a checkable fact",
      },
    ],
  },
  // No outlet: coalition and SDF reinforcements; observatory count.
  "004": {
    claims: [
      "خصوصاً ريف دير الزور والحسكة", // coalition reinforcements in Deir ez-Zor and Hasakah countryside
      "ووصلت إلى قاعدة قسرك", // reinforcements and cargo plane at Qasrak
      "رتل يضم 25 شاحنة", // 25-truck convoy via al-Walid crossing
      "قاعدة خراب الجير بريف رميلان", // cargo plane at Kharab al-Jir
      "نحو 3 آلاف عنصر", // SDF elite deploy ~3,000 fighters
      "800 قناص", // and 800 snipers along the Euphrates
      "أن جميع الهجمات والعمليات المسلحة", // observatory: all recent attacks by ISIS cells
      "161 هجوماً", // observatory: 161 attacks since start of 2025, 135 in Deir ez-Zor
    ],
    notClaims: [
      {
        quote: "وتعد هذه التعزيزات من أبرز",
        why: "the outlet's evaluation (among the most notable)",
      },
      {
        quote: "وتقوم العلاقة بين التحالف الدولي وقسد",
        why: "general description of the partnership",
      },
      {
        quote: "وتتمثل أهم أبعاد الشراكة",
        why: "general description of training",
      },
      {
        quote: "وأيضاً عبر الدعم اللوجستي",
        why: "general description of logistics support",
      },
      {
        quote: "فضلاً عن الانتشار والتنسيق العملياتي",
        why: "general description of coordination",
      },
      {
        quote: "إلى جانب تقديم التحالف للحماية الجوية",
        why: "general description of air cover",
      },
      { quote: "ويشير خبراء عسكريون", why: "unnamed experts' assessment" },
      {
        quote: "وتشير هذه التحركات العسكرية",
        why: "the outlet's interpretation",
      },
      {
        quote: "فيما تأتي تعزيزات الأسلحة",
        why: "stated purpose, framing without a checkable element",
      },
    ],
  },
};

/** Items the product brief requires among the suggestions, by seed. */
export const MUST_INCLUDE: Record<string, string[]> = {
  "001": ["أعادت قوات وزارة الداخلية السورية رتلًا", "لا يتضمن أي بنود عسكرية"],
  "002": ["سلّم خلال شهر أيار الفائت", "انسحبت من ثلاث قواعد"],
  "004": [
    "خصوصاً ريف دير الزور والحسكة",
    "ووصلت إلى قاعدة قسرك",
    "رتل يضم 25 شاحنة",
    "نحو 3 آلاف عنصر",
    "800 قناص",
    "161 هجوماً",
    "135 هجوماً",
  ],
};
