// Closed vocabularies for sourcing. Kept as const arrays so zod enums, Prisma
// string columns and UI pickers all derive from one list.

export const ATTRIBUTION_KINDS = [
  "anonymous",
  "official_statement",
  "monitor_report",
  "correspondent",
  "media_report",
  "think_tank_report",
  "social_media_post",
  "unattributed",
] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

export const CHANNELS = [
  "x_post",
  "social_media",
  "tv_interview",
  "press_interview",
  "press_conference",
  "statement",
  "published_report",
  "news_report",
  "other",
] as const;
export type Channel = (typeof CHANNELS)[number];

export const SOURCE_KINDS = [
  "person",
  "organization",
  "government_body",
  "outlet",
  "monitor",
  "think_tank",
  "social_media_account",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type Label = { en: string; ar: string };

export const ATTRIBUTION_KIND_LABELS: Record<AttributionKind, Label> = {
  anonymous: { en: "Anonymous source", ar: "مصدر مجهول" },
  official_statement: { en: "Official statement", ar: "تصريح رسمي" },
  monitor_report: { en: "Monitor report", ar: "تقرير جهة رصد" },
  correspondent: { en: "Correspondent / eyewitness", ar: "مراسل / شاهد عيان" },
  media_report: { en: "Media report", ar: "نقل عن وسيلة إعلام" },
  think_tank_report: { en: "Think-tank / research report", ar: "تقرير مركز أبحاث" },
  social_media_post: { en: "Social-media post", ar: "منشور على وسائل التواصل" },
  unattributed: { en: "Unattributed (outlet's own assertion)", ar: "غير منسوب (رواية الوسيلة نفسها)" },
};

export const CHANNEL_LABELS: Record<Channel, Label> = {
  x_post: { en: "Post on X", ar: "منشور على إكس" },
  social_media: { en: "Other social media", ar: "وسائل تواصل أخرى" },
  tv_interview: { en: "TV interview", ar: "مقابلة تلفزيونية" },
  press_interview: { en: "Press interview", ar: "مقابلة صحفية" },
  press_conference: { en: "Press conference", ar: "مؤتمر صحفي" },
  statement: { en: "Statement", ar: "بيان" },
  published_report: { en: "Published report", ar: "تقرير منشور" },
  news_report: { en: "News report", ar: "خبر صحفي" },
  other: { en: "Other", ar: "أخرى" },
};

export const SOURCE_KIND_LABELS: Record<SourceKind, Label> = {
  person: { en: "Person", ar: "شخص" },
  organization: { en: "Organization", ar: "منظمة / تنظيم" },
  government_body: { en: "Government body", ar: "جهة حكومية" },
  outlet: { en: "Media outlet", ar: "وسيلة إعلام" },
  monitor: { en: "Monitor", ar: "جهة رصد" },
  think_tank: { en: "Think tank", ar: "مركز أبحاث" },
  social_media_account: { en: "Social-media account", ar: "حساب على وسائل التواصل" },
};

export function isAttributionKind(v: string): v is AttributionKind {
  return (ATTRIBUTION_KINDS as readonly string[]).includes(v);
}
export function isChannel(v: string): v is Channel {
  return (CHANNELS as readonly string[]).includes(v);
}
export function isSourceKind(v: string): v is SourceKind {
  return (SOURCE_KINDS as readonly string[]).includes(v);
}
