/* px-test-util.h: what the store, history, compare and export tests share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "px-source.h"
#include "px-store.h"

G_BEGIN_DECLS

/* A new folder from @tmpl ("px-store-XXXXXX"), removed with everything in
 * it by px_test_remove_temp_dirs().
 */
char *px_test_make_temp_dir (const char *tmpl);

/* Removes the folders px_test_make_temp_dir() made; main() calls it once
 * the tests have run.
 */
void px_test_remove_temp_dirs (void);

/* Runs $PARALLAX_CLI with the NULL-terminated @args and returns its exit
 * status; its standard output and error in @out and @err when they are not
 * NULL. Fails the test if it cannot be started or does not exit.
 */
int px_test_spawn_cli (const char * const  *args,
                       char               **out,
                       char               **err);

/* Runs $PARALLAX_CLI with @first and the arguments after it up to NULL,
 * fails the test unless it exits with @expected_status, and returns its
 * standard output; its standard error in @err_out when not NULL.
 */
char *px_test_run_cli (int          expected_status,
                       char       **err_out,
                       const char  *first,
                       ...) G_GNUC_NULL_TERMINATED;

/* Annotates @quote in source @source_id of story @story_id with @verdict
 * and @note, and fails the test unless that is saved; its id.
 */
gint64 px_test_annotate_quote (PxStore    *store,
                               gint64      story_id,
                               gint64      source_id,
                               const char *quote,
                               PxVerdict   verdict,
                               const char *note);

/* Column 0 of the first row @sql gives on @db, or NULL without one. */
char *px_test_query_text (sqlite3    *db,
                          const char *sql);

/* Fails the test unless the database at @path passes integrity_check
 * and foreign_key_check finds nothing.
 */
void px_test_assert_database_sound (const char *path);

/* The schema version (PRAGMA user_version) of the database at @path. */
int px_test_user_version (const char *path);

void px_test_age_file (const char *path);
char *px_test_file_sum (const char *path);

GError *px_test_load_failing (PxSource  *source,
                              PxFetcher *fetcher);

/* A failed source kept under the name its column gave it before the
 * library named such columns by their site: its address, the name kept
 * ("0" for .../onward/0), and the name shown once it is read again (the
 * site's; a name a page gave itself stays). What the library and
 * `story show` must both say of such rows.
 */
typedef struct
{
  const char *input;
  const char *kept;
  const char *shown;
} PxTestKeptFailure;

extern const PxTestKeptFailure px_test_kept_failures[3];

G_END_DECLS
