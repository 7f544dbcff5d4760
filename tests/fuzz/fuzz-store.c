/* fuzz-store.c: libFuzzer harness for a database file that came from
 * outside (copied from another computer, restored from a disk, damaged):
 * it is opened (checked, migrated or recovered, backed up), and its
 * stories, sources, annotations and search are read back.
 *
 * Seeds are real databases made by `parallax-cli`; SQLite's own page
 * checks plus ours must refuse or recover every mutation, never crash.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <glib/gstdio.h>

#include "px-store.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static char *folder;

static void
empty_folder (void)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
}

static void
read_everything (PxStore *store)
{
  g_autoptr(GPtrArray) stories = px_store_list_stories (store, TRUE, NULL);
  g_autoptr(GPtrArray) hits = px_store_search (store, "bridge", 10, NULL);

  for (guint i = 0; stories != NULL && i < stories->len && i < 4; i++)
    {
      const PxStoryInfo *story = g_ptr_array_index (stories, i);
      g_autoptr(GPtrArray) sources = px_store_list_sources (store, story->id, NULL);
      g_autoptr(GPtrArray) annotations = px_store_list_annotations (store, story->id, TRUE, NULL);

      for (guint j = 0; sources != NULL && j < sources->len && j < 4; j++)
        {
          const PxSourceRecord *source = g_ptr_array_index (sources, j);
          g_autoptr(GPtrArray) versions = px_store_list_source_versions (store, source->id, NULL);

          (void) versions;
        }
      (void) annotations;
    }
}

/* Recovery says what it did with g_message(); a run would print it at
 * every damaged input.
 */
static GLogWriterOutput
quiet_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG))
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, user_data);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (quiet_writer, NULL, NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (folder == NULL)
    {
      const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
      g_autofree char *template = g_build_filename (base, "fuzz-store-XXXXXX", NULL);

      folder = g_mkdtemp (g_steal_pointer (&template));
      g_assert_nonnull (folder);
    }

  path = g_build_filename (folder, "parallax.db", NULL);
  g_assert_true (g_file_set_contents (path, (const char *) data, size, NULL));

  store = px_store_open (path, &error);
  if (store != NULL)
    {
      read_everything (store);
      px_store_close (store, NULL);
    }
  else
    g_assert_nonnull (error);

  g_clear_object (&store);
  empty_folder ();
  return 0;
}
