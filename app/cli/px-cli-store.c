/* px-cli-store.c: parallax-cli story, annotate, annotations and search
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cli-private.h"
#include "px-dates.h"

#include "px-input.h"
#include "px-json-private.h"
#include "px-pg-secret.h"
#include "px-pg-store.h"
#include "px-safe-text.h"
#include "px-source.h"
#include "px-store.h"
#include "px-story-copy.h"
#include "px-story-sources.h"

#include <stdio.h>
#include <string.h>

static const char * const formats[] = { "json", "text", NULL };

/* A team library named by its address: the password from the address,
 * PGPASSWORD or ~/.pgpass (libpq reads them), else the keyring; the name
 * to sign with from PARALLAX_AUTHOR, else the user's.
 */
static PxLibrary *
open_team_library (const char *uri)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;
  const char *author = g_getenv ("PARALLAX_AUTHOR");
  PxPgStore *store;
  g_autofree char *pgpass = g_build_filename (g_get_home_dir (), ".pgpass", NULL);

  if (g_getenv ("PGPASSWORD") == NULL && g_getenv ("PGPASSFILE") == NULL && !g_file_test (pgpass, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) keyring_error = NULL;

      password = px_pg_secret_lookup (uri, NULL, &keyring_error);
      if (keyring_error != NULL)
        g_debug ("No password from the keyring: %s", keyring_error->message);
    }
  if (author == NULL || *author == '\0')
    author = g_get_real_name ();
  if (author == NULL || *author == '\0' || g_str_equal (author, "Unknown"))
    author = g_get_user_name ();

  if ((store = px_pg_store_open (uri, password, author, NULL, &error)) == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return NULL;
    }

  /* What a write does then is said when the command ends (_px_cli_close_store). */
  g_object_set_data (G_OBJECT (store), "px-cli-queued-at-open",
                     GUINT_TO_POINTER (px_pg_store_get_n_queued (store)));
  return PX_LIBRARY (store);
}

gboolean _px_cli_replace_backup = FALSE;

/* The daily backup, taken now: when the backup holds stories, sources or
 * annotations the library lacks, it is replaced only with
 * --replace-backup, and the command is refused until the user chooses.
 */
static gboolean
backup_or_ask (PxStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *backup = NULL;

  if (px_store_backup_if_due (store, &error))
    return TRUE;
  if (!g_error_matches (error, PX_STORE_ERROR, PX_STORE_ERROR_BACKUP_HOLDS_MORE))
    {
      /* A failed backup keeps the previous one and does not stop the work. */
      _px_cli_print_error ("%s", error->message);
      return TRUE;
    }

  if (!_px_cli_replace_backup)
    {
      _px_cli_print_error ("%s.", error->message);
      _px_cli_print_error ("If the library is as you want it, run the command again with --replace-backup: "
                           "the backup is then replaced and the previous one kept beside it. To go back to "
                           "the backup instead, move “%s” away: Parallax then restores the backup in its place.",
                           px_store_get_path (store));
      return FALSE;
    }

  g_clear_error (&error);
  if (!px_store_replace_backup (store, &kept, &error))
    {
      _px_cli_print_error ("%s", error->message);
      return FALSE;
    }
  backup = px_store_get_backup_path (store);
  _px_cli_print_error ("The backup “%s” now holds the library as it is; the previous backup was kept as “%s”",
                       backup, kept != NULL ? kept : "—");
  return TRUE;
}

static PxLibrary *
open_store (const char *db_path,
            gboolean    existing)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = NULL;
  const PxStoreRecovery *recovery;

  if (db_path != NULL && db_path[0] == '\0')
    {
      _px_cli_print_error ("an empty name is not a library: give a database file or a team library address "
                           "(postgresql://host/database)");
      return NULL;
    }
  if (px_pg_is_uri (db_path))
    return open_team_library (db_path);
  /* "postgres:/desk/checks", "postgresql:desk": a team library's address
   * mistyped, not a file to create.
   */
  if (db_path != NULL && (strstr (db_path, "://") != NULL
                          || g_ascii_strncasecmp (db_path, "postgres", strlen ("postgres")) == 0)
      && strchr (db_path, ':') != NULL && !g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      _px_cli_print_error ("“%s” is neither a database file nor a team library address "
                           "(postgresql://host/database)", db_path);
      return NULL;
    }

  /* A --db given to a command that works on what is there names a
   * database that is there: a typing mistake must not create one.
   */
  path = db_path != NULL ? g_strdup (db_path) : px_store_get_default_path ();
  store = px_store_open_full (path,
                              PX_STORE_OPEN_DEFER_BACKUP
                              | (existing && db_path != NULL ? PX_STORE_OPEN_EXISTING : 0),
                              &error);
  if (store == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return NULL;
    }

  recovery = px_store_get_recovery (store);
  if (recovery != NULL)
    _px_cli_print_error ("%s", recovery->message);

  if (!backup_or_ask (store))
    {
      px_store_close (store, NULL);
      return NULL;
    }

  return PX_LIBRARY (g_steal_pointer (&store));
}

