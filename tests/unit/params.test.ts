import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import {
  clientTime,
  day,
  findNul,
  flag,
  id,
  idFilter,
  idList,
  integer,
  MAX_LIST_LENGTH,
  oneOf,
  parseClientTime,
  parseDay,
  text,
  textAsSent,
} from '../../src/domain/params.ts';

/** Either a value or a 100406 naming the parameter: nothing else may come out of the module. */
function outcome<T>(fn: () => T): { ok: true; value: T } | { ok: false; code: number; message: string } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, code: error.kind.code, message: error.localizedMessage('en') };
  }
}

/** Anything a query parser or a JSON body can hand over. */
const wireValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('\u0000', "' OR 1=1 --", '%_\\', '[[[[', '__proto__', 'constructor', '2025-02-30', '１２'),
    fc.stringMatching(/^\s*[+-]?\d{0,25}\s*$/),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'a\u0000')), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** The oracle: a plain recursive walk (the module's is iterative). */
function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || containsNul(inner));
}

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

describe('the parameter module: one rule for every route', () => {
  it('answers a value or a 100406 naming the parameter, for any input, never another error', () => {
    const parsers = [
      (v: unknown) => text('p', v, 50),
      (v: unknown) => integer('p', v, { min: 1, max: 100 }),
      (v: unknown) => id('p', v),
      (v: unknown) => idList('p', v),
      (v: unknown) => flag('p', v),
      (v: unknown) => oneOf('p', v, ['asc', 'desc'] as const),
      (v: unknown) => day('p', v),
      (v: unknown) => clientTime('p', v, 'Asia/Shanghai'),
    ];
    fc.assert(
      fc.property(wireValue, fc.nat(parsers.length - 1), (value, which) => {
        const result = outcome(() => parsers[which]!(value));
        if (!result.ok) {
          expect(result.code).toBe(100406);
          expect(result.message).toContain('p ');
        }
      }),
      runs,
    );
  });

  it('reads a repeated scalar as its last value, and `key[]` alike', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), { minLength: 1, maxLength: 5 }), (values) => {
        expect(text('p', values)).toBe(values.at(-1)!.trim());
        expect(textAsSent('p', values)).toBe(values.at(-1));
      }),
      runs,
    );
  });

  it('treats empty and blank text as absent, and trims', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ \t\n]*$/), fc.stringMatching(/^[a-z0-9]+$/), (blank, word) => {
        expect(text('p', blank)).toBeUndefined();
        expect(id('p', blank)).toBeUndefined();
        expect(flag('p', blank)).toBeUndefined();
        expect(text('p', `${blank}${word}${blank}`)).toBe(word);
      }),
      runs,
    );
  });

  it('reads ids from key[] arrays, repeated keys, comma lists and JSON numbers alike, in first-seen order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 20 }), (ids) => {
        const expected = [...new Set(ids)];
        expect(idList('p', ids.map(String))).toEqual(expected);
        expect(idList('p', ids)).toEqual(expected);
        expect(idList('p', ids.join(','))).toEqual(expected);
        expect(idList('p', [ids.slice(0, 1).join(','), ids.slice(1).join(' , ')])).toEqual(expected);
      }),
      runs,
    );
    expect(idList('p', [])).toEqual([]);
    expect(idFilter('p', '')).toBeUndefined();
    expect(idFilter('p', [])).toBeUndefined();
  });

  it('rejects ids that are not positive integers in digits', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: 0 }).map(String), fc.constant('1.5'), fc.constant('1e3'), fc.constant('0x10'), fc.constant('9'.repeat(17)), fc.constant('abc')),
        (bad) => {
          expect(outcome(() => id('p', bad))).toMatchObject({ ok: false, code: 100406 });
          expect(outcome(() => idList('p', `1,${bad}`))).toMatchObject({ ok: false, code: 100406 });
        },
      ),
      runs,
    );
  });

  it('caps every list at MAX_LIST_LENGTH items, whatever its form', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_LIST_LENGTH + 1, max: 50_000 }), (n) => {
        const ids = Array.from({ length: n }, (_, i) => String(i + 1));
        for (const form of [ids, ids.join(','), Object.fromEntries(ids.map((v, i) => [String(i), v]))]) {
          const result = outcome(() => idList('at_user_ids[]', form));
          expect(result).toMatchObject({ ok: false, code: 100406 });
          expect(!result.ok && result.message).toContain(`at most ${MAX_LIST_LENGTH}`);
        }
      }),
      { numRuns: 20 },
    );
    expect(idList('p', Array.from({ length: MAX_LIST_LENGTH }, (_, i) => i + 1))).toHaveLength(MAX_LIST_LENGTH);
  });

  it('reads booleans as 1/0/true/false in any case', () => {
    for (const yes of ['1', 'true', 'TRUE', ' True ', true, 1]) expect(flag('p', yes)).toBe(true);
    for (const no of ['0', 'false', 'False', false, 0]) expect(flag('p', no)).toBe(false);
    expect(outcome(() => flag('p', 'maybe'))).toMatchObject({ ok: false, message: expect.stringContaining('1, 0, true, false') });
  });

  it('lists the accepted values of an enum in its 100406', () => {
    expect(oneOf('order', 'DESC', ['asc', 'desc'] as const)).toBe('desc');
    expect(oneOf('order', undefined, ['asc', 'desc'] as const, 'asc')).toBe('asc');
    expect(outcome(() => oneOf('order', 'sideways', ['asc', 'desc'] as const))).toEqual({
      ok: false,
      code: 100406,
      message: 'Invalid parameter: order is invalid; accepted: asc, desc',
    });
  });

  it('accepts every real day 1970–9999 with - or /, padded or not, and nothing else', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), fc.constantFrom('-', '/'), fc.boolean(), (date, sep, pad) => {
        const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
        const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(parseDay(`${expected.year}${sep}${p(expected.month)}${sep}${p(expected.day)}`)).toEqual(expected);
      }),
      runs,
    );
    for (const bad of ['2025-02-30', '2026-13-01', '2026-00-10', '0001-01-01', '1969-12-31', '2026-11', '2026/11-30', '30/11/2026', '+275760-09-13']) {
      expect(parseDay(bad), bad).toBeUndefined();
    }
  });

  it('bounds client times to the years 1970–9999', () => {
    expect(parseClientTime('+275760-09-13T00:00:00Z', 'UTC')).toBeUndefined();
    expect(parseClientTime('0001-01-01', 'UTC')).toBeUndefined();
    expect(parseClientTime('9999-12-31 23:59', 'UTC')).toBe(Date.UTC(9999, 11, 31, 23, 59));
    expect(parseClientTime('2026/12/1 9:05', 'UTC')).toBe(Date.UTC(2026, 11, 1, 9, 5));
    expect(outcome(() => clientTime('revisit_log[remind_at]', '10000-01-01', 'UTC'))).toMatchObject({ ok: false, code: 100406 });
  });

  it('finds a NUL anywhere in a value, key or nested path, and nothing in clean input', () => {
    fc.assert(
      fc.property(wireValue, (value) => {
        const hasNul = containsNul(value);
        expect(findNul(value, 'body') !== undefined).toBe(hasNul);
      }),
      runs,
    );
    expect(findNul({ revisit_log: { content: 'a\u0000b' } }, '')).toBe('revisit_log[content]');
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findNul(deep, 'body')).toBeDefined();
  });
});
