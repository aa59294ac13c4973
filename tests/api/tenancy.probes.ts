/**
 * How the isolation sweep (tenancy.test.ts) calls each registered route: one entry per `METHOD url` exactly
 * as Fastify registers it. A route without an entry fails the sweep, so a new route is classified here by
 * whoever adds it: which ids it takes (path, query, body) and what may legitimately differ.
 *
 * Each call is built twice, once with the records the intruder must not see (`ForeignIds`) and once with ids
 * that do not exist; the two answers must be identical. The intruder's own records (`OwnIds`) stay the same
 * in both, so a write can name one foreign id next to valid ones and be rejected for that id alone.
 */
export type Actor = 'otherOrg' | 'sameOrgSelf';

/** Records of organization A that belong to a colleague (or, for the directory, to the organization). */
export interface ForeignIds {
  log: number;
  draft: number;
  comment: number;
  attachment: number;
  /** An attachment of the colleague's draft. */
  draftAttachment: number;
  upload: number;
  customer: number;
  lead: number;
  opportunity: number;
  contract: number;
  contact: number;
  /**
   * A contact the intruder may not see on a customer of their own (for the colleague: someone else's contact
   * of the colleague's own customer; for the other organization simply a contact of A).
   */
  contactOfOwnCustomer: number;
  /** Directory records: the whole organization sees them, so only the other organization is probed with them. */
  user: number;
  department: number;
  option: number;
  role: number;
  login: string;
  /** A custom-field definition of A (organization-wide, so only the other organization is refused it). */
  customField: number;
  /** The colleague's check-in (签到) and the photo attached to it. */
  checkin: number;
  checkinAttachment: number;
  /** A's webhook endpoint (admin routes) and a notification in the colleague's inbox. */
  webhook: number;
  notification: number;
  /** The exact names of the colleague's records, and the phone on its lead, customer and contact. */
  leadName: string;
  customerName: string;
  opportunityName: string;
  contractName: string;
  contactName: string;
  phone: string;
}

export interface OwnIds {
  userId: number;
  log: number;
  comment: number;
  customer: number;
  lead: number;
  opportunity: number;
  contract: number;
  contact: number;
  upload: number;
  department: number;
  role: number;
  corpId: string;
}

export interface ProbeCall {
  url: string;
  body?: object;
  /** A call naming directory ids (users, departments, options, roles) a same-organization member may use. */
  only?: Actor;
}

export interface Probe {
  calls: (id: ForeignIds, own: OwnIds) => ProbeCall[];
  /** Each call with a token of its own (a logout would end the sweep's). */
  freshToken?: true;
  /** Reachable without a token (no Authorization header is sent). */
  public?: true;
  /**
   * False for writes that name nothing (a new role, option or department of the caller's own organization):
   * the answer carries a fresh id, so only "reveals nothing, changes nothing in A" is checked.
   */
  compare?: false;
  /** Answers a file (an export), not an envelope: compared byte for byte all the same. */
  file?: true;
}

const ENTITIES = [
  { plural: 'leads', singular: 'lead', label: 'name', key: 'lead', customer: false },
  { plural: 'customers', singular: 'customer', label: 'name', key: 'customer', customer: false },
  { plural: 'opportunities', singular: 'opportunity', label: 'title', key: 'opportunity', customer: true },
  { plural: 'contracts', singular: 'contract', label: 'title', key: 'contract', customer: true },
  { plural: 'contacts', singular: 'contact', label: 'name', key: 'contact', customer: true },
] as const;

/** A follow-up body on the caller's own customer with `extra` naming the foreign record. */
const logBody = (own: OwnIds, extra: object = {}, revisitLog: object = {}) => ({
  revisit_log: { loggable_type: 'Customer', loggable_id: own.customer, content: '跟进', ...revisitLog },
  ...extra,
});

