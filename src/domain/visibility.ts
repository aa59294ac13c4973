/**
 * Data scopes: which authors' records a user may see. Decided here, once, with no I/O; repositories turn the
 * answer into SQL (never into a filter over fetched rows). Departments form a tree encoded as materialized
 * paths (`/1/4/9/`), so "a department and everything below it" is a prefix.
 */
export const DATA_SCOPES = ['self', 'department', 'department_and_below', 'all'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

export function isDataScope(value: string): value is DataScope {
  return (DATA_SCOPES as readonly string[]).includes(value);
}

export interface Viewer {
  readonly userId: number;
  readonly departmentId: number;
  readonly departmentPath: string;
  readonly scope: DataScope;
}

export type VisibleAuthors =
  | { readonly kind: 'all' }
  | { readonly kind: 'user'; readonly userId: number }
  | { readonly kind: 'department'; readonly departmentId: number }
  | { readonly kind: 'subtree'; readonly pathPrefix: string };

export function visibleAuthors(viewer: Viewer): VisibleAuthors {
  switch (viewer.scope) {
    case 'all':
      return { kind: 'all' };
    case 'self':
      return { kind: 'user', userId: viewer.userId };
    case 'department':
      return { kind: 'department', departmentId: viewer.departmentId };
    case 'department_and_below':
      return { kind: 'subtree', pathPrefix: viewer.departmentPath };
  }
}

export interface Author {
  readonly userId: number;
  readonly departmentId: number;
  readonly departmentPath: string;
}

/** The same rule for one known author (permission checks on a single record). */
export function canSeeAuthor(visible: VisibleAuthors, author: Author): boolean {
  switch (visible.kind) {
    case 'all':
      return true;
    case 'user':
      return author.userId === visible.userId;
    case 'department':
      return author.departmentId === visible.departmentId;
    case 'subtree':
      return author.departmentPath.startsWith(visible.pathPrefix);
  }
}

export function childPath(parentPath: string | undefined, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** Depth of a department from its path: the root is 1. */
export function pathDepth(path: string): number {
  return path.split('/').filter(Boolean).length;
}

/** Moving `movingPath` under `newParentPath` would put a department below itself. */
export function wouldCreateCycle(movingPath: string, newParentPath: string): boolean {
  return newParentPath.startsWith(movingPath);
}

/**
 * Administrators whose role covers the whole organization: they alone run the admin routes and remove what
 * other members wrote (comments). An administrator limited to a department is a reader there, not a moderator.
 */
export function administersOrganization(user: { readonly isAdmin: boolean; readonly scope: DataScope }): boolean {
  return user.isAdmin && user.scope === 'all';
}

/**
 * Who reads a follow-up, and everything hanging off it. The rule, written once in SQL in
 * `features/shared/visible-records.sql.ts` (the list of follow-ups applies its data-scope part):
 * - its author always (while it is not deleted);
 * - anyone else only when it is not a draft, and its author is inside their data scope or they are
 *   mentioned on it; a mention lets one read and comment, not change or delete;
 * - an attachment is readable exactly when its follow-up is; an upload no follow-up has claimed yet is its
 *   uploader's alone (and only the uploader may attach it);
 * - a record a write names (contact, entity) must be one the writer could read.
 * - a check-in (签到) is read by its author and by anyone whose data scope covers its author; what hangs
 *   off it (its photos) follows it.
 */
export interface Reader {
  readonly organizationId: number;
  readonly userId: number;
  readonly visible: VisibleAuthors;
}
