/* px-pg-queue.c: writes made while the team library's server was away
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-pg-private.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

/* queue.jsonl only grows while writes wait; head says how many of its
 * lines were applied, and is replaced whole (written, synced, renamed).
 * Once every line is applied the file is emptied. A crash between
 * applying a write and moving the head replays it: the server knows it
 * by its id and applies it once.
 */
struct _PxPgQueue
{
  char *dir;
  char *queue_path;
  char *head_path;
  char *failed_path;
  int lock_fd;
  guint head;         /* lines of queue.jsonl applied */
  GQueue pending;     /* JsonObject, oldest first */
};

static gboolean
set_io_error (GError     **error,
              const char  *path,
              int          saved_errno)
{
  g_set_error (error, PX_STORE_ERROR,
               saved_errno == ENOSPC || saved_errno == EDQUOT ? PX_STORE_ERROR_DISK_FULL : PX_STORE_ERROR_FAILED,
               /* Translators: the first %s is a folder on this computer, the second the system’s reason */
               _("Could not keep the write for the team library in “%s”: %s"),
               path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
sync_folder (const char  *dir,
             GError     **error)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      return set_io_error (error, dir, saved_errno);
    }

  close (fd);
  return TRUE;
}

static gboolean
write_head (PxPgQueue  *queue,
            guint       head,
            GError    **error)
{
  g_autofree char *text = g_strdup_printf ("%u\n", head);

  if (!g_file_set_contents_full (queue->head_path, text, -1, G_FILE_SET_CONTENTS_DURABLE, 0600, error))
    return FALSE;

  queue->head = head;
  return TRUE;
}

static gboolean
append_line (const char  *path,
             const char  *line,
             GError     **error)
{
  g_autofree char *text = g_strconcat (line, "\n", NULL);
  gsize left = strlen (text);
  const char *p = text;
  int fd = open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);

  if (fd < 0)
    return set_io_error (error, path, errno);

  while (left > 0)
    {
      ssize_t written = write (fd, p, left);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        {
          int saved_errno = errno;

          close (fd);
          return set_io_error (error, path, saved_errno);
        }
      p += written;
      left -= written;
    }

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_io_error (error, path, saved_errno);
    }

  close (fd);
  return TRUE;
}

static char *
to_line (JsonObject *op)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, op);
  return json_to_string (node, FALSE);
}

static gboolean
load (PxPgQueue  *queue,
      GError    **error)
{
  g_autofree char *head_text = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines = 0;

  if (g_file_get_contents (queue->head_path, &head_text, NULL, NULL))
    queue->head = strtoul (head_text, NULL, 10);

  if (!g_file_get_contents (queue->queue_path, &contents, NULL, NULL))
    return TRUE;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = NULL;
      JsonNode *root;

      if (*lines[i] == '\0')
        continue;
      n_lines++;
      if (n_lines <= queue->head)
        continue;

      parser = json_parser_new ();
      /* A line cut short by a crash while it was written was never
       * acknowledged: it is dropped.
       */
      if (!json_parser_load_from_data (parser, lines[i], -1, NULL)
          || (root = json_parser_get_root (parser)) == NULL
          || !JSON_NODE_HOLDS_OBJECT (root))
        {
          g_warning ("Dropping an unreadable line %u of %s", n_lines, queue->queue_path);
          continue;
        }
      g_queue_push_tail (&queue->pending, json_object_ref (json_node_get_object (root)));
    }

  if (queue->pending.length == 0 && (n_lines > 0 || queue->head != 0))
    {
      /* Everything was applied: start the file afresh. */
      if (truncate (queue->queue_path, 0) != 0)
        return set_io_error (error, queue->queue_path, errno);
      return write_head (queue, 0, error);
    }

  return TRUE;
}

