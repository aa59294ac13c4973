import { describe, expect, it } from 'vitest';
import {
  canSeeAuthor,
  childPath,
  DATA_SCOPES,
  isDataScope,
  pathDepth,
  visibleAuthors,
  wouldCreateCycle,
  type Author,
  type DataScope,
} from './visibility.ts';

// A four-level tree:      1 (company)
//                        /          \
//                    2 (sales)     3 (support)
//                    /      \
//              4 (north)   5 (south)
//                  |
//              6 (north-a)
// Department 41 exists to catch prefix mistakes: its path `/1/2/41/` starts with `/1/2/4` but not `/1/2/4/`.
const paths: Record<number, string> = {
  1: '/1/',
  2: '/1/2/',
  3: '/1/3/',
  4: '/1/2/4/',
  5: '/1/2/5/',
  6: '/1/2/4/6/',
  41: '/1/2/41/',
};
const authors: Author[] = [
  { userId: 100, departmentId: 1, departmentPath: paths[1]! },
  { userId: 200, departmentId: 2, departmentPath: paths[2]! },
  { userId: 201, departmentId: 2, departmentPath: paths[2]! },
  { userId: 300, departmentId: 3, departmentPath: paths[3]! },
  { userId: 400, departmentId: 4, departmentPath: paths[4]! },
  { userId: 500, departmentId: 5, departmentPath: paths[5]! },
  { userId: 600, departmentId: 6, departmentPath: paths[6]! },
  { userId: 4100, departmentId: 41, departmentPath: paths[41]! },
];

function seenBy(userId: number, departmentId: number, scope: DataScope): number[] {
  const visible = visibleAuthors({ userId, departmentId, departmentPath: paths[departmentId]!, scope });
  return authors.filter((author) => canSeeAuthor(visible, author)).map((author) => author.userId);
}

describe('visibleAuthors', () => {
  it('describes each scope', () => {
    const viewer = { userId: 200, departmentId: 2, departmentPath: '/1/2/' };
    expect(visibleAuthors({ ...viewer, scope: 'self' })).toEqual({ kind: 'user', userId: 200 });
    expect(visibleAuthors({ ...viewer, scope: 'department' })).toEqual({ kind: 'department', departmentId: 2 });
    expect(visibleAuthors({ ...viewer, scope: 'department_and_below' })).toEqual({ kind: 'subtree', pathPrefix: '/1/2/' });
    expect(visibleAuthors({ ...viewer, scope: 'all' })).toEqual({ kind: 'all' });
  });
});

describe('canSeeAuthor over a four-level tree', () => {
  it('self: only the viewer', () => {
    expect(seenBy(400, 4, 'self')).toEqual([400]);
    expect(seenBy(600, 6, 'self')).toEqual([600]);
  });

  it('department: the viewer\'s department only, not the one above or below', () => {
    expect(seenBy(200, 2, 'department')).toEqual([200, 201]);
    expect(seenBy(400, 4, 'department')).toEqual([400]);
    expect(seenBy(600, 6, 'department')).toEqual([600]);
  });

  it('department_and_below: the department and every level under it', () => {
    expect(seenBy(100, 1, 'department_and_below')).toEqual([100, 200, 201, 300, 400, 500, 600, 4100]);
    expect(seenBy(200, 2, 'department_and_below')).toEqual([200, 201, 400, 500, 600, 4100]);
    expect(seenBy(400, 4, 'department_and_below')).toEqual([400, 600]);
    expect(seenBy(600, 6, 'department_and_below')).toEqual([600]);
    expect(seenBy(300, 3, 'department_and_below')).toEqual([300]);
  });

  it('all: everyone', () => {
    expect(seenBy(600, 6, 'all')).toEqual([100, 200, 201, 300, 400, 500, 600, 4100]);
  });
});

describe('department paths', () => {
  it('builds child paths and depths', () => {
    expect(childPath(undefined, 1)).toBe('/1/');
    expect(childPath('/1/2/4/', 6)).toBe('/1/2/4/6/');
    expect([paths[1], paths[2], paths[4], paths[6]].map((p) => pathDepth(p!))).toEqual([1, 2, 3, 4]);
  });

  it('wouldCreateCycle: moving a department under itself or any descendant', () => {
    expect(wouldCreateCycle(paths[2]!, paths[2]!)).toBe(true);
    expect(wouldCreateCycle(paths[2]!, paths[4]!)).toBe(true);
    expect(wouldCreateCycle(paths[2]!, paths[6]!)).toBe(true);
    expect(wouldCreateCycle(paths[4]!, paths[6]!)).toBe(true);
    expect(wouldCreateCycle(paths[4]!, paths[41]!)).toBe(false);
    expect(wouldCreateCycle(paths[6]!, paths[3]!)).toBe(false);
    expect(wouldCreateCycle(paths[4]!, paths[1]!)).toBe(false);
    expect(wouldCreateCycle(paths[5]!, paths[4]!)).toBe(false);
  });

  it('recognises exactly the four scopes', () => {
    expect(DATA_SCOPES.filter(isDataScope)).toEqual(['self', 'department', 'department_and_below', 'all']);
    expect(['everyone', '', 'Self'].filter(isDataScope)).toEqual([]);
  });
});
