/** What the redactor replaces, in the order REDACTION.txt lists them. */
export const KINDS = ['user', 'host', 'domain', 'ip', 'email', 'sid'] as const;
export type Kind = (typeof KINDS)[number];

/** The word inside a placeholder: `<USER-1>`, `<HOST-2>` … */
export const PLACEHOLDER_LABEL: Record<Kind, string> = {
  user: 'USER',
  host: 'HOST',
  domain: 'DOMAIN',
  ip: 'IP',
  email: 'EMAIL',
  sid: 'SID',
};

/** Per kind: how many occurrences were replaced, and how many different values they held. */
export type KindCounts = Record<Kind, { replaced: number; distinct: number }>;

export const emptyCounts = (): KindCounts =>
  Object.fromEntries(KINDS.map((k) => [k, { replaced: 0, distinct: 0 }])) as KindCounts;