PxPgQueue *
_px_pg_queue_open (const char  *dir,
                   GError     **error)
{
  g_autoptr(PxPgQueue) queue = g_new0 (PxPgQueue, 1);
  g_autofree char *lock_path = NULL;

  queue->lock_fd = -1;
  queue->dir = g_strdup (dir);
  queue->queue_path = g_build_filename (dir, "queue.jsonl", NULL);
  queue->head_path = g_build_filename (dir, "head", NULL);
  queue->failed_path = g_build_filename (dir, "failed.jsonl", NULL);
  g_queue_init (&queue->pending);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_io_error (error, dir, errno);
      return NULL;
    }

  /* One process at a time replays a queue. */
  lock_path = g_build_filename (dir, "lock", NULL);
  queue->lock_fd = open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (queue->lock_fd < 0)
    {
      set_io_error (error, lock_path, errno);
      return NULL;
    }
  if (flock (queue->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_BUSY,
                   /* Translators: %s is a folder on this computer */
                   _("The queue of writes in “%s” is in use by another Parallax"), dir);
      return NULL;
    }

  if (!load (queue, error))
    return NULL;

  return g_steal_pointer (&queue);
}

void
_px_pg_queue_free (PxPgQueue *queue)
{
  if (queue == NULL)
    return;

  if (queue->lock_fd >= 0)
    close (queue->lock_fd);
  g_queue_clear_full (&queue->pending, (GDestroyNotify) json_object_unref);
  g_free (queue->dir);
  g_free (queue->queue_path);
  g_free (queue->head_path);
  g_free (queue->failed_path);
  g_free (queue);
}

guint
_px_pg_queue_get_length (PxPgQueue *queue)
{
  return queue->pending.length;
}

gboolean
_px_pg_queue_append (PxPgQueue   *queue,
                     JsonObject  *op,
                     GError     **error)
{
  g_autofree char *line = to_line (op);
  gboolean created = !g_file_test (queue->queue_path, G_FILE_TEST_EXISTS);

  if (!append_line (queue->queue_path, line, error)
      || (created && !sync_folder (queue->dir, error)))
    return FALSE;

  g_queue_push_tail (&queue->pending, json_object_ref (op));
  return TRUE;
}

JsonObject *
_px_pg_queue_peek (PxPgQueue *queue)
{
  return g_queue_peek_head (&queue->pending);
}

gboolean
_px_pg_queue_pop (PxPgQueue  *queue,
                  GError    **error)
{
  g_return_val_if_fail (queue->pending.length > 0, FALSE);

  if (queue->pending.length == 1)
    {
      /* The last one: empty the file, then the head. A crash between the
       * two leaves a head past the end, which load() takes for empty.
       */
      if (truncate (queue->queue_path, 0) != 0)
        return set_io_error (error, queue->queue_path, errno);
      if (!write_head (queue, 0, error))
        return FALSE;
    }
  else if (!write_head (queue, queue->head + 1, error))
    return FALSE;

  json_object_unref (g_queue_pop_head (&queue->pending));
  return TRUE;
}

/* The type of every member a write of this version can hold; members
 * not listed are not read.
 */
