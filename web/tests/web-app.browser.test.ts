import path from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, HAS_CHROMIUM, PHONE, RESULTS, startHarness, type Harness } from './browser-harness.ts';

interface Log {
  id: number;
  content: string;
  loggable_type: string;
  loggable_id: number;
  loggable: { name: string };
  image_attachments: { file_file_size: number; name: string }[];
  at_users: { user_id: number; name: string }[];
  raw_remind_at: string;
  comments_count: number;
}
interface Page1 { revisit_logs: Log[]; total_count: number }

/** Today and other days as the organization (Asia/Shanghai) counts them. */
function shanghaiDay(offsetDays = 0): string {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function login(page: Page): Promise<void> {
  await page.fill('input[name="login"]', '15800010002');
  await page.fill('input[name="password"]', 'genjin-demo');
  await page.click('button[type="submit"]');
}

async function cardIds(page: Page): Promise<number[]> {
  return page.$$eval('[data-revisit-log-id]', (els) => els.map((e) => Number(e.getAttribute('data-revisit-log-id'))));
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(inner);
}

/** Every image loaded (or failed): screenshots show the page as it ends up, not half-painted. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.images].filter((i) => i.getBoundingClientRect().top < window.innerHeight).every((i) => i.complete),
  );
}

async function photo(seed: number): Promise<Buffer> {
  // A noisy 1800×1350 JPEG, like a phone photo: the app must shrink it before upload.
  const raw = Buffer.alloc(1800 * 1350 * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7 + seed * 131 + ((i / 3000) | 0)) % 251;
  return sharp(raw, { raw: { width: 1800, height: 1350, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
}

describe.skipIf(!HAS_CHROMIUM)('web app in Chromium', () => {
  let h: Harness;
  let token: string;
  let created: Log;

  beforeAll(async () => {
    h = await startHarness();
    token = await h.login();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('logs in on a phone and shows today’s timeline exactly as the API lists it', async () => {
    const ctx = await h.context(PHONE);
    const page = await ctx.newPage();
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.screenshot({ path: path.join(RESULTS, 'phone-login.png') });
    await login(page);
    await page.waitForSelector('[data-nav="timeline"]');
    await page.click('[data-nav="timeline"]');
    await page.waitForSelector('[data-revisit-log-id]');
    const api = await h.api<Page1>('GET', '/revisit_logs/new_index?per_page=20', token);
    expect(await cardIds(page)).toEqual(api.data.revisit_logs.map((l) => l.id));
    expect(await page.textContent('[data-total]')).toBe(`共 ${api.data.total_count} 条`);
    expect(await page.textContent('.period-strip [aria-pressed="true"]')).toBe('今天');
    expect(await page.textContent('.day-header')).toBe('今天');
    await noHorizontalScroll(page);
    await page.screenshot({ path: path.join(RESULTS, 'phone-timeline.png') });
    // The session survives a reload.
    await page.reload();
    await page.waitForSelector('[data-revisit-log-id]');
    await ctx.close();
  });

  it('filters by a department and a custom range on desktop, in the URL, matching the API', async () => {
    const ctx = await h.context(DESKTOP);
    const page = await ctx.newPage();
    await page.goto('/login');
    await login(page);
    await page.click('[data-nav="timeline"]');
    await page.waitForSelector('[data-revisit-log-id]');
    await page.click('[data-action="open-filters"]');
    await page.click('.filter-form [data-period="other"]');
    const start = shanghaiDay(-10);
    const end = shanghaiDay(-1);
    await page.fill('input[name="start_date"]', start);
    await page.fill('input[name="end_date"]', end);
    await page.selectOption('select[name="department_id"]', '3');
    await page.screenshot({ path: path.join(RESULTS, 'desktop-filters.png') });
    await page.click('[data-action="apply-filters"]');
    await page.waitForURL((url) => url.searchParams.get('department_id') === '3');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ date: 'other', start_date: start, end_date: end, department_id: '3' });
    const api = await h.api<Page1>('GET', `/revisit_logs/new_index?date=other&start_date=${start}&end_date=${end}&department_id=3&per_page=20`, token);
    expect(api.data.total_count).toBeGreaterThan(0);
    await page.waitForFunction((total) => document.querySelector('[data-total]')?.getAttribute('data-total') === String(total), api.data.total_count);
    expect((await cardIds(page)).slice(0, 20)).toEqual(api.data.revisit_logs.map((l) => l.id));
    expect(await page.textContent('.summary-text')).toContain('华东大区');
    // The filter survives a reload (it lives in the URL) and one tap resets it.
    await page.reload();
    await page.waitForSelector('[data-revisit-log-id]');
    expect((await cardIds(page)).slice(0, 20)).toEqual(api.data.revisit_logs.map((l) => l.id));
    await page.screenshot({ path: path.join(RESULTS, 'desktop-timeline-filtered.png') });
    await page.click('[data-action="reset-filters"]');
    await page.waitForURL((u) => u.search === '?date=today');
    await ctx.close();
  });

  it('writes a follow-up with two photos, an @mention and a reminder, once, on top', async () => {
    const ctx = await h.context(PHONE);
    const page = await ctx.newPage();
    await page.goto('/login?next=%2Ftimeline');
    await login(page);
    await page.waitForURL(/\/timeline/);
    await page.waitForSelector('[data-revisit-log-id]');
    await page.click('[data-action="write-follow-up"]');
    // Nothing chosen yet: the message sits beside its field and nothing is sent.
    await page.click('.write-form button[type="submit"]');
    expect(await page.textContent('[data-action="pick-entity"] + .field-error')).toBe('请选择关联对象');
    await page.click('[data-action="pick-entity"]');
    const entityButton = page.locator('.pick-list button[data-entity-id]').first();
    await entityButton.waitFor();
    const entityId = Number(await entityButton.getAttribute('data-entity-id'));
    await entityButton.click();
    const content = `浏览器测试 ${Date.now()}：客户确认了报价`;
    await page.fill('textarea[name="content"]', content);
    const photos = [await photo(1), await photo(2)];
    await page.setInputFiles('input[name="photos"]', [
      { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photos[0]! },
      { name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: photos[1]! },
    ]);
    await page.waitForFunction(() => document.querySelectorAll('.photo-tile[data-uploaded="true"]').length === 2, null, { timeout: 30_000 });
    await page.click('[data-action="pick-people"]');
    await page.click('button[data-user-id="2"]');
    await page.click('[data-action="people-done"]');
    await page.click('button[data-remind="tomorrow"]');
    await page.screenshot({ path: path.join(RESULTS, 'phone-write.png') });
    // The draft survives a reload.
    await page.reload();
    await page.click('[data-action="write-follow-up"]');
    expect(await page.inputValue('textarea[name="content"]')).toBe(content);
    expect(await page.locator('.photo-tile[data-uploaded="true"]').count()).toBe(2);
    await page.locator('.write-form button[type="submit"]').dblclick();
    await page.waitForFunction((text) => document.querySelector('[data-revisit-log-id] .content-text')?.textContent === text, content, { timeout: 15_000 });

    const api = await h.api<Page1>('GET', '/revisit_logs/new_index?per_page=50', token);
    const mine = api.data.revisit_logs.filter((l) => l.content === content);
    expect(mine.length).toBe(1);
    created = mine[0]!;
    expect(created.loggable_id).toBe(entityId);
    expect(created.at_users.map((u) => u.user_id)).toEqual([2]);
    expect(created.raw_remind_at).toBe(`${shanghaiDay(1)} 09:00`);
    expect(created.image_attachments.length).toBe(2);
    for (const [i, image] of created.image_attachments.entries()) {
      expect(image.file_file_size).toBeLessThan(photos[i]!.length);
    }
    const top = page.locator('[data-revisit-log-id]').first();
    expect(Number(await top.getAttribute('data-revisit-log-id'))).toBe(created.id);
    expect(await top.locator('.image-cell img').count()).toBe(2);
    expect(await top.textContent()).toContain('@徐杰');
    expect(await top.textContent()).toContain(`下次跟进 ${shanghaiDay(1)} 09:00`);
    await page.screenshot({ path: path.join(RESULTS, 'phone-timeline-new.png') });
    await ctx.close();
  });

  it('comments on it and opens its entity page', async () => {
    const ctx = await h.context(PHONE);
    const page = await ctx.newPage();
    await page.goto('/login?next=%2Ftimeline');
    await login(page);
    const card = page.locator(`[data-revisit-log-id="${created.id}"]`);
    await card.waitFor();
    await card.locator('.card-foot button').click();
    await card.locator('input[name="comment"]').fill('收到，明天我跟进');
    await card.locator('input[name="comment"]').press('Enter');
    await card.locator('.comment', { hasText: '收到，明天我跟进' }).waitFor();
    const comments = await h.api<{ comments: { content: string }[] }>('GET', `/revisit_logs/${created.id}/comments`, token);
    expect(comments.data.comments.map((c) => c.content)).toEqual(['收到，明天我跟进']);
    await page.screenshot({ path: path.join(RESULTS, 'phone-comments.png') });

    await card.locator('[data-action="open-entity"]').click();
    await page.waitForURL(new RegExp(`/entities/${created.loggable_type.toLowerCase()}/${created.loggable_id}$`));
    await page.waitForSelector('[data-revisit-log-id]');
    expect(await page.textContent('.entity-head h1')).toBe(created.loggable.name);
    expect((await cardIds(page))[0]).toBe(created.id);
    await noHorizontalScroll(page);
    await page.screenshot({ path: path.join(RESULTS, 'phone-entity.png') });
    // Infinite scroll to the end: every follow-up of the entity, then 没有更多了.
    for (let i = 0; i < 30 && (await page.locator('.end-line').count()) === 0; i++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(250);
    }
    expect(await page.textContent('.end-line')).toBe('没有更多了');
    const all = await h.api<Page1>('GET', `/revisit_logs/new_index?loggable_type=${created.loggable_type}&loggable_id=${created.loggable_id}&per_page=200`, token);
    expect(await cardIds(page)).toEqual(all.data.revisit_logs.map((l) => l.id));
    // A picture opens the swipeable viewer on the full-size variant.
    await page.locator(`[data-revisit-log-id="${created.id}"] .image-cell`).first().click();
    const slide = page.locator('.adm-image-viewer-slides img, .adm-image-viewer-content img').first();
    await slide.waitFor();
    expect(await slide.getAttribute('src')).toContain('/file/');
    await page.screenshot({ path: path.join(RESULTS, 'phone-image-viewer.png') });
    await ctx.close();
  });

  it('shows a stored <script> as text and never runs it', async () => {
    const evil = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const answer = await h.api<Log>('POST', '/revisit_logs', token, {
      revisit_log: { loggable_type: created.loggable_type, loggable_id: created.loggable_id, content: evil },
    });
    expect(answer.code).toBe(0);
    const ctx = await h.context(DESKTOP);
    const page = await ctx.newPage();
    await page.goto('/login?next=%2Ftimeline');
    await login(page);
    const card = page.locator(`[data-revisit-log-id="${answer.data.id}"]`);
    await card.waitFor();
    expect(await card.locator('.content-text').textContent()).toBe(evil);
    expect(await card.locator('script, img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await ctx.close();
  });

  it('sends a 100401 back to login and then back to where the user was', async () => {
    const ctx = await h.context(PHONE);
    const page = await ctx.newPage();
    await page.goto('/login');
    await page.evaluate(() => localStorage.setItem('genjin.token', 'expired-token'));
    await page.goto('/timeline?date=week');
    await page.waitForURL(/\/login\?next=/);
    await login(page);
    await page.waitForURL((u) => u.pathname === '/timeline' && u.search === '?date=week');
    await page.waitForSelector('[data-revisit-log-id]');
    await ctx.close();
  });

  it('is reachable by keyboard and switches to English', async () => {
    const ctx = await h.context(DESKTOP);
    const page = await ctx.newPage();
    await page.goto('/login');
    // The login field takes focus by itself; typing before React has mounted it would go nowhere.
    await page.waitForSelector('input[name="login"]:focus');
    await page.keyboard.type('15800010002');
    await page.keyboard.press('Tab');
    await page.keyboard.type('genjin-demo');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-nav="timeline"]');
    await page.focus('[data-nav="timeline"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-revisit-log-id]');
    await page.waitForSelector('[data-total]');
    // Tab from the period chips reaches the first card's entity link; Enter opens it.
    await page.focus('[data-action="open-filters"]');
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-action') === 'open-entity');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/entities\//);
    await page.click('.shell-user .lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('[data-nav="timeline"]')).toBe('Follow-ups');
    await page.click('[data-nav="timeline"]');
    await page.waitForSelector('[data-revisit-log-id]');
    expect(await page.textContent('.period-strip [aria-pressed="true"]')).toBe('Today');
    expect(await page.textContent('[data-total]')).toMatch(/^\d+ in total$/);
    await settled(page);
    await page.screenshot({ path: path.join(RESULTS, 'desktop-timeline-en.png') });
    // The choice is remembered; switching back gives Chinese again.
    await page.reload();
    await page.waitForSelector('[data-revisit-log-id]');
    expect(await page.textContent('[data-nav="timeline"]')).toBe('Follow-ups');
    await page.click('.shell-user .lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await ctx.close();
  });

  it('lays every page out at 375 and 1440 px without horizontal scrolling', async () => {
    const target = created ?? (await h.api<Page1>('GET', '/revisit_logs/new_index?date=all&per_page=1', token)).data.revisit_logs[0]!;
    for (const [label, options] of [['375', { ...PHONE, viewport: { width: 375, height: 812 } }], ['1440', DESKTOP]] as const) {
      const ctx = await h.context(options);
      const page = await ctx.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto('/login');
      await page.screenshot({ path: path.join(RESULTS, `${label}-login.png`) });
      await login(page);
      await page.waitForSelector('.home-section, [data-home-empty]');
      await settled(page);
      await noHorizontalScroll(page);
      await page.screenshot({ path: path.join(RESULTS, `${label}-home.png`) });
      await page.click('[data-nav="timeline"]');
      await page.waitForSelector('[data-revisit-log-id]');
      await settled(page);
      await noHorizontalScroll(page);
      await page.screenshot({ path: path.join(RESULTS, `${label}-timeline.png`) });
      await page.click('[data-action="open-filters"]');
      await page.waitForSelector('.filter-form');
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(RESULTS, `${label}-filters.png`) });
      await page.keyboard.press('Escape');
      await page.goto('/timeline');
      await page.click('[data-action="write-follow-up"]');
      await page.waitForSelector('textarea[name="content"]');
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(RESULTS, `${label}-write.png`) });
      await page.goto(`/entities/${target.loggable_type.toLowerCase()}/${target.loggable_id}`);
      await page.waitForSelector('[data-revisit-log-id]');
      await settled(page);
      await noHorizontalScroll(page);
      await page.screenshot({ path: path.join(RESULTS, `${label}-entity.png`) });
      // Nothing the strict CSP blocked, no script error, no failed request on any page.
      expect(problems).toEqual([]);
      await ctx.close();
    }
  });
});
