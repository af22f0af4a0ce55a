// Starter registry of sources that recur in coverage of north-east Syria.
// Reliability grades are editorial starting points, not findings: parties to the
// conflict start at C, wire agencies and established monitors at B, state media at D.
import type { Reliability } from "./grading";
import type { Label, SourceKind } from "./kinds";

export type Medium = "tv" | "print" | "online" | "agency" | "radio";

export type RegistrySource = {
  id: string;
  name: string;
  nameEn: string;
  kind: SourceKind;
  reliability: Reliability | null;
  /** Spellings that identify the source anywhere in text (Arabic and English). */
  aliases: string[];
  /** Spellings that are also ordinary words; they count only inside quotes or brackets. */
  quotedAliases?: string[];
  /** Bodies this person or unit belongs to, with the role held. */
  memberOf?: { bodyId: string; role: Label }[];
  /** For outlets: lets "an interview with X" be told apart as TV or press. */
  medium?: Medium;
};

export const REGISTRY_SEED: RegistrySource[] = [
  // Monitors
  {
    id: "sohr",
    name: "المرصد السوري لحقوق الإنسان",
    nameEn: "Syrian Observatory for Human Rights",
    kind: "monitor",
    reliability: "B",
    aliases: [
      "المرصد السوري لحقوق الإنسان",
      "المرصد السوري",
      "SOHR",
      "Syrian Observatory for Human Rights",
      "Syrian Observatory",
    ],
  },
  {
    id: "snhr",
    name: "الشبكة السورية لحقوق الإنسان",
    nameEn: "Syrian Network for Human Rights",
    kind: "monitor",
    reliability: "B",
    aliases: ["الشبكة السورية لحقوق الإنسان", "SNHR", "Syrian Network for Human Rights"],
  },
  {
    id: "hrw",
    name: "هيومن رايتس ووتش",
    nameEn: "Human Rights Watch",
    kind: "monitor",
    reliability: "B",
    aliases: ["هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش", "Human Rights Watch", "HRW"],
  },
  {
    id: "amnesty",
    name: "منظمة العفو الدولية",
    nameEn: "Amnesty International",
    kind: "monitor",
    reliability: "B",
    aliases: ["منظمة العفو الدولية", "العفو الدولية", "Amnesty International"],
  },

  // Think tanks
  {
    id: "mei",
    name: "معهد الشرق الأوسط",
    nameEn: "Middle East Institute",
    kind: "think_tank",
    reliability: "B",
    aliases: ["معهد الشرق الأوسط", "Middle East Institute", "MEI"],
  },

  // Outlets
  {
    id: "enab-baladi",
    name: "عنب بلدي",
    nameEn: "Enab Baladi",
    kind: "outlet",
    reliability: "B",
    medium: "online",
    aliases: ["عنب بلدي", "Enab Baladi"],
  },
  {
    id: "erem-news",
    name: "إرم نيوز",
    nameEn: "Erem News",
    kind: "outlet",
    reliability: "C",
    medium: "online",
    aliases: ["إرم نيوز", "Erem News", "Eram News"],
    quotedAliases: ["إرم"],
  },
  {
    id: "al-modon",
    name: "المدن",
    nameEn: "Al-Modon",
    kind: "outlet",
    reliability: "C",
    medium: "online",
    aliases: ["جريدة المدن", "صحيفة المدن", "موقع المدن", "Al-Modon", "Almodon"],
    quotedAliases: ["المدن"],
  },
  {
    id: "free-press-network",
    name: "شبكة الصحافة الحرة",
    nameEn: "Free Press Network",
    kind: "outlet",
    reliability: "C",
    medium: "online",
    aliases: ["شبكة الصحافة الحرة", "Free Press Network"],
  },
  {
    id: "hashtag-syria",
    name: "هاشتاغ",
    nameEn: "Hashtag Syria",
    kind: "outlet",
    reliability: "C",
    medium: "online",
    aliases: ["هاشتاغ سوريا", "موقع هاشتاغ", "Hashtag Syria"],
    quotedAliases: ["هاشتاغ", "Hashtag"],
  },
  {
    id: "cbs",
    name: "سي بي إس",
    nameEn: "CBS News",
    kind: "outlet",
    reliability: "B",
    medium: "tv",
    aliases: ["سي بي إس نيوز", "سي بي إس", "شبكة سي بي إس", "CBS News", "CBS"],
  },
  {
    id: "reuters",
    name: "رويترز",
    nameEn: "Reuters",
    kind: "outlet",
    reliability: "B",
    medium: "agency",
    aliases: ["وكالة رويترز", "رويترز", "Reuters"],
  },
  {
    id: "afp",
    name: "وكالة الصحافة الفرنسية",
    nameEn: "Agence France-Presse",
    kind: "outlet",
    reliability: "B",
    medium: "agency",
    aliases: ["وكالة الصحافة الفرنسية", "فرانس برس", "فرانس بريس", "AFP", "Agence France-Presse", "أ ف ب"],
  },
  {
    id: "ap",
    name: "أسوشيتد برس",
    nameEn: "Associated Press",
    kind: "outlet",
    reliability: "B",
    medium: "agency",
    aliases: ["أسوشيتد برس", "أسوشييتد برس", "Associated Press"],
  },
  {
    id: "al-jazeera",
    name: "الجزيرة",
    nameEn: "Al Jazeera",
    kind: "outlet",
    reliability: "C",
    medium: "tv",
    aliases: ["قناة الجزيرة", "شبكة الجزيرة", "الجزيرة نت", "Al Jazeera", "Aljazeera"],
    quotedAliases: ["الجزيرة"],
  },
  {
    id: "al-arabiya",
    name: "العربية",
    nameEn: "Al Arabiya",
    kind: "outlet",
    reliability: "C",
    medium: "tv",
    aliases: ["قناة العربية", "العربية نت", "Al Arabiya"],
    quotedAliases: ["العربية"],
  },
  {
    id: "al-hadath",
    name: "الحدث",
    nameEn: "Al Hadath",
    kind: "outlet",
    reliability: "C",
    medium: "tv",
    aliases: ["قناة الحدث", "Al Hadath"],
    quotedAliases: ["الحدث"],
  },
  {
    id: "asharq-al-awsat",
    name: "الشرق الأوسط",
    nameEn: "Asharq Al-Awsat",
    kind: "outlet",
    reliability: "C",
    medium: "print",
    aliases: ["صحيفة الشرق الأوسط", "جريدة الشرق الأوسط", "Asharq Al-Awsat"],
    quotedAliases: ["الشرق الأوسط"],
  },
  {
    id: "sana",
    name: "الوكالة العربية السورية للأنباء (سانا)",
    nameEn: "SANA (Syrian Arab News Agency)",
    kind: "outlet",
    reliability: "D",
    medium: "agency",
    aliases: ["الوكالة العربية السورية للأنباء", "سانا", "وكالة سانا", "SANA", "Syrian Arab News Agency"],
  },

  // Armed forces, coalitions, governments
  {
    id: "sdf",
    name: "قوات سوريا الديمقراطية (قسد)",
    nameEn: "Syrian Democratic Forces (SDF)",
    kind: "organization",
    reliability: "C",
    aliases: ["قوات سوريا الديمقراطية", "قسد", "SDF", "Syrian Democratic Forces"],
  },
  {
    id: "coalition",
    name: "التحالف الدولي",
    nameEn: "Global Coalition against ISIS",
    kind: "organization",
    reliability: "C",
    aliases: [
      "التحالف الدولي لمحاربة تنظيم الدولة الإسلامية",
      "التحالف الدولي لمحاربة داعش",
      "التحالف الدولي",
      "قوات التحالف",
      "International Coalition",
      "Global Coalition",
    ],
  },
  {
    id: "centcom",
    name: "القيادة المركزية الأمريكية",
    nameEn: "US Central Command (CENTCOM)",
    kind: "government_body",
    reliability: "B",
    aliases: ["القيادة المركزية الأمريكية", "القيادة المركزية الأميركية", "سنتكوم", "CENTCOM", "US Central Command"],
  },
  {
    id: "sy-presidency",
    name: "الرئاسة السورية",
    nameEn: "Syrian Presidency",
    kind: "government_body",
    reliability: "C",
    aliases: ["الرئاسة السورية", "رئاسة الجمهورية العربية السورية", "Syrian Presidency"],
  },
  {
    id: "sy-ministry-information",
    name: "وزارة الإعلام السورية",
    nameEn: "Syrian Ministry of Information",
    kind: "government_body",
    reliability: "C",
    aliases: ["وزارة الإعلام السورية", "Syrian Ministry of Information"],
  },
  {
    id: "sy-ministry-foreign",
    name: "وزارة الخارجية السورية",
    nameEn: "Syrian Ministry of Foreign Affairs",
    kind: "government_body",
    reliability: "C",
    aliases: ["وزارة الخارجية السورية", "الخارجية السورية", "Syrian Foreign Ministry"],
  },
  {
    id: "sy-ministry-interior",
    name: "وزارة الداخلية السورية",
    nameEn: "Syrian Ministry of Interior",
    kind: "government_body",
    reliability: "C",
    aliases: ["وزارة الداخلية السورية", "الداخلية السورية", "Syrian Interior Ministry"],
  },
  {
    id: "us-state-department",
    name: "وزارة الخارجية الأمريكية",
    nameEn: "US Department of State",
    kind: "government_body",
    reliability: "B",
    aliases: [
      "وزارة الخارجية الأمريكية",
      "وزارة الخارجية الأميركية",
      "الخارجية الأمريكية",
      "الخارجية الأميركية",
      "US State Department",
    ],
  },
  {
    id: "white-house",
    name: "البيت الأبيض",
    nameEn: "The White House",
    kind: "government_body",
    reliability: "C",
    aliases: ["White House"],
    quotedAliases: ["البيت الأبيض"],
  },

  // People
  {
    id: "ahmed-al-sharaa",
    name: "أحمد الشرع",
    nameEn: "Ahmed al-Sharaa",
    kind: "person",
    reliability: "C",
    aliases: ["الرئيس أحمد الشرع", "أحمد الشرع", "الرئيس الشرع", "الشرع", "Ahmed al-Sharaa", "al-Sharaa"],
    memberOf: [
      { bodyId: "sy-presidency", role: { en: "President (transitional period)", ar: "رئيس الجمهورية في المرحلة الانتقالية" } },
    ],
  },
  {
    id: "hamza-al-mustafa",
    name: "حمزة المصطفى",
    nameEn: "Hamza al-Mustafa",
    kind: "person",
    reliability: "C",
    aliases: ["حمزة المصطفى", "المصطفى", "وزير الإعلام السوري", "Hamza al-Mustafa"],
    memberOf: [{ bodyId: "sy-ministry-information", role: { en: "Minister of Information", ar: "وزير الإعلام" } }],
  },
  {
    id: "ibrahim-olabi",
    name: "إبراهيم علبي",
    nameEn: "Ibrahim Olabi",
    kind: "person",
    reliability: "C",
    aliases: [
      "إبراهيم علبي",
      "علبي",
      "مندوب سوريا الدائم لدى الأمم المتحدة",
      "مندوب سوريا لدى الأمم المتحدة",
      "المندوب السوري لدى الأمم المتحدة",
      "المندوب السوري الدائم لدى الأمم المتحدة",
      "Ibrahim Olabi",
    ],
    memberOf: [
      {
        bodyId: "sy-ministry-foreign",
        role: { en: "Permanent Representative to the UN", ar: "المندوب الدائم لدى الأمم المتحدة" },
      },
    ],
  },
  {
    id: "asaad-al-shaibani",
    name: "أسعد الشيباني",
    nameEn: "Asaad al-Shaibani",
    kind: "person",
    reliability: "C",
    aliases: ["أسعد الشيباني", "الشيباني", "وزير الخارجية السوري", "Asaad al-Shaibani"],
    memberOf: [{ bodyId: "sy-ministry-foreign", role: { en: "Foreign Minister", ar: "وزير الخارجية" } }],
  },
  {
    id: "mazloum-abdi",
    name: "مظلوم عبدي",
    nameEn: "Mazloum Abdi",
    kind: "person",
    reliability: "C",
    aliases: ["مظلوم عبدي", "Mazloum Abdi"],
    memberOf: [{ bodyId: "sdf", role: { en: "Commander-in-chief", ar: "القائد العام" } }],
  },
  {
    id: "thomas-barrack",
    name: "توماس باراك",
    nameEn: "Thomas Barrack",
    kind: "person",
    reliability: "C",
    aliases: ["توماس باراك", "توم باراك", "Thomas Barrack", "Tom Barrack"],
    quotedAliases: ["باراك"],
    memberOf: [{ bodyId: "us-state-department", role: { en: "US envoy to Syria", ar: "المبعوث الأمريكي إلى سوريا" } }],
  },
  {
    id: "donald-trump",
    name: "دونالد ترامب",
    nameEn: "Donald Trump",
    kind: "person",
    reliability: "C",
    aliases: ["دونالد ترامب", "الرئيس ترامب", "ترامب", "Donald Trump", "Trump"],
    memberOf: [{ bodyId: "white-house", role: { en: "President of the United States", ar: "رئيس الولايات المتحدة" } }],
  },
];

export type MemberRelation = { memberId: string; bodyId: string; role: Label };

/** person → body relations, flattened for storage. */
export const SEED_MEMBERS: MemberRelation[] = REGISTRY_SEED.flatMap((s) =>
  (s.memberOf ?? []).map((m) => ({ memberId: s.id, bodyId: m.bodyId, role: m.role })),
);
