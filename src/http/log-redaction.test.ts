import { describe, expect, it } from 'vitest';
import { redactUrl } from './log-redaction.ts';

describe('redactUrl', () => {
  it('redacts exact secret names', () => {
    expect(redactUrl('/api/v2/x?user_token=abc&page=2')).toBe('/api/v2/x?user_token=[redacted]&page=2');
    expect(redactUrl('/files/1/file/a.png?exp=1&sig=abc')).toBe('/files/1/file/a.png?exp=1&sig=[redacted]');
  });

  it('redacts bracket and nesting forms, encoded or not', () => {
    expect(redactUrl('/x?user_token[]=abc&sig[]=def')).toBe('/x?user_token[]=[redacted]&sig[]=[redacted]');
    expect(redactUrl('/x?user_token%5B%5D=abc')).toBe('/x?user_token%5B%5D=[redacted]');
    expect(redactUrl('/x?a[password]=abc&user[password][0]=d')).toBe('/x?a[password]=[redacted]&user[password][0]=[redacted]');
    expect(redactUrl('/x?user_token[a][b]=abc&%75ser_token=z')).toBe('/x?user_token[a][b]=[redacted]&%75ser_token=[redacted]');
    expect(redactUrl('/x?USER_TOKEN=abc&Sig=d')).toBe('/x?USER_TOKEN=[redacted]&Sig=[redacted]');
    expect(redactUrl('/x?user_token.x=abc&user_token =x')).toBe('/x?user_token.x=[redacted]&user_token =[redacted]');
  });

  it('leaves other parameters alone, including names that merely contain a secret word', () => {
    expect(redactUrl('/x?signature_name=a&page=1&sigma=2')).toBe('/x?signature_name=a&page=1&sigma=2');
    expect(redactUrl('/x')).toBe('/x');
  });

  it('redacts a secret with no value and one passed twice', () => {
    expect(redactUrl('/x?user_token&user_token=b')).toBe('/x?user_token=[redacted]&user_token=[redacted]');
  });
});
