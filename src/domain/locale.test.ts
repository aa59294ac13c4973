import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './locale.ts';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['*', 'zh'],
    ['fr-FR', 'zh'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['zh-CN', 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en-US,en;q=0.9,zh-CN;q=0.5', 'en'],
    ['zh;q=0.5, en;q=0.8', 'en'],
    ['fr;q=1, en;q=0.3', 'en'],
    ['en;q=0, zh;q=0.1', 'zh'],
    ['en;q=0', 'zh'],
    ['en;q=abc', 'zh'],
    ['en;q=1.0', 'en'],
    ['de, en ; q=0.7', 'en'],
    // Equal weights: the first listed wins.
    ['en;q=0.5, zh;q=0.5', 'en'],
    ['zh;q=0.5, en;q=0.5', 'zh'],
  ] as const)('%j → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
