import { download, type Download } from './download.ts';
import { entityResources } from './entities.ts';
import type { LoginInput, Method, RevisitLogFields, RevisitLogLinks, UploadInput, WireId, WriteOptions } from './inputs.ts';
import { allPages } from './paging.ts';
import { Transport, type ClientOptions, type RequestOptions } from './transport.ts';
import type {
  Attachment, ChangePage, Comment, CommentPage, CustomFieldGroups, Deleted, DepartmentList, FieldMap, LoginData,
  NotificationPage, Query, RevisitLog, RevisitLogPage, RevisitLogQuery, RevisitLogStats, SessionData, SimpleUserPage,
  UserDetail, UserPage, UserQuery, WireUser,
} from './wire-types.ts';

const segment = (id: WireId) => encodeURIComponent(String(id));

function idempotency(options: WriteOptions | undefined): Record<string, string> | undefined {
  return options?.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : undefined;
}

function revisitLogResource(t: Transport) {
  const base = '/api/v2/revisit_logs';
  const list = (query: RevisitLogQuery = {}) => t.request<RevisitLogPage>('GET', `${base}/new_index`, { query });
  return {
    /** `GET /revisit_logs/new_index`: one page (`page`, `per_page`, filters as the README lists them). */
    list,
    /** Every follow-up the query matches, in the list's order, across pages. */
    all: (query: RevisitLogQuery = {}): AsyncIterable<RevisitLog> => allPages(list, (page) => page.revisit_logs, query),
    get: (id: WireId) => t.request<RevisitLog>('GET', `${base}/${segment(id)}`),
    /** Sent as JSON `{ "revisit_log": input, ...links }`. */
    create: (input: RevisitLogFields, links: RevisitLogLinks = {}, options?: WriteOptions) =>
      t.request<RevisitLog>('POST', base, { body: { ...links, revisit_log: input }, headers: idempotency(options) }),
    /** Only the fields sent change; a sent link list replaces that list. */
    update: (id: WireId, input: RevisitLogFields, links: RevisitLogLinks = {}) =>
      t.request<RevisitLog>('PUT', `${base}/${segment(id)}`, { body: { ...links, revisit_log: input } }),
    remove: (id: WireId) => t.request<Deleted>('DELETE', `${base}/${segment(id)}`),
    comments: (id: WireId, query: Query = {}) => t.request<CommentPage>('GET', `${base}/${segment(id)}/comments`, { query }),
    addComment: (id: WireId, content: string, options?: WriteOptions) =>
      t.request<Comment>('POST', `${base}/${segment(id)}/comments`, { body: { content }, headers: idempotency(options) }),
    removeComment: (id: WireId, commentId: WireId) =>
      t.request<Deleted>('DELETE', `${base}/${segment(id)}/comments/${segment(commentId)}`),
    /** The change feed: pass the previous page's `next_cursor` to go on. */
    changes: (query: { cursor?: string; per_page?: number } = {}) => t.request<ChangePage>('GET', `${base}/changes`, { query }),
    stats: (query: RevisitLogQuery = {}) => t.request<RevisitLogStats>('GET', `${base}/stats`, { query }),
    reminders: (query: RevisitLogQuery = {}) => t.request<RevisitLogPage>('GET', `${base}/reminders`, { query }),
  };
}

function userResource(t: Transport) {
  const list = (query: UserQuery = {}) => t.request<UserPage>('GET', '/api/v2/user/list', { query });
  return {
    list,
    all: (query: UserQuery = {}): AsyncIterable<WireUser> => allPages(list, (page) => page.users, query),
    simpleList: (query: UserQuery = {}) => t.request<SimpleUserPage>('GET', '/api/v2/user/simple_list', { query }),
    /** The caller. */
    info: () => t.request<UserDetail>('GET', '/api/v2/user/info'),
    get: (id: WireId) => t.request<UserDetail>('GET', `/api/v2/user/${segment(id)}`),
  };
}

export type OptionEntity = 'revisit_log' | 'lead' | 'customer' | 'opportunity' | 'contract' | 'contact';

/** A typed client for Genjin's /api/v2 (README: typed client). Needs nothing but `fetch`. */
export function createClient(options: ClientOptions) {
  const t = new Transport(options);
  return {
    get token(): string | undefined {
      return t.token;
    },
    set token(value: string | undefined) {
      t.token = value;
    },
    setToken(token: string | undefined): void {
      t.token = token;
    },
    baseUrl: t.baseUrl,
    device: t.device,

    /** Logs in and keeps the token for every later call. */
    async login(input: LoginInput): Promise<LoginData> {
      const data = await t.request<LoginData>('POST', '/api/v2/auth/login', { body: { device: t.device, ...input } }, false);
      t.token = data.user_token;
      return data;
    },
    /** Revokes the token and forgets it. */
    async logout(): Promise<void> {
      await t.request<unknown>('DELETE', '/api/v2/auth/logout');
      t.token = undefined;
    },
    session: () => t.request<SessionData>('GET', '/api/v2/auth/session'),

    revisitLogs: revisitLogResource(t),
    users: userResource(t),
    departments: { list: () => t.request<DepartmentList>('GET', '/api/v2/user/department_list') },
    ...entityResources(t),
    /** Option sets (categories, statuses, stages …) of an entity. */
    fieldMaps: { get: (entity: OptionEntity) => t.request<FieldMap>('GET', `/api/v2/field_maps/${segment(entity)}`) },
    customFields: {
      byGroup: (entity: OptionEntity) => t.request<CustomFieldGroups>('GET', `/api/v2/custom_fields/${segment(entity)}/by_group`),
    },
    attachments: {
      get: (id: WireId) => t.request<Attachment>('GET', `/api/v2/attachments/${segment(id)}`),
      /** Multipart `file` (+ `sub_type`); link the answer's id in a follow-up's attachment lists. */
      upload(input: UploadInput): Promise<Attachment> {
        const form = new FormData();
        if (input.sub_type) form.append('sub_type', input.sub_type);
        const blob = input.file instanceof Blob ? input.file : new Blob([input.file.slice()], { type: input.contentType ?? 'application/octet-stream' });
        form.append('file', blob, input.fileName);
        return t.request<Attachment>('POST', '/api/v2/attachments', { form });
      },
    },
    notifications: { list: (query: Query = {}) => t.request<NotificationPage>('GET', '/api/v2/notifications', { query }) },

    /** Any /api/v2 route: the envelope's `data`, typed by the caller. */
    request: <T = unknown>(method: Method, path: string, requestOptions?: RequestOptions) => t.request<T>(method, path, requestOptions),
    /** A signed file link (absolute, or relative to baseUrl): its bytes, type and name. */
    download: (url: string): Promise<Download> => download(t, url),
  };
}

export type GenjinClient = ReturnType<typeof createClient>;
