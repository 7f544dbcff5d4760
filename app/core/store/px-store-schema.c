/* px-store-schema.c: the database schema and its migrations
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store-private.h"

#include "px-outlets.h"

#include <glib/gi18n-lib.h>

/* Each step takes a database of the previous version to its own version.
 * A new database runs them all. Never edit a step once it has shipped:
 * add the next one, with a fixture made by the previous version in
 * tests/fixtures/store/ and a test that migrates it.
 */

/* Version 1: one text per source, one passage per annotation. */
static const char schema_v1[] =
  "CREATE TABLE stories ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL,"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL);"

  "CREATE TABLE sources ("
  "  id INTEGER PRIMARY KEY,"
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  input TEXT NOT NULL,"
  "  outlet TEXT, title TEXT, byline TEXT, published TEXT, url TEXT,"
  "  fetched_at TEXT NOT NULL,"
  "  sha256 TEXT NOT NULL,"
  "  content_type TEXT,"
  "  body BLOB NOT NULL,"
  "  text TEXT NOT NULL);"
  "CREATE INDEX sources_story ON sources (story_id, position);"

  "CREATE TABLE annotations ("
  "  id INTEGER PRIMARY KEY,"
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,"
  "  exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,"
  "  position_start INTEGER NOT NULL, position_end INTEGER NOT NULL,"
  "  verdict TEXT NOT NULL DEFAULT 'unverified',"
  "  note TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX annotations_story ON annotations (story_id);"
  "CREATE INDEX annotations_source ON annotations (source_id);"

  "CREATE VIRTUAL TABLE source_search USING fts5 ("
  "  title, outlet, text, tokenize = 'porter unicode61 remove_diacritics 2');"
  "CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN"
  "  INSERT INTO source_search (rowid, title, outlet, text)"
  "    VALUES (NEW.id, NEW.title, NEW.outlet, NEW.text);"
  "END;"
  "CREATE TRIGGER sources_search_update AFTER UPDATE OF title, outlet, text ON sources BEGIN"
  "  UPDATE source_search SET title = NEW.title, outlet = NEW.outlet, text = NEW.text"
  "    WHERE rowid = NEW.id;"
  "END;"
  "CREATE TRIGGER sources_search_delete AFTER DELETE ON sources BEGIN"
  "  DELETE FROM source_search WHERE rowid = OLD.id;"
  "END;"

  "CREATE VIRTUAL TABLE note_search USING fts5 ("
  "  note, tokenize = 'porter unicode61 remove_diacritics 2');"
  "CREATE TRIGGER annotations_search_insert AFTER INSERT ON annotations BEGIN"
  "  INSERT INTO note_search (rowid, note) VALUES (NEW.id, NEW.note);"
  "END;"
  "CREATE TRIGGER annotations_search_update AFTER UPDATE OF note ON annotations BEGIN"
  "  UPDATE note_search SET note = NEW.note WHERE rowid = NEW.id;"
  "END;"
  "CREATE TRIGGER annotations_search_delete AFTER DELETE ON annotations BEGIN"
  "  DELETE FROM note_search WHERE rowid = OLD.id;"
  "END;";

/* Version 2: every fetch of a source is kept as a version; annotations
 * have a state, may target several passages (a claim across outlets), and
 * stories and annotations go to a restorable trash before they are deleted.
 */
