/**
 * A small model of Chrome's policy schema rules (components/policy/core/common/schema.cc), enough to
 * catch a managed_schema Chrome would refuse (it then refuses to load the extension) and policy values
 * Chrome would drop. Attributes allowed per type are Chrome's; anything else is reported.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const COMMON = ['description', 'id', 'title', 'type', 'sensitiveValue'];
const ALLOWED: Record<string, string[]> = {
  array: [...COMMON, 'items'],
  boolean: COMMON,
  integer: [...COMMON, 'enum', 'minimum', 'maximum'],
  number: COMMON,
  object: [...COMMON, 'properties', 'patternProperties', 'additionalProperties', 'required'],
  string: [...COMMON, 'enum', 'pattern'],
};
const REF_ALLOWED = ['$ref', 'description', 'title'];

const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems Chrome would refuse the schema for; empty when Chrome would load it. */
export function chromeSchemaProblems(root: unknown): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const refs: Array<[string, string]> = [];
  if (!isObject(root) || root.type !== 'object')
    problems.push('(root): the top-level schema must have type "object"');
  if (isObject(root) && 'additionalProperties' in root)
    problems.push('(root): top-level additionalProperties is not allowed');

  const visit = (schema: unknown, path: string) => {
    if (!isObject(schema)) {
      problems.push(`${path}: a schema must be an object`);
      return;
    }
    if (typeof schema.$ref === 'string') {
      refs.push([path, schema.$ref]);
      for (const key of Object.keys(schema))
        if (!REF_ALLOWED.includes(key)) problems.push(`${path}: "${key}" not allowed with $ref`);
      return;
    }
    const type = schema.type;
    if (typeof type !== 'string' || !(type in ALLOWED)) {
      problems.push(`${path}: each schema needs exactly one known "type" or a "$ref"`);
      return;
    }
    for (const key of Object.keys(schema)) {
      if (!ALLOWED[type]?.includes(key))
        problems.push(`${path}: unknown attribute "${key}" for type ${type}`);
    }
    if (typeof schema.id === 'string') {
      if (ids.has(schema.id)) problems.push(`${path}: id "${schema.id}" defined twice`);
      ids.add(schema.id);
    }
    if ('enum' in schema) {
      const list = schema.enum;
      const itemType = type === 'integer' ? 'number' : 'string';
      if (!Array.isArray(list) || list.length === 0 || list.some((v) => typeof v !== itemType)) {
        problems.push(`${path}: enum must be a non-empty list of ${type} values`);
      }
    }
    if (type === 'integer' && typeof schema.minimum === 'number' && typeof schema.maximum === 'number') {
      if (schema.minimum > schema.maximum) problems.push(`${path}: minimum above maximum`);
    }
    if (type === 'array') visit(schema.items, `${path}.items`);
    if (type === 'object') {
      const props = schema.properties;
      if (props !== undefined) {
        if (!isObject(props)) problems.push(`${path}.properties: must be an object`);
        else for (const [key, value] of Object.entries(props)) visit(value, `${path}.${key}`);
      }
      if (schema.additionalProperties !== undefined)
        visit(schema.additionalProperties, `${path}.additionalProperties`);
      if (schema.required !== undefined) {
        const required = schema.required;
        if (!Array.isArray(required)) problems.push(`${path}.required: must be a list`);
        else
          for (const name of required) {
            if (typeof name !== 'string' || !isObject(props) || !(name in props)) {
              problems.push(`${path}.required: unknown property ${String(name)}`);
            }
          }
      }
    }
  };
  visit(root, '(root)');
  for (const [path, ref] of refs)
    if (!ids.has(ref)) problems.push(`${path}: $ref "${ref}" has no matching id`);
  return problems;
}

/** Where a value breaks the schema (Chrome would not publish it); empty when it conforms. */
export function chromeValueProblems(root: Schema, value: unknown): string[] {
  const byId = new Map<string, Schema>();
  const collect = (schema: unknown) => {
    if (!isObject(schema)) return;
    if (typeof schema.id === 'string') byId.set(schema.id, schema);
    if (isObject(schema.properties)) for (const v of Object.values(schema.properties)) collect(v);
    collect(schema.items);
    collect(schema.additionalProperties);
  };
  collect(root);
  const problems: string[] = [];
  const check = (schemaIn: Schema, v: unknown, path: string) => {
    const schema = typeof schemaIn.$ref === 'string' ? byId.get(schemaIn.$ref) : schemaIn;
    if (!schema) {
      problems.push(`${path}: unresolved $ref`);
      return;
    }
    const type = schema.type;
    const actual = Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
    const ok =
      (type === 'integer' && Number.isInteger(v)) ||
      (type === 'number' && typeof v === 'number') ||
      (type === 'object' && actual === 'object') ||
      type === actual;
    if (!ok) {
      problems.push(`${path}: expected ${String(type)}, got ${actual}`);
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(v as Json))
      problems.push(`${path}: ${String(v)} not in enum`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(String(v))) {
      problems.push(`${path}: does not match ${schema.pattern}`);
    }
    if (type === 'integer') {
      if (typeof schema.minimum === 'number' && (v as number) < schema.minimum)
        problems.push(`${path}: below minimum`);
      if (typeof schema.maximum === 'number' && (v as number) > schema.maximum)
        problems.push(`${path}: above maximum`);
    }
    if (type === 'array' && isObject(schema.items)) {
      (v as unknown[]).forEach((item, i) => {
        check(schema.items as Schema, item, `${path}[${i}]`);
      });
    }
    if (type === 'object') {
      const record = v as Record<string, unknown>;
      const props = isObject(schema.properties) ? schema.properties : {};
      for (const name of Array.isArray(schema.required) ? schema.required : []) {
        if (typeof name === 'string' && !(name in record)) problems.push(`${path}.${name}: required`);
      }
      for (const [key, child] of Object.entries(record)) {
        const sub = props[key] ?? schema.additionalProperties;
        if (isObject(sub)) check(sub, child, `${path}.${key}`);
        else problems.push(`${path}.${key}: unknown property (Chrome drops it)`);
      }
    }
  };
  check(root, value, '(policy)');
  return problems;
}
