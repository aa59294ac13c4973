import { invalidParameter } from '../../domain/errors.ts';
import { decimal, fieldOf, fieldsOf, text } from '../../domain/params.ts';

/** IKCRM's address fields (`address{tel, phone, …}`); `tel` is the landline, `phone` the mobile. */
export const ADDRESS_TEXT_FIELDS = ['tel', 'phone', 'fax', 'email', 'qq', 'wechat', 'wangwang', 'url', 'zip', 'detail_address'] as const;
export type AddressTextField = (typeof ADDRESS_TEXT_FIELDS)[number];
export const ADDRESS_FIELDS = [...ADDRESS_TEXT_FIELDS, 'lat', 'lng'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

export type AddressValues = Partial<Record<`address_${AddressField}`, string | number | null>>;
export type StoredAddress = Record<AddressField, string | number | null>;

const MAX_ADDRESS_TEXT = 255;

/**
 * The address as clients read it: every key always there, text as `""` when empty (a C# sync reads
 * `item.address.tel` without a null check), `full_address` mirroring `detail_address`, coordinates as
 * numbers or null.
 */
export function presentAddress(stored: StoredAddress): Record<string, string | number | null> {
  const wire: Record<string, string | number | null> = {};
  for (const field of ADDRESS_TEXT_FIELDS) wire[field] = (stored[field] as string | null) ?? '';
  wire.full_address = wire.detail_address ?? '';
  wire.lat = stored.lat === null ? null : Number(stored.lat);
  wire.lng = stored.lng === null ? null : Number(stored.lng);
  return wire;
}

/**
 * Column values from `<entity>[address_attributes][…]`: only the fields sent change (null or "" clears);
 * unknown keys are ignored like any unknown key. `param` names the field in errors
 * (`lead[address_attributes][phone]`).
 */
export function addressValuesOf(attributes: unknown, param: (field: string) => string): AddressValues {
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    if (attributes === undefined || attributes === null || attributes === '') return {};
    throw invalidParameter(param(''), 'an object of address fields');
  }
  const given = fieldsOf(attributes);
  const values: AddressValues = {};
  for (const field of ADDRESS_TEXT_FIELDS) {
    if (!Object.hasOwn(given, field)) continue;
    values[`address_${field}`] = text(param(field), fieldOf(given, field), MAX_ADDRESS_TEXT) ?? null;
  }
  if (Object.hasOwn(given, 'lat')) values.address_lat = decimal(param('lat'), fieldOf(given, 'lat'), 90) ?? null;
  if (Object.hasOwn(given, 'lng')) values.address_lng = decimal(param('lng'), fieldOf(given, 'lng'), 180) ?? null;
  return values;
}