PxLibrary *
_px_cli_open_store (const char *db_path)
{
  return open_store (db_path, FALSE);
}

PxLibrary *
_px_cli_open_store_existing (const char *db_path)
{
  return open_store (db_path, TRUE);
}

/* Closes cleanly (taking the daily backup when due) and returns @status:
 * what was committed stays committed even if the backup fails.
 *
 * A team library whose server did not answer has the saves in its queue
 * on this computer only: colleagues do not see them, and nothing sends
 * them until Parallax opens the library again. That is said on standard
 * error, and a command that would have succeeded exits with
 * PX_CLI_EXIT_QUEUED, so that a script does not take it for shared work
 * (nor run it again, which would save it twice).
 */
int
_px_cli_close_store (PxLibrary *store,
                     int        status)
{
  g_autoptr(GError) error = NULL;

  if (PX_IS_PG_STORE (store) && px_pg_store_get_n_queued (PX_PG_STORE (store)) > 0)
    {
      PxPgStore *team = PX_PG_STORE (store);
      guint n_queued = px_pg_store_get_n_queued (team);
      g_autofree char *display = px_pg_uri_display (px_pg_store_get_uri (team));
      g_autofree char *read_only = px_pg_store_dup_read_only (team);
      gboolean added = n_queued > GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (team), "px-cli-queued-at-open"));

      /* A colleague's newer Parallax set the library up: this one may
       * read it but not change it, and the saves wait for one that may.
       * Only a command that added one of them is "not sent".
       */
      if (read_only != NULL && status == PX_CLI_EXIT_OK && added)
        _px_cli_print_error (n_queued == 1
                             ? "Not sent: %s. %u save is queued on this computer (in %s) and will be sent, once, "
                               "the next time a Parallax or parallax-cli that can change this library opens it. "
                               "Colleagues do not see it until then. Do not run the command again: it would be "
                               "saved twice."
                             : "Not sent: %s. %u saves are queued on this computer (in %s) and will be sent, once "
                               "each, the next time a Parallax or parallax-cli that can change this library opens "
                               "it. Colleagues do not see them until then. Do not run the command again: it would "
                               "be saved twice.",
                             read_only, n_queued, px_pg_store_get_queue_dir (team));
      else if (read_only != NULL)
        _px_cli_print_error (n_queued == 1
                             ? "%s. %u save is queued on this computer (in %s), to be sent the next time a "
                               "Parallax or parallax-cli that can change this library opens it"
                             : "%s. %u saves are queued on this computer (in %s), to be sent the next time a "
                               "Parallax or parallax-cli that can change this library opens it",
                             read_only, n_queued, px_pg_store_get_queue_dir (team));
      /* After a write: it is one of them. */
      else if (status == PX_CLI_EXIT_OK)
        _px_cli_print_error (n_queued == 1
                             ? "Not sent: the team library “%s” cannot be reached. %u save is queued on this "
                               "computer (in %s) and will be sent, once, the next time Parallax or parallax-cli "
                               "opens this library while its server answers (for instance “parallax-cli story list "
                               "--db %s”). Colleagues do not see it until then. Do not run the command again: it "
                               "would be saved twice."
                             : "Not sent: the team library “%s” cannot be reached. %u saves are queued on this "
                               "computer (in %s) and will be sent, once each, the next time Parallax or parallax-cli "
                               "opens this library while its server answers (for instance “parallax-cli story list "
                               "--db %s”). Colleagues do not see them until then. Do not run the command again: it "
                               "would be saved twice.",
                             display, n_queued, px_pg_store_get_queue_dir (team), display);
      else
        _px_cli_print_error (n_queued == 1
                             ? "The team library “%s” cannot be reached: %u save is queued on this computer (in %s), "
                               "to be sent the next time Parallax or parallax-cli opens this library while its "
                               "server answers"
                             : "The team library “%s” cannot be reached: %u saves are queued on this computer (in "
                               "%s), to be sent the next time Parallax or parallax-cli opens this library while its "
                               "server answers",
                             display, n_queued, px_pg_store_get_queue_dir (team));
      if (status == PX_CLI_EXIT_OK && (read_only == NULL || added))
        status = PX_CLI_EXIT_QUEUED;
    }

  if (!px_library_close (store, &error))
    _px_cli_print_error ("%s", error->message);

  return status;
}

