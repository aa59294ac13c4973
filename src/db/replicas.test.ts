import { describe, expect, it } from 'vitest';
import { parseLsn } from './replicas.ts';

describe('parseLsn', () => {
  it('orders WAL positions by both halves, not as text', () => {
    expect(parseLsn('0/3000148')).toBe(0x3000148n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(parseLsn('0/A') > parseLsn('0/9')).toBe(true);
  });

  it('refuses what is not a position', () => {
    for (const bad of ['', '0', '0/', '/1', 'G/1', '0/1/2', '123456789/0']) expect(() => parseLsn(bad)).toThrow(`not a WAL position: ${bad}`);
  });
});
