import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, HAS_CHROMIUM, PHONE, RESULTS, startHarness, type Harness } from './browser-harness.ts';

interface Group { key: string; name: string; count: number; entities: number }
interface Stats { groups: Group[]; total: number }
interface ListPage { revisit_logs: { id: number; content: string }[]; total_count: number }

const PHONE_375 = { ...PHONE, viewport: { width: 375, height: 812 } };

async function noHorizontalScroll(page: Page): Promise<void> {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(inner);
}

async function tableRows(page: Page): Promise<Group[]> {
  return page.$$eval('.stats-table tbody tr', (rows) =>
    rows.map((r) => ({
      key: r.getAttribute('data-group-key') ?? '',
      name: r.querySelector('.stats-name')?.textContent ?? '',
      count: Number(r.getAttribute('data-count')),
      entities: Number(r.getAttribute('data-entities')),
    })),
  );
}

async function cardIds(page: Page): Promise<number[]> {
  return page.$$eval('[data-revisit-log-id]', (els) => els.map((e) => Number(e.getAttribute('data-revisit-log-id'))));
}

/** The stats page has settled on what the URL asks for: the request answered and the table (or the empty note) drawn. */
async function statsSettled(page: Page, groupBy: string): Promise<void> {
  await page.waitForSelector(`.stats-table[data-stats-group-by="${groupBy}"], [data-stats-empty]`);
  await page.waitForSelector('.stats-body[aria-busy="false"]');
}

