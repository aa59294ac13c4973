import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { fieldOf } from './write-errors.ts';

describe('API messages beside their fields', () => {
  it('reads the field an envelope names and maps it to the form', () => {
    const cases: [string, string | undefined, string][] = [
      ['参数错误：revisit_log[lat] 无效,可选值: a number from -90 to 90', 'revisit_log[lat]', 'address'],
      ['参数错误：revisit_log[remind_at] 无效', 'revisit_log[remind_at]', 'remind_at'],
      ['参数错误：revisit_log[loggable_id] 无效', 'revisit_log[loggable_id]', 'loggable'],
      ['参数错误：at_user_ids[] 无效', 'at_user_ids[]', 'at'],
      ['参数错误：attachment_ids[] 无效', 'attachment_ids[]', 'attachments'],
      ['参数错误：revisit_log[content] 不能为空', 'revisit_log[content]', 'content'],
      ['服务器内部错误', undefined, 'form'],
    ];
    for (const [message, field, formField] of cases) {
      const error = new ApiError(100406, message);
      expect([message, error.field, fieldOf(error.field)]).toEqual([message, field, formField]);
    }
  });
});
