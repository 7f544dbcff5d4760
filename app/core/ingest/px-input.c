/* px-input.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-input.h"

#include "px-extract.h"
#include "px-fetch-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

G_DEFINE_QUARK (px-input-error-quark, px_input_error)

PxInputKind
px_input_classify (const char *input)
{
  const char *scheme;

  if (g_strcmp0 (input, "-") == 0)
    return PX_INPUT_KIND_STDIN;

  /* Anything written as scheme://… is a URL; the fetcher decides whether
   * it accepts the scheme, so "file:///etc/passwd" is refused by name.
   */
  scheme = g_uri_peek_scheme (input);
  if (scheme != NULL && strstr (input, "://") != NULL)
    return PX_INPUT_KIND_URL;

  return PX_INPUT_KIND_FILE;
}

char *
px_input_dup_to_keep (const char *input)
{
  g_return_val_if_fail (input != NULL, NULL);

  /* A path as typed ("in/x.txt") names a file only from the folder it
   * was typed in: a story read again from anywhere else (the command
   * line in another folder, the window started from the desktop) would
   * look for another file, or none.
   */
  if (input[0] == '\0' || px_input_classify (input) != PX_INPUT_KIND_FILE)
    return g_strdup (input);
  return g_canonicalize_filename (input, NULL);
}

static const char *
content_type_for_path (const char *path,
                       const char *data,
                       gsize       len)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm")
      || g_str_has_suffix (lower, ".xhtml") || g_str_has_suffix (lower, ".shtml"))
    return "text/html";
  if (g_str_has_suffix (lower, ".txt") || g_str_has_suffix (lower, ".text"))
    return "text/plain";

  return _px_sniff_content_type (data, len);
}

/* TRUE when @fd has bytes to read, or has come to its end, within
 * @seconds; FALSE when it stayed silent that long or @cancellable was
 * cancelled (the caller tells which).
 */
static gboolean
wait_for_bytes (int           fd,
                guint         seconds,
                GCancellable *cancellable)
{
  GPollFD fds[2] = { { fd, G_IO_IN | G_IO_HUP | G_IO_ERR, 0 }, { 0, 0, 0 } };
  guint n_fds = g_cancellable_make_pollfd (cancellable, &fds[1]) ? 2 : 1;
  gint64 deadline = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;
  int ready;

  do
    {
      gint64 left = MAX (0, deadline - g_get_monotonic_time ());

      ready = g_poll (fds, n_fds, (int) MIN ((left + 999) / 1000, G_MAXINT));
    }
  while (ready < 0 && errno == EINTR);

  if (n_fds == 2)
    g_cancellable_release_fd (cancellable);

  return fds[0].revents != 0;
}

/* @stream read to its end, refused past @max_bytes. When @wait_fd is not
 * -1 it is @stream's descriptor, which may never end (a named pipe nobody
 * writes to, a terminal): each read waits for it at most @idle_seconds.
 */
