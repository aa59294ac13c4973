import { Type, type Static } from '@sinclair/typebox';

/** The seed's 17-field attachment, as `presentAttachment` emits it. */
export const AttachmentSchema = Type.Object(
  {
    id: Type.Integer(),
    file_url: Type.String(),
    origin_url: Type.String(),
    public_url: Type.String(),
    name: Type.String(),
    file_file_name: Type.String(),
    file_content_type: Type.String(),
    file_file_size: Type.Integer(),
    attachmentable_id: Type.Union([Type.Integer(), Type.Null()]),
    attachmentable_type: Type.Union([Type.String(), Type.Null()]),
    upload_time: Type.String(),
    note: Type.String(),
    sub_type: Type.String(),
    wx_media_id: Type.Null(),
    preview_url: Type.String(),
    download_url: Type.String(),
    file_type: Type.Union([Type.Literal('image'), Type.Literal('audio'), Type.Literal('file')]),
  },
  { additionalProperties: false },
);
/** The seed's attachment shape: all 17 fields, in its order. */
export type AttachmentJson = Static<typeof AttachmentSchema>;

export const FileParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  variant: Type.String(),
  name: Type.String(),
});

export const FileQuery = Type.Object(
  { exp: Type.Optional(Type.String()), sig: Type.Optional(Type.String()) },
  { additionalProperties: true },
);

export const AttachmentIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