static void
print_builder (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  _px_cli_print_json_line (root);
}

/* story new TITLE */
static int
story_new (int    argc,
           char **argv)
{
  g_autofree char *db = NULL;
  GOptionEntry entries[] = { PX_CLI_DB_OPTION (db), { NULL } };
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!_px_cli_parse_options ("story new", "TITLE", "Create a story and print its number.", entries,
                              &argc, &argv))
    return PX_CLI_EXIT_USAGE;
  if (argc != 2)
    {
      fprintf (stderr, "parallax-cli story new: give exactly one TITLE (quote it if it has spaces)\n");
      return PX_CLI_EXIT_USAGE;
    }

  if ((store = _px_cli_open_store (db)) == NULL)
    return PX_CLI_EXIT_FAILED;

  id = px_library_create_story (store, argv[1], &error);
  if (id == 0)
    {
      _px_cli_print_error ("%s", error->message);
      return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
    }

  _px_cli_print ("%" G_GINT64_FORMAT "\n", id);
  fflush (stdout);
  return _px_cli_close_store (store, PX_CLI_EXIT_OK);
}

/* story copy [--db FROM] --to TO STORY */
static int
story_copy (int    argc,
            char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *to_db = NULL;
  GOptionEntry entries[] = {
    PX_CLI_DB_OPTION (db),
    { "to", 0, 0, G_OPTION_ARG_FILENAME, &to_db, "The library to copy into: a database file or postgresql://host/database", "PATH" },
    { NULL }
  };
  g_autoptr(PxLibrary) from = NULL;
  g_autoptr(PxLibrary) to = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id;
  gint64 id;
  int status;

  if (!_px_cli_parse_options ("story copy", "STORY",
                              "Copy a story, its sources and annotations into another library (My Library\n"
                              "or a team library) and print its number there.",
                              entries, &argc, &argv))
    return PX_CLI_EXIT_USAGE;
  if (argc != 2 || to_db == NULL)
    {
      fprintf (stderr, "parallax-cli story copy: give --to PATH and exactly one STORY\n");
      return PX_CLI_EXIT_USAGE;
    }
  if (!_px_cli_parse_id ("story copy", "story", argv[1], &story_id))
    return PX_CLI_EXIT_USAGE;

  if ((from = _px_cli_open_store_existing (db)) == NULL)
    return PX_CLI_EXIT_FAILED;
  if ((to = _px_cli_open_store (to_db)) == NULL)
    return _px_cli_close_store (from, PX_CLI_EXIT_FAILED);

  id = px_story_copy (from, story_id, to, NULL, &error);
  if (id == 0)
    _px_cli_print_error ("%s", error->message);
  else
    {
      printf ("%" G_GINT64_FORMAT "\n", id);
      fflush (stdout);
    }

  status = _px_cli_close_store (to, id != 0 ? PX_CLI_EXIT_OK : PX_CLI_EXIT_FAILED);
  return _px_cli_close_store (from, status);
}

