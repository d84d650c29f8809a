import { describe, expect, it } from 'vitest';
import { bytesToBase64, textToBase64, utf8Bytes } from './base64.js';

/** Strings of every UTF-8 length class, surrogate pairs and lone surrogates, at every padding length. */
function* samples(): Generator<string> {
  const units = ['a', '\u00e9', '\u20ac', '\ud83d\ude00', '\ud800', '\udfff', '\u0000', '\n'];
  for (let n = 0; n < 6; n++) {
    for (let start = 0; start < units.length; start++) {
      yield Array.from({ length: n }, (_, i) => units[(start + i * 3) % units.length]).join('');
    }
  }
}

// Node's Buffer is the reference: it is what main used before the builder moved to shared/.
describe('base64 without Buffer', () => {
  it('matches Buffer for any text, lone surrogates included', () => {
    for (const text of samples()) expect(textToBase64(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
    expect(textToBase64('\ud800x\udfff')).toBe(Buffer.from('\ud800x\udfff', 'utf8').toString('base64'));
  });

  it('matches Buffer for any bytes, at every padding length', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 255);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    expect(['', 'f', 'fo', 'foo', 'foob'].map(textToBase64)).toEqual(['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==']);
  });

  it('encodes UTF-8 by code point', () => {
    expect(utf8Bytes('é€😀')).toEqual([...Buffer.from('é€😀', 'utf8')]);
  });
});
