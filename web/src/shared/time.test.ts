import { beforeAll, describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import i18next from 'i18next';
import { zhCN } from '../i18n/zh-CN.ts';
import { dayHeader, overdueDays, presetRemind, wechatTime } from './time.ts';

beforeAll(async () => {
  await i18next.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN } }, interpolation: { escapeValue: false } });
});

const now = dayjs('2026-03-05 15:30', 'YYYY-MM-DD HH:mm');

describe('WeChat-style times', () => {
  it('says 刚刚, N分钟前, the time today, 昨天 HH:mm, then dates', () => {
    expect(wechatTime('2026-03-05 15:30', now)).toBe('刚刚');
    expect(wechatTime('2026-03-05 15:27', now)).toBe('3分钟前');
    expect(wechatTime('2026-03-05 09:05', now)).toBe('09:05');
    expect(wechatTime('2026-03-04 14:07', now)).toBe('昨天 14:07');
    expect(wechatTime('2026-01-20 08:00', now)).toBe('1月20日 08:00');
    expect(wechatTime('2025-12-31 23:59', now)).toBe('2025年12月31日 23:59');
  });
  it('heads days as 今天, 昨天, 3月2日 周一', () => {
    expect(dayHeader('2026-03-05', now)).toBe('今天');
    expect(dayHeader('2026-03-04', now)).toBe('昨天');
    expect(dayHeader('2026-03-02', now)).toBe('3月2日 周一');
    expect(dayHeader('2025-03-02', now)).toBe('2025年3月2日 周日');
  });
});

describe('reminders', () => {
  it('counts whole overdue days', () => {
    expect(overdueDays('2026-03-05 09:00', now)).toBe(0);
    expect(overdueDays('2026-03-03 18:00', now)).toBe(2);
    expect(overdueDays('2026-03-06 09:00', now)).toBe(0);
  });
  it('presets land at 09:00; next Monday from a Thursday and from a Monday', () => {
    expect(presetRemind('tomorrow', now).format('YYYY-MM-DD HH:mm')).toBe('2026-03-06 09:00');
    expect(presetRemind('in3days', now).format('YYYY-MM-DD HH:mm')).toBe('2026-03-08 09:00');
    expect(presetRemind('nextMonday', now).format('YYYY-MM-DD HH:mm')).toBe('2026-03-09 09:00');
    const monday = dayjs('2026-03-09 10:00', 'YYYY-MM-DD HH:mm');
    expect(presetRemind('nextMonday', monday).format('YYYY-MM-DD HH:mm')).toBe('2026-03-16 09:00');
  });
});
