import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserRow } from '../../src/features/directory/users.repository.ts';
import { adminCreateCustomField } from '../../src/features/custom-fields/custom-fields.service.ts';
import { insertCheckin } from '../../src/features/checkins/checkins.repository.ts';
import { insertNotifications } from '../../src/features/notifications/notifications.repository.ts';
import { insertComments } from '../../src/features/revisit-logs/revisit-logs.write-repository.ts';
import { createWebhook } from '../../src/features/webhooks/webhooks.service.ts';
import { describeEachDialect } from '../support/dialects.ts';
import { factories, writeFactories, TEST_PASSWORD, type TestOrg } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { crossTenantStatements } from '../support/tenant-sql.ts';
import { ISOLATION_PROBES, type Actor, type ForeignIds, type OwnIds, type ProbeCall } from './tenancy.probes.ts';

/**
 * Isolation across every route the app registers (collected with onRoute, so a new route fails the sweep
 * until someone classifies it in tenancy.probes.ts). Two intruders call each route with ids of records they
 * must not see — in the path, the query and the body: an administrator of another organization, and a
 * `self`-scope member of the same organization (the records belong to a colleague). Each answer must be
 * byte for byte the answer the same call gets with ids that do not exist, never reveal anything of those
 * records, and nothing of the organization may change.
 */
const MISSING = 987_654_321;
/** In every name and text of the colleague's records: no answer to an intruder may contain it. */
const SECRET = '机密';
/** In every name of organization A (directory included): no answer to the other organization may contain it. */
const ORG_A = '甲方';
/** The phone on each of the colleague's records (and on no record of an intruder), for the duplicate search. */
const SECRET_PHONE = '13800009999';

