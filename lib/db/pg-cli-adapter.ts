// The pg driver adapter as the Prisma CLI needs it. @prisma/adapter-pg 6.19.3
// cannot read PostgreSQL's system column types `name` and `"char"`, which the
// JS schema engine queries while migrating (prisma/prisma#27403); this pool
// reports them as text. Only the CLI uses it: app queries use plain PrismaPg.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type WithFields = { fields?: { dataTypeID: number }[] };

function asText<T>(result: T): T {
  for (const field of (result as WithFields).fields ?? []) {
    if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

type Query = (config: pg.QueryConfig) => Promise<pg.QueryResult>;

/** Makes an object's promise-style query() report name and "char" columns as text. */
function patchQuery(target: { query: unknown }): void {
  const query = (target.query as Query).bind(target);
  target.query = async (config: pg.QueryConfig) => asText(await query(config));
}

function cliPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  patchQuery(pool);
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient> | undefined;
  // pg's own Pool.query calls connect(callback); only the promise form is patched.
  (pool as { connect: unknown }).connect = (...args: unknown[]) => {
    if (args.length) return connect(...args);
    return connect()?.then((client) => {
      patchQuery(client);
      return client;
    });
  };
  return pool;
}

/** Host, port, user and database as separate options, so a shadow database gets its own name. */
export function cliPostgresAdapter(url: string): PrismaPg {
  const u = new URL(url);
  const pool = cliPool({
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.slice(1) || "postgres"),
  });
  return new PrismaPg(pool);
}
