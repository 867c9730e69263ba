// SQLite settings that live in the database file. WAL lets readers work while
// one writer commits and keeps committed answers safe if the app process dies;
// it is persistent, so setting it once at start-up covers every connection.
import Database from "better-sqlite3";
import { databaseKind, sqlitePath } from "../env/database-url";

export function configureSqliteFile(url: string): void {
  if (databaseKind(url) !== "sqlite") return;
  const file = new Database(sqlitePath(url));
  try {
    file.pragma("journal_mode = WAL");
  } finally {
    file.close();
  }
}
