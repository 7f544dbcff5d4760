/* px-pg-schema.c: a team library's schema and its migrations
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-pg-private.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

/* The same tables as the local library (px-store-schema.c), with what a
 * team needs on top: rows carry ids made by the client that created them
 * (a UUID, and its first 63 bits as the row id), annotations their
 * authors, reviewer and a row version, every write's id is recorded so
 * that a write replayed from a disconnected client's queue applies once,
 * and every change is announced on the channel PX_PG_CHANNEL.
 *
 * Each step takes a library of the previous version to its own version.
 * Never edit a step once it has shipped: add the next one.
 */

/* Version 1 */
static const char schema_v1[] =
  "CREATE TABLE authors ("
  "  name text PRIMARY KEY,"
  "  joined_at timestamptz NOT NULL DEFAULT now());"

  /* Every write applied, by the id its client gave it. */
  "CREATE TABLE applied_writes ("
  "  id uuid PRIMARY KEY,"
  "  author text NOT NULL,"
  "  applied_at timestamptz NOT NULL DEFAULT now(),"
  "  result bigint);"
  "CREATE INDEX applied_writes_time ON applied_writes (applied_at);"

  "CREATE TABLE stories ("
  "  id bigint PRIMARY KEY,"
  "  uuid uuid NOT NULL UNIQUE,"
  "  title text NOT NULL,"
  "  created_by text NOT NULL,"
  "  created_at timestamptz NOT NULL,"
  "  updated_at timestamptz NOT NULL,"
  "  deleted_at timestamptz);"
  "CREATE INDEX stories_updated ON stories (updated_at);"

  "CREATE TABLE sources ("
  "  id bigint PRIMARY KEY,"
  "  uuid uuid NOT NULL UNIQUE,"
  "  story_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  position integer NOT NULL,"
  "  input text NOT NULL,"
  "  outlet text, title text, byline text, published text, url text, language text,"
  "  created_by text NOT NULL,"
  "  deleted_at timestamptz,"
  /* The newest version's words, titles weighing most, then outlets. */
  "  search tsvector);"
  "CREATE INDEX sources_story ON sources (story_id, position);"
  "CREATE INDEX sources_search ON sources USING gin (search);"

  "CREATE TABLE source_versions ("
  "  id bigint PRIMARY KEY,"
  "  source_id bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,"
  "  number integer NOT NULL,"
  "  fetched_at text NOT NULL,"
  "  checked_at text NOT NULL,"
  "  sha256 text NOT NULL,"
  "  content_type text,"
  "  final_url text,"
  "  body bytea NOT NULL,"
  "  text text NOT NULL,"
  "  title text,"
  "  byline text,"
  "  UNIQUE (source_id, number));"

  "CREATE TABLE annotations ("
  "  id bigint PRIMARY KEY,"
  "  uuid uuid NOT NULL UNIQUE,"
  "  story_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
  "  verdict text NOT NULL DEFAULT 'unverified' CHECK (verdict IN"
  "    ('unverified', 'accurate', 'misleading', 'false', 'needs-context', 'opinion')),"
  "  state text NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'needs-review', 'dismissed')),"
  "  note text NOT NULL DEFAULT '',"
  "  created_by text NOT NULL,"
  "  created_at timestamptz NOT NULL,"
  "  updated_by text NOT NULL,"
  "  updated_at timestamptz NOT NULL,"
  "  row_version integer NOT NULL DEFAULT 1,"
  "  reviewed_by text,"
  "  reviewed_at timestamptz,"
  "  deleted_at timestamptz,"
  "  search tsvector GENERATED ALWAYS AS (to_tsvector('english', note)) STORED);"
  "CREATE INDEX annotations_story ON annotations (story_id);"
  "CREATE INDEX annotations_search ON annotations USING gin (search);"

  "CREATE TABLE annotation_targets ("
  "  id bigint PRIMARY KEY,"
  "  annotation_id bigint NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,"
  "  source_id bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,"
  "  version_id bigint NOT NULL REFERENCES source_versions (id) ON DELETE CASCADE,"
  "  exact text NOT NULL, prefix text NOT NULL, suffix text NOT NULL,"
  "  position_start integer NOT NULL, position_end integer NOT NULL,"
  "  state text NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'needs-review')),"
  "  confidence double precision NOT NULL DEFAULT 1.0,"
  /* Ids are random: the passages keep the order they were given in. */
  "  ordinal integer NOT NULL DEFAULT 0);"
  "CREATE INDEX annotation_targets_annotation ON annotation_targets (annotation_id);"
  "CREATE INDEX annotation_targets_source ON annotation_targets (source_id);"

  "CREATE FUNCTION px_source_search () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
  "  UPDATE sources SET search ="
  "      setweight (to_tsvector ('english', coalesce (title, '')), 'A')"
  "      || setweight (to_tsvector ('english', coalesce (outlet, '')), 'B')"
  "      || setweight (to_tsvector ('english', NEW.text), 'D')"
  "    WHERE id = NEW.source_id;"
  "  RETURN NULL;"
  "END $$;"
  "CREATE TRIGGER source_versions_search AFTER INSERT ON source_versions"
  "  FOR EACH ROW EXECUTE FUNCTION px_source_search ();"

  /* {"kind": "story"|"source"|"annotation", "story": id, "id": id, "by": name} */
  "CREATE FUNCTION px_notify_change () RETURNS trigger LANGUAGE plpgsql AS $$"
  "DECLARE"
  "  row jsonb := to_jsonb (CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);"
  "BEGIN"
  "  PERFORM pg_notify ('" PX_PG_CHANNEL "', json_build_object ("
  "    'kind', TG_ARGV[0],"
  "    'story', coalesce (row->'story_id', row->'id'),"
  "    'id', row->'id',"
  "    'by', coalesce (row->>'updated_by', row->>'created_by'))::text);"
  "  RETURN NULL;"
  "END $$;"
  "CREATE TRIGGER stories_notify AFTER INSERT OR UPDATE OR DELETE ON stories"
  "  FOR EACH ROW EXECUTE FUNCTION px_notify_change ('story');"
  "CREATE TRIGGER sources_notify AFTER INSERT OR DELETE OR UPDATE OF position, deleted_at, title, outlet"
  "  ON sources FOR EACH ROW EXECUTE FUNCTION px_notify_change ('source');"
  "CREATE TRIGGER annotations_notify AFTER INSERT OR UPDATE OR DELETE ON annotations"
  "  FOR EACH ROW EXECUTE FUNCTION px_notify_change ('annotation');";