static void
source_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* story add STORY INPUT... */
static int
story_add (int    argc,
           char **argv)
{
  g_autofree char *db = NULL;
  GOptionEntry entries[] = { PX_CLI_DB_OPTION (db), { NULL } };
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(PxFetcher) fetcher = NULL;
  gint64 story_id;
  int status = PX_CLI_EXIT_OK;

  if (!_px_cli_parse_options ("story add", "STORY INPUT…",
                              "Fetch or read each input, extract its article and store it in the story.\n"
                              "Prints each stored source's number and its input, one per line.",
                              entries, &argc, &argv))
    return PX_CLI_EXIT_USAGE;
  if (argc < 3)
    {
      fprintf (stderr, "parallax-cli story add: give a STORY and at least one INPUT\n");
      return PX_CLI_EXIT_USAGE;
    }
  if (!_px_cli_parse_id ("story add", "story", argv[1], &story_id))
    return PX_CLI_EXIT_USAGE;
  /* The limits set in the environment hold here as for extract. */
  fetcher = _px_cli_new_fetcher ();

  if ((store = _px_cli_open_store_existing (db)) == NULL)
    return PX_CLI_EXIT_FAILED;

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) save_error = NULL;
      /* kept with its whole path: `story refetch` from another folder
       * reads the same file */
      g_autofree char *kept = px_input_dup_to_keep (argv[i]);
      g_autoptr(PxSource) source = px_source_new_for_input (kept);
      g_autoptr(GAsyncResult) result = NULL;
      PxSourceSave save = PX_SOURCE_SAVE_NONE;
      gint64 source_id = 0;

      /* The window's loader: read or fetched on a worker, named, and kept
       * through the library's thread. An input that fails is told by the
       * exit status, not kept in the story.
       */
      px_source_set_keep_failure (source, FALSE);
      px_source_load_async (source, store, story_id, fetcher, NULL, source_loaded_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      if (px_source_load_finish (source, result, &save, &save_error, &error))
        {
          source_id = px_source_get_source_id (source);
          if (save == PX_SOURCE_SAVE_FAILED)
            g_propagate_error (&error, g_steal_pointer (&save_error));
        }
      if (source_id == 0 && error == NULL)
        g_set_error (&error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, "Could not store “%s”", argv[i]);

      if (source_id == 0)
        {
          _px_cli_print_error ("%s", error->message);
          status = PX_CLI_EXIT_FAILED;
          /* A missing story fails every input the same way. */
          if (g_error_matches (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND))
            break;
          continue;
        }

      {
        g_autofree char *input = _px_cli_field (kept);

        _px_cli_print ("%" G_GINT64_FORMAT "\t%s\n", source_id, input);
      }
      fflush (stdout);
    }

  return _px_cli_close_store (store, status);
}

/* story list */
static int
story_list (int    argc,
            char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    PX_CLI_DB_OPTION (db),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default) or json", "FORMAT" },
    { NULL }
  };
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GError) error = NULL;

  if (!_px_cli_parse_options ("story list", "", "List the stories, last changed first.", entries,
                              &argc, &argv)
      || !_px_cli_check_format ("story list", format, formats))
    return PX_CLI_EXIT_USAGE;
  if (argc != 1)
    {
      fprintf (stderr, "parallax-cli story list: unexpected argument “%s”\n", argv[1]);
      return PX_CLI_EXIT_USAGE;
    }

  if ((store = _px_cli_open_store_existing (db)) == NULL)
    return PX_CLI_EXIT_FAILED;

  if ((stories = px_library_list_stories (store, FALSE, &error)) == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
    }

  for (guint i = 0; i < stories->len; i++)
    {
      const PxStoryInfo *story = g_ptr_array_index (stories, i);

      if (g_strcmp0 (format, "json") == 0)
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();

          json_builder_begin_object (builder);
          _px_json_add_int (builder, "id", story->id);
          _px_json_add_string_or_null (builder, "title", story->title);
          _px_json_add_int (builder, "sources", story->n_sources);
          _px_json_add_int (builder, "annotations", story->n_annotations);
          /* Added later: sources kept with why they could not be loaded. */
          _px_json_add_int (builder, "failed_sources", story->n_failed);
          _px_json_add_string_or_null (builder, "created_at", story->created_at);
          _px_json_add_string_or_null (builder, "updated_at", story->updated_at);
          json_builder_end_object (builder);
          print_builder (builder);
        }
      else
        {
          g_autofree char *title = _px_cli_field (story->title);
          /* The sources that could not be loaded are columns too: the
           * window counts them, so a story of five failed fetches and one
           * page is not just "1 source" here ("1 sources" it had said). */
          g_autofree char *failed = story->n_failed > 0
                                    ? g_strdup_printf (", %u not loaded", story->n_failed)
                                    : g_strdup ("");

          _px_cli_print ("%" G_GINT64_FORMAT "\t%u %s%s\t%u %s\t%s\t%s\n", story->id,
                         story->n_sources, story->n_sources == 1 ? "source" : "sources", failed,
                         story->n_annotations, story->n_annotations == 1 ? "annotation" : "annotations",
                         story->updated_at, title);
        }
    }

  return _px_cli_close_store (store, PX_CLI_EXIT_OK);
}

