import { invalidParameter } from '../../domain/errors.ts';
import { parseLoggableType, type LoggableType } from '../../domain/loggable.ts';
import {
  characterCount,
  clientTime,
  decimal,
  fieldOf,
  fieldsOf,
  flag,
  id,
  idList,
  isSent,
  text,
  textAsSent,
  type Fields,
} from '../../domain/params.ts';

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
  /** `revisit_log[…]` as sent, for custom fields (`revisit_log[text_asset_1a2b]`): keys and types come from stored definitions. */
  customFields: Fields;
}

/** A link list: top level as IKCRM documents it, or nested in revisit_log (some clients do that). */
function idListOf(body: Fields, log: Fields, key: string): number[] | undefined {
  const source = isSent(body, key) ? body : isSent(log, key) ? log : undefined;
  if (!source) return undefined;
  return idList(`${key}[]`, fieldOf(source, key)) ?? [];
}

function timeOf(name: string, value: unknown, zone: string): number | null {
  return clientTime(name, value, zone) ?? null;
}

export function parseRevisitLogInput(body: unknown, zone: string, mode: 'create' | 'update'): RevisitLogInput {
  const fields = fieldsOf(body);
  const log = fieldsOf(fieldOf(fields, 'revisit_log'));
  const input: RevisitLogInput = { attachments: {}, customFields: log };

  const typeText = text('revisit_log[loggable_type]', fieldOf(log, 'loggable_type'));
  const loggableId = id('revisit_log[loggable_id]', fieldOf(log, 'loggable_id'));
  if (mode === 'create' || typeText || loggableId !== undefined) {
    if (!typeText) throw invalidParameter('revisit_log[loggable_type]', 'lead, customer, opportunity, contract, contact');
    const type = parseLoggableType('revisit_log[loggable_type]', typeText);
    if (loggableId === undefined) throw invalidParameter('revisit_log[loggable_id]', 'an id');
    input.loggable = { type, id: loggableId };
  }

  if (isSent(log, 'content')) {
    const content = textAsSent('revisit_log[content]', fieldOf(log, 'content')) ?? '';
    if (characterCount(content) > MAX_CONTENT_LENGTH) throw invalidParameter('revisit_log[content]', `at most ${MAX_CONTENT_LENGTH} characters`);
    input.content = content;
  }
  if (isSent(log, 'real_revisit_at')) input.realRevisitAt = timeOf('revisit_log[real_revisit_at]', fieldOf(log, 'real_revisit_at'), zone) ?? undefined;
  if (isSent(log, 'remind_at')) input.remindAt = timeOf('revisit_log[remind_at]', fieldOf(log, 'remind_at'), zone);
  const category = id('revisit_log[category]', fieldOf(log, 'category'));
  if (category !== undefined) input.category = category;

  const address = fieldsOf(fieldOf(log, 'address_attributes'));
  const addressName = 'revisit_log[address_attributes][detail_address]';
  const addressText = isSent(address, 'detail_address')
    ? textAsSent(addressName, fieldOf(address, 'detail_address'))
    : isSent(log, 'detail_address')
      ? textAsSent(addressName, fieldOf(log, 'detail_address'))
      : undefined;
  if (addressText !== undefined) {
    if (characterCount(addressText) > MAX_ADDRESS_LENGTH) throw invalidParameter(addressName, `at most ${MAX_ADDRESS_LENGTH} characters`);
    input.detailAddress = addressText.trim() === '' ? null : addressText;
  }
  const lat = isSent(log, 'lat') ? fieldOf(log, 'lat') : fieldOf(address, 'lat');
  const lng = isSent(log, 'lng') ? fieldOf(log, 'lng') : fieldOf(address, 'lng');
  if (lat !== undefined && lat !== null) input.lat = decimal('revisit_log[lat]', lat, 90) ?? null;
  if (lng !== undefined && lng !== null) input.lng = decimal('revisit_log[lng]', lng, 180) ?? null;
  if (isSent(log, 'is_draft')) input.isDraft = flag('revisit_log[is_draft]', fieldOf(log, 'is_draft')) ?? false;

  const attributes = fieldsOf(fieldOf(log, 'loggable_attributes'));
  for (const key of ['status', 'stage'] as const) {
    const option = id(`revisit_log[loggable_attributes][${key}]`, fieldOf(attributes, key));
    if (option !== undefined) input.loggableOption = { ...input.loggableOption, [key]: option };
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
