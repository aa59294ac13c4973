import type { GenjinClient, RevisitLogResource, UserResource } from './client-types.ts';
import { download } from './download.ts';
import { entityResources } from './entities.ts';
import type { Method, WireId, WriteOptions } from './inputs.ts';
import { allPages } from './paging.ts';
import { Transport, type ClientOptions, type RequestOptions } from './transport.ts';
import type {
  Attachment, ChangePage, Comment, CommentPage, CustomFieldGroups, Deleted, DepartmentList, FieldMap, LoginData,
  NotificationPage, RevisitLog, RevisitLogPage, RevisitLogQuery, RevisitLogStats, SessionData, SimpleUserPage,
  UserDetail, UserPage, UserQuery,
} from './wire-types.ts';

const segment = (id: WireId) => encodeURIComponent(String(id));

function idempotency(options: WriteOptions | undefined): Record<string, string> | undefined {
  return options?.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : undefined;
}

function revisitLogResource(t: Transport): RevisitLogResource {
  const base = '/api/v2/revisit_logs';
  const list = (query: RevisitLogQuery = {}) => t.request<RevisitLogPage>('GET', `${base}/new_index`, { query });
  return {
    list,
    all: (query = {}) => allPages(list, (page) => page.revisit_logs, query),
    get: (id) => t.request<RevisitLog>('GET', `${base}/${segment(id)}`),
    create: (input, links = {}, options) =>
      t.request<RevisitLog>('POST', base, { body: { ...links, revisit_log: input }, headers: idempotency(options) }),
    update: (id, input, links = {}) => t.request<RevisitLog>('PUT', `${base}/${segment(id)}`, { body: { ...links, revisit_log: input } }),
    remove: (id) => t.request<Deleted>('DELETE', `${base}/${segment(id)}`),
    comments: (id, query = {}) => t.request<CommentPage>('GET', `${base}/${segment(id)}/comments`, { query }),
    addComment: (id, content, options) =>
      t.request<Comment>('POST', `${base}/${segment(id)}/comments`, { body: { content }, headers: idempotency(options) }),
    removeComment: (id, commentId) => t.request<Deleted>('DELETE', `${base}/${segment(id)}/comments/${segment(commentId)}`),
    changes: (query = {}) => t.request<ChangePage>('GET', `${base}/changes`, { query }),
    stats: (query = {}) => t.request<RevisitLogStats>('GET', `${base}/stats`, { query }),
    reminders: (query = {}) => t.request<RevisitLogPage>('GET', `${base}/reminders`, { query }),
  };
}

function userResource(t: Transport): UserResource {
  const list = (query: UserQuery = {}) => t.request<UserPage>('GET', '/api/v2/user/list', { query });
  return {
    list,
    all: (query = {}) => allPages(list, (page) => page.users, query),
    simpleList: (query = {}) => t.request<SimpleUserPage>('GET', '/api/v2/user/simple_list', { query }),
    info: () => t.request<UserDetail>('GET', '/api/v2/user/info'),
    get: (id) => t.request<UserDetail>('GET', `/api/v2/user/${segment(id)}`),
  };
}

/** A typed client for Genjin's /api/v2 (README: typed client). Needs nothing but `fetch`. */
export function createClient(options: ClientOptions): GenjinClient {
  const t = new Transport(options);
  return {
    get token(): string | undefined {
      return t.token;
    },
    set token(value: string | undefined) {
      t.token = value;
    },
    setToken(token) {
      t.token = token;
    },
    baseUrl: t.baseUrl,
    device: t.device,

    /** Logs in and keeps the token for every later call. */
    async login(input) {
      const data = await t.request<LoginData>('POST', '/api/v2/auth/login', { body: { device: t.device, ...input } }, false);
      t.token = data.user_token;
      return data;
    },
    /** Revokes the token and forgets it. */
    async logout() {
      await t.request<unknown>('DELETE', '/api/v2/auth/logout');
      t.token = undefined;
    },
    session: () => t.request<SessionData>('GET', '/api/v2/auth/session'),

    revisitLogs: revisitLogResource(t),
    users: userResource(t),
    departments: { list: () => t.request<DepartmentList>('GET', '/api/v2/user/department_list') },
    ...entityResources(t),
    /** Option sets (categories, statuses, stages …) of an entity. */
    fieldMaps: { get: (entity) => t.request<FieldMap>('GET', `/api/v2/field_maps/${segment(entity)}`) },
    customFields: {
      byGroup: (entity) => t.request<CustomFieldGroups>('GET', `/api/v2/custom_fields/${segment(entity)}/by_group`),
    },
    attachments: {
      get: (id: WireId) => t.request<Attachment>('GET', `/api/v2/attachments/${segment(id)}`),
      /** Multipart `file` (+ `sub_type`); link the answer's id in a follow-up's attachment lists. */
      upload(input) {
        const form = new FormData();
        if (input.sub_type) form.append('sub_type', input.sub_type);
        const blob = input.file instanceof Blob ? input.file : new Blob([input.file.slice()], { type: input.contentType ?? 'application/octet-stream' });
        form.append('file', blob, input.fileName);
        return t.request<Attachment>('POST', '/api/v2/attachments', { form });
      },
    },
    notifications: { list: (query = {}) => t.request<NotificationPage>('GET', '/api/v2/notifications', { query }) },

    /** Any /api/v2 route: the envelope's `data`, typed by the caller. */
    request: <T = unknown>(method: Method, path: string, requestOptions?: RequestOptions) => t.request<T>(method, path, requestOptions),
    /** A signed file link (absolute, or relative to baseUrl): its bytes, type and name. */
    download: (url) => download(t, url),
  };
}