/** Every way a follow-up write names another record. */
function logReferences(id: ForeignIds, own: OwnIds, url: string, update = false): ProbeCall[] {
  return [
    { url, body: logBody(own, {}, { loggable_id: id.customer }) },
    { url, body: logBody(own, {}, { loggable_type: 'Lead', loggable_id: id.lead }) },
    { url, body: logBody(own, {}, { loggable_type: 'Opportunity', loggable_id: id.opportunity }) },
    { url, body: logBody(own, {}, { loggable_type: 'Contract', loggable_id: id.contract }) },
    { url, body: logBody(own, {}, { loggable_type: 'Contact', loggable_id: id.contact }) },
    { url, body: logBody(own, { contacts_ids: [own.contact, id.contact] }) },
    { url, body: logBody(own, { contacts_ids: [id.contactOfOwnCustomer] }) },
    // A lead has no customer, so any contact of the organization would fit but for its visibility.
    { url, body: logBody(own, { contacts_ids: [id.contact] }, { loggable_type: 'Lead', loggable_id: own.lead }) },
    { url, body: logBody(own, { attachment_ids: [own.upload, id.attachment] }) },
    { url, body: logBody(own, { attachment_file_ids: [id.upload] }) },
    { url, body: logBody(own, { attachment_ids: [id.draftAttachment] }) },
    { url, body: logBody(own, { audio_ids: [id.attachment] }) },
    // A new follow-up has nothing to remove, so the list is read on updates only.
    ...(update ? [{ url, body: logBody(own, { removed_attachment_ids: [id.attachment] }) }] : []),
    { url, body: logBody(own, { at_user_ids: [id.user] }), only: 'otherOrg' },
    { url, body: logBody(own, {}, { category: String(id.option) }), only: 'otherOrg' },
  ];
}

/** Every way a check-in names another record: an entity (as a follow-up does) and uploads. */
function checkinReferences(id: ForeignIds, own: OwnIds): ProbeCall[] {
  const url = '/api/v2/checkins';
  const place = { lat: 31.2, lng: 121.4, address: '现场' };
  const on = (loggable_type: string, loggable_id: number, extra: object = {}) => ({ url, body: { checkin: { ...place, loggable_type, loggable_id }, ...extra } });
  return [
    on('Customer', id.customer),
    on('Lead', id.lead),
    on('Opportunity', id.opportunity),
    on('Contract', id.contract),
    on('Contact', id.contact),
    on('Customer', own.customer, { attachment_ids: [own.upload, id.upload] }),
    { url, body: { checkin: place, attachment_ids: [id.attachment] } },
    { url, body: { checkin: place, attachment_ids: [id.draftAttachment] } },
    { url, body: { checkin: { ...place, attachment_ids: [id.checkinAttachment] } } },
  ];
}

function entityProbes(): Record<string, Probe> {
  const probes: Record<string, Probe> = {};
  for (const e of ENTITIES) {
    const base = `/api/v2/${e.plural}`;
    const foreignId = (id: ForeignIds) => id[e.key];
    const ownId = (own: OwnIds) => own[e.key];
    const fields = (own: OwnIds, extra: object) => ({ [e.singular]: { [e.label]: '改名', ...(e.customer ? { customer_id: own.customer } : {}), ...extra } });
    // What a create or an update of the caller's own record can name: an owner, a customer.
    const references = (id: ForeignIds, own: OwnIds, url: string): ProbeCall[] => [
      { url, body: fields(own, { user_id: id.user }) },
      ...(e.customer ? [{ url, body: fields(own, { customer_id: id.customer }) }] : []),
    ];
    probes[`GET ${base}`] = {
      calls: (id) => [
        { url: `${base}?user_id=${id.user}` },
        { url: `${base}?user_id[]=${id.user}&page=1` },
        ...(e.customer ? [{ url: `${base}?customer_id=${id.customer}` }] : []),
        { url: `${base}?department_id=${id.department}`, only: 'otherOrg' as const },
      ],
    };
    // The colleague's names and phone: a leak would list their record where the missing text lists nothing.
    const nameOf = (id: ForeignIds) => encodeURIComponent(id[`${e.key}Name`]);
    if (e.key === 'lead' || e.key === 'customer') {
      probes[`GET ${base}/by_name`] = {
        calls: (id) => [{ url: `${base}/by_name?name=${nameOf(id)}` }, { url: `${base}/by_name?name=${nameOf(id)}&user_id=${id.user}&page=1` }],
      };
    }
    const hasPhone = e.key === 'lead' || e.key === 'customer' || e.key === 'contact';
    probes[`GET ${base}/search_duplicates`] = {
      calls: (id) => [
        { url: `${base}/search_duplicates?name=${nameOf(id)}` },
        { url: `${base}/search_duplicates?name=${nameOf(id)}&user_id=${id.user}` },
        ...(hasPhone ? [{ url: `${base}/search_duplicates?phone=${id.phone}` }, { url: `${base}/search_duplicates?name=${nameOf(id)}&phone=${id.phone}` }] : []),
        ...(e.customer ? [{ url: `${base}/search_duplicates?name=${nameOf(id)}&customer_id=${id.customer}` }] : []),
      ],
    };
    probes[`GET ${base}/:id`] = { calls: (id) => [{ url: `${base}/${foreignId(id)}` }] };
    probes[`POST ${base}`] = { calls: (id, own) => references(id, own, base) };
    for (const method of ['PUT', 'POST'] as const) {
      probes[`${method} ${base}/:id`] = {
        calls: (id, own) => [{ url: `${base}/${foreignId(id)}`, body: fields(own, {}) }, ...references(id, own, `${base}/${ownId(own)}`)],
      };
    }
    probes[`DELETE ${base}/:id`] = { calls: (id) => [{ url: `${base}/${foreignId(id)}` }] };
  }
  return probes;
}

