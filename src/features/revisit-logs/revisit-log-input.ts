import { invalidParameter } from '../../domain/errors.ts';
import { parseLoggableType, type LoggableType } from '../../domain/loggable.ts';
import { parseFlag, parseIdList, singleParam } from '../../domain/paging.ts';
import { characterCount } from '../../domain/params.ts';
import { parseClientTime } from '../../domain/wire-time.ts';

export const MAX_CONTENT_LENGTH = 10_000;
const MAX_ADDRESS_LENGTH = 500;

/**
 * A follow-up as a client sent it, validated for shape (no I/O): `revisit_log[...]` fields plus the top-level
 * link lists. `undefined` means "not sent": on update that field stays as it is. Pure: "now" and the zone
 * come in; whether ids exist is checked by the service.
 */
export interface RevisitLogInput {
  loggable?: { type: LoggableType; id: number } | undefined;
  content?: string | undefined;
  realRevisitAt?: number | undefined;
  /** null clears the reminder. */
  remindAt?: number | null | undefined;
  category?: number | undefined;
  detailAddress?: string | null | undefined;
  lat?: number | null | undefined;
  lng?: number | null | undefined;
  isDraft?: boolean | undefined;
  /**
   * `loggable_attributes[status]` / `[stage]` as sent: which one applies depends on the entity, which an
   * update need not resend, so the references check picks it.
   */
  loggableOption?: { status?: number | undefined; stage?: number | undefined } | undefined;
  atUserIds?: number[] | undefined;
  contactIds?: number[] | undefined;
  /** Per list, the full set wanted; on update a sent list replaces the follow-up's attachments of that kind. */
  attachments: { image?: number[] | undefined; file?: number[] | undefined; audio?: number[] | undefined };
  /** Update only: attachments to detach whatever their kind. */
  removedAttachmentIds?: number[] | undefined;
}

type Fields = Record<string, unknown>;

function objectOf(value: unknown): Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};
}

/** A scalar as text: form bodies send strings, JSON bodies numbers too; arrays mean "sent twice": the last wins. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return singleParam(value);
}

function has(fields: Fields, key: string): boolean {
  return Object.hasOwn(fields, key) && fields[key] !== undefined && fields[key] !== null;
}

function idOf(name: string, value: unknown): number {
  const ids = parseIdList(name, Array.isArray(value) ? value.at(-1) : textOf(value));
  if (!ids || ids.length !== 1) throw invalidParameter(name, 'an id');
  return ids[0]!;
}

function timeOf(name: string, value: unknown, zone: string): number | null {
  const text = textOf(value)?.trim() ?? '';
  if (text === '') return null;
  const at = parseClientTime(text, zone);
  if (at === undefined) throw invalidParameter(name, 'YYYY-MM-DD HH:mm, YYYY-MM-DD HH:mm:ss or ISO 8601 with offset');
  return at;
}

function coordinateOf(name: string, value: unknown, limit: number): number | null {
  const text = textOf(value)?.trim() ?? '';
  if (text === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n) || Math.abs(n) > limit) throw invalidParameter(name, `a number from -${limit} to ${limit}`);
  return n;
}

/** A link list: top level as IKCRM documents it, or nested in revisit_log (some clients do that). */
function idListOf(body: Fields, log: Fields, key: string): number[] | undefined {
  const source = has(body, key) ? body : has(log, key) ? log : undefined;
  if (!source) return undefined;
  const raw = source[key];
  return parseIdList(`${key}[]`, typeof raw === 'number' ? String(raw) : raw) ?? [];
}