static GBytes *
read_stream_capped (GInputStream  *stream,
                    const char    *input,
                    guint64        max_bytes,
                    int            wait_fd,
                    guint          idle_seconds,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[65536];

  for (;;)
    {
      gssize n;

      if (wait_fd != -1 && !wait_for_bytes (wait_fd, idle_seconds, cancellable))
        {
          if (!g_cancellable_set_error_if_cancelled (cancellable, error))
            g_set_error (error, PX_INPUT_ERROR, PX_INPUT_ERROR_READ,
                         /* Translators: the first %s is the file's path, %u a count of seconds;
                          * a named pipe or a device (a terminal) is read as it is written */
                         g_dngettext (GETTEXT_PACKAGE, "%s is a pipe or a device, not a file, and nothing came from it for %u second",
                                      "%s is a pipe or a device, not a file, and nothing came from it for %u seconds",
                                      idle_seconds),
                         input, idle_seconds);
          return NULL;
        }

      n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        {
          /* Translators: %s is the file's path (or “standard input”); the system's
           * reason follows the colon */
          g_prefix_error (error, _("%s could not be read: "), input);
          return NULL;
        }
      if (n == 0)
        break;
      if (buffer->len + (guint64) n > max_bytes)
        {
          g_autofree char *cap = _px_format_size (max_bytes);

          g_set_error (error, PX_INPUT_ERROR, PX_INPUT_ERROR_TOO_LARGE,
                       /* Translators: the first %s is the file's path (or “standard input”),
                        * the second the largest size read, e.g. “20.0 MiB” */
                       _("%s is larger than the limit of %s"), input, cap);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* The system's own message names the file again and speaks of errno; say
 * the common cases plainly.
 */
static void
set_file_error (GError       **error,
                const char    *path,
                const GError  *file_error)
{
  if (g_error_matches (file_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    /* Translators: %s is the path of a file the user asked to open */
    g_set_error (error, PX_INPUT_ERROR, PX_INPUT_ERROR_NOT_FOUND, _("%s: no such file"), path);
  else if (g_error_matches (file_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error (error, PX_INPUT_ERROR, PX_INPUT_ERROR_READ,
                 /* Translators: %s is the path of a file the user asked to open */
                 _("%s could not be read: you do not have permission to read it"), path);
  else if (g_error_matches (file_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    g_set_error (error, PX_INPUT_ERROR, PX_INPUT_ERROR_NOT_FOUND,
                 /* Translators: %s is the path of a file the user asked to open; a part of
                  * it before the file's name is a file, not a folder */
                 _("%s: no such file (a part of the path is not a folder)"), path);
  else
    /* Translators: the first %s is the path of a file the user asked to open,
     * the second the system's reason, e.g. “Input/output error” */
    g_set_error (error, PX_INPUT_ERROR, PX_INPUT_ERROR_READ, _("%s could not be read: %s"), path,
                 file_error->message);
}

/* A file that is no plain file (a named pipe, a device) is opened without
 * waiting for a writer and read as bytes come, so that one nobody writes
 * to ends in a message, not a column that loads for ever.
 */
static GBytes *
read_special (const char    *path,
              guint64        max_bytes,
              guint          idle_seconds,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);

  if (fd == -1)
    {
      int saved_errno = errno;
      g_autoptr(GError) open_error = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                                          g_strerror (saved_errno));

      set_file_error (error, path, open_error);
      return NULL;
    }

  stream = g_unix_input_stream_new (fd, TRUE);
  return read_stream_capped (stream, path, max_bytes, fd, idle_seconds, cancellable, error);
}

static PxSnapshot *
load_file (const char    *path,
           guint64        max_bytes,
           guint          idle_seconds,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) body = NULL;
  gsize len = 0;
  const char *data;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      set_file_error (error, path, local_error);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PX_INPUT_ERROR, PX_INPUT_ERROR_NOT_A_FILE,
                   /* Translators: %s is the path of a folder the user asked to open */
                   _("%s is a folder, not a page or text file"), path);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR
      && (guint64) g_file_info_get_size (info) > max_bytes)
    {
      g_autofree char *cap = _px_format_size (max_bytes);

      g_set_error (error, PX_INPUT_ERROR, PX_INPUT_ERROR_TOO_LARGE,
                   /* Translators: the first %s is the file's path, the second the largest
                    * size read, e.g. “20.0 MiB” */
                   _("%s is larger than the limit of %s"), path, cap);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    body = read_special (path, max_bytes, idle_seconds, cancellable, error);
  else if ((stream = g_file_read (file, cancellable, &local_error)) != NULL)
    body = read_stream_capped (G_INPUT_STREAM (stream), path, max_bytes, -1, 0, cancellable, error);
  else
    set_file_error (error, path, local_error);
  if (body == NULL)
    return NULL;

  data = g_bytes_get_data (body, &len);
  return px_snapshot_new (body, NULL, content_type_for_path (path, data, len), NULL);
}

static PxSnapshot *
load_stdin (guint64        max_bytes,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GInputStream) stream = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  g_autoptr(GBytes) body = NULL;
  gsize len = 0;
  const char *data;

  /* Translators: named in messages in place of a file's path, when the text
   * was piped in (“standard input is larger than the limit of 20.0 MB”) */
  body = read_stream_capped (stream, _("standard input"), max_bytes, -1, 0, cancellable, error);
  if (body == NULL)
    return NULL;

  data = g_bytes_get_data (body, &len);
  return px_snapshot_new (body, NULL, _px_sniff_content_type (data, len), NULL);
}

PxSnapshot *
px_input_load (PxFetcher     *fetcher,
               const char    *input,
               GCancellable  *cancellable,
               GError       **error)
{
  g_return_val_if_fail (PX_IS_FETCHER (fetcher), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  switch (px_input_classify (input))
    {
    case PX_INPUT_KIND_STDIN:
      return load_stdin (px_fetcher_get_max_bytes (fetcher), cancellable, error);
    case PX_INPUT_KIND_URL:
      return px_fetcher_fetch (fetcher, input, cancellable, error);
    case PX_INPUT_KIND_FILE:
    default:
      return load_file (input, px_fetcher_get_max_bytes (fetcher), _px_fetcher_get_idle_timeout (fetcher),
                        cancellable, error);
    }
}

PxArticle *
px_input_load_article (PxFetcher     *fetcher,
                       const char    *input,
                       PxSnapshot   **snapshot_out,
                       GCancellable  *cancellable,
                       GError       **error)
{
  return px_input_load_article_full (fetcher, input, snapshot_out, cancellable, NULL, error);
}

PxArticle *
px_input_load_article_full (PxFetcher     *fetcher,
                            const char    *input,
                            PxSnapshot   **snapshot_out,
                            GCancellable  *cancellable,
                            PxArticle    **page_out,
                            GError       **error)
{
  g_autoptr(PxSnapshot) snapshot = px_input_load (fetcher, input, cancellable, error);
  PxArticle *article;
  PxArticle *page = NULL;

  if (snapshot == NULL)
    return NULL;

  article = px_extract_snapshot_full (px_input_classify (input) == PX_INPUT_KIND_STDIN
                                        ? "standard input" : input,
                                      snapshot, cancellable, &page, error);
  if (article != NULL)
    {
      g_free (article->input);
      article->input = g_strdup (input);
    }
  if (page != NULL)
    {
      g_free (page->input);
      page->input = g_strdup (input);
      if (page_out != NULL)
        *page_out = page;
      else
        px_article_unref (page);
    }

  if (article != NULL && snapshot_out != NULL)
    *snapshot_out = g_steal_pointer (&snapshot);

  return article;
}