/* story show STORY */
static int
story_show (int    argc,
            char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    PX_CLI_DB_OPTION (db),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default) or json", "FORMAT" },
    { NULL }
  };
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id;

  if (!_px_cli_parse_options ("story show", "STORY", "List a story's sources in column order.", entries,
                              &argc, &argv)
      || !_px_cli_check_format ("story show", format, formats))
    return PX_CLI_EXIT_USAGE;
  if (!_px_cli_parse_story_argument ("story show", argc, argv, &story_id))
    return PX_CLI_EXIT_USAGE;

  if ((store = _px_cli_open_store_existing (db)) == NULL)
    return PX_CLI_EXIT_FAILED;

  /* Every column, the sources kept with why they could not be loaded too. */
  if ((sources = px_story_sources_list (store, story_id, &error)) == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
    }

  for (guint i = 0; i < sources->len; i++)
    {
      const PxSourceRecord *source = g_ptr_array_index (sources, i);
      /* as the window's column names it: a failure kept under its
       * address's last piece ("0") by its site */
      g_autofree char *name = px_source_record_dup_outlet (source);

      if (g_strcmp0 (format, "json") == 0)
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          /* As exports give them: a page or a team library's row may
           * hold anything there (px_stored_date_inert()). */
          g_autofree char *published = px_stored_date_inert (source->published);
          g_autofree char *updated = px_stored_date_inert (source->updated);

          json_builder_begin_object (builder);
          _px_json_add_int (builder, "id", source->id);
          _px_json_add_int (builder, "position", source->position);
          _px_json_add_string_or_null (builder, "input", source->input);
          _px_json_add_string_or_null (builder, "outlet", name);
          _px_json_add_string_or_null (builder, "title", source->title);
          _px_json_add_string_or_null (builder, "byline", source->byline);
          _px_json_add_string_or_null (builder, "published", published);
          /* Added 2026-12-05: when the page said it was last changed (as
           * extract's "updated"); null when it said nothing or was kept
           * before the library recorded it. */
          _px_json_add_string_or_null (builder, "updated", updated);
          _px_json_add_string_or_null (builder, "url", source->url);
          _px_json_add_int (builder, "version", source->version);
          _px_json_add_int (builder, "versions", source->n_versions);
          _px_json_add_string_or_null (builder, "fetched_at", source->fetched_at);
          _px_json_add_string_or_null (builder, "checked_at", source->checked_at);
          _px_json_add_string_or_null (builder, "sha256", source->sha256);
          /* Added 2026-12-05: how the current version's bytes were read,
           * as extract's JSON says it (null for a source that could not be
           * loaded or was kept before the library recorded it). */
          _px_cli_add_charset (builder, source->charset, source->charset_from, source->n_replaced);
          /* Added later, only on a source that could not be loaded (it has
           * no version): why, and when it failed; as extract's "error".
           */
          if (source->error != NULL)
            {
              _px_json_add_string_or_null (builder, "error", source->error);
              _px_json_add_string_or_null (builder, "failed_at", source->failed_at);
              /* Added 2026-12-06: what a page with no article text said
               * about itself, as extract's "page" (kept since database
               * version 9). */
              _px_cli_add_failed_page (builder, source->page);
            }
          json_builder_end_object (builder);
          print_builder (builder);
        }
      else
        {
          g_autofree char *outlet = _px_cli_field (name);
          g_autofree char *failed = source->error != NULL ? g_strdup_printf ("(not loaded: %s)", source->error) : NULL;
          g_autofree char *title = _px_cli_field (failed != NULL ? failed : source->title);
          g_autofree char *input = _px_cli_field (source->input);

          _px_cli_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", source->id, outlet, title, input);
        }
    }

  return _px_cli_close_store (store, PX_CLI_EXIT_OK);
}

