import { describe, expect, it } from 'vitest';
import { fileNameOf } from './client.ts';

describe('file names from Content-Disposition', () => {
  it('prefers the RFC 5987 UTF-8 name', () => {
    const header = `attachment; filename="____-20261202.csv"; filename*=UTF-8''%E8%B7%9F%E8%BF%9B%E8%AE%B0%E5%BD%95-20261202.csv`;
    expect(fileNameOf(header, 'x')).toBe('跟进记录-20261202.csv');
  });
  it('falls back to the plain name, then to the fallback', () => {
    expect(fileNameOf(`attachment; filename="a.xlsx"; filename*=UTF-8''%E0%A4`, 'x')).toBe('a.xlsx');
    expect(fileNameOf(null, 'export.csv')).toBe('export.csv');
  });
});
