import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, NEED_CATEGORIES } from '../../../lib/model';
import { defaultRules } from '../../../lib/rules/defaults';
import {
  applyPolicy,
  describePolicy,
  isEmptyPolicy,
  NO_LOCKS,
  POLICY_ADDED_AT,
  POLICY_KEYS,
  parsePolicy,
} from '../../../lib/settings/policy';
import { defaultSettings, Settings } from '../../../lib/settings/schema';
import { chromeSchemaProblems, chromeValueProblems } from './chrome-schema';
import { validSettings } from './fixtures';

const root = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const managedSchema = readJson('public/managed-schema.json');

describe('parsePolicy', () => {
  it('treats no policy as an empty policy, without warnings', () => {
    for (const raw of [undefined, null, {}]) {
      const { policy, warnings } = parsePolicy(raw);
      expect(isEmptyPolicy(policy)).toBe(true);
      expect(warnings).toEqual([]);
    }
  });

  it('keeps valid values and ignores bad ones with a warning naming the key', () => {
    const { policy, warnings } = parsePolicy({
      adviceOnly: true,
      language: 'fr',
      retentionDays: 0,
      patientReference: 'pseudonymous',
      builtInProfiles: 'yes',
      colour: 'blue',
    });
    expect(policy).toEqual({ adviceOnly: true });
    expect(warnings).toHaveLength(5);
    expect(warnings.join('\n')).toMatch(
      /^patientReference: pseudonymous patient references are not available/m,
    );
    expect(warnings.join('\n')).toMatch(/^language: .*ignored/m);
    expect(warnings.join('\n')).toMatch(/^retentionDays: Retention must be at least 1 day — ignored/m);
    expect(warnings.join('\n')).toMatch(/^builtInProfiles: .*ignored/m);
    expect(warnings.join('\n')).toMatch(/^colour: unknown policy ignored/m);
  });

  it('turns site addresses into match patterns with derived ids', () => {
    const { policy, warnings } = parsePolicy({
      sites: [
        { name: 'EMIS', origin: 'https://emis.example.nhs.uk/appointments?x=1' },
        { origin: 'https://*.systmone.example.nhs.uk/*' },
        { name: 'Bad', origin: 'ftp://files.example' },
        'not a site',
      ],
    });
    expect(policy.sites).toEqual([
      {
        id: 'org-emis-example-nhs-uk',
        name: 'EMIS',
        origin: 'https://emis.example.nhs.uk/*',
        enabled: true,
        addedAt: POLICY_ADDED_AT,
      },
      {
        id: 'org-systmone-example-nhs-uk',
        name: '*.systmone.example.nhs.uk',
        origin: 'https://*.systmone.example.nhs.uk/*',
        enabled: true,
        addedAt: POLICY_ADDED_AT,
      },
    ]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^sites\[2\]\.origin: .* — site ignored$/);
    expect(warnings[1]).toMatch(/^sites\[3\]: must be an object/);
  });

  it('checks each rule with the Rule schema; a list with no valid rule is ignored, not applied as "no rules"', () => {
    const good = defaultRules()[0]!;
    const bad = { ...defaultRules()[1]!, prompt: { ...defaultRules()[1]!.prompt, summary: '' } };
    const some = parsePolicy({ rules: [good, bad] });
    expect(some.policy.rules?.map((r) => r.id)).toEqual([good.id]);
    expect(some.warnings[0]).toMatch(/^rules\[1\]\.prompt\.summary: Summary cannot be empty — rule ignored$/);

    const none = parsePolicy({ rules: [bad] });
    expect(none.policy.rules).toBeUndefined();
    expect(none.warnings.at(-1)).toMatch(/no valid rules/);

    expect(parsePolicy({ rules: [] }).policy.rules).toEqual([]);
  });

  it('checks vocabulary entries with the recogniser’s own rules', () => {
    const { policy, warnings } = parsePolicy({
      vocabulary: [
        { category: 'no-digital-access', keyword: 'DIGEX', code: 'LOC001' },
        { category: 'not-a-need', keyword: 'x' },
        { category: 'interpreter', keyword: '!!!' },
      ],
    });
    expect(policy.vocabulary).toEqual([{ category: 'no-digital-access', keyword: 'DIGEX', code: 'LOC001' }]);
    expect(warnings).toHaveLength(2);
  });

  it('never throws on hostile input', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const raw of [cyclic, 'text', 42, [], { sites: 'x', rules: {}, disabledRules: [1, 'ok'] }]) {
      expect(() => parsePolicy(raw)).not.toThrow();
    }
    expect(parsePolicy({ disabledRules: [1, 'ok'] }).policy.disabledRules).toEqual(['ok']);
  });
});