int
_px_cli_story (int    argc,
               char **argv)
{
  static const struct
  {
    const char *name;
    PxCliCommandFunc func;
  } subcommands[] = {
    { "new", story_new },
    { "add", story_add },
    { "list", story_list },
    { "show", story_show },
    { "refetch", _px_cli_story_refetch },
    { "copy", story_copy },
  };

  gboolean help = argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"));
  g_autofree char *default_path = px_store_get_default_path ();

  if (argc >= 2)
    for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
      if (g_str_equal (argv[1], subcommands[i].name))
        return subcommands[i].func (argc - 1, argv + 1);

  if (argc >= 2 && !help)
    fprintf (stderr, "parallax-cli story: unknown subcommand “%s”\n", argv[1]);
  fprintf (help ? stdout : stderr,
           "Usage:\n"
           "  parallax-cli story new [--db PATH] TITLE\n"
           "  parallax-cli story add [--db PATH] STORY INPUT...\n"
           "  parallax-cli story list [--db PATH] [--format json|text]\n"
           "  parallax-cli story show [--db PATH] [--format json|text] STORY\n"
           "  parallax-cli story refetch [--db PATH] [--format json|text] [--source N] STORY\n"
           "  parallax-cli story copy [--db PATH] --to PATH STORY\n"
           "\n"
           "Without --db, the database is your own: %s\n",
           default_path);
  return help ? PX_CLI_EXIT_OK : PX_CLI_EXIT_USAGE;
}

/* annotate STORY --source N --quote TEXT */
int
_px_cli_annotate (int    argc,
                  char **argv)
{
  g_autofree char *db = NULL;
  g_auto(GStrv) sources = NULL;
  g_auto(GStrv) quotes = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *verdict_name = NULL;
  g_autofree char *note = NULL;
  GOptionEntry entries[] = {
    PX_CLI_DB_OPTION (db),
    { "source", 's', 0, G_OPTION_ARG_STRING_ARRAY, &sources, "The source's number (repeat with --quote for a claim across sources)", "N" },
    { "quote", 'q', 0, G_OPTION_ARG_STRING_ARRAY, &quotes, "The exact words annotated in that source", "TEXT" },
    { "prefix", 0, 0, G_OPTION_ARG_STRING, &prefix, "Text right before the quote, to choose among repeats", "TEXT" },
    { "suffix", 0, 0, G_OPTION_ARG_STRING, &suffix, "Text right after the quote, to choose among repeats", "TEXT" },
    { "verdict", 'v', 0, G_OPTION_ARG_STRING, &verdict_name, "unverified (default), accurate, misleading, false, needs-context or opinion", "V" },
    { "note", 'n', 0, G_OPTION_ARG_STRING, &note, "A note", "TEXT" },
    { NULL }
  };
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (PxTargetSpec));
  PxVerdict verdict = PX_VERDICT_UNVERIFIED;
  gint64 story_id;
  gint64 id;
  guint n_sources;

  if (!_px_cli_parse_options ("annotate", "STORY",
                              "Annotate a passage and print the annotation's number once it is saved.",
                              entries, &argc, &argv))
    return PX_CLI_EXIT_USAGE;
  if (!_px_cli_parse_story_argument ("annotate", argc, argv, &story_id))
    return PX_CLI_EXIT_USAGE;

  n_sources = sources != NULL ? g_strv_length (sources) : 0;
  if (n_sources == 0 || quotes == NULL || g_strv_length (quotes) != n_sources)
    {
      fprintf (stderr, "parallax-cli annotate: give --source N and --quote TEXT (one --quote for each --source)\n");
      return PX_CLI_EXIT_USAGE;
    }
  if (n_sources > 1 && (prefix != NULL || suffix != NULL))
    {
      fprintf (stderr, "parallax-cli annotate: --prefix and --suffix work with a single --source\n");
      return PX_CLI_EXIT_USAGE;
    }
  if (verdict_name != NULL && !px_verdict_from_string (verdict_name, &verdict))
    {
      g_autofree char *shown = px_safe_text_short (verdict_name, 40);

      fprintf (stderr, "parallax-cli annotate: unknown verdict “%s” (use unverified, accurate, "
               "misleading, false, needs-context or opinion)\n", shown);
      return PX_CLI_EXIT_USAGE;
    }

  for (guint i = 0; i < n_sources; i++)
    {
      PxTargetSpec spec = { 0 };

      if (!_px_cli_parse_id ("annotate", "source", sources[i], &spec.source_id))
        return PX_CLI_EXIT_USAGE;
      spec.quote = quotes[i];
      spec.prefix = prefix;
      spec.suffix = suffix;
      g_array_append_val (targets, spec);
    }

  if ((store = _px_cli_open_store_existing (db)) == NULL)
    return PX_CLI_EXIT_FAILED;

  id = px_library_create_annotation (store, story_id, (PxTargetSpec *) targets->data, targets->len,
                                   verdict, note, &error);
  if (id == 0)
    {
      _px_cli_print_error ("%s", error->message);
      return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
    }

  _px_cli_print ("%" G_GINT64_FORMAT "\n", id);
  fflush (stdout);
  return _px_cli_close_store (store, PX_CLI_EXIT_OK);
}

