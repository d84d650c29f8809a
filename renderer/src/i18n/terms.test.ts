import { describe, expect, it } from 'vitest';
import i18n from './index.js';
import { NOVA_POWER_STATES, NOVA_STATUSES, novaActionText, novaPowerText, novaStatusText, novaTaskText } from './nova-terms.js';
import enNova from './locales/en/nova.json';

const zhFiles = import.meta.glob<Record<string, unknown>>('./locales/zh-CN/*.json', { eager: true, import: 'default' });

/** Every string value of a locale file, with its dotted key. */
function strings(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

const zh = Object.entries(zhFiles).flatMap(([path, json]) => strings(json, path.replace(/^.*\//, '').replace('.json', '')));
const zhT = i18n.getFixedT('zh-CN');
const RAW = /\b[A-Z][A-Z_]{2,}\b/;

describe('Simplified Chinese: one term per concept', () => {
  it('says 云主机 for a server or instance, 云主机类型 for a flavor, 可用区 for an availability zone', () => {
    // 实例 (instance) next to 云主机, 实例类型 next to 云主机类型, 可用域 next to 可用区: the same thing twice
    expect(zh.filter(([, v]) => /实例|可用域|规格/.test(v))).toEqual([]);
    const flavorKeys = zh.filter(([k]) => /(^|\.)flavors?$/.test(k));
    expect(flavorKeys.length).toBeGreaterThan(2);
    for (const [key, v] of flavorKeys) expect(`${key}: ${v}`).toMatch(/云主机类型/);
  });
});

describe('Nova words in Simplified Chinese', () => {
  it('translates every server status and power state', () => {
    for (const s of [...NOVA_STATUSES, ...NOVA_POWER_STATES.filter((p) => p !== 'NOSTATE')]) {
      const text = s in enNova.status ? novaStatusText(zhT, s) : novaPowerText(zhT, s);
      expect(text, s).not.toMatch(RAW);
      expect(text, s).not.toBe(s);
    }
    expect(novaStatusText(zhT, 'active')).toBe(novaStatusText(zhT, 'ACTIVE'));
  });

  it('translates every task state and instance action', () => {
    for (const task of Object.keys(enNova.task)) expect(novaTaskText(zhT, task), task).not.toMatch(/[a-z]{3,}/);
    for (const action of Object.keys(enNova.action)) expect(novaActionText(zhT, action), action).not.toMatch(/[a-z]{3,}/);
  });

  it('keeps a word Nova adds later as Nova wrote it', () => {
    expect(novaStatusText(zhT, 'HIBERNATED')).toBe('HIBERNATED');
  });
});
