import { describe, expect, it } from 'vitest';
import { AppError, envelopeOf, ErrorKinds, invalidParameter, missingParameter, notFound, type ErrorKindName } from './errors.ts';

const names = Object.keys(ErrorKinds) as ErrorKindName[];

describe('the error catalogue', () => {
  it('gives every kind its own code and its own error key', () => {
    const codes = names.map((name) => ErrorKinds[name].code);
    const keys = names.map((name) => ErrorKinds[name].key);
    expect(new Set(codes).size).toBe(names.length);
    expect(new Set(keys).size).toBe(names.length);
  });

  it('holds exactly these codes, keys and strict statuses', () => {
    expect(names.map((name) => [ErrorKinds[name].code, ErrorKinds[name].key, ErrorKinds[name].strictStatus])).toEqual([
      [100000, 'invalid_app_error', 400],
      [100100, 'active_record/record_not_found', 404],
      [100400, 'login_failed', 401],
      [100401, 'user_authentication_error', 401],
      [100403, 'permission_denied', 403],
      [100404, 'routing_error', 404],
      [100406, 'invalid_parameter', 422],
      [100409, 'conflict', 409],
      [100413, 'payload_too_large', 413],
      [100500, 'internal_error', 500],
      [100503, 'service_unavailable', 503],
    ]);
  });

  it('has a Chinese and an English message for every kind', () => {
    for (const name of names) {
      expect(ErrorKinds[name].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(ErrorKinds[name].en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('envelopes', () => {
  it('answers the three IKCRM envelopes clients key on, byte for byte', () => {
    expect(JSON.stringify(envelopeOf(new AppError('invalidDevice'), 'zh'))).toBe(
      '{"code":100000,"message":"device参数错误","error":"invalid_app_error"}',
    );
    expect(JSON.stringify(envelopeOf(new AppError('unauthenticated'), 'zh'))).toBe(
      '{"code":100401,"message":"您的登录已经过期,请重新登录!","error":"user_authentication_error"}',
    );
    expect(JSON.stringify(envelopeOf(notFound(), 'zh'))).toBe(
      '{"code":100100,"message":"您没有权限查看该对象或该对象不存在。","error":"active_record/record_not_found"}',
    );
  });

  it('speaks English on request', () => {
    expect(envelopeOf(new AppError('unauthenticated'), 'en')).toEqual({
      code: 100401,
      message: 'Your session has expired, please log in again!',
      error: 'user_authentication_error',
    });
  });

  it('names the parameter in 100406, with the accepted values when there is a closed set', () => {
    expect(envelopeOf(invalidParameter('date', ['all', 'today']), 'zh')).toEqual({
      code: 100406,
      message: '参数错误：date 无效,可选值: all, today',
      error: 'invalid_parameter',
    });
    expect(envelopeOf(invalidParameter('date', ['all', 'today']), 'en').message).toBe('Invalid parameter: date is invalid; accepted: all, today');
    expect(envelopeOf(invalidParameter('page'), 'zh').message).toBe('参数错误：page 无效');
    expect(envelopeOf(invalidParameter('per_page', '1..200'), 'en').message).toBe('Invalid parameter: per_page is invalid; accepted: 1..200');
    expect(envelopeOf(missingParameter('corp_id'), 'zh')).toEqual({ code: 100406, message: '参数错误：缺少 corp_id', error: 'invalid_parameter' });
    expect(envelopeOf(missingParameter('corp_id'), 'en').message).toBe('Invalid parameter: corp_id is required');
  });

  it('keeps the English message with detail as the Error message (for logs)', () => {
    const err = missingParameter('login');
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toBe('Invalid parameter: login is required');
    expect(err.kind).toBe(ErrorKinds.invalidParameter);
  });
});
