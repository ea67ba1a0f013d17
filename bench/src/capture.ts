import type { CompiledQuery } from 'kysely';
import { buildApp } from '../../server/src/app';
import { systemClock } from '../../server/src/platform/clock';
import { loadConfig } from '../../server/src/platform/config';
import { openPostgres } from '../../server/src/platform/db';

// pgbench reads ":name" as a variable even inside quotes, so colons are written as escapes.
function quote(text: string): string {
  const body = text.replaceAll("'", "''");
  return body.includes(':') ? `E'${body.replaceAll('\\', '\\\\').replaceAll(':', '\\x3a')}'` : `'${body}'`;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return quote(value.toISOString());
  if (Array.isArray(value)) return quote(`{${value.map((v) => `"${String(v)}"`).join(',')}}`);
  return quote(String(value));
}

function inline(query: CompiledQuery): string {
  // Literals the app writes into its own SQL (the actor's settings, say) get the same escape.
  const written = query.sql.replace(/(?<![E\w])'((?:[^']|'')*)'/g, (_, body: string) =>
    quote(body.replaceAll("''", "'")),
  );
  return written.replace(/\$(\d+)/g, (_, n) => literal(query.parameters[Number(n) - 1]));
}

/**
 * The exact SQL one request runs, captured from Kysely while the app serves it in-process, as a
 * pgbench script: the session lookup, then the request's transaction from its begin to its commit.
 */
export async function captureRequestSql(databaseUrl: string, cookie: string, path: string): Promise<string> {
  const captured: CompiledQuery[] = [];
  const handle = openPostgres(databaseUrl, 2, {
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  const db = handle.db;
  const config = { ...loadConfig({ LUMO_MODE: 'demo' }), logLevel: 'silent' };
  const app = await buildApp({ db, dbKind: 'postgres', clock: systemClock, config });
  try {
    const response = await app.inject({ method: 'GET', url: path, headers: { cookie } });
    if (response.statusCode !== 200)
      throw new Error(`capture request answered ${response.statusCode}: ${response.body}`);
  } finally {
    await app.close();
    await handle.close();
  }
  // Kysely's own begin and commit are among the captured statements.
  const lines = captured.map(inline);
  return `${lines.map((s) => `${s.replace(/\s+/g, ' ').trim()};`).join('\n')}\n`;
}
