// The SQLite substring index over claims: FTS5 with the trigram tokenizer, kept in step with every
// write by triggers. The same statements are in the migration that created it; ensureSearchIndex
// re-runs them idempotently, because SQLite migrations that redefine the Claim table drop its triggers.
export const SQLITE_FTS_STATEMENTS = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS "ClaimFts" USING fts5("searchText", content='Claim', content_rowid='rowid', tokenize='trigram')`,
  `CREATE TRIGGER IF NOT EXISTS "Claim_fts_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimFts"(rowid, "searchText") VALUES (new.rowid, new."searchText");
  END`,
  `CREATE TRIGGER IF NOT EXISTS "Claim_fts_delete" AFTER DELETE ON "Claim" BEGIN
    INSERT INTO "ClaimFts"("ClaimFts", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
  END`,
  `CREATE TRIGGER IF NOT EXISTS "Claim_fts_update" AFTER UPDATE OF "searchText" ON "Claim" BEGIN
    INSERT INTO "ClaimFts"("ClaimFts", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
    INSERT INTO "ClaimFts"(rowid, "searchText") VALUES (new.rowid, new."searchText");
  END`,
];