static void
print_annotation_json (const PxAnnotation *annotation)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  _px_json_add_int (builder, "id", annotation->id);
  _px_json_add_int (builder, "story", annotation->story_id);
  _px_json_add_string_or_null (builder, "verdict", px_verdict_to_string (annotation->verdict));
  _px_json_add_string_or_null (builder, "state", px_annotation_state_to_string (annotation->state));
  _px_json_add_string_or_null (builder, "note", annotation->note);
  _px_json_add_string_or_null (builder, "created_at", annotation->created_at);
  _px_json_add_string_or_null (builder, "updated_at", annotation->updated_at);
  /* Team libraries only: who made it, who saved it last, who reviewed it. */
  if (annotation->author != NULL)
    {
      _px_json_add_string_or_null (builder, "author", annotation->author);
      _px_json_add_string_or_null (builder, "updated_by", annotation->updated_by);
      _px_json_add_string_or_null (builder, "reviewed_by", annotation->reviewed_by);
      _px_json_add_int (builder, "row_version", annotation->row_version);
    }
  json_builder_set_member_name (builder, "targets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < annotation->targets->len; i++)
    {
      const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, i);

      json_builder_begin_object (builder);
      _px_json_add_int (builder, "id", target->id);
      _px_json_add_int (builder, "source", target->source_id);
      _px_json_add_int (builder, "version_id", target->version_id);
      _px_json_add_string_or_null (builder, "exact", target->selector->exact);
      _px_json_add_string_or_null (builder, "prefix", target->selector->prefix);
      _px_json_add_string_or_null (builder, "suffix", target->selector->suffix);
      _px_json_add_int (builder, "start", target->selector->start);
      _px_json_add_int (builder, "end", target->selector->end);
      _px_json_add_string_or_null (builder, "state", px_annotation_state_to_string (target->state));
      json_builder_set_member_name (builder, "confidence");
      json_builder_add_double_value (builder, target->confidence);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  print_builder (builder);
}

/* annotations STORY */
int
_px_cli_annotations (int    argc,
                     char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    PX_CLI_DB_OPTION (db),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default) or json", "FORMAT" },
    { NULL }
  };
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id;

  if (!_px_cli_parse_options ("annotations", "STORY", "List a story's annotations.", entries,
                              &argc, &argv)
      || !_px_cli_check_format ("annotations", format, formats))
    return PX_CLI_EXIT_USAGE;
  if (!_px_cli_parse_story_argument ("annotations", argc, argv, &story_id))
    return PX_CLI_EXIT_USAGE;

  if ((store = _px_cli_open_store_existing (db)) == NULL)
    return PX_CLI_EXIT_FAILED;

  if ((annotations = px_library_list_annotations (store, story_id, FALSE, &error)) == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
    }

  for (guint i = 0; i < annotations->len; i++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (annotations, i);

      if (g_strcmp0 (format, "json") == 0)
        {
          print_annotation_json (annotation);
          continue;
        }

      {
        g_autofree char *note = _px_cli_field (annotation->note);

        _px_cli_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", annotation->id,
                       px_verdict_to_string (annotation->verdict),
                       px_annotation_state_to_string (annotation->state), note);
      }
      for (guint j = 0; j < annotation->targets->len; j++)
        {
          const PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, j);

          g_autofree char *exact = _px_cli_field (target->selector->exact);

          _px_cli_print ("\tsource %" G_GINT64_FORMAT ", characters %u–%u%s: “%s”\n", target->source_id,
                         target->selector->start, target->selector->end,
                         target->state == PX_ANNOTATION_STATE_NEEDS_REVIEW ? " (needs review)" : "", exact);
        }
    }

  return _px_cli_close_store (store, PX_CLI_EXIT_OK);
}

