import { invalidParameter, missingParameter } from '../../domain/errors.ts';
import { parseLoggableType, type LoggableType } from '../../domain/loggable.ts';
import { parsePaging, type Paging } from '../../domain/paging.ts';
import { characterCount, decimal, fieldOf, fieldsOf, flag, id, idFilter, idList, isSent, text, textAsSent, type Fields } from '../../domain/params.ts';
import { resolvePeriod, type InstantRange } from '../../domain/periods.ts';
import { MAX_CONTENT_LENGTH } from '../revisit-logs/revisit-log-input.ts';
import type { CheckinListParams } from './checkins.schemas.ts';

export const MAX_ADDRESS_LENGTH = 255;
/** The note becomes the follow-up's content, so it has the same limit. */
export const MAX_NOTE_LENGTH = MAX_CONTENT_LENGTH;

/** A check-in as sent, validated for shape (no I/O): whether the entity and uploads are usable is the service's check. */
export interface CheckinInput {
  lat: number;
  lng: number;
  address: string;
  note: string;
  loggable?: { type: LoggableType; id: number } | undefined;
  attachmentIds: number[];
}

/** `attachment_ids[]` at the top level (as on follow-ups), or nested in `checkin`. */
function attachmentIdsOf(body: Fields, checkin: Fields): number[] {
  const source = isSent(body, 'attachment_ids') ? body : checkin;
  return idList('attachment_ids[]', fieldOf(source, 'attachment_ids')) ?? [];
}

/** Each bad field is a 100406 naming its bracket name, so a rejected check-in writes nothing. */
export function parseCheckinInput(body: unknown): CheckinInput {
  const fields = fieldsOf(body);
  const checkin = fieldsOf(fieldOf(fields, 'checkin'));
  const lat = decimal('checkin[lat]', fieldOf(checkin, 'lat'), 90);
  if (lat === undefined) throw missingParameter('checkin[lat]');
  const lng = decimal('checkin[lng]', fieldOf(checkin, 'lng'), 180);
  if (lng === undefined) throw missingParameter('checkin[lng]');
  const address = text('checkin[address]', fieldOf(checkin, 'address'), MAX_ADDRESS_LENGTH);
  if (address === undefined) throw missingParameter('checkin[address]');
  const note = textAsSent('checkin[note]', fieldOf(checkin, 'note'))?.trim() ?? '';
  if (characterCount(note) > MAX_NOTE_LENGTH) throw invalidParameter('checkin[note]', `at most ${MAX_NOTE_LENGTH} characters`);

  const typeText = text('checkin[loggable_type]', fieldOf(checkin, 'loggable_type'));
  const loggableId = id('checkin[loggable_id]', fieldOf(checkin, 'loggable_id'));
  let loggable: CheckinInput['loggable'];
  if (typeText !== undefined || loggableId !== undefined) {
    if (typeText === undefined) throw invalidParameter('checkin[loggable_type]', 'lead, customer, opportunity, contract, contact (required with checkin[loggable_id])');
    const type = parseLoggableType('checkin[loggable_type]', typeText);
    if (loggableId === undefined) throw missingParameter('checkin[loggable_id]');
    loggable = { type, id: loggableId };
  }
  return { lat, lng, address, note, loggable, attachmentIds: attachmentIdsOf(fields, checkin) };
}

/** What `GET /api/v2/checkins` was asked for: the period, user and department filters and paging of new_index. */
export interface CheckinListQuery {
  readonly paging: Paging;
  readonly period: InstantRange;
  readonly userIds?: number[] | undefined;
  readonly departmentIds?: number[] | undefined;
  readonly includeSubDepartments: boolean;
}

export function parseCheckinListQuery(query: CheckinListParams, now: number, zone: string): CheckinListQuery {
  return {
    paging: parsePaging(query),
    period: resolvePeriod(
      { date: text('date', query.date), startDate: text('start_date', query.start_date), endDate: text('end_date', query.end_date), defaultPeriod: 'today' },
      now,
      zone,
    ),
    userIds: idFilter('user_id', query.user_id),
    departmentIds: idFilter('department_id', query.department_id),
    includeSubDepartments: flag('include_sub_departments', query.include_sub_departments) ?? true,
  };
}