/* Version 2: whether a story's title is a placeholder until its first
 * source names it. */
static const char schema_v2[] =
  "ALTER TABLE stories ADD COLUMN title_provisional boolean NOT NULL DEFAULT false;"
  "UPDATE stories SET title_provisional = true WHERE title = 'New Story';";

/* Version 3: a source that could not be loaded is kept, with the reason,
 * until it is removed: a row without versions. */
static const char schema_v3[] =
  "ALTER TABLE sources ADD COLUMN error text;"
  "ALTER TABLE sources ADD COLUMN failed_at timestamptz;";

/* Version 4: each version keeps how its bytes were read (the local
 * library's version 7); versions kept before stay NULL, unknown. */
static const char schema_v4[] =
  "ALTER TABLE source_versions ADD COLUMN IF NOT EXISTS charset text;"
  "ALTER TABLE source_versions ADD COLUMN IF NOT EXISTS charset_from text;"
  "ALTER TABLE source_versions ADD COLUMN IF NOT EXISTS charset_replaced integer;";

/* Version 5: each version keeps when its page said it was last changed
 * (the local library's version 8); versions kept before stay NULL. */
static const char schema_v5[] =
  "ALTER TABLE source_versions ADD COLUMN IF NOT EXISTS updated text;";

/* Version 6: a failed source keeps what failed and what its page said
 * about itself (the local library's version 9): NULL for sources failed
 * before, and for those an older client fails or loads (read only beside
 * an error, so what one of those leaves behind is never shown). */
static const char schema_v6[] =
  "ALTER TABLE sources ADD COLUMN IF NOT EXISTS error_kind text;"
  "ALTER TABLE sources ADD COLUMN IF NOT EXISTS page_outlet text;"
  "ALTER TABLE sources ADD COLUMN IF NOT EXISTS page_title text;"
  "ALTER TABLE sources ADD COLUMN IF NOT EXISTS page_byline text;"
  "ALTER TABLE sources ADD COLUMN IF NOT EXISTS page_published text;"
  "ALTER TABLE sources ADD COLUMN IF NOT EXISTS page_updated text;"
  "ALTER TABLE sources ADD COLUMN IF NOT EXISTS page_url text;";

/* Version 7: a failed source keeps its failure's words (the local
 * library's version 11), to say it in each reader's language; NULL for
 * sources failed before and for those an older client fails (read only
 * beside an error kept by a client that knows them). */
