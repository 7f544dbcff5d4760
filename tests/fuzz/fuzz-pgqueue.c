/* fuzz-pgqueue.c: libFuzzer harness for the team library's queue of
 * writes made offline, as found on disk after a crash, a full disk or a
 * hand edit: "head" (how many lines were sent) and "queue.jsonl" (one
 * write a line) are read back, every write still waiting is checked and
 * each is then marked sent, one at a time, as a replay does.
 *
 * The input is the head's text, a NUL, then the queue's; without a NUL
 * it is the queue alone and there is no head.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <glib/gstdio.h>

#include "px-pg-private.h"

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

/* A line that cannot be read is dropped with a warning: expected here. */
static GLogWriterOutput
quiet_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG))
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, user_data);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (quiet_writer, NULL, NULL);
  /* A critical (a member read with the wrong type) is a finding. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *queue_path = NULL;
  g_autofree char *head_path = NULL;
  g_autoptr(PxPgQueue) queue = NULL;
  g_autoptr(GError) error = NULL;
  const uint8_t *nul = memchr (data, '\0', size);
  guint length;

  if (folder == NULL)
    {
      const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
      g_autofree char *template = g_build_filename (base, "fuzz-pgqueue-XXXXXX", NULL);

      folder = g_mkdtemp (g_steal_pointer (&template));
      g_assert_nonnull (folder);
    }

  queue_path = g_build_filename (folder, "queue.jsonl", NULL);
  head_path = g_build_filename (folder, "head", NULL);
  if (nul != NULL)
    {
      g_assert_true (g_file_set_contents (head_path, (const char *) data, nul - data, NULL));
      g_assert_true (g_file_set_contents (queue_path, (const char *) nul + 1, size - (nul - data) - 1, NULL));
    }
  else
    g_assert_true (g_file_set_contents (queue_path, (const char *) data, size, NULL));

  queue = _px_pg_queue_open (folder, &error);
  g_assert_no_error (error);
  g_assert_nonnull (queue);

  length = _px_pg_queue_get_length (queue);
  for (guint i = 0; i < length; i++)
    {
      JsonObject *op = _px_pg_queue_peek (queue);
      g_autoptr(GError) check_error = NULL;

      g_assert_nonnull (op);
      /* What a replay reads of it: refused with a reason, or usable whole. */
      if (!_px_pg_op_check (op, &check_error))
        g_assert_nonnull (check_error);
      if (i % 2 == 0)
        g_assert_true (_px_pg_queue_pop (queue, NULL));
      else
        g_assert_true (_px_pg_queue_fail (queue, "refused", NULL));
    }
  g_assert_null (_px_pg_queue_peek (queue));
  g_clear_pointer (&queue, _px_pg_queue_free);

  /* Everything sent: a second reading finds nothing waiting. */
  queue = _px_pg_queue_open (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (_px_pg_queue_get_length (queue), ==, 0);

  g_clear_pointer (&queue, _px_pg_queue_free);
  empty_folder ();
  return 0;
}
