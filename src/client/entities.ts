import type { WireId } from './inputs.ts';
import { allPages } from './paging.ts';
import type { Transport } from './transport.ts';
import type {
  Contact, ContactPage, Contract, ContractPage, Customer, CustomerPage, Deleted, EntityQuery, Lead, LeadPage,
  Opportunity, OpportunityPage, Paged, Query,
} from './wire-types.ts';

/** The CRM records follow-ups hang off: one list/read/write surface per type, the same on the wire. */
/** An item as list pages carry it. */
export type ListItemOf<Page, K extends string> = Page extends { [key in K]: readonly (infer T)[] } ? T : never;

export interface EntityResource<Item, Page extends Paged, K extends string> {
  list(query?: EntityQuery): Promise<Page>;
  all(query?: EntityQuery): AsyncIterable<ListItemOf<Page, K>>;
  get(id: WireId): Promise<Item>;
  /** `{ "<singular>": fields }`, e.g. `{ customer: { name } }`. */
  create(fields: Record<string, unknown>): Promise<Item>;
  update(id: WireId, fields: Record<string, unknown>): Promise<Item>;
  remove(id: WireId): Promise<Deleted>;
  /** `GET …/search_duplicates`: records whose name (or phone …) matches. */
  searchDuplicates(query: Query): Promise<Page>;
}

function entityResource<Item, Page extends Paged, K extends string>(
  transport: Transport,
  plural: K,
  singular: string,
): EntityResource<Item, Page, K> {
  const base = `/api/v2/${plural}`;
  const list = (query: Query = {}) => transport.request<Page>('GET', base, { query });
  return {
    list,
    all: (query = {}) => allPages(list, (page) => (page as unknown as Record<K, ListItemOf<Page, K>[]>)[plural], query),
    get: (id) => transport.request<Item>('GET', `${base}/${encodeURIComponent(String(id))}`),
    create: (fields) => transport.request<Item>('POST', base, { body: { [singular]: fields } }),
    update: (id, fields) => transport.request<Item>('PUT', `${base}/${encodeURIComponent(String(id))}`, { body: { [singular]: fields } }),
    remove: (id) => transport.request<Deleted>('DELETE', `${base}/${encodeURIComponent(String(id))}`),
    searchDuplicates: (query) => transport.request<Page>('GET', `${base}/search_duplicates`, { query }),
  };
}

export function entityResources(transport: Transport) {
  return {
    customers: entityResource<Customer, CustomerPage, 'customers'>(transport, 'customers', 'customer'),
    leads: entityResource<Lead, LeadPage, 'leads'>(transport, 'leads', 'lead'),
    contacts: entityResource<Contact, ContactPage, 'contacts'>(transport, 'contacts', 'contact'),
    opportunities: entityResource<Opportunity, OpportunityPage, 'opportunities'>(transport, 'opportunities', 'opportunity'),
    contracts: entityResource<Contract, ContractPage, 'contracts'>(transport, 'contracts', 'contract'),
  };
}
