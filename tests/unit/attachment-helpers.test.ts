import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { asciiFallbackName, contentDisposition, sanitizeFileName, withContentExtension } from '../../src/domain/file-names.ts';
import { extensionsFor, guessSubType, isAllowedType, isSafeInline, sniffContentType, subTypeFits } from '../../src/features/attachments/content-sniffing.ts';
import { uploadTooLarge } from '../../src/features/attachments/attachments.service.ts';
import { derivedKey } from '../../src/features/attachments/image-variants.ts';
import { parseByteRange } from '../../src/http/byte-range.ts';
import { sampleFiles } from '../support/sample-files.ts';

describe('sanitizeFileName', () => {
  it.each([
    ['photo.png', 'photo.png'],
    ['/etc/passwd', 'passwd'],
    ['C:\\fakepath\\报价单.xlsx', '报价单.xlsx'],
    ['..\\..\\x.txt', 'x.txt'],
    ['a\u0000b\u001fc\u007f.txt', 'abc.txt'],
    ['invoice\u202egnp.exe', 'invoicegnp.exe'],
    ['  many   spaces .txt ', 'many spaces .txt'],
    ['.hidden', 'hidden'],
    ['', 'file.bin'],
    [undefined, 'file.bin'],
    ['/', 'file.bin'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw, 'file.bin')).toBe(expected);
  });

  it('bounds the length in characters and keeps the extension', () => {
    const name = sanitizeFileName(`${'文'.repeat(300)}.docx`, 'x');
    expect([...name].length).toBe(180);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

describe('withContentExtension', () => {
  it.each([
    ['报价.doc', { mime: 'application/x-cfb', ext: 'cfb' }, '报价.doc'],
    ['报价.XLSX', { mime: 'application/zip', ext: 'zip' }, '报价.XLSX'],
    ['setup.jar', { mime: 'application/zip', ext: 'zip' }, 'setup.jar.zip'],
    ['语音.amr', { mime: 'audio/amr', ext: 'amr' }, '语音.amr'],
    ['语音.silk', { mime: 'audio/mpeg', ext: 'mp3' }, '语音.silk'],
    ['page.html', { mime: 'text/plain', ext: 'txt' }, 'page.html.txt'],
    ['img.png', { mime: 'image/jpeg', ext: 'jpg' }, 'img.png.jpg'],
  ])('%j holding %j → %j', (name, type, expected) => {
    expect(withContentExtension(name, type.ext, extensionsFor(type))).toBe(expected);
  });
});

describe('Content-Disposition', () => {
  it('carries the UTF-8 name per RFC 5987 and an ASCII fallback', () => {
    expect(contentDisposition('attachment', '报价 单(1).pdf')).toBe(
      `attachment; filename="__ _(1).pdf"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%20%E5%8D%95%281%29.pdf`,
    );
    expect(contentDisposition('inline', 'a.png')).toBe(`inline; filename="a.png"; filename*=UTF-8''a.png`);
  });

  it('never lets a quote or backslash out of the quoted fallback', () => {
    expect(asciiFallbackName('a"b\\c%.txt')).toBe('a_b_c_.txt');
  });
});

describe('parseByteRange', () => {
  it.each([
    [undefined, undefined],
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=90-', { start: 90, end: 99 }],
    ['bytes=90-500', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=-500', { start: 0, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=5-1', undefined],
    ['bytes=0-1,5-6', undefined],
    ['items=0-1', undefined],
  ])('%s on 100 bytes → %j', (header, expected) => {
    expect(parseByteRange(header, 100)).toEqual(expected);
  });
});

describe('content sniffing', () => {
  it('recognises files by their bytes', async () => {
    expect(await sniffContentType(await sampleFiles.png(), 'x.exe')).toEqual({ mime: 'image/png', ext: 'png' });
    expect(await sniffContentType(sampleFiles.wav(10), 'a.png')).toEqual({ mime: 'audio/wav', ext: 'wav' });
    expect(await sniffContentType(sampleFiles.exe(), 'a.jpg')).toEqual({ mime: 'application/x-msdownload', ext: 'exe' });
    expect(await sniffContentType(Buffer.from('a,b\n1,2\n'), 'x.csv')).toEqual({ mime: 'text/csv', ext: 'csv' });
    expect(await sniffContentType(Buffer.from('中文文本'), 'x.bin')).toEqual({ mime: 'text/plain', ext: 'txt' });
    expect(await sniffContentType(Buffer.from([0x00, 0x01, 0xff, 0xfe]), 'x.txt')).toBeUndefined();
    expect(await sniffContentType(Buffer.alloc(0), 'x.txt')).toBeUndefined();
  });

  it('keeps text whose sniffed head ends inside a multi-byte character', async () => {
    const head = Buffer.from('好'.repeat(2000)).subarray(0, 4100);
    expect((await sniffContentType(head, 'x.txt'))?.mime).toBe('text/plain');
  });

  it('matches the allow-list exactly or by family', () => {
    const allow = ['image/png', 'audio/*'];
    expect(isAllowedType('image/png', allow)).toBe(true);
    expect(isAllowedType('audio/mpeg', allow)).toBe(true);
    expect(isAllowedType('image/jpeg', allow)).toBe(false);
    expect(isAllowedType('application/x-msdownload', loadConfig({}).uploadAllowedTypes)).toBe(false);
    expect(isAllowedType('image/svg+xml', loadConfig({}).uploadAllowedTypes)).toBe(false);
  });

  it('opens only display-only types inline', () => {
    const inline = ['image/jpeg', 'image/avif', 'audio/amr', 'video/mp4', 'application/pdf', 'text/plain', 'text/csv'];
    const download = ['image/svg+xml', 'application/xml', 'text/html', 'application/xhtml+xml', 'application/zip', 'text/xml'];
    expect(inline.map(isSafeInline)).toEqual(inline.map(() => true));
    expect(download.map(isSafeInline)).toEqual(download.map(() => false));
  });

  it('guesses and checks sub types', () => {
    expect(['image/png', 'audio/amr', 'application/pdf'].map(guessSubType)).toEqual(['image', 'audio', 'file']);
    expect(subTypeFits('file', 'image/png')).toBe(true);
    expect(subTypeFits('image', 'application/pdf')).toBe(false);
    expect(subTypeFits('audio', 'video/mp4')).toBe(true);
  });
});

describe('configuration', () => {
  it('reads S3 settings only when a bucket is named', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    expect(
      loadConfig({
        S3_BUCKET: 'files',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
        S3_FORCE_PATH_STYLE: '1',
      }).s3,
    ).toEqual({ bucket: 'files', region: 'us-east-1', endpoint: 'http://127.0.0.1:9000', accessKeyId: 'k', secretAccessKey: 's', forcePathStyle: true });
    expect(() => loadConfig({ S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'k' })).toThrow(/together/);
  });

  it('reads the upload allow-list and sweep interval', () => {
    const config = loadConfig({ UPLOAD_ALLOWED_TYPES: 'image/PNG, application/pdf', ATTACHMENT_SWEEP_INTERVAL_MINUTES: '0' });
    expect(config.uploadAllowedTypes).toEqual(['image/png', 'application/pdf']);
    expect(config.attachmentSweepIntervalMinutes).toBe(0);
    expect(loadConfig({}).attachmentSweepIntervalMinutes).toBe(60);
  });
});

describe('derived keys', () => {
  it('derive from the random key alone', () => {
    expect(derivedKey('uploads/ab/abc123.png', 'preview')).toBe('derived/uploads/ab/abc123-preview.jpg');
    expect(derivedKey('demo/k1', 'file')).toBe('derived/demo/k1-file.jpg');
  });
});

describe('the size-limit message', () => {
  it('names the limit in a unit that does not round it to nothing', () => {
    expect(uploadTooLarge(20 * 1024 * 1024).localizedMessage('zh')).toBe('文件过大：文件不能超过 20 MB (20971520 字节)');
    expect(uploadTooLarge(64 * 1024).localizedMessage('en')).toBe('File too large: the limit is 64 KB (65536 bytes)');
    expect(uploadTooLarge(1000).localizedMessage('zh')).toBe('文件过大：文件不能超过 1 KB (1000 字节)');
  });
});
