/** Size limits of rules, in a module of their own so the content script can use them without zod. */

/** Longest summary template; CDS Hooks wants one sentence under 140 characters. */
export const SUMMARY_MAX = 139;
export const DETAIL_MAX = 4000;
export const LABEL_MAX = 120;
export const MAX_SUGGESTIONS = 10;
export const MAX_OVERRIDE_REASONS = 30;
export const MAX_RULES = 200;

/** Version of the shipped default rule set (see defaults.ts); here so evaluate() needs no rule data. */
export const DEFAULT_RULESET_VERSION = 2;
