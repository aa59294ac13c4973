import { CompiledQuery } from 'kysely';
import type { Db } from './database.ts';

// Kysely builds and compiles every query afresh: on the standard list page that was ~10% of server CPU
// (parsing references, freezing nodes, visiting the tree) for SQL text that never changes between requests.
// A query whose text depends only on a "shape" (which tables, how many ids in a list) is compiled once per
// Kysely instance and run again with the new parameters. Dialect-neutral: the text comes from Kysely.
const texts = new WeakMap<object, Map<string, string>>();
const MAX_SHAPES = 2_000;

/**
 * Runs a query compiled at most once per `shape`. `parameters` are the values in the order the builder binds
 * them; every first compile checks them against Kysely's own list and throws on a difference, so a key that
 * misses part of the shape, or a wrong order, fails the first call (and the tests), never a later one.
 * Inside a transaction (a new Kysely object each time) it simply compiles.
 */
export async function runCompiledOnce<R>(
  db: Db,
  shape: string,
  parameters: readonly unknown[],
  compile: () => CompiledQuery<R>,
): Promise<R[]> {
  let cache = texts.get(db);
  if (!cache && !db.isTransaction) texts.set(db, (cache = new Map()));
  const text = cache?.get(shape);
  if (text !== undefined) return (await db.executeQuery<R>(CompiledQuery.raw(text, [...parameters]) as CompiledQuery<R>)).rows;
  const compiled = compile();
  const same = compiled.parameters.length === parameters.length && compiled.parameters.every((p, i) => p === parameters[i]);
  if (!same) throw new Error(`runCompiledOnce(${shape}): the parameters given are not the builder's`);
  if (cache && cache.size < MAX_SHAPES) cache.set(shape, compiled.sql);
  return (await db.executeQuery<R>(compiled)).rows;
}
