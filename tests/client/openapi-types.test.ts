import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COMMITTED = path.join(ROOT, 'src/client/openapi-types.ts');
const HEADER = '// Generated from openapi.json by openapi-typescript: never edit by hand, run `npm run client:types`.\n';

/** The client's wire types are openapi.json run through openapi-typescript; a changed document fails here. */
describe('genjin/client wire types', () => {
  it('match openapi.json (run `npm run client:types` after `npm run openapi:write`)', async () => {
    const generated = HEADER + astToString(await openapiTS(fs.readFileSync(path.join(ROOT, 'openapi.json'), 'utf8')));
    if (process.env.CLIENT_TYPES_WRITE === '1') fs.writeFileSync(COMMITTED, generated);
    expect(generated).toBe(fs.readFileSync(COMMITTED, 'utf8'));
  });
});
