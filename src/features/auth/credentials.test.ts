import { describe, expect, it } from 'vitest';
import { extractCredentials, parseAuthorizationHeader } from './credentials.ts';

describe('parseAuthorizationHeader', () => {
  it.each([
    ['Token token=abc, device=open_api, version_code=9.9.9', { token: 'abc', device: 'open_api', versionCode: '9.9.9' }],
    ['Token token="abc", device="open_api", version_code="9.9.9"', { token: 'abc', device: 'open_api', versionCode: '9.9.9' }],
    ["Token token='abc', device='dingtalk'", { token: 'abc', device: 'dingtalk' }],
    ['Token token=abc', { token: 'abc' }],
    ['token token=abc,device=web', { token: 'abc', device: 'web' }],
    ['TOKEN Token=abc; Device=ios', { token: 'abc', device: 'ios' }],
    ['Token  token = abc ,  device = wxwork ', { token: 'abc', device: 'wxwork' }],
    ['Token abc', { token: 'abc' }],
    ['Token "abc", device=web', { token: 'abc', device: 'web' }],
    ['Token abc-_XYZ09, version_code=1.0', { token: 'abc-_XYZ09', versionCode: '1.0' }],
    ['Bearer abc', { token: 'abc' }],
    ['Token version_code=9.9.9, token=abc', { token: 'abc', versionCode: '9.9.9' }],
  ])('%s', (header, expected) => {
    expect(parseAuthorizationHeader(header)).toEqual(expected);
  });

  it.each([
    ['Basic dXNlcjpwYXNz'],
    ['Token'],
    ['Token '],
    ['Token token='],
    ['Token token=""'],
    ['Token device=open_api'],
    ['Bearer'],
    ['abc'],
    [''],
  ])('finds no token in %j', (header) => {
    expect(parseAuthorizationHeader(header).token).toBeUndefined();
  });

  it('keeps the device of a header without a token', () => {
    expect(parseAuthorizationHeader('Token device=open_api, version_code=9.9.9')).toEqual({ device: 'open_api', versionCode: '9.9.9' });
  });

  it('does not read keys from inside a quoted value', () => {
    expect(parseAuthorizationHeader('Token token="a, device=x", device=web')).toEqual({ token: 'a, device=x', device: 'web' });
  });
});

describe('extractCredentials', () => {
  it('returns nothing from an empty request', () => {
    expect(extractCredentials({})).toEqual({});
    expect(extractCredentials({ query: {}, body: undefined })).toEqual({});
  });

  it('prefers the Authorization header, then access-token, then the query, then the body', () => {
    const all = {
      authorization: 'Token token=from-header',
      accessToken: 'from-access-token',
      query: { user_token: 'from-query' },
      body: { user_token: 'from-body' },
    };
    expect(extractCredentials(all).token).toBe('from-header');
    expect(extractCredentials({ ...all, authorization: undefined }).token).toBe('from-access-token');
    expect(extractCredentials({ ...all, authorization: undefined, accessToken: undefined }).token).toBe('from-query');
    expect(extractCredentials({ body: all.body }).token).toBe('from-body');
    // A header without a token does not hide a token elsewhere.
    expect(extractCredentials({ authorization: 'Basic xyz', query: { user_token: 'q' } }).token).toBe('q');
  });

  it('takes device and version_code from the header, else the query, else the body, independently of the token', () => {
    expect(
      extractCredentials({
        authorization: 'Token token=t',
        query: { device: 'dingtalk' },
        body: { device: 'web', version_code: '3.13.0' },
      }),
    ).toEqual({ token: 't', device: 'dingtalk', versionCode: '3.13.0' });
    expect(extractCredentials({ accessToken: 't', body: { device: 'web' } })).toEqual({ token: 't', device: 'web' });
  });

  it('trims values and treats blanks as absent', () => {
    expect(extractCredentials({ query: { user_token: '  t  ', device: '   ', version_code: '' } })).toEqual({ token: 't' });
    expect(extractCredentials({ accessToken: '   ', query: { user_token: 'q' } })).toEqual({ token: 'q' });
  });

  it('ignores non-string values (Rails-style arrays and nested objects, JSON numbers)', () => {
    expect(extractCredentials({ query: { user_token: ['a', 'b'], device: { x: '1' } }, body: { user_token: 42 } })).toEqual({});
    expect(extractCredentials({ body: 'user_token=abc' })).toEqual({});
    expect(extractCredentials({ body: null })).toEqual({});
  });
});