export function parseRevisitLogInput(body: unknown, zone: string, mode: 'create' | 'update'): RevisitLogInput {
  const fields = objectOf(body);
  const log = objectOf(fields.revisit_log);
  const input: RevisitLogInput = { attachments: {} };

  const typeText = textOf(log.loggable_type)?.trim();
  const hasId = has(log, 'loggable_id') && textOf(log.loggable_id)?.trim() !== '';
  if (mode === 'create' || typeText || hasId) {
    if (!typeText) throw invalidParameter('revisit_log[loggable_type]', 'lead, customer, opportunity, contract, contact');
    const type = parseLoggableType('revisit_log[loggable_type]', typeText);
    if (!hasId) throw invalidParameter('revisit_log[loggable_id]', 'an id');
    input.loggable = { type, id: idOf('revisit_log[loggable_id]', log.loggable_id) };
  }

  if (has(log, 'content')) {
    const content = textOf(log.content) ?? '';
    if (characterCount(content) > MAX_CONTENT_LENGTH) throw invalidParameter('revisit_log[content]', `at most ${MAX_CONTENT_LENGTH} characters`);
    input.content = content;
  }
  if (has(log, 'real_revisit_at')) input.realRevisitAt = timeOf('revisit_log[real_revisit_at]', log.real_revisit_at, zone) ?? undefined;
  if (has(log, 'remind_at')) input.remindAt = timeOf('revisit_log[remind_at]', log.remind_at, zone);
  if (has(log, 'category') && textOf(log.category)?.trim()) input.category = idOf('revisit_log[category]', log.category);

  const address = objectOf(log.address_attributes);
  const addressText = has(address, 'detail_address') ? textOf(address.detail_address) : has(log, 'detail_address') ? textOf(log.detail_address) : undefined;
  if (addressText !== undefined) {
    if (characterCount(addressText) > MAX_ADDRESS_LENGTH) throw invalidParameter('revisit_log[address_attributes][detail_address]', `at most ${MAX_ADDRESS_LENGTH} characters`);
    input.detailAddress = addressText.trim() === '' ? null : addressText;
  }
  const lat = has(log, 'lat') ? log.lat : address.lat;
  const lng = has(log, 'lng') ? log.lng : address.lng;
  if (lat !== undefined && lat !== null) input.lat = coordinateOf('revisit_log[lat]', lat, 90);
  if (lng !== undefined && lng !== null) input.lng = coordinateOf('revisit_log[lng]', lng, 180);
  if (has(log, 'is_draft')) input.isDraft = parseFlag('revisit_log[is_draft]', textOf(log.is_draft)) ?? false;

  const attributes = objectOf(log.loggable_attributes);
  for (const key of ['status', 'stage'] as const) {
    const optionText = textOf(attributes[key])?.trim();
    if (optionText) input.loggableOption = { ...input.loggableOption, [key]: idOf(`revisit_log[loggable_attributes][${key}]`, optionText) };
  }

  input.atUserIds = idListOf(fields, log, 'at_user_ids');
  input.contactIds = idListOf(fields, log, 'contacts_ids');
  input.attachments = {
    image: idListOf(fields, log, 'attachment_ids'),
    file: idListOf(fields, log, 'attachment_file_ids'),
    audio: idListOf(fields, log, 'audio_ids'),
  };
  if (mode === 'update') input.removedAttachmentIds = idListOf(fields, log, 'removed_attachment_ids');

  if (mode === 'create') {
    const attachmentCount = Object.values(input.attachments).reduce((n, ids) => n + (ids?.length ?? 0), 0);
    if (!saysSomething(input.content ?? '', attachmentCount)) throw emptyContent();
  }
  // On update the rule needs the attachments the follow-up keeps: the service checks it after writing them.
  return input;
}

/** A follow-up says something: text, or at least a photo, file or recording. */
export function saysSomething(content: string, attachmentCount: number): boolean {
  return content.trim() !== '' || attachmentCount > 0;
}

export function emptyContent() {
  return invalidParameter('revisit_log[content]', `1 to ${MAX_CONTENT_LENGTH} characters`);
}

/** Every attachment id the input names, with the kind its list gives it. */
export function attachmentIdsOf(input: RevisitLogInput): { id: number; subType: 'image' | 'file' | 'audio' }[] {
  const out: { id: number; subType: 'image' | 'file' | 'audio' }[] = [];
  for (const subType of ['image', 'file', 'audio'] as const) {
    for (const id of input.attachments[subType] ?? []) out.push({ id, subType });
  }
  return out;
}
