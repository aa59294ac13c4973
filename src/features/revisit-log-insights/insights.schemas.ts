import { Type, type Static } from '@sinclair/typebox';
import { Envelope, QueryValue } from '../../http/schemas.ts';
import { RevisitLogListQuerySchema } from '../revisit-logs/revisit-logs.schemas.ts';

const strict = { additionalProperties: false } as const;

export const StatsQuerySchema = Type.Object(
  { ...RevisitLogListQuerySchema.properties, group_by: Type.Optional(QueryValue) },
  { additionalProperties: true },
);

export const StatsResponse = Envelope(
  Type.Object(
    {
      groups: Type.Array(
        Type.Object(
          {
            key: Type.String({ description: 'user/department/category id, YYYY-MM-DD (day, week by its Monday), YYYY-MM, or the loggable type' }),
            name: Type.String(),
            count: Type.Integer(),
            entities: Type.Integer({ description: 'distinct entities followed up in the group' }),
          },
          strict,
        ),
      ),
      total: Type.Integer(),
    },
    strict,
  ),
);

export const ExportQuerySchema = Type.Object(
  { ...RevisitLogListQuerySchema.properties, format: Type.Optional(QueryValue) },
  { additionalProperties: true },
);

export type StatsParams = Static<typeof StatsQuerySchema>;
export type ExportParams = Static<typeof ExportQuerySchema>;

/** The file itself (streamed): CSV with a BOM, or XLSX; errors still come as the JSON envelope. */
export const ExportResponse = {
  description: 'the matching follow-ups as a file',
  content: {
    'text/csv': { schema: Type.String() },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: Type.String({ format: 'binary' }) },
  },
};
