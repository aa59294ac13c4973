/** Which form field an API message names (`revisit_log[remind_at] 无效` sits under 下次跟进). */
export function fieldOf(apiField: string | undefined): string {
  const name = apiField?.replace(/^revisit_log\[/, '').replace(/\].*$/, '') ?? '';
  if (name === 'loggable_type' || name === 'loggable_id') return 'loggable';
  if (['content', 'category', 'remind_at', 'real_revisit_at', 'status', 'stage'].includes(name)) return name;
  if (apiField?.startsWith('at_user_ids')) return 'at';
  if (apiField?.startsWith('attachment') || apiField?.startsWith('audio')) return 'attachments';
  if (name === 'address_attributes' || name === 'lat' || name === 'lng') return 'address';
  return 'form';
}