static const struct
{
  const char *name;
  JsonNodeType node;
  GType value;   /* for JSON_NODE_VALUE; G_TYPE_STRING members may also be null */
} op_members[] = {
  { "kind", JSON_NODE_VALUE, G_TYPE_STRING },
  { "write", JSON_NODE_VALUE, G_TYPE_STRING },
  { "author", JSON_NODE_VALUE, G_TYPE_STRING },
  { "at", JSON_NODE_VALUE, G_TYPE_STRING },
  { "uuid", JSON_NODE_VALUE, G_TYPE_STRING },
  { "title", JSON_NODE_VALUE, G_TYPE_STRING },
  { "input", JSON_NODE_VALUE, G_TYPE_STRING },
  { "outlet", JSON_NODE_VALUE, G_TYPE_STRING },
  { "byline", JSON_NODE_VALUE, G_TYPE_STRING },
  { "published", JSON_NODE_VALUE, G_TYPE_STRING },
  { "url", JSON_NODE_VALUE, G_TYPE_STRING },
  { "language", JSON_NODE_VALUE, G_TYPE_STRING },
  { "fetched-at", JSON_NODE_VALUE, G_TYPE_STRING },
  { "sha256", JSON_NODE_VALUE, G_TYPE_STRING },
  { "content-type", JSON_NODE_VALUE, G_TYPE_STRING },
  { "final-url", JSON_NODE_VALUE, G_TYPE_STRING },
  { "body", JSON_NODE_VALUE, G_TYPE_STRING },
  { "text", JSON_NODE_VALUE, G_TYPE_STRING },
  { "charset", JSON_NODE_VALUE, G_TYPE_STRING },
  { "charset-from", JSON_NODE_VALUE, G_TYPE_STRING },
  { "charset-replaced", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "updated", JSON_NODE_VALUE, G_TYPE_STRING },
  { "error", JSON_NODE_VALUE, G_TYPE_STRING },
  { "verdict", JSON_NODE_VALUE, G_TYPE_STRING },
  { "note", JSON_NODE_VALUE, G_TYPE_STRING },
  { "state", JSON_NODE_VALUE, G_TYPE_STRING },
  { "exact", JSON_NODE_VALUE, G_TYPE_STRING },
  { "prefix", JSON_NODE_VALUE, G_TYPE_STRING },
  { "suffix", JSON_NODE_VALUE, G_TYPE_STRING },
  { "id", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "story", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "version-id", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "source", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "annotation", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "row-version", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "position", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "target", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "version", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "start", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "end", JSON_NODE_VALUE, G_TYPE_INT64 },
  { "reviewed", JSON_NODE_VALUE, G_TYPE_BOOLEAN },
  { "targets", JSON_NODE_ARRAY, G_TYPE_INVALID },
};

static gboolean
check_members (JsonObject  *object,
               gboolean     nested,
               const char **bad)
{
  /* Targets are one level deep. */
  if (nested && json_object_has_member (object, "targets"))
    {
      *bad = "targets";
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (op_members); i++)
    {
      JsonNode *node = json_object_get_member (object, op_members[i].name);

      if (node == NULL)
        continue;
      *bad = op_members[i].name;
      if (op_members[i].value == G_TYPE_STRING && JSON_NODE_HOLDS_NULL (node))
        continue;
      if (JSON_NODE_TYPE (node) != op_members[i].node
          || (op_members[i].node == JSON_NODE_VALUE && json_node_get_value_type (node) != op_members[i].value))
        return FALSE;
      if (op_members[i].node == JSON_NODE_ARRAY)
        {
          JsonArray *array = json_node_get_array (node);

          for (guint j = 0; j < json_array_get_length (array); j++)
            {
              JsonNode *element = json_array_get_element (array, j);

              if (!JSON_NODE_HOLDS_OBJECT (element)
                  || !check_members (json_node_get_object (element), TRUE, bad))
                return FALSE;
            }
        }
    }

  return TRUE;
}

gboolean
_px_pg_op_check (JsonObject  *op,
                 GError     **error)
{
  const char *bad = NULL;
  const char *kind;

  if (!check_members (op, FALSE, &bad))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   /* Translators: %s names a field of a change saved on this computer */
                   _("A saved change is damaged: its “%s” is not what Parallax wrote"), bad);
      return FALSE;
    }

  kind = json_object_get_string_member_with_default (op, "kind", NULL);
  if (kind == NULL || json_object_get_string_member_with_default (op, "write", NULL) == NULL)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   _("A saved change is damaged: it has no kind or no id"));
      return FALSE;
    }

  /* The members a replay reads without a default. */
  if ((g_str_equal (kind, "create-annotation") && !json_object_has_member (op, "targets"))
      || (g_str_equal (kind, "review-annotation") && !json_object_has_member (op, "reviewed")))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   _("A saved change is damaged: a part of it is missing"));
      return FALSE;
    }

  return TRUE;
}

gboolean
_px_pg_queue_fail (PxPgQueue   *queue,
                   const char  *message,
                   GError     **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  g_autofree char *line = NULL;

  g_return_val_if_fail (queue->pending.length > 0, FALSE);

  json_object_set_object_member (record, "write", json_object_ref (g_queue_peek_head (&queue->pending)));
  json_object_set_string_member (record, "error", message);
  line = to_line (record);

  return append_line (queue->failed_path, line, error) && _px_pg_queue_pop (queue, error);
}