static const char schema_v2[] =
  "ALTER TABLE stories ADD COLUMN deleted_at TEXT;"

  "CREATE TABLE source_versions ("
  "  id INTEGER PRIMARY KEY,"
  "  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL,"
  "  fetched_at TEXT NOT NULL,"
  "  checked_at TEXT NOT NULL,"
  "  sha256 TEXT NOT NULL,"
  "  content_type TEXT,"
  "  final_url TEXT,"
  "  body BLOB NOT NULL,"
  "  text TEXT NOT NULL,"
  "  UNIQUE (source_id, number));"
  "INSERT INTO source_versions"
  "  (source_id, number, fetched_at, checked_at, sha256, content_type, body, text)"
  "  SELECT id, 1, fetched_at, fetched_at, sha256, content_type, body, text FROM sources;"

  "DROP TRIGGER sources_search_insert;"
  "DROP TRIGGER sources_search_update;"
  "ALTER TABLE sources DROP COLUMN fetched_at;"
  "ALTER TABLE sources DROP COLUMN sha256;"
  "ALTER TABLE sources DROP COLUMN content_type;"
  "ALTER TABLE sources DROP COLUMN body;"
  "ALTER TABLE sources DROP COLUMN text;"
  "ALTER TABLE sources ADD COLUMN language TEXT;"

  /* The search index holds each source's newest text. */
  "CREATE TRIGGER source_versions_search AFTER INSERT ON source_versions BEGIN"
  "  DELETE FROM source_search WHERE rowid = NEW.source_id;"
  "  INSERT INTO source_search (rowid, title, outlet, text)"
  "    SELECT id, title, outlet, NEW.text FROM sources WHERE id = NEW.source_id;"
  "END;"
  "CREATE TRIGGER sources_search_update AFTER UPDATE OF title, outlet ON sources BEGIN"
  "  UPDATE source_search SET title = NEW.title, outlet = NEW.outlet WHERE rowid = NEW.id;"
  "END;"

  "CREATE TABLE annotations_v2 ("
  "  id INTEGER PRIMARY KEY,"
  "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  verdict TEXT NOT NULL DEFAULT 'unverified' CHECK (verdict IN"
  "    ('unverified', 'accurate', 'misleading', 'false', 'needs-context', 'opinion')),"
  "  state TEXT NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'needs-review', 'dismissed')),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL,"
  "  deleted_at TEXT);"
  "CREATE TABLE annotation_targets ("
  "  id INTEGER PRIMARY KEY,"
  "  annotation_id INTEGER NOT NULL REFERENCES annotations_v2 (id) ON DELETE CASCADE,"
  "  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,"
  "  version_id INTEGER NOT NULL REFERENCES source_versions (id) ON DELETE CASCADE,"
  "  exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,"
  "  position_start INTEGER NOT NULL, position_end INTEGER NOT NULL,"
  "  state TEXT NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'needs-review')),"
  "  confidence REAL NOT NULL DEFAULT 1.0);"
  "INSERT INTO annotations_v2 (id, story_id, verdict, note, created_at, updated_at)"
  "  SELECT id, story_id,"
  "    CASE WHEN verdict IN ('accurate', 'misleading', 'false', 'needs-context', 'opinion')"
  "      THEN verdict ELSE 'unverified' END,"
  "    note, created_at, updated_at FROM annotations;"
  "INSERT INTO annotation_targets (annotation_id, source_id, version_id, exact, prefix, suffix,"
  "                                position_start, position_end)"
  "  SELECT a.id, a.source_id, v.id, a.exact, a.prefix, a.suffix, a.position_start, a.position_end"
  "  FROM annotations a JOIN source_versions v ON v.source_id = a.source_id AND v.number = 1;"
  "DROP TABLE annotations;"
  "ALTER TABLE annotations_v2 RENAME TO annotations;"
  "CREATE INDEX annotations_story ON annotations (story_id);"
  "CREATE INDEX annotation_targets_annotation ON annotation_targets (annotation_id);"
  "CREATE INDEX annotation_targets_source ON annotation_targets (source_id);"
  "CREATE INDEX annotation_targets_version ON annotation_targets (version_id);"
  "CREATE INDEX stories_updated ON stories (updated_at);"

  "CREATE TRIGGER annotations_search_insert AFTER INSERT ON annotations BEGIN"
  "  INSERT INTO note_search (rowid, note) VALUES (NEW.id, NEW.note);"
  "END;"
  "CREATE TRIGGER annotations_search_update AFTER UPDATE OF note ON annotations BEGIN"
  "  UPDATE note_search SET note = NEW.note WHERE rowid = NEW.id;"
  "END;"
  "CREATE TRIGGER annotations_search_delete AFTER DELETE ON annotations BEGIN"
  "  DELETE FROM note_search WHERE rowid = OLD.id;"
  "END;"

  /* Titles weigh more than outlets, outlets more than body text. */
  "INSERT INTO source_search (source_search, rank) VALUES ('rank', 'bm25(8.0, 2.0, 1.0)');";

/* Version 3: sources go to the trash too. */
static const char schema_v3[] =
  "ALTER TABLE sources ADD COLUMN deleted_at TEXT;";

/* Version 4: each version keeps the headline and byline it was fetched
 * with, so that edits to them show in a source's history. Versions stored
 * before this one know only the newest; older ones stay NULL, unknown.
 */
static const char schema_v4[] =
  "ALTER TABLE source_versions ADD COLUMN title TEXT;"
  "ALTER TABLE source_versions ADD COLUMN byline TEXT;"
  "UPDATE source_versions SET"
  "  title = (SELECT title FROM sources WHERE id = source_versions.source_id),"
  "  byline = (SELECT byline FROM sources WHERE id = source_versions.source_id)"
  "  WHERE number = (SELECT max(number) FROM source_versions v WHERE v.source_id = source_versions.source_id);";