describe('applyPolicy', () => {
  it('changes nothing and locks nothing for an empty policy', () => {
    const local = validSettings();
    const { settings, locks } = applyPolicy(local, {});
    expect(settings).toEqual(local);
    expect(locks).toEqual(NO_LOCKS);
  });

  it('forces single values over local ones and locks them', () => {
    const local = validSettings();
    const { settings, locks } = applyPolicy(local, {
      adviceOnly: !local.adviceOnly,
      language: 'cy',
      retentionDays: 30,
    });
    expect(settings.adviceOnly).toBe(!local.adviceOnly);
    expect(settings.language).toBe('cy');
    expect(settings.privacy).toEqual({ patientReference: local.privacy.patientReference, retentionDays: 30 });
    expect(locks).toMatchObject({
      adviceOnly: true,
      language: true,
      retentionDays: true,
      patientReference: false,
    });
    expect(local).toEqual(validSettings()); // input untouched
  });

  it('puts policy sites first and hides a local site for the same address', () => {
    const local = validSettings();
    const { policy } = parsePolicy({
      sites: [
        { name: 'EMIS (organisation)', origin: local.sites[0]!.origin },
        { origin: 'https://new.example.nhs.uk' },
      ],
    });
    const { settings, locks } = applyPolicy(local, policy);
    expect(settings.sites.map((s) => s.name)).toEqual([
      'EMIS (organisation)',
      'new.example.nhs.uk',
      local.sites[1]!.name,
    ]);
    expect(locks.siteIds).toEqual(['org-emis-example-nhs-uk', 'org-new-example-nhs-uk']);
  });

  it('replaces the rules, or switches named rules off', () => {
    const local = validSettings();
    const [first, second] = defaultRules();
    const replaced = applyPolicy(local, { rules: [first!] });
    expect(replaced.settings.rules.map((r) => r.id)).toEqual([first!.id]);
    expect(replaced.locks.rules).toBe(true);

    const disabled = applyPolicy(local, { disabledRules: [second!.id, 'no-such-rule'] });
    expect(disabled.settings.rules.find((r) => r.id === second!.id)?.enabled).toBe(false);
    expect(disabled.settings.rules.filter((r) => !r.enabled).length).toBe(
      local.rules.filter((r) => !r.enabled).length + 1,
    );
    expect(disabled.locks.rules).toBe(false);
  });

  it('adds policy vocabulary first, without duplicates, and counts the locked entries', () => {
    const local = validSettings();
    const { settings, locks } = applyPolicy(local, {
      vocabulary: [
        { category: 'no-digital-access', keyword: 'No Smartphone' },
        { category: 'no-digital-access', keyword: 'DIGEX' },
      ],
    });
    expect(settings.vocabulary.entries.slice(0, 2).map((e) => e.keyword)).toEqual(['No Smartphone', 'DIGEX']);
    expect(
      settings.vocabulary.entries.filter((e) => e.keyword.toLowerCase() === 'no smartphone'),
    ).toHaveLength(1);
    expect(locks.vocabularyEntries).toBe(2);
  });

  it('always returns valid settings', () => {
    const { policy } = parsePolicy(
      readJson('docs/policy-examples/chromium-equity-prompts.json')['3rdparty'].extensions
        .abcdefghijklmnopabcdefghijklmnop,
    );
    const { settings } = applyPolicy(defaultSettings(), policy);
    expect(Settings.safeParse(settings).success).toBe(true);
    expect(describePolicy(policy).length).toBeGreaterThan(5);
  });
});

