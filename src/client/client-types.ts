/**
 * The client's surface, spelled out so editors and the emitted declarations show the wire types by name
 * (`Promise<RevisitLogPage>`) instead of their expanded shapes.
 */
import type { Download } from './download.ts';
import type { EntityResource } from './entities.ts';
import type { LoginInput, Method, RevisitLogFields, RevisitLogLinks, UploadInput, WireId, WriteOptions } from './inputs.ts';
import type { RequestOptions } from './transport.ts';
import type {
  Attachment, ChangePage, Comment, CommentPage, Contact, ContactPage, Contract, ContractPage, Customer, CustomerPage,
  CustomFieldGroups, Deleted, DepartmentList, FieldMap, Lead, LeadPage, LoginData, NotificationPage, Opportunity,
  OpportunityPage, Query, RevisitLog, RevisitLogPage, RevisitLogQuery, RevisitLogStats, SessionData, SimpleUserPage,
  UserDetail, UserPage, UserQuery, WireUser,
} from './wire-types.ts';

export type OptionEntity = 'revisit_log' | 'lead' | 'customer' | 'opportunity' | 'contract' | 'contact';

export interface RevisitLogResource {
  /** `GET /revisit_logs/new_index`: one page (`page`, `per_page`, filters as the README lists them). */
  list(query?: RevisitLogQuery): Promise<RevisitLogPage>;
  /** Every follow-up the query matches, in the list's order, page after page until `has_next_page` is false. */
  all(query?: RevisitLogQuery): AsyncIterable<RevisitLog>;
  get(id: WireId): Promise<RevisitLog>;
  /** Sent as JSON `{ "revisit_log": input, ...links }`. */
  create(input: RevisitLogFields, links?: RevisitLogLinks, options?: WriteOptions): Promise<RevisitLog>;
  /** Only the fields sent change; a sent link list replaces that list. */
  update(id: WireId, input: RevisitLogFields, links?: RevisitLogLinks): Promise<RevisitLog>;
  remove(id: WireId): Promise<Deleted>;
  comments(id: WireId, query?: Query): Promise<CommentPage>;
  addComment(id: WireId, content: string, options?: WriteOptions): Promise<Comment>;
  removeComment(id: WireId, commentId: WireId): Promise<Deleted>;
  /** The change feed: pass the previous page's `next_cursor` (store it even when `has_more` is false). */
  changes(query?: { cursor?: string; per_page?: number }): Promise<ChangePage>;
  stats(query?: RevisitLogQuery): Promise<RevisitLogStats>;
  reminders(query?: RevisitLogQuery): Promise<RevisitLogPage>;
}

export interface UserResource {
  list(query?: UserQuery): Promise<UserPage>;
  all(query?: UserQuery): AsyncIterable<WireUser>;
  simpleList(query?: UserQuery): Promise<SimpleUserPage>;
  /** The caller. */
  info(): Promise<UserDetail>;
  get(id: WireId): Promise<UserDetail>;
}

export interface GenjinClient {
  /** The token sent with every call; set by `login`, cleared by `logout`. */
  token: string | undefined;
  setToken(token: string | undefined): void;
  readonly baseUrl: string;
  readonly device: string;

  /** Logs in and keeps the token for every later call. */
  login(input: LoginInput): Promise<LoginData>;
  /** Revokes the token and forgets it. */
  logout(): Promise<void>;
  session(): Promise<SessionData>;

  revisitLogs: RevisitLogResource;
  users: UserResource;
  departments: { list(): Promise<DepartmentList> };
  customers: EntityResource<Customer, CustomerPage, 'customers'>;
  leads: EntityResource<Lead, LeadPage, 'leads'>;
  contacts: EntityResource<Contact, ContactPage, 'contacts'>;
  opportunities: EntityResource<Opportunity, OpportunityPage, 'opportunities'>;
  contracts: EntityResource<Contract, ContractPage, 'contracts'>;
  /** Option sets (categories, statuses, stages …) of an entity. */
  fieldMaps: { get(entity: OptionEntity): Promise<FieldMap> };
  customFields: { byGroup(entity: OptionEntity): Promise<CustomFieldGroups> };
  attachments: {
    get(id: WireId): Promise<Attachment>;
    /** Multipart `file` (+ `sub_type`); link the answer's id in a follow-up's attachment lists. */
    upload(input: UploadInput): Promise<Attachment>;
  };
  notifications: { list(query?: Query): Promise<NotificationPage> };

  /** Any /api/v2 route: the envelope's `data`, typed by the caller. */
  request<T = unknown>(method: Method, path: string, options?: RequestOptions): Promise<T>;
  /** A signed file link (absolute, or relative to baseUrl): its bytes, type and name. */
  download(url: string): Promise<Download>;
}
