// Child process: the ceiling a benchmark is compared with, a bare node:http
// server on 127.0.0.1 doing only the unavoidable part of the app's work.
//   tsx bench/ceiling-server.ts static <file> <content-type>
//       answers every request with the bytes of <file> (a page fetched once from the app)
//   tsx bench/ceiling-server.ts submit <DATABASE_URL>
//       POST /api/attempts/<id>/responses: reads and parses the same JSON body and
//       inserts the same Response row straight through the driver (better-sqlite3
//       or pg), so the same unique keys are checked by the database
// Prints "listening <port>" once it accepts connections.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, sqlitePath } from "../lib/env/database-url";

const MAX_BODY = 16 * 1024;

type Row = [
  id: string,
  attemptId: string,
  questionId: string,
  idempotencyKey: string,
  answer: string,
  correct: boolean,
  score: number,
  answeredAt: Date,
];
type Insert = (row: Row) => Promise<void>;
class DuplicateError extends Error {
  override name = "DuplicateError";
}

function sqliteInsert(url: string): Insert {
  const db = new Database(sqlitePath(url));
  // The app's adapter waits up to 5 s for the write lock; so does the ceiling.
  db.pragma("busy_timeout = 5000");
  const insert = db.prepare(
    'INSERT INTO "Response" ("id", "attemptId", "questionId", "idempotencyKey", "answer", "correct", "score", "answeredAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return async ([id, attemptId, questionId, key, answer, correct, score, answeredAt]) => {
    try {
      // Prisma's SQLite adapter stores booleans as 0/1 and dates as ISO text with +00:00.
      insert.run(
        id,
        attemptId,
        questionId,
        key,
        answer,
        correct ? 1 : 0,
        score,
        answeredAt.toISOString().replace("Z", "+00:00"),
      );
    } catch (error) {
      if ((error as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE") throw new DuplicateError("already stored");
      throw error;
    }
  };
}

function postgresInsert(url: string): Insert {
  // pg's default pool size (10), the same the app's PrismaPg adapter gets.
  const pool = new pg.Pool({ connectionString: url });
  const sql =
    'INSERT INTO "Response" ("id", "attemptId", "questionId", "idempotencyKey", "answer", "correct", "score", "answeredAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)';
  return async (row) => {
    try {
      await pool.query(sql, row);
    } catch (error) {
      if ((error as { code?: unknown }).code === "23505") throw new DuplicateError("already stored");
      throw error;
    }
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error("too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  const bytes = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(bytes),
  });
  response.end(bytes);
}

const PATH = /^\/api\/attempts\/([^/]+)\/responses$/;

function submitHandler(insert: Insert) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const match = PATH.exec(request.url ?? "");
    if (request.method !== "POST" || !match?.[1]) return json(response, 404, { ok: false, error: "not found" });
    let body: unknown;
    try {
      body = JSON.parse(await readBody(request));
    } catch {
      return json(response, 400, { ok: false, error: "bad body" });
    }
    const { questionId, idempotencyKey, answer } = (body ?? {}) as {
      questionId?: unknown;
      idempotencyKey?: unknown;
      answer?: unknown;
    };
    if (
      typeof questionId !== "string" ||
      typeof idempotencyKey !== "string" ||
      typeof answer !== "object" ||
      answer === null
    ) {
      return json(response, 400, { ok: false, error: "bad body" });
    }
    try {
      await insert([
        randomUUID(),
        decodeURIComponent(match[1]),
        questionId,
        idempotencyKey,
        JSON.stringify(answer),
        false,
        0,
        new Date(),
      ]);
      json(response, 200, { ok: true, data: { stored: true } });
    } catch (error) {
      if (error instanceof DuplicateError) return json(response, 409, { ok: false, error: error.message });
      json(response, 500, { ok: false, error: error instanceof Error ? error.message : "failed" });
    }
  };
}

function staticHandler(file: string, contentType: string) {
  const bytes = readFileSync(file);
  return (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, {
      "content-type": contentType,
      "content-length": bytes.length,
      "cache-control": "private, no-store",
    });
    response.end(bytes);
  };
}

const [mode, first, second] = process.argv.slice(2);
let handler: (request: IncomingMessage, response: ServerResponse) => unknown;
if (mode === "static" && first && second) handler = staticHandler(first, second);
else if (mode === "submit" && first)
  handler = submitHandler(databaseKind(first) === "postgres" ? postgresInsert(first) : sqliteInsert(first));
else {
  console.error("usage: tsx bench/ceiling-server.ts static <file> <content-type> | submit <DATABASE_URL>");
  process.exit(2);
}

const server = createServer((request, response) => void handler(request, response));
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
