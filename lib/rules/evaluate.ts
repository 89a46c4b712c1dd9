/**
 * The rule engine: a booking context plus the practice's rules in, CDS Hooks shaped prompts out.
 * Pure and deterministic (no clock, no randomness, no globals), so the same observation always gives
 * the same cards with the same uuids, and the function is trivially testable.
 */
import { INDICATOR_RANK } from '../domain';
import type { BookingContext, Coding, NeedCategory, NeedFinding, Prompt, Suggestion } from '../model';
import { stableUuid } from './hash';
import { capitalise, channelLabel, joinList, type Lang, needLabel, phrase } from './labels';
import { DEFAULT_RULESET_VERSION, DETAIL_MAX, LABEL_MAX, SUMMARY_MAX } from './limits';
import { channelMatches, matchNeeds } from './match';
import type { Rule } from './schema';
import { renderTemplate, type TemplateValues, toOneLine, truncateText } from './template';

export interface EvaluateOptions {
  /** Language of the prompt text; Welsh uses each rule's `i18n.cy` where given, else English. */
  lang?: Lang;
  /**
   * Id of this observation (CDS Hooks `hookInstance`), part of every card uuid. Pass a fresh one per
   * booking observation; without it, uuids depend on the rule alone and repeat across bookings.
   */
  hookInstance?: string;
  /** Shown in the card source label "Practice equity rules v<version>". */
  rulesetVersion?: number | string;
}

export const RULE_TOPIC_SYSTEM = 'urn:equity-prompts:rule';
const EVIDENCE_LINE_MAX = 400;
const EVIDENCE_LINES_MAX = 50;

/**
 * The prompts raised for this context, most urgent first (critical, warning, info), ties in rule order.
 *
 * A rule fires when it is enabled, its channels match the slot (see `channelMatches`: a slot read as
 * "remote" fires telephone and video rules) and its needs match. Face-to-face, home visit and unknown
 * slots fire only rules that list them. Several rules may fire for the same needs; each gives its own
 * card. If two rules share an id (a broken rule set), only the first can fire, so card uuids stay unique.
 */
export function evaluate(
  context: BookingContext,
  rules: readonly Rule[],
  options: EvaluateOptions = {},
): Prompt[] {
  const lang: Lang = options.lang === 'cy' ? 'cy' : 'en';
  const fired: Array<{ prompt: Prompt; order: number }> = [];
  const firedIds = new Set<string>();

  rules.forEach((rule, order) => {
    if (!rule.enabled || firedIds.has(rule.id)) return;
    if (!channelMatches(rule.when.channels, context.channel.channel)) return;
    const matched = matchNeeds(rule.when, context.needs);
    if (!matched || matched.length === 0) return;
    firedIds.add(rule.id);
    fired.push({ prompt: buildPrompt(rule, context, matched, lang, options), order });
  });

  fired.sort(
    (a, b) => INDICATOR_RANK[b.prompt.indicator] - INDICATOR_RANK[a.prompt.indicator] || a.order - b.order,
  );
  return fired.map((f) => f.prompt);
}

function buildPrompt(
  rule: Rule,
  context: BookingContext,
  matched: NeedCategory[],
  lang: Lang,
  options: EvaluateOptions,
): Prompt {
  const findings = context.needs.filter((n) => matched.includes(n.category));
  const values = templateValues(findings, matched, context, lang);
  const cy = lang === 'cy' ? rule.i18n?.cy : undefined;
  const rulesetVersion = options.rulesetVersion ?? DEFAULT_RULESET_VERSION;

  const summary =
    oneLine(cy?.summary ?? rule.prompt.summary, values, SUMMARY_MAX) || truncateText(rule.name, SUMMARY_MAX);
  const detail = truncateText(renderTemplate(cy?.detail ?? rule.prompt.detail, values).trim(), DETAIL_MAX);
  const suggestions: Suggestion[] = rule.prompt.suggestions.map((s) => ({
    // The rule's suggestion id, not a random uuid: unique within the card and stable across cards,
    // so the log can count which fix receptionists take.
    uuid: s.id,
    label: oneLine(ownValue(cy?.suggestions, s.id) ?? s.label, values, LABEL_MAX) || s.id,
    ...(s.isRecommended === undefined ? {} : { isRecommended: s.isRecommended }),
    action: { ...s.action },
  }));
  const overrideReasons: Coding[] = rule.prompt.overrideReasons.map((r) => ({
    ...(r.system === undefined ? {} : { system: r.system }),
    code: r.code,
    display: ownValue(cy?.overrideReasons, r.code) ?? r.display,
  }));

  return {
    uuid: stableUuid(options.hookInstance ?? '', rule.id, String(rule.version)),
    summary,
    ...(detail ? { detail } : {}),
    indicator: rule.prompt.indicator,
    source: {
      label: `${phrase('rulesLabel', lang)} v${rulesetVersion}`.slice(0, 200),
      topic: { system: RULE_TOPIC_SYSTEM, code: rule.id, display: rule.name },
    },
    suggestions,
    ...(suggestions.length > 0 ? { selectionBehavior: 'at-most-one' as const } : {}),
    overrideReasons,
    ruleId: rule.id,
    ruleVersion: rule.version,
    needs: matched,
    channel: context.channel.channel,
    evidence: evidenceLines(findings, context, lang),
    responseRequired: rule.prompt.responseRequired,
  };
}

function templateValues(
  findings: readonly NeedFinding[],
  matched: readonly NeedCategory[],
  context: BookingContext,
  lang: Lang,
): TemplateValues {
  // Languages come from the findings that made the rule fire, each once (case-insensitive).
  const languages: string[] = [];
  for (const f of findings) {
    const name = toOneLine(f.language ?? '');
    if (name && !languages.some((l) => l.toLowerCase() === name.toLowerCase())) languages.push(name);
  }
  const labels = matched.map((c) => needLabel(c, lang));
  return {
    language: languages.length > 0 ? joinList(languages, lang) : phrase('languageNotRecorded', lang),
    need: labels[0] ?? '',
    needs: joinList(labels, lang),
    channel: channelLabel(context.channel.channel, lang),
  };
}

/** Render, flatten to one line, capitalise, and cut to `max`. Empty when nothing is left. */
function oneLine(template: string, values: TemplateValues, max: number): string {
  const text = toOneLine(renderTemplate(template, values));
  return text ? truncateText(capitalise(text), max) : '';
}

/** Lookup that ignores inherited keys, so a rule cannot reach Object.prototype through a record. */
function ownValue(record: Record<string, string> | undefined, key: string): string | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** "Alert: Interpreter needed - Polish" for each finding, then "Slot type: Telephone (TC - 10 min)". */
function evidenceLines(findings: readonly NeedFinding[], context: BookingContext, lang: Lang): string[] {
  const lines: string[] = [];
  for (const f of findings) {
    const source = toOneLine(f.source);
    const evidence = toOneLine(f.evidence);
    if (!evidence) continue;
    const line = truncateText(source ? `${source}: ${evidence}` : evidence, EVIDENCE_LINE_MAX);
    if (!lines.includes(line) && lines.length < EVIDENCE_LINES_MAX - 1) lines.push(line);
  }
  const channelName = capitalise(channelLabel(context.channel.channel, lang));
  const read = toOneLine(context.channel.evidence);
  const slot =
    read && read.toLowerCase() !== channelName.toLowerCase()
      ? `${phrase('slotType', lang)}: ${channelName} (${read})`
      : `${phrase('slotType', lang)}: ${channelName}`;
  lines.push(truncateText(slot, EVIDENCE_LINE_MAX));
  return lines;
}