describe.skipIf(!HAS_CHROMIUM)('statistics, search and export in Chromium', () => {
  let h: Harness;
  let token: string;
  const contexts: BrowserContext[] = [];

  /** A context already signed in (the login page itself is covered by web-app.browser.test.ts). */
  async function signedIn(options: typeof DESKTOP): Promise<Page> {
    const ctx = await h.context(options);
    contexts.push(ctx);
    await ctx.addInitScript((t) => localStorage.setItem('genjin.token', t), token);
    return ctx.newPage();
  }

  beforeAll(async () => {
    h = await startHarness();
    token = await h.login();
  });
  afterAll(async () => {
    for (const ctx of contexts) await ctx.close();
    await h?.close();
  });

  it('shows, for every group_by and several periods, exactly the groups and total the API answers', async () => {
    const page = await signedIn(DESKTOP);
    await page.goto('/');
    await page.click('[data-nav="stats"]');
    await page.waitForURL(/\/stats/);
    await statsSettled(page, 'user');
    let checked = 0;
    for (const date of ['all', 'month', 'week']) {
      await page.click(`.period-strip [data-period="${date}"]`);
      for (const groupBy of ['user', 'department', 'day', 'week', 'month', 'category', 'loggable_type']) {
        await page.click(`[data-group-by="${groupBy}"]`);
        await page.waitForURL((url) => url.searchParams.get('group_by') === groupBy && url.searchParams.get('date') === date);
        await statsSettled(page, groupBy);
        const api = await h.api<Stats>('GET', `/revisit_logs/stats?date=${date}&group_by=${groupBy}`, token);
        expect(api.code).toBe(0);
        const list = await h.api<ListPage>('GET', `/revisit_logs/new_index?date=${date}&per_page=1`, token);
        // The page draws the API's answer, and that answer adds up to the list's total.
        expect(await tableRows(page)).toEqual(api.data.groups);
        expect(await page.getAttribute('[data-total]', 'data-total')).toBe(String(api.data.total));
        expect(api.data.total).toBe(list.data.total_count);
        expect(await page.$$eval('[data-bar-key]', (els) => els.map((e) => e.getAttribute('data-bar-key')))).toEqual(api.data.groups.map((g) => g.key));
        if (api.data.groups.length > 0) {
          expect(await page.textContent('[data-stats-total]')).toBe(String(api.data.total));
          checked++;
        }
      }
    }
    // The seeded organization has follow-ups: most combinations drew a table, not the empty note.
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  it('narrows the timeline to the API’s q= answer as one types, and the clear button brings the list back', async () => {
    const all = await h.api<ListPage>('GET', '/revisit_logs/new_index?date=all&per_page=200', token);
    // A two-character word from the seeded content that narrows the list without emptying it.
    let word = '';
    let expected: ListPage | undefined;
    for (const log of all.data.revisit_logs) {
      const han = [...log.content].filter((c) => /\p{Script=Han}/u.test(c)).join('');
      for (let i = 0; i + 2 <= han.length && !word; i += 3) {
        const candidate = han.slice(i, i + 2);
        const answer = await h.api<ListPage>('GET', `/revisit_logs/new_index?date=all&per_page=20&q=${encodeURIComponent(candidate)}`, token);
        if (answer.data.total_count > 0 && answer.data.total_count < all.data.total_count) {
          word = candidate;
          expected = answer.data;
        }
      }
      if (word) break;
    }
    expect(word).not.toBe('');
    const page = await signedIn(PHONE_375);
    await page.goto('/timeline?date=all');
    await page.waitForSelector('[data-revisit-log-id]');
    // A trailing space (the next word is coming) is searched without it, and stays in the box.
    await page.fill('input[name="q"]', `${word} `);
    await page.waitForURL((url) => url.searchParams.get('q') === word);
    await page.waitForFunction((n) => document.querySelector('[data-total]')?.getAttribute('data-total') === String(n), expected!.total_count);
    await page.waitForSelector('[data-revisit-log-id]');
    expect(await cardIds(page)).toEqual(expected!.revisit_logs.map((l) => l.id));
    expect(await page.textContent('[data-total]')).toBe(`共 ${expected!.total_count} 条`);
    expect(await page.inputValue('input[name="q"]')).toBe(`${word} `);
    await noHorizontalScroll(page);
    await page.screenshot({ path: path.join(RESULTS, '375-timeline-search.png') });

    await page.click('[data-action="clear-search"]');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await page.waitForFunction((n) => document.querySelector('[data-total]')?.getAttribute('data-total') === String(n), all.data.total_count);
    expect(await page.inputValue('input[name="q"]')).toBe('');
    const firstPage = await h.api<ListPage>('GET', '/revisit_logs/new_index?date=all&per_page=20', token);
    expect(await cardIds(page)).toEqual(firstPage.data.revisit_logs.map((l) => l.id));
  });

  it('exports the current filters as the API’s own CSV and XLSX, with the token header', async () => {
    const page = await signedIn(DESKTOP);
    await page.goto('/timeline?date=all&loggable_type=customer');
    await page.waitForSelector('[data-revisit-log-id]');
    for (const [format, label] of [['csv', 'CSV'], ['xlsx', '.xlsx']] as const) {
      await page.click('[data-action="export"]');
      await page.waitForSelector('.adm-action-sheet-button-item');
      if (format === 'csv') await page.screenshot({ path: path.join(RESULTS, '1440-export-sheet.png') });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`.adm-action-sheet-button-item:has-text("${label}")`),
      ]);
      const bytes = fs.readFileSync((await download.path())!);
      const api = await fetch(`${h.base}/api/v2/revisit_logs/export?date=all&loggable_type=customer&format=${format}`, {
        headers: { authorization: `Token token=${token}, device=web`, 'accept-language': 'zh-CN' },
      });
      expect(api.status).toBe(200);
      const name = /filename\*=UTF-8''(.+)$/.exec(api.headers.get('content-disposition') ?? '')?.[1];
      expect(download.suggestedFilename()).toBe(decodeURIComponent(name ?? ''));
      expect(download.suggestedFilename()).toMatch(new RegExp(`^跟进记录-\\d{8}\\.${format}$`));
      const expected = Buffer.from(await api.arrayBuffer());
      if (format === 'csv') {
        expect(bytes.toString('utf8')).toBe(expected.toString('utf8'));
        const list = await h.api<ListPage>('GET', '/revisit_logs/new_index?date=all&loggable_type=customer&per_page=1', token);
        // BOM + header + one CRLF-ended line per follow-up (content may hold quoted line breaks, so count ids).
        expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        expect(bytes.toString('utf8').match(/\r\n\d+,/g)?.length).toBe(list.data.total_count);
      } else {
        // Zip timestamps differ between two writes, so compare the kind and rough size, not the bytes.
        expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
        expect(Math.abs(bytes.length - expected.length)).toBeLessThan(64);
      }
      await page.waitForSelector('.adm-action-sheet-button-item', { state: 'hidden' });
    }
  });

  it('lays the stats page, the search box and the export sheet out at 375 and 1440 px without horizontal scrolling', async () => {
    for (const [label, options] of [['375', PHONE_375], ['1440', DESKTOP]] as const) {
      const page = await signedIn(options);
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      for (const [groupBy, date] of [['user', 'all'], ['day', 'month'], ['category', 'year']] as const) {
        await page.goto(`/stats?date=${date}&group_by=${groupBy}`);
        await statsSettled(page, groupBy);
        await noHorizontalScroll(page);
        await page.screenshot({ path: path.join(RESULTS, `${label}-stats-${groupBy}.png`), fullPage: true });
      }
      await page.goto('/timeline?date=all');
      await page.waitForSelector('[data-revisit-log-id]');
      await page.fill('input[name="q"]', '客户');
      await page.waitForURL((url) => url.searchParams.get('q') === '客户');
      await page.waitForSelector('[data-total]');
      await noHorizontalScroll(page);
      await page.screenshot({ path: path.join(RESULTS, `${label}-timeline-search-box.png`) });
      await page.click('[data-action="export"]');
      await page.waitForSelector('.adm-action-sheet-button-item');
      await page.waitForTimeout(400);
      await noHorizontalScroll(page);
      await page.screenshot({ path: path.join(RESULTS, `${label}-export-sheet.png`) });
      expect(problems).toEqual([]);
    }
  });
});
