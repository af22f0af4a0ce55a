import type { StanceCue } from "./types";

// Cues that hold in any conflict story, in Arabic and English: who controls a place, whether a
// facility is open, and English words for a force's presence growing, shrinking or holding (the
// Arabic ones are in stance-cues.ts). English text is lower-cased by normalization.

/** Facilities whose being open or closed is news: the cue must have one near it. */
const FACILITIES = [
  "مطار*|المطار*|معبر*|المعبر*|ميناء|الميناء|موانئ|مرفأ|المرفأ|الرحلات|رحلات|الملاحة|حركة|الحدود|الحدودي|الطريق|طريق",
  "airport*|crossing*|port|ports|border|flights|road|terminal|harbour|harbor",
];
const FACILITY_NEAR = { words: FACILITIES, before: 4, after: 4 };
const PLACE_WORDS = [
  "مدينة|بلدة|قرية|منطقة|مناطق|مواقع|محافظة|ولاية|مديرية|حي|أحياء|مطار|معبر|قاعدة|الطريق|طريق|وسط|سوق",
  "town|city|village|area|district|province|state|base|airport|crossing|road|neighbourhood|neighborhood|centre|center|market",
];
const EN_FORCES = [
  "troops|forces|fighters|soldiers|units|reinforcements|convoy*|tanks|vehicles|militia*|personnel|armoured|armored|artillery",
];

/** Entries that must come before the presence cues: a closed airport is not a force leaving. */
export const FACILITY_CUES: StanceCue[] = [
  {
    id: "facility-reopened",
    topic: "open_status",
    value: "open",
    terms: ["إعادة|أعيد|أعادت|يعاد|تعاد فتح|افتتاح|تشغيل", "افتتاح|افتتح|افتتحت|فتح|فتحت|يفتح|تفتح|استئناف|استأنف|استأنفت"],
    near: FACILITY_NEAR,
    unmet: "opening something other than an airport, a crossing, a port or a road",
  },
  {
    id: "facility-working",
    topic: "open_status",
    value: "open",
    terms: ["يعمل|تعمل|يعملان|مفتوح|مفتوحا|مفتوحة"],
    near: FACILITY_NEAR,
    unmet: "working or open, said of something other than a facility",
  },
  {
    id: "facility-closed",
    topic: "open_status",
    value: "closed",
    terms: ["إغلاق|أغلق|أغلقت|يغلق|تغلق|إغلاقه|إغلاقها|مغلق|مغلقا|مغلقة|مغلقين|توقف|توقفت|متوقف|متوقفا|متوقفة|تعليق|علقت|علق"],
    near: FACILITY_NEAR,
    unmet: "closing something other than an airport, a crossing, a port or a road",
  },
  {
    id: "facility-reopened-en",
    topic: "open_status",
    value: "open",
    terms: ["reopened|reopen|reopens|reopening|opened|resumed|resume|operating|operational|open"],
    near: FACILITY_NEAR,
    unmet: "opening something other than a facility",
  },
  {
    id: "facility-closed-en",
    topic: "open_status",
    value: "closed",
    terms: ["closed|closure|closes|shut|shuttered|suspended|halted"],
    near: FACILITY_NEAR,
    unmet: "closing something other than a facility",
  },
];

export const GENERAL_CUES: StanceCue[] = [
  // ---- control: who holds a place
  { id: "lost-control", topic: "control", value: "not_controls", terms: ["فقد*|خسر* السيطرة|سيطرته*|سيطرتها*"] },
  { id: "lost-control-en", topic: "control", value: "not_controls", terms: ["lost|lose|losing control"] },
  {
    id: "control",
    topic: "control",
    value: "controls",
    terms: ["سيطر|سيطرت|سيطروا|يسيطر|تسيطر|يسيطرون|السيطرة|سيطرة|سيطرته*|سيطرتها*|بسيطرة"],
    near: { words: PLACE_WORDS, after: 5 },
    unmet: "control of something other than a place",
  },
  {
    id: "expel",
    topic: "control",
    value: "controls",
    terms: ["طرد|طردت|يطرد|تطرد|طردوا|طرده|دحر|دحرت|يدحر|تدحر"],
    near: { words: ["من"], after: 6 },
    unmet: "expelling someone without saying from where",
  },
  {
    id: "expel-en",
    topic: "control",
    value: "controls",
    terms: ["expelled|ousted|routed", "drove|pushed out"],
  },
  {
    id: "control-en",
    topic: "control",
    value: "controls",
    terms: [
      "captured|recaptured|seized|retook|retaken|overran|controls|controlled|controlling",
      "took|taken|regained|seized control",
    ],
  },

  // ---- attacks: a force struck a place (its denial contradicts it)
  {
    id: "attack",
    topic: "attack",
    value: "attacked",
    terms: [
      "قصف|قصفت|يقصف|تقصف|قصفوا|القصف|غارة|غارات|الغارات|الغارة|هجوم|الهجوم|هجمات|هاجم|هاجمت|استهداف|استهدف|استهدفت|شن|شنت|اقتحم|اقتحمت|اقتحام",
    ],
  },
  {
    id: "attack-en",
    topic: "attack",
    value: "attacked",
    terms: [
      "shelled|shelling|bombed|bombing|bombarded|struck|strike|strikes|airstrike|airstrikes|attacked|attack|attacks|stormed|raided|raid|targeted",
    ],
  },

  // ---- presence, in English
  {
    id: "withdrawal-en",
    topic: "presence",
    value: "drawdown",
    terms: [
      "withdrew|withdrawn|withdraw|withdraws|withdrawing|withdrawal|retreated|retreat|retreating|evacuated|evacuate",
      "pulled out",
    ],
  },
  {
    id: "reinforcements-en",
    topic: "presence",
    value: "reinforcement",
    terms: ["reinforcements|reinforced|reinforcing|massed|massing|buildup"],
  },
  {
    id: "deploy-en",
    topic: "presence",
    value: "reinforcement",
    terms: ["deployed|deploying|deploys|sent|sending|dispatched|brought"],
    near: { words: EN_FORCES, after: 4 },
    unmet: "sending something other than forces",
  },
  {
    id: "still-en",
    topic: "presence",
    value: "maintained",
    terms: ["still inside|in|holding|present|deployed|stationed|there", "remain|remained|remains|remaining in|inside"],
  },
];
