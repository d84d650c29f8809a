import { validationError } from '../openstack/errors.js';

/**
 * Checks an untrusted payload before zod sees it: bounded depth, size and key count, and no
 * keys that could reach a prototype. Iterative, so a 1,000-level payload cannot blow the stack.
 */
export interface ShapeLimits {
  maxDepth: number;
  maxStringLength: number;
  maxNodes: number;
}

export const DEFAULT_LIMITS: ShapeLimits = { maxDepth: 32, maxStringLength: 1_000_000, maxNodes: 50_000 };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function assertSafeShape(value: unknown, limits: ShapeLimits = DEFAULT_LIMITS): void {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    const field = path.length ? path.join('.') : '(input)';
    if (++nodes > limits.maxNodes) throw validationError('(input)', `more than ${limits.maxNodes} values`);
    if (path.length > limits.maxDepth) throw validationError(field, `nested deeper than ${limits.maxDepth} levels`);
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength) throw validationError(field, `longer than ${limits.maxStringLength} characters`);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
    } else if (v !== null && typeof v === 'object') {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) throw validationError(field, 'must be plain data');
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) throw validationError([...path, key].join('.'), 'this key is not allowed');
        stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
      }
    } else if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') {
      throw validationError(field, `a ${typeof v} is not data`);
    }
  }
}
