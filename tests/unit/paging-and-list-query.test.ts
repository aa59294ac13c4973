import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { hasNextPage, parsePaging } from '../../src/domain/paging.ts';
import { flag as parseFlag, idFilter as parseIdList } from '../../src/domain/params.ts';
import { parseRevisitLogListQuery } from '../../src/features/revisit-logs/list-query.ts';

function codeAndMessage(fn: () => unknown): [number, string] {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return [error.kind.code, error.localizedMessage('en')];
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parsePaging', () => {
  it('defaults to page 1 of 15', () => {
    expect(parsePaging({})).toEqual({ page: 1, perPage: 15 });
    expect(parsePaging({ page: '', per_page: '' })).toEqual({ page: 1, perPage: 15 });
  });
  it('reads page 0 and negatives as page 1, and caps per_page at 200', () => {
    expect(parsePaging({ page: '0', per_page: '500' })).toEqual({ page: 1, perPage: 200 });
    expect(parsePaging({ page: '-3', per_page: '-1' })).toEqual({ page: 1, perPage: 15 });
    expect(parsePaging({ page: '3', per_page: '200' })).toEqual({ page: 3, perPage: 200 });
  });
  it('rejects non-integers naming the parameter', () => {
    expect(codeAndMessage(() => parsePaging({ page: 'abc' }))).toEqual([100406, 'Invalid parameter: page is invalid; accepted: an integer']);
    expect(codeAndMessage(() => parsePaging({ per_page: '1.5' }))[1]).toContain('per_page');
  });
  it('computes has_next_page from the exact total', () => {
    expect(hasNextPage({ page: 1, perPage: 200 }, 450)).toBe(true);
    expect(hasNextPage({ page: 3, perPage: 200 }, 450)).toBe(false);
    expect(hasNextPage({ page: 2, perPage: 225 }, 450)).toBe(false);
  });
});

describe('parseIdList and parseFlag', () => {
  it('accepts one id, a comma list and arrays', () => {
    expect(parseIdList('user_id', '7')).toEqual([7]);
    expect(parseIdList('user_id', '7,8, 9')).toEqual([7, 8, 9]);
    expect(parseIdList('user_id', ['7', '8,7'])).toEqual([7, 8]);
    expect(parseIdList('user_id', '')).toBeUndefined();
  });
  it('rejects anything that is not a positive integer', () => {
    expect(codeAndMessage(() => parseIdList('user_id', 'x'))[1]).toContain('user_id');
    expect(codeAndMessage(() => parseIdList('department_id', '0'))[1]).toContain('department_id');
  });
  it('reads flags', () => {
    expect(parseFlag('at_me', '1')).toBe(true);
    expect(parseFlag('at_me', 'false')).toBe(false);
    expect(parseFlag('at_me', undefined)).toBeUndefined();
    expect(codeAndMessage(() => parseFlag('at_me', 'maybe'))[0]).toBe(100406);
  });
});

describe('parseRevisitLogListQuery', () => {
  const now = Date.UTC(2026, 10, 30, 2, 0);
  it('normalizes loggable_type case-insensitively', () => {
    expect(parseRevisitLogListQuery({ loggable_type: 'Customer' }, now, 'Asia/Shanghai').loggableType).toBe('Customer');
    expect(parseRevisitLogListQuery({ loggable_type: 'contact' }, now, 'Asia/Shanghai').loggableType).toBe('Contact');
  });
  it('lists the accepted loggable types on a bad one', () => {
    const [code, message] = codeAndMessage(() => parseRevisitLogListQuery({ loggable_type: 'invoice' }, now, 'Asia/Shanghai'));
    expect(code).toBe(100406);
    expect(message).toContain('loggable_type');
    expect(message).toContain('lead, customer, opportunity, contract, contact');
  });
  it('requires loggable_type with loggable_id', () => {
    expect(codeAndMessage(() => parseRevisitLogListQuery({ loggable_id: '5' }, now, 'Asia/Shanghai'))[1]).toContain('loggable_type');
  });
  it('has no date restriction for one entity without date, and today otherwise', () => {
    expect(parseRevisitLogListQuery({ loggable_type: 'opportunity', loggable_id: '5' }, now, 'Asia/Shanghai').period).toEqual({
      from: undefined,
      until: undefined,
    });
    const today = parseRevisitLogListQuery({}, now, 'Asia/Shanghai').period;
    expect(today.until! - today.from!).toBe(86_400_000);
  });
  it('includes sub-departments unless told not to', () => {
    expect(parseRevisitLogListQuery({ department_id: '3' }, now, 'Asia/Shanghai').includeSubDepartments).toBe(true);
    expect(parseRevisitLogListQuery({ department_id: '3', include_sub_departments: '0' }, now, 'Asia/Shanghai').includeSubDepartments).toBe(false);
  });
});