describe('public/managed-schema.json', () => {
  it('is a schema Chrome accepts (else Chrome refuses to load the extension)', () => {
    expect(chromeSchemaProblems(managedSchema)).toEqual([]);
  });

  it('the checker is real: it catches what Chrome refuses', () => {
    expect(chromeSchemaProblems({ type: 'object', additionalProperties: { type: 'string' } })).not.toEqual(
      [],
    );
    expect(
      chromeSchemaProblems({ type: 'object', properties: { a: { type: 'string', minLength: 1 } } }),
    ).not.toEqual([]);
    expect(chromeSchemaProblems({ type: 'object', properties: { a: { $ref: 'Nope' } } })).not.toEqual([]);
    expect(chromeSchemaProblems({ type: 'array', items: { type: 'string' } })).not.toEqual([]);
  });

  it('declares exactly the policies parsePolicy reads', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('lists the same need categories and channels as the model', () => {
    const text = JSON.stringify(managedSchema);
    const enumAfter = (id: string) => {
      const match = new RegExp(`"id":"${id}","type":"string","enum":(\\[[^\\]]*\\])`).exec(text);
      return match ? JSON.parse(match[1]!) : undefined;
    };
    expect(enumAfter('NeedCategory')).toEqual([...NEED_CATEGORIES]);
    expect(enumAfter('Channel')).toEqual([...CHANNELS]);
  });

  it('accepts every default rule (so IT can deploy an exported rule list)', () => {
    expect(chromeValueProblems(managedSchema, { rules: defaultRules() })).toEqual([]);
  });
});

describe('docs/policy-examples', () => {
  /** The value at a path of plain objects, `undefined` when any step is missing. */
  const dig = (value: unknown, ...keys: string[]): unknown =>
    keys.reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      value,
    );
  const onlyValue = (value: unknown) => Object.values((value ?? {}) as Record<string, unknown>)[0];
  const examples: Array<[string, (json: unknown) => unknown]> = [
    ['chromium-equity-prompts.json', (j) => onlyValue(dig(j, '3rdparty', 'extensions'))],
    ['chromium-lock-all.json', (j) => onlyValue(dig(j, '3rdparty', 'extensions'))],
    ['chromium-rules.json', (j) => onlyValue(dig(j, '3rdparty', 'extensions'))],
    [
      'firefox-policies.json',
      (j) => dig(j, 'policies', '3rdparty', 'Extensions', 'equity-prompts@example.nhs.uk'),
    ],
  ];
  it.each(examples)('%s conforms to the managed schema and parses without warnings', (file, pick) => {
    const policy = pick(readJson(`docs/policy-examples/${file}`));
    expect(policy).toBeTruthy();
    expect(chromeValueProblems(managedSchema, policy)).toEqual([]);
    const parsed = parsePolicy(policy);
    expect(parsed.warnings).toEqual([]);
    expect(isEmptyPolicy(parsed.policy)).toBe(false);
    expect(Settings.safeParse(applyPolicy(validSettings(), parsed.policy).settings).success).toBe(true);
  });
});

/**
 * The managed schema's rule and profile definitions must follow the zod schemas (a field added to
 * Rule or SiteProfile must be added here too, or Chrome drops it from policy silently).
 */