/* search QUERY */
int
_px_cli_search (int    argc,
                char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *format = NULL;
  g_autofree char *limit_arg = NULL;
  guint64 limit = 20;
  GOptionEntry entries[] = {
    PX_CLI_DB_OPTION (db),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default) or json", "FORMAT" },
    { "limit", 'l', 0, G_OPTION_ARG_STRING, &limit_arg, "At most this many results (default 20)", "N" },
    { NULL }
  };
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;

  if (!_px_cli_parse_options ("search", "QUERY…",
                              "Search the stored articles and notes; best matches first.", entries,
                              &argc, &argv)
      || !_px_cli_check_format ("search", format, formats))
    return PX_CLI_EXIT_USAGE;
  if (argc < 2)
    {
      fprintf (stderr, "parallax-cli search: give a QUERY\n");
      return PX_CLI_EXIT_USAGE;
    }
  /* parsed here, not by GOption, whose words are its own ("Cannot parse
   * integer value") */
  if (limit_arg != NULL && !g_ascii_string_to_unsigned (limit_arg, 10, 1, G_MAXINT, &limit, NULL))
    {
      g_autofree char *shown = px_safe_text_short (limit_arg, 40);

      fprintf (stderr, "parallax-cli search: --limit is “%s”, but it must be a whole number of results, "
                       "1 or more (the default is 20)\n", shown);
      return PX_CLI_EXIT_USAGE;
    }

  query = g_strjoinv (" ", argv + 1);
  if ((store = _px_cli_open_store_existing (db)) == NULL)
    return PX_CLI_EXIT_FAILED;

  if ((hits = px_library_search (store, query, (int) limit, &error)) == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return _px_cli_close_store (store,
                          g_error_matches (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID)
                            ? PX_CLI_EXIT_USAGE : PX_CLI_EXIT_FAILED);
    }

  for (guint i = 0; i < hits->len; i++)
    {
      const PxSearchHit *hit = g_ptr_array_index (hits, i);
      gboolean is_note = hit->kind == PX_SEARCH_HIT_NOTE;

      if (g_strcmp0 (format, "json") == 0)
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();

          json_builder_begin_object (builder);
          _px_json_add_string_or_null (builder, "kind", is_note ? "note" : "article");
          _px_json_add_int (builder, "story", hit->story_id);
          _px_json_add_string_or_null (builder, "story_title", hit->story_title);
          _px_json_add_int (builder, "source", hit->source_id);
          json_builder_set_member_name (builder, "annotation");
          if (is_note)
            json_builder_add_int_value (builder, hit->annotation_id);
          else
            json_builder_add_null_value (builder);
          _px_json_add_string_or_null (builder, is_note ? "quote" : "title", hit->title);
          _px_json_add_string_or_null (builder, "outlet", hit->outlet);
          _px_json_add_string_or_null (builder, "snippet", hit->snippet);
          json_builder_set_member_name (builder, "score");
          json_builder_add_double_value (builder, hit->score);
          json_builder_end_object (builder);
          print_builder (builder);
        }
      else
        {
          g_autofree char *story_title = _px_cli_field (hit->story_title);
          g_autofree char *outlet = _px_cli_field (hit->outlet);
          g_autofree char *snippet = _px_cli_field (hit->snippet);

          if (is_note)
            _px_cli_print ("note %" G_GINT64_FORMAT "\tstory %" G_GINT64_FORMAT " “%s”\t%s\n", hit->annotation_id,
                           hit->story_id, story_title, snippet);
          else
            _px_cli_print ("source %" G_GINT64_FORMAT "\tstory %" G_GINT64_FORMAT " “%s”\t%s: %s\n",
                           hit->source_id, hit->story_id, story_title, outlet, snippet);
        }
    }

  return _px_cli_close_store (store, PX_CLI_EXIT_OK);
}
