/** The success envelope every /api/v2 answer uses. */
export function ok<T>(data: T): { code: 0; data: T } {
  return { code: 0, data };
}