describe('managed schema follows the zod schemas', () => {
  interface Def {
    type: string;
    shape?: Record<string, unknown>;
    element?: unknown;
    innerType?: unknown;
    options?: unknown[];
    entries?: Record<string, string>;
    valueType?: unknown;
  }
  type JsonSchema = {
    type?: string;
    $ref?: string;
    id?: string;
    properties?: Record<string, JsonSchema>;
    items?: JsonSchema;
    enum?: unknown[];
    additionalProperties?: JsonSchema;
  };
  const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
  const ids = new Map<string, JsonSchema>();
  const collect = (s: JsonSchema | undefined) => {
    if (!s) return;
    if (s.id) ids.set(s.id, s);
    for (const child of Object.values(s.properties ?? {})) collect(child);
    collect(s.items);
    collect(s.additionalProperties);
  };
  collect(managedSchema);
  const resolve = (s: JsonSchema): JsonSchema => (s.$ref ? (ids.get(s.$ref) ?? s) : s);

  function differences(zod: unknown, json: JsonSchema, path: string): string[] {
    const def = defOf(zod);
    const schema = resolve(json);
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
        return differences(def.innerType, json, path);
      case 'object': {
        const zodKeys = Object.keys(def.shape ?? {}).sort();
        const jsonKeys = Object.keys(schema.properties ?? {}).sort();
        if (JSON.stringify(zodKeys) !== JSON.stringify(jsonKeys))
          return [`${path}: ${jsonKeys} vs ${zodKeys}`];
        return zodKeys.flatMap((k) => differences(def.shape?.[k], schema.properties![k]!, `${path}.${k}`));
      }
      case 'array':
        return schema.items ? differences(def.element, schema.items, `${path}[]`) : [`${path}: no items`];
      case 'enum': {
        const values = Object.values(def.entries ?? {});
        return JSON.stringify(values) === JSON.stringify(schema.enum)
          ? []
          : [`${path}: enum ${schema.enum} vs ${values}`];
      }
      case 'record':
        return schema.additionalProperties ? [] : [`${path}: record without additionalProperties`];
      case 'union':
        // RuleAction: one object listing every option's fields.
        return schema.type === 'object' ? [] : [`${path}: expected an object`];
      default:
        return [];
    }
  }

  it('for rules', async () => {
    const { Rule } = await import('../../../lib/rules/schema');
    expect(differences(Rule, managedSchema.properties.rules.items, 'rules[]')).toEqual([]);
  });
  it('for site profiles', async () => {
    const { SiteProfile } = await import('../../../lib/profiles/schema');
    expect(differences(SiteProfile, managedSchema.properties.profiles.items, 'profiles[]')).toEqual([]);
  });
});

describe('log policy: chainSecret and forbidClearLog', () => {
  const secret = 's3cret-that-is-long-enough-for-hmac-keys!';

  it('accepts a long secret and the clear switch, and describes them without the secret', () => {
    const { policy, warnings } = parsePolicy({ chainSecret: secret, forbidClearLog: true });
    expect(warnings).toEqual([]);
    expect(policy).toEqual({ chainSecret: secret, forbidClearLog: true });
    const lines = describePolicy(policy).join('\n');
    expect(lines).toContain(
      "The flag log is keyed with your organisation's secret (the secret is not shown)",
    );
    expect(lines).toContain('Clearing the flag log: not allowed');
    expect(lines).not.toContain(secret);
  });

  it('ignores a short or non-text secret with a warning that does not repeat it', () => {
    for (const bad of ['short-secret', 12345]) {
      const { policy, warnings } = parsePolicy({ chainSecret: bad });
      expect(policy.chainSecret).toBeUndefined();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^chainSecret: must be (at least 32 characters|text) — ignored$/);
      expect(warnings[0]).not.toContain(String(bad));
    }
  });

  it('ignores a forbidClearLog that is not true or false', () => {
    const { policy, warnings } = parsePolicy({ forbidClearLog: 'yes' });
    expect(policy).toEqual({});
    expect(warnings).toEqual(['forbidClearLog: must be true or false — ignored']);
  });
});