describeEachDialect('isolation on every route', (dialect) => {
  let t: TestApp;
  let a: TestOrg;
  let b: TestOrg;
  const routes: string[] = [];
  const tokens = {} as Record<Actor, string>;
  const actors = {} as Record<Actor, UserRow>;
  const foreign = {} as Record<Actor, ForeignIds>;
  const own = {} as Record<Actor, OwnIds>;
  let tenantTables: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      // Id segments carry their digits-only pattern (`:id(^\d+$)`); probes name them `:id`.
      build: { onRoute: (route) => routes.push(...[route.method].flat().map((m) => `${m} ${route.url.replace(/\(\^\\d\+\$\)/g, '')}`)) },
    });
    const f = factories(t.ctx);
    const w = writeFactories(t.ctx);
    const db = t.ctx.database.db;
    a = await f.org({ name: `${ORG_A}公司` });
    b = await f.org();
    const aDept = await f.department(a, a.rootDepartment, `${ORG_A}销售部`);
    const ownerDept = await f.department(a, a.rootDepartment, `${ORG_A}市场部`);
    const owner = await f.user(a, { department: ownerDept, name: `${ORG_A}同事` });
    actors.sameOrgSelf = await f.user(a, { department: aDept, name: `${ORG_A}自己` });
    actors.otherOrg = await f.user(b, { scope: 'all', admin: true });
    for (const actor of ['sameOrgSelf', 'otherOrg'] as const) tokens[actor] = await f.token(actors[actor]);

    // The colleague's records: everything the self-scope member must not reach, and the other organization neither.
    const customer = await f.customer(a, owner, `${SECRET}客户`);
    const contact = await w.contact(a, owner, customer, `${SECRET}联系人`);
    const [log] = await f.revisitLogs(a, owner, { type: 'Customer', id: customer }, [t.clock.now - 1000], { content: `${SECRET}跟进` });
    const [draft] = await f.revisitLogs(a, owner, { type: 'Customer', id: customer }, [t.clock.now - 500], { content: `${SECRET}草稿`, is_draft: 1 });
    const [comment] = await insertComments(db, [{ organization_id: a.id, revisit_log_id: log!, user_id: owner.id, content: `${SECRET}评论`, created_at: t.clock.now }]);
    const attachment = await w.upload(a, owner);
    const draftAttachment = await w.upload(a, owner);
    const attach = (id: number, to: number) => db.updateTable('attachments').set({ attachmentable_type: 'RevisitLog', attachmentable_id: to }).where('id', '=', id).execute();
    await attach(attachment, log!);
    await attach(draftAttachment, draft!);
    const lead = await f.lead(a, owner, `${SECRET}线索`);
    const checkin = await insertCheckin(db, {
      organization_id: a.id, user_id: owner.id, lat: 31.2, lng: 121.4, address: `${SECRET}地点`, note: `${SECRET}签到`,
      loggable_type: null, loggable_id: null, revisit_log_id: null, created_at: t.clock.now - 100, deleted_at: null,
    });
    const checkinAttachment = await w.upload(a, owner);
    await db.updateTable('attachments').set({ attachmentable_type: 'Checkin', attachmentable_id: checkin }).where('id', '=', checkinAttachment).execute();
    for (const [table, id] of [['customers', customer], ['leads', lead], ['contacts', contact]] as const) {
      await db.updateTable(table).set({ address_phone: SECRET_PHONE }).where('id', '=', id).execute();
    }
    await db.updateTable('contacts').set({ phone: SECRET_PHONE }).where('id', '=', contact).execute();
    // An organization-wide definition: the colleague may read it, the other organization may not.
    const customField = await adminCreateCustomField(t.ctx, a.id, { entity: 'customer', label: `${ORG_A}字段`, type: 'text' });
    // A's webhook endpoint (loopback is allowed only for this setup) and the colleague's notification.
    const allowPrivate = { ...t.ctx, config: { ...t.ctx.config, webhookAllowPrivate: true } };
    const webhook = await createWebhook(allowPrivate, a.id, { url: 'http://127.0.0.1:9/甲方', events: ['revisit_log.created'], secret: undefined });
    await insertNotifications(db, [{ organizationId: a.id, userId: owner.id, kind: 'mentioned', revisitLogId: log!, dedupeKey: `mention:${log}:${owner.id}`, at: t.clock.now }]);
    const notification = (await db.selectFrom('notifications').select('id').where('organization_id', '=', a.id).executeTakeFirstOrThrow()).id;
    const common = {
      log: log!,
      draft: draft!,
      comment: comment!,
      attachment,
      draftAttachment,
      checkin,
      checkinAttachment,
      upload: await w.upload(a, owner),
      customer,
      lead,
      opportunity: await w.opportunity(a, owner, customer, `${SECRET}商机`),
      contract: await f.entity(a, owner, 'contracts', { customerId: customer, label: `${SECRET}合同` }),
      contact,
      user: owner.id,
      department: ownerDept.id,
      option: (await f.categories(a))[0]!.id,
      role: owner.role_id,
      login: owner.login,
      customField: customField.id,
      webhook: webhook.id,
      notification,
      leadName: `${SECRET}线索`,
      customerName: `${SECRET}客户`,
      opportunityName: `${SECRET}商机`,
      contractName: `${SECRET}合同`,
      contactName: `${SECRET}联系人`,
      phone: SECRET_PHONE,
    };

    // Each intruder's own records, so writes can name a foreign id next to valid ones of their own.
    for (const actor of ['sameOrgSelf', 'otherOrg'] as const) {
      const org = actor === 'otherOrg' ? b : a;
      const me = actors[actor];
      const ownCustomer = await f.customer(org, me, '自己的客户');
      const [ownLog] = await f.revisitLogs(org, me, { type: 'Customer', id: ownCustomer }, [t.clock.now - 2000], { content: '自己的跟进' });
      const [ownComment] = await insertComments(db, [{ organization_id: org.id, revisit_log_id: ownLog!, user_id: me.id, content: '自己的评论', created_at: t.clock.now }]);
      own[actor] = {
        userId: me.id,
        log: ownLog!,
        comment: ownComment!,
        customer: ownCustomer,
        lead: await f.lead(org, me, '自己的线索'),
        opportunity: await w.opportunity(org, me, ownCustomer, '自己的商机'),
        contract: await f.entity(org, me, 'contracts', { customerId: ownCustomer, label: '自己的合同' }),
        contact: await w.contact(org, me, ownCustomer, '自己的联系人'),
        upload: await w.upload(org, me),
        department: (actor === 'otherOrg' ? b.rootDepartment : aDept).id,
        role: me.role_id,
        corpId: org.corpId,
      };
    }
    foreign.otherOrg = { ...common, contactOfOwnCustomer: contact };
    foreign.sameOrgSelf = { ...common, contactOfOwnCustomer: await w.contact(a, owner, own.sameOrgSelf.customer, `${SECRET}联系人二`) };
    const tables = await db.introspection.getTables();
    tenantTables = tables.filter((table) => table.columns.some((c) => c.name === 'organization_id')).map((table) => table.name).sort();
  });
  afterAll(() => t.close());

  /** Every row of organization A, except the acting member's own tokens (each call stamps last_used_at). */
  async function snapshotOfA(actor: Actor): Promise<Record<string, string[]>> {
    const db = t.ctx.database.db;
    const out: Record<string, unknown[]> = {};
    for (const table of tenantTables) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every table listed has organization_id
      let query = (db as any).selectFrom(table).selectAll().where('organization_id', '=', a.id);
      if (table === 'api_tokens') query = query.where('user_id', '!=', actors[actor].id);
      // Sorted after reading: not every tenant table has an id column (token_write_positions).
      out[table] = (await query.execute()).sort((x: unknown, y: unknown) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
    }
    out.organizations = await db.selectFrom('organizations').selectAll().where('id', '=', a.id).execute();
    return Object.fromEntries(Object.entries(out).map(([table, rows]) => [table, rows.map((row) => JSON.stringify(row))]));
  }

  /** The rows that differ, table by table (empty when nothing changed). */
  function changes(before: Record<string, string[]>, after: Record<string, string[]>): string[] {
    return Object.keys(before).flatMap((table) => {
      const [was, is] = [new Set(before[table]), new Set(after[table])];
      return [...before[table]!.filter((r) => !is.has(r)).map((r) => `${table} - ${r}`), ...after[table]!.filter((r) => !was.has(r)).map((r) => `${table} + ${r}`)];
    });
  }

  function patternOf(route: string): RegExp {
    const [, path] = route.split(' ') as [string, string];
    // `:id` is one segment; a trailing `*` (the web app's files and fallback) is any rest of the path.
    return new RegExp(`^${path.replace(/:\w+/g, '[^/?]+').replace(/\*$/, '.*')}(\\?.*)?$`);
  }

  it('has a probe for every registered route, and none for a route that does not exist', () => {
    const classified = new Set(Object.keys(ISOLATION_PROBES));
    // HEAD routes are the GET routes Fastify exposes for HEAD; they are probed with the GET probe.
    const unclassified = routes.filter((r) => !classified.has(r.startsWith('HEAD ') ? `GET ${r.slice(5)}` : r));
    expect(unclassified, 'routes nobody classified in tests/api/tenancy.probes.ts').toEqual([]);
    expect([...classified].filter((r) => !routes.includes(r)), 'probes of routes that are not registered').toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(90);
  });

  /** Both calls of every probe of one route at once: the answers do not depend on order (every write is refused). */
  async function probeRoute(actor: Actor, route: string, missing: ForeignIds): Promise<string[]> {
    const probe = ISOLATION_PROBES[route]!;
    const methods = route.startsWith('GET ') && routes.includes(`HEAD ${route.slice(4)}`) ? ['GET', 'HEAD'] : [route.split(' ')[0]!];
    const withMissing = probe.calls(missing, own[actor]);
    const send = async (method: string, c: ProbeCall) => {
      const token = probe.freshToken ? await factories(t.ctx).token(actors[actor]) : tokens[actor];
      return t.app.inject({
        method: method as 'GET',
        url: c.url,
        headers: probe.public ? {} : { authorization: `Token token=${token}` },
        ...(c.body ? { payload: c.body } : {}),
      });
    };
    const pairs = probe.calls(foreign[actor], own[actor]).flatMap((call, index) => {
      if (call.only && call.only !== actor) return [];
      expect(call.url, `${route} probe ${index}`).toMatch(patternOf(route));
      return methods.map(async (method) => {
        const [x, y] = await Promise.all([send(method, call), send(method, withMissing[index]!)]);
        const label = `${actor} ${method} ${call.url} #${index}`;
        const found: string[] = [];
        if (x.body.includes(SECRET) || (actor === 'otherOrg' && x.body.includes(ORG_A))) found.push(`${label}: reveals ${x.body.slice(0, 300)}`);
        if (probe.compare === false) return found;
        if (x.statusCode !== y.statusCode || x.body !== y.body || x.headers['content-length'] !== y.headers['content-length']) {
          found.push(`${label}: ${x.statusCode} ${x.body.slice(0, 200)} ≠ ${y.statusCode} ${y.body.slice(0, 200)}`);
        } else if (!probe.public && !probe.file && method !== 'HEAD' && (x.statusCode !== 200 || JSON.parse(x.body).code === undefined)) {
          found.push(`${label}: not an envelope: ${x.statusCode} ${x.body.slice(0, 200)}`);
        }
        return found;
      });
    });
    calls[actor] += pairs.length;
    return (await Promise.all(pairs)).flat();
  }
  const calls: Record<Actor, number> = { otherOrg: 0, sameOrgSelf: 0 };
  const sweepStatements: string[] = [];

  // A few seconds each on an idle machine; the timeout leaves room for a loaded CI runner.
  it.each(['otherOrg', 'sameOrgSelf'] as const)(
    'answers %s ids it may not see exactly like missing ids, reveals nothing and changes nothing',
    async (actor) => {
      const before = await snapshotOfA(actor);
      const firstStatement = t.queries.length;
      const missing = Object.fromEntries(
        Object.entries(foreign[actor]).map(([k, v]) => [k, typeof v === 'number' ? MISSING : `nobody${MISSING}`]),
      ) as unknown as ForeignIds;
      const mismatches: string[] = [];
      for (const route of Object.keys(ISOLATION_PROBES)) mismatches.push(...(await probeRoute(actor, route, missing)));
      sweepStatements.push(...t.queries.slice(firstStatement));
      mismatches.push(...changes(before, await snapshotOfA(actor)).map((c) => `${actor} changed organization A: ${c}`));
      expect(mismatches).toEqual([]);
      expect(calls[actor]).toBeGreaterThanOrEqual(actor === 'otherOrg' ? 300 : 270);
    },
    120_000,
  );

  /**
   * The statements that may read across organizations, each for a reason: they find the organization a
   * request belongs to (a token by its hash; a login, which IKCRM clients send without corp_id), or they are
   * the operator's (/metrics reads queue depths of every organization). On a database distributed by
   * organization these are the only multi-shard reads (README: Deployment, Citus).
   */
  const CROSS_ORGANIZATION: { why: string; pattern: RegExp }[] = [
    { why: 'token lookup by hash', pattern: /from "api_tokens" inner join "users".* where "api_tokens"\."token_hash" = \?/ },
    { why: 'login by login or e-mail', pattern: /partition by users\.organization_id.* where \("users"\."login" = \? or "users"\."email" = \?\)/ },
    { why: 'metrics: overdue reminders', pattern: /^select count\(\*\) as "n", min\("remind_at"\) as "oldest" from "pending_reminders"/ },
    { why: 'metrics: outbox backlog', pattern: /^select count\(\*\) as "n" from "outbox_events" where "dispatched_at" is null$/ },
    { why: 'metrics: webhook backlog', pattern: /^select count\(\*\) as "pending".* from "webhook_deliveries" where "status" = \?$/ },
  ];
  // PostgreSQL numbers its placeholders, SQLite does not.
  const excused = (sql: string) => (c: { pattern: RegExp }) => c.pattern.test(sql.replace(/\$\d+/g, '?'));

  it('filters every statement the sweep ran on organization_id, table by table, but the lookups that find the organization', () => {
    const violations = crossTenantStatements(sweepStatements, new Set(tenantTables));
    const unexplained = violations.filter((v) => !CROSS_ORGANIZATION.some(excused(v.sql))).map((v) => `${v.tables.join(',')}: ${v.sql}`);
    expect(unexplained).toEqual([]);
    // Each exception is still real (the list does not outlive the code it excuses).
    expect(CROSS_ORGANIZATION.filter((c) => !violations.some((v) => excused(v.sql)(c))).map((c) => c.why)).toEqual([]);
    expect(new Set(sweepStatements).size).toBeGreaterThanOrEqual(200);
  });

  it('lets the other organization log in only to its own data', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v2/auth/login', payload: { login: actors.sameOrgSelf.login, password: TEST_PASSWORD, corp_id: b.corpId } });
    expect(res.json()).toEqual({ code: 100400, message: '用户名或密码错误', error: 'login_failed' });
  });
});
