import type { Db } from '../../db/database.ts';
import { FIELD_KEYS, type FieldKey } from '../../domain/default-options.ts';
import { invalidParameter } from '../../domain/errors.ts';
import type { LoggableType } from '../../domain/loggable.ts';
import { readerOf, type RequestCtx } from '../../request-context.ts';
import { attachmentIdsOf, type RevisitLogInput } from './revisit-log-input.ts';
import {
  findActiveUserIds,
  findContacts,
  findEnabledOption,
  findFirstEnabledOption,
  findLoggable,
  findUsableAttachmentIds,
  type LoggableRef,
} from './revisit-log-refs.repository.ts';

const STATUS_FIELD: Record<LoggableType, FieldKey | undefined> = {
  Lead: FIELD_KEYS.leadStatus,
  Customer: FIELD_KEYS.customerStatus,
  Opportunity: FIELD_KEYS.opportunityStage,
  Contract: FIELD_KEYS.contractStatus,
  Contact: undefined,
};

export interface ResolvedReferences {
  loggable: { type: LoggableType; ref: LoggableRef };
  category?: number | undefined;
  /** The entity's status (stage for an opportunity) option to set. */
  loggableOption?: number | undefined;
}

/**
 * Checks every id a write names against the database (inside the write's transaction, before anything is
 * written): each failure is a 100406 naming the field, so a rejected request changes nothing.
 * `current` is the follow-up being updated (its entity, and the attachments it already has).
 */
export async function resolveReferences(
  db: Db,
  ctx: RequestCtx,
  input: RevisitLogInput,
  current?: { loggable: { type: LoggableType; id: number }; id: number },
): Promise<ResolvedReferences> {
  const orgId = ctx.organization.id;
  const target = input.loggable ?? current?.loggable;
  if (!target) throw invalidParameter('revisit_log[loggable_id]', 'an id');
  const sameAsCurrent = current && current.loggable.type === target.type && current.loggable.id === target.id;
  // A new target must be inside the caller's scope; the entity a follow-up already belongs to stays reachable.
  const ref = await findLoggable(db, orgId, target.type, target.id, sameAsCurrent ? undefined : ctx.visible);
  if (!ref) throw invalidParameter('revisit_log[loggable_id]', `a ${target.type.toLowerCase()} you can see`);

  let category = input.category;
  if (category !== undefined) {
    if ((await findEnabledOption(db, orgId, FIELD_KEYS.revisitLogCategory, category)) === undefined) {
      throw invalidParameter('revisit_log[category]', 'a follow-up category id of the organization');
    }
  } else if (!current) {
    category = await findFirstEnabledOption(db, orgId, FIELD_KEYS.revisitLogCategory);
  }

  // Opportunities have a stage (clients may still call it status); every other entity only a status.
  const optionKey = target.type === 'Opportunity' && input.loggableOption?.stage !== undefined ? 'stage' : 'status';
  const loggableOption = input.loggableOption?.[optionKey];
  if (loggableOption !== undefined) {
    const field = STATUS_FIELD[target.type];
    const name = `revisit_log[loggable_attributes][${optionKey}]`;
    if (!field || (await findEnabledOption(db, orgId, field, loggableOption)) === undefined) {
      throw invalidParameter(name, field ? `an option id of ${field}` : 'nothing (this entity has no status)');
    }
    // Setting the status writes to the entity itself: the current entity stays reachable, but only one the
    // caller can see takes a new status.
    if (sameAsCurrent && !(await findLoggable(db, orgId, target.type, target.id, ctx.visible))) {
      throw invalidParameter(name, `the status of a ${target.type.toLowerCase()} you can see`);
    }
  }

  if (input.atUserIds?.length) {
    const found = await findActiveUserIds(db, orgId, input.atUserIds);
    if (found.length !== input.atUserIds.length) throw invalidParameter('at_user_ids[]', 'active users of the organization');
  }

  if (input.contactIds?.length) {
    // The same contacts the caller could open; an invisible one answers like a missing one.
    const contacts = await findContacts(db, readerOf(ctx), input.contactIds, current?.id);
    const fits = contacts.every((c) => ref.customer_id === null || c.customer_id === ref.customer_id);
    if (contacts.length !== input.contactIds.length || !fits) {
      throw invalidParameter('contacts_ids[]', ref.customer_id === null ? 'contacts of the organization' : "contacts of the entity's customer");
    }
  }

  const wanted = attachmentIdsOf(input);
  if (wanted.length) {
    const ids = wanted.map((w) => w.id);
    // Only the uploader attaches a fresh upload: someone else's is as unusable as a missing id.
    const usable = await findUsableAttachmentIds(db, orgId, ctx.user.id, ids, current?.id);
    if (new Set(ids).size !== ids.length || usable.length !== ids.length) {
      throw invalidParameter(fieldOfFirstBad(wanted, usable), 'your unattached uploads');
    }
  }
  return { loggable: { type: target.type, ref }, category, loggableOption };
}

const LIST_NAMES = { image: 'attachment_ids[]', file: 'attachment_file_ids[]', audio: 'audio_ids[]' } as const;

function fieldOfFirstBad(wanted: ReturnType<typeof attachmentIdsOf>, usable: number[]): string {
  const seen = new Set<number>();
  for (const w of wanted) {
    if (seen.has(w.id) || !usable.includes(w.id)) return LIST_NAMES[w.subType];
    seen.add(w.id);
  }
  return LIST_NAMES[wanted[0]!.subType];
}