static const char schema_v7[] =
  "ALTER TABLE sources ADD COLUMN IF NOT EXISTS error_words text;";

static const char * const migrations[] = {
  schema_v1,
  schema_v2,
  schema_v3,
  schema_v4,
  schema_v5,
  schema_v6,
  schema_v7,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == PX_PG_SCHEMA_VERSION);
G_STATIC_ASSERT (PX_PG_SCHEMA_READABLE_FROM <= PX_PG_SCHEMA_WRITABLE_FROM);
G_STATIC_ASSERT (PX_PG_SCHEMA_WRITABLE_FROM <= PX_PG_SCHEMA_VERSION);

/* The row of parallax_schema, read as JSON and locked with @lock ("FOR
 * SHARE", "FOR UPDATE"): the columns a library has depend on
 * the Parallax that set it up (clients before the compatibility rule made
 * "version" alone), so none is named but the version.
 */
static gboolean
read_schema (PGconn       *conn,
             const char   *lock,
             PxPgSchema   *schema,
             const char   *what,
             GError      **error)
{
  g_autofree char *sql = g_strconcat ("SELECT to_jsonb (s) FROM parallax_schema s ORDER BY version DESC LIMIT 1 ",
                                      lock, NULL);
  g_autoptr(PGresult) result = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *row;

  *schema = (PxPgSchema) { 0, 0, 0, NULL };

  if ((result = _px_pg_exec (conn, sql, 0, NULL, what, error)) == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    return TRUE;

  if (!json_parser_load_from_data (parser, PQgetvalue (result, 0, 0), -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return TRUE;
  row = json_node_get_object (json_parser_get_root (parser));
  schema->version = (int) json_object_get_int_member_with_default (row, "version", 0);
  /* Unsaid (a library no client with the rule has set up): only clients
   * of its own version may read or write it.
   */
  schema->readable_from = (int) json_object_get_int_member_with_default (row, "readable_from", schema->version);
  schema->writable_from = (int) json_object_get_int_member_with_default (row, "writable_from", schema->version);
  if (schema->readable_from <= 0)
    schema->readable_from = schema->version;
  if (schema->writable_from <= 0)
    schema->writable_from = schema->version;
  schema->set_up_by = g_strdup (json_object_get_string_member_with_default (row, "set_up_by", NULL));
  return TRUE;
}

void
_px_pg_schema_clear (PxPgSchema *schema)
{
  g_clear_pointer (&schema->set_up_by, g_free);
}

/* Why this Parallax may not open (@writing FALSE) or change (@writing
 * TRUE) the library at @display set up as @schema; NULL when it may.
 */
static char *
refusal (const char       *display,
         const PxPgSchema *schema,
         gboolean          writing)
{
  g_autofree char *by = NULL;

  if (schema->version <= PX_PG_SCHEMA_VERSION
      || (writing ? schema->writable_from : schema->readable_from) <= PX_PG_SCHEMA_VERSION)
    return NULL;

  /* Translators: the Parallax that set up a team library: “Parallax 0.3.0”, or “a newer Parallax” when it
   * did not say */
  by = schema->set_up_by != NULL ? g_strdup_printf (_("Parallax %s"), schema->set_up_by)
                                 : g_strdup (_("a newer Parallax"));
  if (writing)
    return g_strdup_printf (
      /* Translators: %1$s is a team library’s address, %2$s “Parallax 0.3.0” (the one that set it up), %3$d its
       * library version, %4$s this Parallax’s version (“0.1.0”), %5$d the newest library version it writes */
      _("The team library “%1$s” was set up by %2$s (library version %3$d). Parallax %4$s reads it but changes "
        "library versions up to %5$d only: update Parallax to save changes to it"),
      display, by, schema->version, PACKAGE_VERSION, PX_PG_SCHEMA_VERSION);

  return g_strdup_printf (
    /* Translators: %1$s is a team library’s address, %2$s “Parallax 0.3.0” (the one that set it up), %3$d its
     * library version, %4$s this Parallax’s version (“0.1.0”), %5$d the newest library version it reads */
    _("The team library “%1$s” was set up by %2$s (library version %3$d), which Parallax %4$s cannot read: it "
      "reads library versions up to %5$d. Update Parallax to open it. Nothing was changed, in the library or on "
      "this computer"),
    display, by, schema->version, PACKAGE_VERSION, PX_PG_SCHEMA_VERSION);
}

gboolean
_px_pg_migrate (PGconn      *conn,
                const char  *uri,
                char       **read_only,
                GError     **error)
{
  g_autofree char *display = px_pg_uri_display (uri);
  /* Translators: %s is a team library’s address */
  g_autofree char *what = g_strdup_printf (_("Could not prepare the team library “%s”"), display);
  g_autoptr(PGresult) result = NULL;
  g_autofree char *refused = NULL;
  PxPgSchema schema = { 0, };
  gboolean ok = FALSE;

  *read_only = NULL;

  /* The lock is the transaction's: a client that waited for it finds the
   * work done when it reads the version. The version row is locked before
   * any table a step changes, in the order a write takes them
   * (_px_pg_check_writable()), so the two never wait on each other.
   */
  if ((result = _px_pg_exec (conn,
                             "BEGIN;"
                             "SELECT pg_advisory_xact_lock (hashtext ('parallax-schema'));"
                             "CREATE TABLE IF NOT EXISTS parallax_schema (version integer NOT NULL, "
                             "  readable_from integer, writable_from integer, set_up_by text);",
                             0, NULL, what, error)) == NULL)
    goto out;
  g_clear_pointer (&result, PQclear);

  if (!read_schema (conn, "FOR UPDATE", &schema, what, error))
    goto out;

  if ((refused = refusal (display, &schema, FALSE)) != NULL)
    {
      g_set_error_literal (error, PX_STORE_ERROR, PX_STORE_ERROR_NEWER_VERSION, refused);
      goto out;
    }
  /* A newer library this Parallax may read: never taken back a version,
   * and said read-only unless its steps since leave older writers' rows
   * whole.
   */
  *read_only = refusal (display, &schema, TRUE);

  if (schema.version < PX_PG_SCHEMA_VERSION)
    {
      g_autofree char *version = g_strdup_printf ("%d", PX_PG_SCHEMA_VERSION);
      g_autofree char *readable_from = g_strdup_printf ("%d", PX_PG_SCHEMA_READABLE_FROM);
      g_autofree char *writable_from = g_strdup_printf ("%d", PX_PG_SCHEMA_WRITABLE_FROM);
      const char *params[] = { version, readable_from, writable_from, PACKAGE_VERSION };

      for (int step = schema.version + 1; step <= PX_PG_SCHEMA_VERSION; step++)
        {
          /* Translators: %s is a team library’s address, %d a library version */
          g_autofree char *step_what = g_strdup_printf (_("Could not update the team library “%s” to version %d"),
                                                        display, step);

          if ((result = _px_pg_exec (conn, migrations[step - 1], 0, NULL, step_what, error)) == NULL)
            goto out;
          g_clear_pointer (&result, PQclear);
        }

      /* A library set up by a Parallax before the rule lacks the columns. */
      if ((result = _px_pg_exec (conn,
                                 "ALTER TABLE parallax_schema ADD COLUMN IF NOT EXISTS readable_from integer, "
                                 "  ADD COLUMN IF NOT EXISTS writable_from integer, "
                                 "  ADD COLUMN IF NOT EXISTS set_up_by text;"
                                 "DELETE FROM parallax_schema",
                                 0, NULL, what, error)) == NULL)
        goto out;
      g_clear_pointer (&result, PQclear);
      if ((result = _px_pg_exec (conn,
                                 "INSERT INTO parallax_schema (version, readable_from, writable_from, set_up_by) "
                                 "VALUES ($1, $2, $3, $4)",
                                 4, params, what, error)) == NULL)
        goto out;
      g_clear_pointer (&result, PQclear);
    }

  if ((result = _px_pg_exec (conn, "COMMIT", 0, NULL, what, error)) == NULL)
    goto out;
  ok = TRUE;

out:
  _px_pg_schema_clear (&schema);
  if (!ok)
    {
      g_clear_pointer (read_only, g_free);
      if (PQstatus (conn) == CONNECTION_OK && PQtransactionStatus (conn) != PQTRANS_IDLE)
        PQclear (PQexec (conn, "ROLLBACK"));
    }
  return ok;
}

gboolean
_px_pg_check_writable (PGconn      *conn,
                       const char  *uri,
                       char       **read_only,
                       const char  *what,
                       GError     **error)
{
  g_autofree char *display = NULL;
  PxPgSchema schema = { 0, };

  *read_only = NULL;
  if (!read_schema (conn, "FOR SHARE", &schema, what, error))
    return FALSE;

  display = px_pg_uri_display (uri);
  *read_only = refusal (display, &schema, TRUE);
  _px_pg_schema_clear (&schema);
  return TRUE;
}
