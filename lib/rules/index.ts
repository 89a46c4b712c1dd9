/** Public API of the rule engine: schema, default rules and evaluation. */

export {
  type CombinedPrompts,
  combinePrompts,
  type DroppedSuggestion,
  type LeadRecommendation,
  needsRulingOut,
  SUPPORT_FOR,
  UNSUITABLE_CHANNELS,
} from './combine';
export {
  DEFAULT_OVERRIDE_REASONS,
  DEFAULT_OVERRIDE_REASONS_CY,
  DEFAULT_RULES,
  DEFAULT_RULESET_VERSION,
  defaultRules,
  LOCAL_OVERRIDE_SYSTEM,
  NON_ADHERENCE_SYSTEM,
} from './defaults';
export { type EvaluateOptions, evaluate, RULE_TOPIC_SYSTEM } from './evaluate';
export { stableUuid } from './hash';
export type { Lang } from './labels';
export { channelMatches, matchNeeds } from './match';
export {
  OverrideReason,
  Rule,
  RuleAction,
  RulePrompt,
  RuleSet,
  RuleSuggestion,
  RuleTranslation,
  RuleWhen,
  SETTABLE_CHANNELS,
  SUMMARY_MAX,
} from './schema';
export { PLACEHOLDERS, renderTemplate, truncateText, unknownPlaceholders } from './template';
