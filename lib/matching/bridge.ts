// News vocabulary shared by Arabic and English reports, so that a translated claim shares terms with
// its original. Each concept lists word beginnings after normalization and light stemming
// (lib/text/stem.ts): a word belongs to the concept when its stem starts with one of them (is it, for
// beginnings too short to mean one thing). General
// wire vocabulary only — names of people, places and forces come from the desk's knowledge and from
// the transliteration skeleton (skeleton.ts), never from this list.

type Concept = { id: string; ar: string[]; en: string[] };

const CONCEPTS: Concept[] = [
  { id: "kill", ar: ["قتل", "مقتل", "قتلي", "اودي", "لقي حتف"], en: ["kill", "dead", "death", "died", "die", "toll"] },
  { id: "wound", ar: ["جرح", "اصاب", "اصيب", "مصاب", "جريح"], en: ["wound", "injur"] },
  { id: "civilian", ar: ["مدني"], en: ["civilian"] },
  { id: "child", ar: ["طفل", "اطفال"], en: ["child", "children", "kid"] },
  { id: "woman", ar: ["نساء", "امراه", "سيدات"], en: ["woman", "women"] },
  { id: "fighter", ar: ["مقاتل", "مسلح", "عنصر", "عناصر"], en: ["fighter", "militant", "gunm"] },
  { id: "soldier", ar: ["جندي", "جنود"], en: ["soldier", "troop"] },
  { id: "withdraw", ar: ["انسحب", "سحب", "انسحاب", "اخلا", "اخلي"], en: ["withdr", "pull", "retreat", "evacuat"] },
  { id: "reinforce", ar: ["تعزيز", "عزز", "دفع"], en: ["reinforc", "sent", "send", "deploy", "dispatch"] },
  {
    id: "control",
    ar: ["سيطر", "استعاد", "استعاده", "انتزع"],
    en: ["control", "captur", "seiz", "regain", "retook", "recaptur"],
  },
  { id: "enter", ar: ["دخل", "دخول", "اقتحم"], en: ["enter", "storm"] },
  {
    id: "attack",
    ar: ["هجوم", "هاجم", "شن", "استهدف", "استهداف"],
    en: ["attack", "target", "struck", "strike", "hit", "launch"],
  },
  { id: "airstrike", ar: ["غاره", "غارات", "طيران", "قصف جوي"], en: ["airstrike", "air strike", "raid", "bomb"] },
  { id: "shelling", ar: ["قصف", "قذائف", "قذيفه", "مدفع"], en: ["shell", "artillery", "mortar"] },
  { id: "drone", ar: ["مسير", "طائره مسير", "درون"], en: ["drone", "uav"] },
  { id: "missile", ar: ["صاروخ", "صواريخ"], en: ["missile", "rocket"] },
  { id: "ship", ar: ["سفين", "ناقل", "باخر"], en: ["ship", "vessel", "tanker"] },
  { id: "naval", ar: ["بحري"], en: ["naval", "navy"] },
  { id: "sea", ar: ["بحر"], en: ["sea"] },
  { id: "truck", ar: ["شاحن"], en: ["truck", "lorr"] },
  { id: "convoy", ar: ["رتل", "قافل", "موكب"], en: ["convoy", "column"] },
  { id: "vehicle", ar: ["عربه", "عربات", "مركب", "آلي"], en: ["vehicle"] },
  { id: "aid", ar: ["مساعد", "اغاث", "انسان"], en: ["aid", "relief", "humanitarian"] },
  { id: "camp", ar: ["مخيم"], en: ["camp"] },
  { id: "displaced", ar: ["نازح", "نزوح", "تهجير"], en: ["displac"] },
  { id: "hospital", ar: ["مستشف"], en: ["hospital"] },
  { id: "crossing", ar: ["معبر"], en: ["crossing", "border post"] },
  { id: "airport", ar: ["مطار"], en: ["airport"] },
  { id: "base", ar: ["قاعد"], en: ["base"] },
  { id: "town", ar: ["مدين", "بلد"], en: ["town", "city"] },
  { id: "village", ar: ["قري"], en: ["village"] },
  { id: "district", ar: ["مديري", "حي", "منطق"], en: ["district", "neighbourhood", "neighborhood", "area"] },
  { id: "province", ar: ["محافظ", "ولاي"], en: ["province", "governorate", "state"] },
  { id: "army", ar: ["جيش", "قوات مسلح"], en: ["army", "armed forc", "military"] },
  { id: "forces", ar: ["قوات", "قوه"], en: ["forc", "force"] },
  { id: "government", ar: ["حكوم"], en: ["government"] },
  { id: "ministry", ar: ["وزار"], en: ["ministr"] },
  { id: "health", ar: ["صح"], en: ["health"] },
  { id: "spokesman", ar: ["متحدث", "ناطق"], en: ["spokes"] },
  { id: "statement", ar: ["بيان"], en: ["statement"] },
  { id: "source", ar: ["مصدر", "مصادر"], en: ["source"] },
  { id: "witness", ar: ["شهود", "شاهد"], en: ["witness"] },
  { id: "resident", ar: ["سكان", "اهالي"], en: ["resident", "local"] },
  { id: "deny", ar: ["نفي", "نفت", "كذب", "عار"], en: ["deny", "denial", "false", "untrue"] },
  { id: "fire", ar: ["حريق", "نار"], en: ["fire", "blaze"] },
  { id: "ceasefire", ar: ["هدن", "وقف اطلاق"], en: ["ceasefire", "truce"] },
  { id: "siege", ar: ["حصار", "محاصر"], en: ["siege", "besieg"] },
  { id: "fighting", ar: ["معارك", "اشتباك", "قتال"], en: ["fight", "clash", "battl"] },
  { id: "arrest", ar: ["اعتقل", "اعتقال", "احتجز"], en: ["arrest", "detain"] },
  { id: "closed", ar: ["اغلق", "اغلاق", "مغلق"], en: ["clos", "closure", "shut"] },
  { id: "open", ar: ["فتح", "افتتاح", "مفتوح"], en: ["open", "reopen"] },
  { id: "week", ar: ["اسبوع"], en: ["week"] },
  { id: "day-friday", ar: ["جمع"], en: ["friday"] },
  { id: "day-saturday", ar: ["سبت"], en: ["saturday"] },
  { id: "day-sunday", ar: ["احد"], en: ["sunday"] },
  { id: "day-monday", ar: ["اثنين"], en: ["monday"] },
  { id: "day-tuesday", ar: ["ثلاثاء"], en: ["tuesday"] },
  { id: "day-wednesday", ar: ["اربعاء"], en: ["wednesday"] },
  { id: "day-thursday", ar: ["خميس"], en: ["thursday"] },
  { id: "north", ar: ["شمال"], en: ["north"] },
  { id: "south", ar: ["جنوب"], en: ["south"] },
  { id: "east", ar: ["شرق"], en: ["east"] },
  { id: "west", ar: ["غرب"], en: ["west"] },
];

const ARABIC = /[\u0621-\u064A]/u;

/** The concepts one stemmed word belongs to (one-word beginnings only; phrases are matched in text). */
export function conceptsOfStem(stem: string): string[] {
  const arabic = ARABIC.test(stem);
  // A beginning must be long enough to mean one thing: "state" is not "statement", "حي" not "حيث".
  const belongs = (form: string) => (form.length < (arabic ? 3 : 6) ? stem === form : stem.startsWith(form));
  return CONCEPTS.filter((c) => (arabic ? c.ar : c.en).some((form) => !form.includes(" ") && belongs(form))).map((c) => c.id);
}

/** Concepts named by a phrase of several words in a normalized text ("armed forces", "قصف جوي"). */
export function conceptsOfPhrases(normalized: string): string[] {
  const out: string[] = [];
  for (const c of CONCEPTS)
    for (const form of [...c.ar, ...c.en])
      if (form.includes(" ") && normalized.includes(form)) {
        out.push(c.id);
        break;
      }
  return out;
}