/* Version 5: whether a story's title is a placeholder until its first
 * source names it, instead of comparing the title with the (translated)
 * placeholder. Stories kept with the English placeholder keep being named.
 */
static const char schema_v5[] =
  "ALTER TABLE stories ADD COLUMN title_provisional INTEGER NOT NULL DEFAULT 0;"
  "UPDATE stories SET title_provisional = 1 WHERE title = 'New Story';";

/* Version 6: a source that could not be loaded is kept, with the reason,
 * until it is removed: a row without versions.
 */
static const char schema_v6[] =
  "ALTER TABLE sources ADD COLUMN error TEXT;"
  "ALTER TABLE sources ADD COLUMN failed_at TEXT;";

/* Version 7: each version keeps how its bytes were read: the character
 * set, which place named it ('bom', 'header', 'meta', 'bytes',
 * 'bytes-over-label') and how many broken sequences became U+FFFD.
 * Versions kept before stay NULL: unknown, and nothing is said of them.
 */
static const char schema_v7[] =
  "ALTER TABLE source_versions ADD COLUMN charset TEXT;"
  "ALTER TABLE source_versions ADD COLUMN charset_from TEXT;"
  "ALTER TABLE source_versions ADD COLUMN charset_replaced INTEGER;";

/* Version 8: each version keeps when its page said it was last changed
 * (the article's "updated", ISO 8601). Versions kept before stay NULL:
 * the page's statement was not kept, and no update is shown for them.
 */
static const char schema_v8[] =
  "ALTER TABLE source_versions ADD COLUMN updated TEXT;";

/* Version 9: a source that could not be loaded keeps what failed and what
 * its page said about itself, so that opened again it is the column it
 * was: the kind of failure ('empty', 'binary', 'no-content', 'parse';
 * NULL for any other, said by the message alone) and, of a page with no
 * article text, the outlet it names, its headline, byline, dates and
 * address. Failed sources kept before stay NULL: their message is shown
 * as it was kept.
 */
static const char schema_v9[] =
  "ALTER TABLE sources ADD COLUMN error_kind TEXT;"
  "ALTER TABLE sources ADD COLUMN page_outlet TEXT;"
  "ALTER TABLE sources ADD COLUMN page_title TEXT;"
  "ALTER TABLE sources ADD COLUMN page_byline TEXT;"
  "ALTER TABLE sources ADD COLUMN page_published TEXT;"
  "ALTER TABLE sources ADD COLUMN page_updated TEXT;"
  "ALTER TABLE sources ADD COLUMN page_url TEXT;";

/* Version 10: a source that named no outlet and was stored as "Unknown
 * Outlet" (a file such as "01.txt" or "91D80EA7.html", three of which
 * could not be told apart) is named as a source loaded now is, by its
 * file's name or its address (px_outlet_name_for_source(): "01",
 * "localhost:8000"). Only that name is replaced, in English or in the
 * user's language; any other is the page's own or the reader's, and a
 * source with nothing better to be named by keeps it. Data only: the
 * names are made by name_unknown_outlets().
 */
static gboolean
name_unknown_outlets (sqlite3     *db,
                      const char  *path,
                      GError     **error)
{
  /* Translators: the same words as the name shown for a source whose page, file name and address give
   * no name to show */
  const char *unknown = _("Unknown Outlet");
  const char *what = _("Could not name the sources stored as “Unknown Outlet”");
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* Read first, then written: a table is not changed under a running SELECT of it. */
  rc = sqlite3_prepare_v2 (db, "SELECT id, input, url, page_url FROM sources WHERE outlet IN (?1, ?2)", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 1, "Unknown Outlet", -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 2, unknown, -1, SQLITE_STATIC);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      rc = SQLITE_OK;
      const char *input = (const char *) sqlite3_column_text (stmt, 1);
      const char *url = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *name = NULL;

      if (url == NULL)
        url = (const char *) sqlite3_column_text (stmt, 3);
      name = px_outlet_name_for_source (input, url);
      if (name == NULL || g_str_equal (name, unknown) || g_str_equal (name, "Unknown Outlet"))
        continue;
      g_ptr_array_add (ids, g_strdup_printf ("%lld", (long long) sqlite3_column_int64 (stmt, 0)));
      g_ptr_array_add (names, g_steal_pointer (&name));
    }
  if (rc != SQLITE_DONE)
    {
      _px_store_set_error (error, db, rc, path, what);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  rc = sqlite3_prepare_v2 (db, "UPDATE sources SET outlet = ?2 WHERE id = CAST (?1 AS INTEGER)", -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < ids->len; i++)
    {
      sqlite3_reset (stmt);
      rc = sqlite3_bind_text (stmt, 1, ids->pdata[i], -1, SQLITE_STATIC);
      if (rc == SQLITE_OK)
        rc = sqlite3_bind_text (stmt, 2, names->pdata[i], -1, SQLITE_STATIC);
      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      _px_store_set_error (error, db, rc, path, what);
      return FALSE;
    }

  return TRUE;
}

