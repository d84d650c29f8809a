/**
 * Walks the IPC contract's zod schemas (zod 4 internals: `_zod.def`), so the id tests cover
 * every channel that has or gains an id field without a hand-kept list: where the ids are, and
 * a minimal valid input to plant a bad id in.
 */
import type { z } from 'zod';

type Def = { type: string } & Record<string, unknown>;
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** Dotted paths (array elements as `.0`) of every field whose schema is one of `targets`. */
export function idPaths(schema: z.ZodType, targets: Map<z.ZodType, string>, path = ''): { path: string; kind: string }[] {
  const kind = targets.get(schema);
  if (kind) return [{ path, kind }];
  const d = defOf(schema);
  const join = (k: string) => (path ? `${path}.${k}` : k);
  if (d.type === 'object') return Object.entries(d.shape as Record<string, z.ZodType>).flatMap(([k, v]) => idPaths(v, targets, join(k)));
  if (WRAPPERS.has(d.type)) return idPaths(d.innerType as z.ZodType, targets, path);
  if (d.type === 'array') return idPaths(d.element as z.ZodType, targets, join('0'));
  if (d.type === 'pipe') return idPaths(d.in as z.ZodType, targets, path);
  if (d.type === 'union') {
    const seen = new Map<string, { path: string; kind: string }>();
    for (const o of d.options as z.ZodType[]) for (const p of idPaths(o, targets, path)) seen.set(p.path, p);
    return [...seen.values()];
  }
  return [];
}

const STRINGS = ['abc', 'demo-abc', '2026-01-01T00:00:00Z', '10.0.0.1', 'YWJj', 'ACTIVE', 'http://127.0.0.1:5000/v3', 'ssh-ed25519 AAAA x'];

/** A small valid value for `schema` (required fields only); `fixed` supplies values for given schemas (the profile id). */
export function sample(schema: z.ZodType, fixed: Map<z.ZodType, unknown>): unknown {
  if (fixed.has(schema)) return fixed.get(schema);
  const d = defOf(schema);
  const ok = (v: unknown) => schema.safeParse(v).success;
  switch (d.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d.shape as Record<string, z.ZodType>)) {
        if (!WRAPPERS.has(defOf(v).type) || defOf(v).type === 'nullable') out[k] = sample(v, fixed);
      }
      return out;
    }
    case 'string':
      return STRINGS.find(ok) ?? 'abc';
    case 'number':
      return [1, 0, 100].find(ok) ?? 1;
    case 'boolean':
      return false;
    case 'literal':
      return (d.values as unknown[])[0];
    case 'enum':
      return Object.values(d.entries as Record<string, unknown>)[0];
    case 'array':
      return ok([]) ? [] : [sample(d.element as z.ZodType, fixed)];
    case 'record':
      return {};
    case 'pipe':
      return sample(d.in as z.ZodType, fixed);
    case 'union':
      for (const o of d.options as z.ZodType[]) {
        const v = sample(o, fixed);
        if (ok(v)) return v;
      }
      return sample((d.options as z.ZodType[])[0]!, fixed);
    default:
      return WRAPPERS.has(d.type) ? sample(d.innerType as z.ZodType, fixed) : undefined;
  }
}

/** The schema at a dotted path (through wrappers, arrays and the first union option that has the key). */
export function schemaAt(schema: z.ZodType, parts: string[]): z.ZodType | undefined {
  if (!parts.length) return schema;
  const d = defOf(schema);
  if (WRAPPERS.has(d.type)) return schemaAt(d.innerType as z.ZodType, parts);
  if (d.type === 'pipe') return schemaAt(d.in as z.ZodType, parts);
  if (d.type === 'union') {
    for (const o of d.options as z.ZodType[]) {
      const found = schemaAt(o, parts);
      if (found) return found;
    }
    return undefined;
  }
  const [head, ...rest] = parts as [string, ...string[]];
  if (d.type === 'object') {
    const child = (d.shape as Record<string, z.ZodType>)[head];
    return child && schemaAt(child, rest);
  }
  if (d.type === 'array' && head === '0') return schemaAt(d.element as z.ZodType, rest);
  return undefined;
}

/** A copy of `base` with `value` at the dotted path; missing containers on the way are sampled from the schema. */
export function withValueAt(schema: z.ZodType, base: unknown, path: string, value: unknown, fixed: Map<z.ZodType, unknown>): unknown {
  const parts = path.split('.');
  const root = structuredClone(base) as Record<string, unknown>;
  let node: Record<string, unknown> | unknown[] = root;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const last = i === parts.length - 1;
    if (Array.isArray(node)) {
      if (last) node[0] = value;
      else node[0] ??= sample(schemaAt(schema, parts.slice(0, i + 1))!, fixed);
      if (!last) node = node[0] as Record<string, unknown>;
    } else {
      if (last) node[key] = value;
      else {
        const sub = schemaAt(schema, parts.slice(0, i + 1));
        if (node[key] === undefined) node[key] = parts[i + 1] === '0' ? [] : sample(sub!, fixed);
        node = node[key] as Record<string, unknown>;
      }
    }
  }
  return root;
}
