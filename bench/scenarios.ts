import { sql } from 'kysely';
import { DateTime } from 'luxon';
import type { Db } from '../src/db/database.ts';

export interface Subjects {
  organizationId: number;
  teamId: number;
  customerId: number;
  /** A customer the rep owns (a `self` scope writes only on what it sees). */
  repCustomerId: number;
  logins: { role: 'admin' | 'manager' | 'rep'; login: string; password: string }[];
}

/** The large organization of `genjin bench seed` and the people and records the scenarios use. */
export async function findSubjects(db: Db): Promise<Subjects> {
  const org = await db.selectFrom('organizations').select(['id', 'corp_id']).where('corp_id', 'like', 'bench-%-1').orderBy('id').executeTakeFirst();
  if (!org) throw new Error('no bench data: run `genjin bench seed` first');
  const password = `${org.corp_id}-secret`;
  const firstOf = async (scope: 'department_and_below') =>
    (await db.selectFrom('users').innerJoin('roles', 'roles.id', 'users.role_id').select('users.login').where('users.organization_id', '=', org.id).where('roles.data_scope', '=', scope).orderBy('users.id').executeTakeFirstOrThrow()).login;
  const team = await db.selectFrom('departments').select('id').where('organization_id', '=', org.id).where('depth', '=', 3).orderBy('id').executeTakeFirstOrThrow();
  const customer = await sql<{ id: number }>`select id from customers where organization_id = ${org.id} order by revisit_logs_count desc, id limit 1`.execute(db);
  // The rep: a `self` user who owns a customer (to write on) and is mentioned (at_me).
  const repCustomer = await sql<{ id: number; login: string }>`
    select c.id, u.login from customers c inner join users u on u.id = c.user_id inner join roles r on r.id = u.role_id
    where c.organization_id = ${org.id} and r.data_scope = 'self' order by c.id limit 1`.execute(db);
  const rep = repCustomer.rows[0]!.login;
  return {
    organizationId: org.id,
    repCustomerId: Number(repCustomer.rows[0]!.id),
    teamId: team.id,
    customerId: Number(customer.rows[0]!.id),
    logins: [
      { role: 'admin', login: `${org.corp_id}-admin`, password },
      { role: 'manager', login: await firstOf('department_and_below'), password },
      { role: 'rep', login: rep, password },
    ],
  };
}

export interface Scenario {
  name: string;
  as: 'admin' | 'manager' | 'rep';
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export function scenariosOf(s: Subjects): Scenario[] {
  const today = DateTime.now().setZone('Asia/Shanghai');
  const year = `date=other&start_date=${today.minus({ days: 364 }).toISODate()}&end_date=${today.toISODate()}`;
  const list = (q: string) => `/api/v2/revisit_logs/new_index?${q}`;
  return [
    { name: 'standard: last_30_days p1', as: 'admin', method: 'GET', path: list('per_page=20&date=last_30_days') },
    { name: 'today p1', as: 'admin', method: 'GET', path: list('date=today&per_page=20') },
    { name: 'department year p1', as: 'admin', method: 'GET', path: list(`${year}&department_id=${s.teamId}&per_page=20`) },
    { name: 'department year p500', as: 'admin', method: 'GET', path: list(`${year}&department_id=${s.teamId}&per_page=20&page=500`) },
    { name: 'subtree manager year p1', as: 'manager', method: 'GET', path: list(`${year}&per_page=20`) },
    { name: 'entity timeline p1', as: 'admin', method: 'GET', path: list(`loggable_type=customer&loggable_id=${s.customerId}&per_page=20`) },
    { name: 'org year per_page 200', as: 'admin', method: 'GET', path: list(`${year}&per_page=200`) },
    { name: 'at_me year p1', as: 'rep', method: 'GET', path: list(`${year}&at_me=true&per_page=20`) },
    {
      name: 'POST follow-up',
      as: 'rep',
      method: 'POST',
      path: '/api/v2/revisit_logs',
      body: { revisit_log: { loggable_type: 'customer', loggable_id: s.repCustomerId, content: '基准测试:电话沟通了报价,客户下周答复。' } },
    },
  ];
}