/* Version 11: a failed source keeps its failure's words (px-words.h: the
 * message as the code writes it and its arguments, JSON), so that it is
 * said in the reader's language of the day, not the one it was kept in.
 * Failures kept before stay NULL and are said by their kept message.
 */
static const char schema_v11[] =
  "ALTER TABLE sources ADD COLUMN error_words TEXT;";

/* Each version's step: its SQL, then what it does to the data that SQL
 * cannot.
 */
static const struct
{
  const char *sql;
  gboolean (*data) (sqlite3     *db,
                    const char  *path,
                    GError     **error);
} migrations[] = {
  { schema_v1, NULL },
  { schema_v2, NULL },
  { schema_v3, NULL },
  { schema_v4, NULL },
  { schema_v5, NULL },
  { schema_v6, NULL },
  { schema_v7, NULL },
  { schema_v8, NULL },
  { schema_v9, NULL },
  { NULL, name_unknown_outlets },
  { schema_v11, NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == PX_STORE_SCHEMA_VERSION);

void
_px_store_set_newer_version_error (GError     **error,
                                   const char  *path,
                                   int          version)
{
  g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION,
               /* Translators: %s is the database’s file, then its database version and the newest this version
                * reads */
               _("The database “%s” was written by a newer version of Parallax (database version "
                 "%d; this version reads up to %d). Update Parallax to open it; the file was not "
                 "changed."),
               path, version, PX_STORE_SCHEMA_VERSION);
}

static gboolean
get_user_version (sqlite3     *db,
                  const char  *path,
                  int         *version,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      _px_store_set_error (error, db, rc, path, _("Could not read the database's version"));
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
run_steps (sqlite3     *db,
           const char  *path,
           int          from,
           int          to,
           GError     **error)
{
  for (int version = from + 1; version <= to; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
      /* Translators: %d is a database version */
      g_autofree char *what = g_strdup_printf (_("Could not update the database to version %d"), version);

      if ((migrations[version - 1].sql != NULL && !_px_store_exec (db, migrations[version - 1].sql, path, what, error))
          || (migrations[version - 1].data != NULL && !migrations[version - 1].data (db, path, error))
          || !_px_store_exec (db, set_version, path, what, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_foreign_keys (sqlite3     *db,
                    const char  *path,
                    GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  if (rc == SQLITE_ROW)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_DAMAGED,
                   /* Translators: %s is the database’s file */
                   _("Could not update the database “%s”: its records do not refer to each other "
                   "consistently; nothing was changed"), path);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      _px_store_set_error (error, db, rc, path, _("Could not check the database"));
      return FALSE;
    }

  return TRUE;
}

gboolean
_px_store_migrate (sqlite3     *db,
                   const char  *path,
                   GError     **error)
{
  int version;

  if (!get_user_version (db, path, &version, error))
    return FALSE;
  if (version == PX_STORE_SCHEMA_VERSION)
    return TRUE;

  /* IMMEDIATE: another process opening the same file waits, then finds
   * the work done when it reads the version again.
   */
  if (!_px_store_exec (db, "BEGIN IMMEDIATE", path, _("Could not update the database"), error))
    return FALSE;

  if (!get_user_version (db, path, &version, error))
    goto fail;

  if (version > PX_STORE_SCHEMA_VERSION)
    {
      _px_store_set_newer_version_error (error, path, version);
      goto fail;
    }

  if (!run_steps (db, path, version, PX_STORE_SCHEMA_VERSION, error)
      || !check_foreign_keys (db, path, error)
      || !_px_store_exec (db, "COMMIT", path, _("Could not update the database"), error))
    goto fail;

  return TRUE;

fail:
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

gboolean
_px_store_create_schema_version (sqlite3     *db,
                                 int          version,
                                 GError     **error)
{
  g_return_val_if_fail (version >= 1 && version <= PX_STORE_SCHEMA_VERSION, FALSE);

  if (!_px_store_exec (db, "BEGIN IMMEDIATE", "fixture", _("Could not create the schema"), error))
    return FALSE;
  if (!run_steps (db, "fixture", 0, version, error)
      || !_px_store_exec (db, "COMMIT", "fixture", _("Could not create the schema"), error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}
