import type { Locale } from './domain/errors.ts';
import type { DataScope, Reader, VisibleAuthors } from './domain/visibility.ts';

/** What a request carries from the auth hook to the service: who asks, in which organization, and how. */
export interface RequestCtx {
  readonly organization: {
    readonly id: number;
    readonly corpId: string;
    readonly name: string;
    readonly timeZone: string;
  };
  readonly user: {
    readonly id: number;
    readonly name: string;
    readonly roleId: number;
    readonly departmentId: number;
    readonly departmentPath: string;
    readonly scope: DataScope;
    readonly isAdmin: boolean;
  };
  readonly visible: VisibleAuthors;
  readonly tokenId: number;
  readonly locale: Locale;
  readonly now: number;
  /** Base URL for absolute links in responses (PUBLIC_URL, else from the request). */
  readonly baseUrl: string;
}

/** The caller as the follow-up read rule sees them (`domain/visibility.ts`). */
export function readerOf(ctx: RequestCtx): Reader {
  return { organizationId: ctx.organization.id, userId: ctx.user.id, visible: ctx.visible };
}
