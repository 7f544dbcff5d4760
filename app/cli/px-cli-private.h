/* px-cli-private.h: what the parallax-cli commands share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "px-article.h"
#include "px-fetch.h"
#include "px-store.h"

G_BEGIN_DECLS

/* Exit statuses fixed by DESIGN.md. */
enum
{
  PX_CLI_EXIT_OK = 0,
  PX_CLI_EXIT_FAILED = 1,
  PX_CLI_EXIT_USAGE = 2,
  /* Saved on this computer only, queued for a team library that did not answer. */
  PX_CLI_EXIT_QUEUED = 3,
  /* compare --keep-going: compared, with some inputs left out. */
  PX_CLI_EXIT_PARTIAL = 4,
};

/* Every command is a function of its own arguments, argv[0] being the
 * command's name; it returns one of the exit statuses above.
 */
typedef int (*PxCliCommandFunc) (int    argc,
                                 char **argv);

int _px_cli_extract (int    argc,
                     char **argv);
int _px_cli_story (int    argc,
                   char **argv);
int _px_cli_annotate (int    argc,
                      char **argv);
int _px_cli_annotations (int    argc,
                         char **argv);
int _px_cli_search (int    argc,
                    char **argv);
int _px_cli_compare (int    argc,
                     char **argv);
int _px_cli_export (int    argc,
                    char **argv);
int _px_cli_history (int    argc,
                     char **argv);
int _px_cli_story_refetch (int    argc,
                           char **argv);
int _px_cli_compare_claims (int    argc,
                            char **argv);
int _px_cli_similarity_features (int    argc,
                                 char **argv);

/* An input of extract or compare, read: its article, or why not and, for
 * a page with no article text, what the page says it is (@page, else
 * NULL: px_source_get_failed_page()).
 */
typedef void (*PxCliLoadedFunc) (const char      *input,
                                 const PxArticle *article,
                                 const PxArticle *page,
                                 const GError    *error,
                                 gpointer         user_data);

/* Reads @inputs with the window's loader (px_source_load_async(): fetched
 * or read on worker threads, several at a time, with the same messages as
 * the window's columns) and calls @loaded for each, in the order given.
 * The outlet is what the page names, NULL when it names none.
 */
void _px_cli_load_inputs (PxFetcher           *fetcher,
                          const char * const  *inputs,
                          guint                n_inputs,
                          PxCliLoadedFunc      loaded,
                          gpointer             user_data);

/* Parses @entries out of @argv; on failure prints the reason with the
 * command's usage and returns FALSE.
 */
gboolean _px_cli_parse_options (const char    *command,
                                const char    *parameter_string,
                                const char    *summary,
                                GOptionEntry  *entries,
                                int           *argc,
                                char        ***argv);

/* Checks --format against a NULL-terminated list of the names allowed. */
gboolean _px_cli_check_format (const char         *command,
                               const char         *format,
                               const char * const *allowed);

/* printf() for what the commands show: nothing in it can drive the
 * terminal (see parallax-cli.c).
 */
void _px_cli_print (const char *format,
                    ...) G_GNUC_PRINTF (1, 2);

/* A string from a page, a server or a file name for one field of a line
 * (a column of tab-separated output, "Outlet: …"): on one line, without
 * control or reordering characters, isolated when right-to-left; "—"
 * for NULL.
 */
char *_px_cli_field (const char *text);

/* @text without the characters a terminal would obey (controls other
 * than line breaks and tabs, bidirectional overrides), as valid UTF-8.
 */
char *_px_cli_terminal_safe (const char *text);

/* JSON text with the characters a terminal must not see raw (C1
 * controls, bidirectional controls) written as \u escapes: the same JSON.
 */
char *_px_cli_json_safe (const char *json);

/* The "charset" member of extract's and story show's JSON: how the page's
 * bytes were read, {"name": "windows-1252", "from": "meta", "replaced": 0}
 * ("from" as px_charset_from_to_string() names it), or null when that was
 * not recorded (@charset NULL).
 */
void _px_cli_add_charset (JsonBuilder   *builder,
                          const char    *charset,
                          PxCharsetFrom  from,
                          guint          n_replaced);

/* The "page" member of extract's and story show's JSON for a page with no
 * article text: what it says about itself, {"outlet", "title", "byline",
 * "published", "updated", "url"}; nothing when @page is NULL.
 */
void _px_cli_add_failed_page (JsonBuilder     *builder,
                              const PxArticle *page);

/* Prints @node as one line of compact JSON on standard output. */
void _px_cli_print_json_line (JsonNode *node);

/* A line of JSON written piece by piece, for output too long to hold as
 * one tree: the caller writes the punctuation ("{", ",", "[", "]", "}",
 * the line's end), these write a member's name with its ":" and a value,
 * made terminal-safe, to the byte as _px_cli_print_json_line() writes the
 * same value inside a whole tree, with a generator of
 * _px_cli_json_generator_new().
 */
JsonGenerator *_px_cli_json_generator_new (void);
void _px_cli_print_json_name (JsonGenerator *generator,
                              const char    *name);
void _px_cli_print_json_value (JsonGenerator *generator,
                               JsonNode      *node);

/* A fetcher with the defaults, or the limits set in the environment by
 * PARALLAX_FETCH_TIMEOUT (seconds) and PARALLAX_FETCH_MAX_BYTES, which
 * main() checked (px_env_check()).
 */
PxFetcher *_px_cli_new_fetcher (void);

/* Set by --replace-backup: the user accepts that the backup is replaced
 * by a library that lacks some of what the backup holds.
 */
extern gboolean _px_cli_replace_backup;

/* The --db option of the commands that read or write the store, and
 * --replace-backup, the answer to the question opening it may ask.
 */
#define PX_CLI_DB_OPTION(target) \
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &(target), "The database (default: the user's own)", "PATH" }, \
  { "replace-backup", 0, 0, G_OPTION_ARG_NONE, &_px_cli_replace_backup, \
    "Replace the database's backup even if it holds what the database lacks (the old one is kept aside)", NULL }

/* The store at @db_path, or the user's own when NULL; NULL with a message
 * on standard error when it cannot be opened.
 */
PxLibrary *_px_cli_open_store (const char *db_path);
/* The same for a command that reads or changes what is there (a story to
 * show, to add to, a source to annotate): a --db that names no database
 * is refused, not created. Only "story new" and "story copy --to" create
 * one.
 */
PxLibrary *_px_cli_open_store_existing (const char *db_path);
/* Closes @store cleanly and returns @status. */
int _px_cli_close_store (PxLibrary *store,
                         int      status);
/* A positive number no larger than @max given for @what ("story",
 * "version"), or FALSE with a message.
 */
gboolean _px_cli_parse_number (const char *command,
                               const char *what,
                               const char *text,
                               guint64     max,
                               guint64    *value);
/* A positive number given for @what ("story", "source"), or FALSE with a message. */
gboolean _px_cli_parse_id (const char *command,
                           const char *what,
                           const char *text,
                           gint64     *id);
/* The one STORY argument left in @argv after the options (argv[0] being the
 * command), or FALSE with a message.
 */
gboolean _px_cli_parse_story_argument (const char  *command,
                                       int          argc,
                                       char       **argv,
                                       gint64      *story_id);

void _px_cli_print_error (const char *format,
                          ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