const admin = '/api/v2/admin';
const userFields = (own: OwnIds, extra: object) => ({ login: '13100000001', password: 'another-pass-1', name: '新人', department_id: own.department, role_id: own.role, ...extra });

export const ISOLATION_PROBES: Record<string, Probe> = {
  'GET /healthz': { public: true, calls: () => [{ url: '/healthz' }] },
  'GET /readyz': { public: true, calls: () => [{ url: '/readyz' }] },
  // Process figures (CPU time, memory) move between two scrapes: only "reveals nothing, changes nothing".
  'GET /metrics': { public: true, compare: false, calls: () => [{ url: '/metrics' }] },
  'GET /api/openapi.json': { public: true, calls: () => [{ url: '/api/openapi.json' }] },
  'GET /api/v2/openapi.json': { public: true, calls: () => [{ url: '/api/v2/openapi.json' }] },
  // Swagger UI and its bundled files: the same bytes for everyone, nothing of any organization.
  'GET /docs': { public: true, file: true, calls: () => [{ url: '/docs' }] },
  'GET /docs/json': { public: true, calls: () => [{ url: '/docs/json' }] },
  'GET /docs/yaml': { public: true, file: true, calls: () => [{ url: '/docs/yaml' }] },
  'GET /docs/static/index.html': { public: true, file: true, calls: () => [{ url: '/docs/static/index.html' }] },
  'GET /docs/static/swagger-initializer.js': { public: true, file: true, calls: () => [{ url: '/docs/static/swagger-initializer.js' }] },
  'GET /docs/static/*': { public: true, file: true, calls: () => [{ url: '/docs/static/swagger-ui.css' }] },
  'POST /api/v2/auth/login': {
    public: true,
    calls: (id, own) => [
      { url: '/api/v2/auth/login', body: { login: id.login, password: 'wrong-password-1', corp_id: own.corpId } },
    ],
  },
  'GET /files/:id/:variant/:name': {
    public: true,
    calls: (id) => [
      { url: `/files/${id.attachment}/origin/a.jpg?exp=99999999999999&sig=forged` },
      { url: `/files/${id.upload}/preview/a.jpg` },
    ],
  },
  // About the caller alone: nothing to name. The logout ends a token of its own, not the sweep's.
  'GET /api/v2/auth/session': { calls: () => [{ url: '/api/v2/auth/session' }] },
  'POST /api/v2/auth/session': { calls: () => [{ url: '/api/v2/auth/session', body: {} }] },
  'GET /api/v2/user/info': { calls: () => [{ url: '/api/v2/user/info' }] },
  'DELETE /api/v2/auth/logout': { freshToken: true, calls: () => [{ url: '/api/v2/auth/logout' }] },

  'GET /api/v2/revisit_logs/new_index': {
    calls: (id) => [
      { url: `/api/v2/revisit_logs/new_index?date=all&loggable_type=customer&loggable_id=${id.customer}` },
      { url: `/api/v2/revisit_logs/new_index?date=all&loggable_type=lead&loggable_id=${id.lead}` },
      { url: `/api/v2/revisit_logs/new_index?date=all&loggable_type=contact&loggable_id=${id.contact}` },
      { url: `/api/v2/revisit_logs/new_index?date=all&user_id=${id.user}` },
      { url: `/api/v2/revisit_logs/new_index?date=all&department_id=${id.department}` },
      { url: `/api/v2/revisit_logs/new_index?date=all&at_me=1&user_id=${id.user}` },
    ],
  },
  'GET /api/v2/revisit_logs': {
    calls: (id) => [
      { url: `/api/v2/revisit_logs?date=all&loggable_type=customer&loggable_id=${id.customer}` },
      { url: `/api/v2/revisit_logs?date=all&user_id=${id.user}` },
    ],
  },
  'GET /api/v2/revisit_logs/reminders': { calls: () => [{ url: '/api/v2/revisit_logs/reminders' }, { url: '/api/v2/revisit_logs/reminders?date=all' }] },
  // new_index's filters, counted or exported: the colleague's follow-ups must count as none.
  'GET /api/v2/revisit_logs/stats': {
    calls: (id) => [
      { url: `/api/v2/revisit_logs/stats?date=all&group_by=user&user_id=${id.user}` },
      { url: `/api/v2/revisit_logs/stats?date=all&group_by=loggable_type&loggable_type=customer&loggable_id=${id.customer}` },
      { url: `/api/v2/revisit_logs/stats?date=all&group_by=day&loggable_type=lead&loggable_id=${id.lead}` },
      { url: `/api/v2/revisit_logs/stats?date=all&group_by=category&loggable_type=contact&loggable_id=${id.contact}` },
      { url: `/api/v2/revisit_logs/stats?date=all&group_by=month&at_me=1&user_id=${id.user}` },
      { url: `/api/v2/revisit_logs/stats?date=all&group_by=department&department_id=${id.department}&include_sub_departments=1`, only: 'otherOrg' },
    ],
  },
  'GET /api/v2/revisit_logs/export': {
    file: true,
    calls: (id) => [
      { url: `/api/v2/revisit_logs/export?date=all&format=csv&user_id=${id.user}` },
      { url: `/api/v2/revisit_logs/export?date=all&format=csv&loggable_type=customer&loggable_id=${id.customer}` },
      { url: `/api/v2/revisit_logs/export?date=all&format=csv&loggable_type=contact&loggable_id=${id.contact}` },
      { url: `/api/v2/revisit_logs/export?date=all&format=csv&department_id=${id.department}`, only: 'otherOrg' },
    ],
  },
  'POST /api/v2/revisit_logs': { calls: (id, own) => logReferences(id, own, '/api/v2/revisit_logs') },
  'GET /api/v2/revisit_logs/:id': { calls: (id) => [{ url: `/api/v2/revisit_logs/${id.log}` }, { url: `/api/v2/revisit_logs/${id.draft}` }] },
  ...Object.fromEntries(
    (['PUT', 'POST'] as const).map((method) => [
      `${method} /api/v2/revisit_logs/:id`,
      {
        calls: (id: ForeignIds, own: OwnIds) => [
          { url: `/api/v2/revisit_logs/${id.log}`, body: { revisit_log: { content: '改' } } },
          { url: `/api/v2/revisit_logs/${id.draft}`, body: { revisit_log: { is_draft: false } } },
          ...logReferences(id, own, `/api/v2/revisit_logs/${own.log}`, true),
        ],
      } satisfies Probe,
    ]),
  ),
  'DELETE /api/v2/revisit_logs/:id': { calls: (id) => [{ url: `/api/v2/revisit_logs/${id.log}` }, { url: `/api/v2/revisit_logs/${id.draft}` }] },
  'GET /api/v2/revisit_logs/:id/comments': { calls: (id) => [{ url: `/api/v2/revisit_logs/${id.log}/comments` }, { url: `/api/v2/revisit_logs/${id.draft}/comments` }] },
  'POST /api/v2/revisit_logs/:id/comments': {
    calls: (id) => [
      { url: `/api/v2/revisit_logs/${id.log}/comments`, body: { content: '评' } },
      { url: `/api/v2/revisit_logs/${id.draft}/comments`, body: { comment: { content: '评' } } },
    ],
  },
  'DELETE /api/v2/revisit_logs/:id/comments/:comment_id': {
    calls: (id, own) => [
      { url: `/api/v2/revisit_logs/${id.log}/comments/${id.comment}` },
      { url: `/api/v2/revisit_logs/${own.log}/comments/${id.comment}` },
      { url: `/api/v2/revisit_logs/${id.log}/comments/${own.comment}` },
    ],
  },

  'POST /api/v2/checkins': { calls: (id, own) => checkinReferences(id, own) },
  'GET /api/v2/checkins': {
    calls: (id) => [
      { url: `/api/v2/checkins?date=all&user_id=${id.user}` },
      { url: `/api/v2/checkins?date=all&user_id[]=${id.user}&page=1&per_page=200` },
      { url: `/api/v2/checkins?date=all&department_id=${id.department}`, only: 'otherOrg' },
    ],
  },
  'GET /api/v2/checkins/:id': { calls: (id) => [{ url: `/api/v2/checkins/${id.checkin}` }] },

  'POST /api/v2/attachments': { calls: () => [{ url: '/api/v2/attachments', body: {} }] },
  'GET /api/v2/attachments/:id': {
    calls: (id) => [
      { url: `/api/v2/attachments/${id.attachment}` },
      { url: `/api/v2/attachments/${id.draftAttachment}` },
      { url: `/api/v2/attachments/${id.upload}` },
      { url: `/api/v2/attachments/${id.checkinAttachment}` },
    ],
  },

  'GET /api/v2/user/list': {
    calls: (id) => [
      { url: `/api/v2/user/list?user_id=${id.user}`, only: 'otherOrg' },
      { url: `/api/v2/user/list?department_id=${id.department}`, only: 'otherOrg' },
    ],
  },
  'GET /api/v2/user/simple_list': { calls: (id) => [{ url: `/api/v2/user/simple_list?department_id=${id.department}`, only: 'otherOrg' }] },
  'GET /api/v2/user/department_list': { calls: (id) => [{ url: `/api/v2/user/department_list?department_id=${id.department}`, only: 'otherOrg' }] },
  'GET /api/v2/user/:id': { calls: (id) => [{ url: `/api/v2/user/${id.user}`, only: 'otherOrg' }] },
  'GET /api/v2/field_maps/:entity': { calls: () => [{ url: '/api/v2/field_maps/revisit_log' }, { url: '/api/v2/field_maps/customer' }] },
  // Definitions are the organization's (open to every member); A's must not reach the other organization.
  'GET /api/v2/custom_fields/:entity/by_group': { calls: () => [{ url: '/api/v2/custom_fields/customer/by_group' }, { url: '/api/v2/custom_fields/revisit_log/by_group' }] },

  ...entityProbes(),

  // A same-organization member who is no administrator is refused before any id is read (same answer for all).
  [`POST ${admin}/users`]: {
    calls: (id, own) => [
      { url: `${admin}/users`, body: { user: userFields(own, { department_id: id.department }) } },
      { url: `${admin}/users`, body: { user: userFields(own, { role_id: id.role }) } },
      { url: `${admin}/users`, body: { user: userFields(own, { superior_id: id.user }) } },
    ],
  },
  [`PUT ${admin}/users/:id`]: {
    calls: (id, own) => [
      { url: `${admin}/users/${id.user}`, body: { user: { name: '改名' } } },
      { url: `${admin}/users/${own.userId}`, body: { user: { department_id: id.department } } },
      { url: `${admin}/users/${own.userId}`, body: { user: { role_id: id.role } } },
    ],
  },
  [`POST ${admin}/users/:id/disable`]: { calls: (id) => [{ url: `${admin}/users/${id.user}/disable` }] },
  [`POST ${admin}/users/:id/enable`]: { calls: (id) => [{ url: `${admin}/users/${id.user}/enable` }] },
  [`POST ${admin}/users/:id/reset_password`]: { calls: (id) => [{ url: `${admin}/users/${id.user}/reset_password`, body: { password: 'another-pass-1' } }] },
  [`POST ${admin}/departments`]: { calls: (id) => [{ url: `${admin}/departments`, body: { department: { name: '新部门', parent_id: id.department } } }] },
  [`PUT ${admin}/departments/:id`]: {
    calls: (id, own) => [
      { url: `${admin}/departments/${id.department}`, body: { department: { name: '改名' } } },
      { url: `${admin}/departments/${own.department}`, body: { department: { parent_id: id.department } } },
    ],
  },
  [`POST ${admin}/departments/:id/move`]: {
    calls: (id, own) => [
      { url: `${admin}/departments/${id.department}/move`, body: { parent_id: own.department } },
      { url: `${admin}/departments/${own.department}/move`, body: { parent_id: id.department } },
    ],
  },
  [`DELETE ${admin}/departments/:id`]: { calls: (id) => [{ url: `${admin}/departments/${id.department}` }] },
  [`GET ${admin}/roles`]: { calls: () => [{ url: `${admin}/roles` }] },
  [`POST ${admin}/roles`]: { compare: false, calls: () => [{ url: `${admin}/roles`, body: { role: { name: '新角色', data_scope: 'self' } } }] },
  [`POST ${admin}/options`]: { compare: false, calls: () => [{ url: `${admin}/options`, body: { option: { field_key: 'revisit_log.category', name: '新类型' } } }] },
  // The feed names follow-ups by id only; an intruder's feed must be the same whatever A holds.
  'GET /api/v2/revisit_logs/changes': { calls: () => [{ url: '/api/v2/revisit_logs/changes' }, { url: '/api/v2/revisit_logs/changes?per_page=500' }] },
  // Creates an endpoint of the caller's own organization: a fresh id and secret, so only "reveals nothing, changes nothing in A".
  [`POST ${admin}/webhooks`]: { compare: false, calls: () => [{ url: `${admin}/webhooks`, body: { url: 'https://hooks.example.com/genjin', events: ['revisit_log.created'] } }] },
  [`GET ${admin}/webhooks`]: { calls: () => [{ url: `${admin}/webhooks` }] },
  [`DELETE ${admin}/webhooks/:id`]: { calls: (id) => [{ url: `${admin}/webhooks/${id.webhook}` }] },
  [`GET ${admin}/webhooks/:id/deliveries`]: { calls: (id) => [{ url: `${admin}/webhooks/${id.webhook}/deliveries` }] },
  'GET /api/v2/notifications': { calls: () => [{ url: '/api/v2/notifications' }, { url: '/api/v2/notifications?per_page=200' }] },
  'POST /api/v2/notifications/read_all': { calls: () => [{ url: '/api/v2/notifications/read_all', body: {} }] },
  'POST /api/v2/notifications/:id/read': { calls: (id) => [{ url: `/api/v2/notifications/${id.notification}/read`, body: {} }] },
  // The web app's files and its fallback page: the same bytes for everyone, nothing of any organization.
  'GET /assets/*': { public: true, file: true, calls: () => [{ url: '/assets/app.js' }] },
  'GET /*': { public: true, file: true, calls: () => [{ url: '/timeline' }] },
  [`GET ${admin}/custom_fields`]: { calls: () => [{ url: `${admin}/custom_fields?entity=customer` }] },
  // A field of the caller's own organization (nothing to name): the answer carries a fresh id and key.
  [`POST ${admin}/custom_fields`]: { compare: false, calls: () => [{ url: `${admin}/custom_fields`, body: { custom_field: { entity: 'customer', label: '新字段', type: 'text' } } }] },
  [`PUT ${admin}/custom_fields/:id`]: { calls: (id) => [{ url: `${admin}/custom_fields/${id.customField}`, body: { custom_field: { label: '改名', enabled: false } } }] },
  [`DELETE ${admin}/custom_fields/:id`]: { calls: (id) => [{ url: `${admin}/custom_fields/${id.customField}` }] },
  [`PUT ${admin}/options/:id`]: { calls: (id) => [{ url: `${admin}/options/${id.option}`, body: { option: { name: '改名' } } }] },
  [`POST ${admin}/options/:id/disable`]: { calls: (id) => [{ url: `${admin}/options/${id.option}/disable` }] },
  [`POST ${admin}/options/:id/enable`]: { calls: (id) => [{ url: `${admin}/options/${id.option}/enable` }] },
};
