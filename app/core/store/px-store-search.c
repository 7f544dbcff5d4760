/* px-store-search.c: full-text search over articles and notes
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store.h"
#include "px-store-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* Longer searches are refused: nobody types them, and every word costs. */
#define MAX_QUERY_BYTES 1000

/* Appends [@start, @start + @len) as an FTS5 string; returns FALSE, adding
 * nothing, when it holds no letter or digit and so could match nothing.
 */
static gboolean
append_fts_string (GString    *query,
                   const char *start,
                   gsize       len)
{
  gboolean has_word = FALSE;

  for (const char *p = start; p < start + len; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      has_word = TRUE;
  if (!has_word)
    return FALSE;

  if (query->len > 0)
    g_string_append_c (query, ' ');
  g_string_append_c (query, '"');
  for (gsize i = 0; i < len; i++)
    {
      if (start[i] == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, start[i]);
    }
  g_string_append_c (query, '"');
  return TRUE;
}

/* Turns what the user typed into an FTS5 query that cannot be a syntax
 * error: every word and "quoted phrase" becomes an FTS5 string, all must
 * match, and the last bare word may be the start of a longer word.
 */
static char *
build_fts_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  const char *p = text;
  gboolean last_bare = FALSE;

  while (*p != '\0')
    {
      const char *start;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      if (*p == '"')
        {
          start = ++p;
          while (*p != '\0' && *p != '"')
            p++;
          if (append_fts_string (query, start, p - start))
            last_bare = FALSE;
          if (*p == '"')
            p++;
        }
      else
        {
          start = p;
          while (*p != '\0' && !g_ascii_isspace (*p))
            p++;
          if (append_fts_string (query, start, p - start))
            last_bare = TRUE;
        }
    }

  if (query->len == 0)
    return NULL;
  if (last_bare)
    g_string_append_c (query, '*');

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* Snippets are shown on one line. */
static char *
flatten_snippet (const char *snippet)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;

  if (snippet == NULL)
    return NULL;

  lines = g_strsplit_set (snippet, "\n\r\t", -1);
  joined = g_strjoinv (" ", lines);
  while (strstr (joined, "  ") != NULL)
    {
      char *at = strstr (joined, "  ");

      memmove (at, at + 1, strlen (at + 1) + 1);
    }

  return g_steal_pointer (&joined);
}

static gint
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const PxSearchHit *hit_a = *(PxSearchHit **) a;
  const PxSearchHit *hit_b = *(PxSearchHit **) b;

  return (hit_a->score < hit_b->score) - (hit_a->score > hit_b->score);
}

static gboolean
search_articles (PxStore     *self,
                 const char  *query,
                 guint        limit,
                 GPtrArray   *hits,
                 const char  *what,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean row;
  gboolean ok;

  /* Ordered by rank inside the index, so snippets are only made for the
   * rows returned.
   */
  if ((stmt = _px_store_prepare (self,
                                 "SELECT f.rowid, f.rank, s.story_id, st.title, s.title, s.outlet, "
                                 "  snippet(source_search, 2, '[', ']', '…', 16), "
                                 "  snippet(source_search, 0, '[', ']', '…', 16), "
                                 "  (SELECT count(*) + 1 FROM sources o WHERE o.story_id = s.story_id "
                                 "   AND o.deleted_at IS NULL AND o.outlet = s.outlet AND o.position < s.position) "
                                 "FROM source_search f JOIN sources s ON s.id = f.rowid "
                                 "  JOIN stories st ON st.id = s.story_id "
                                 "WHERE source_search MATCH ?1 AND st.deleted_at IS NULL AND s.deleted_at IS NULL "
                                 "ORDER BY f.rank LIMIT ?2",
                                 what, error)) == NULL)
    return FALSE;

  _px_store_bind_text (stmt, 1, query);
  sqlite3_bind_int (stmt, 2, limit);
  while ((ok = _px_store_step_row (self, stmt, &row, what, error)) && row)
    {
      PxSearchHit *hit = g_new0 (PxSearchHit, 1);
      const char *in_text = (const char *) sqlite3_column_text (stmt, 6);

      hit->kind = PX_SEARCH_HIT_ARTICLE;
      hit->source_id = sqlite3_column_int64 (stmt, 0);
      hit->score = -sqlite3_column_double (stmt, 1);
      hit->story_id = sqlite3_column_int64 (stmt, 2);
      hit->story_title = _px_store_column_dup (stmt, 3);
      hit->title = _px_store_column_dup (stmt, 4);
      hit->outlet = _px_store_column_dup (stmt, 5);
      hit->outlet_number = sqlite3_column_int (stmt, 8);
      /* A hit on the title alone has no marked words in the text. */
      hit->snippet = flatten_snippet (in_text != NULL && strchr (in_text, '[') != NULL
                                        ? in_text
                                        : (const char *) sqlite3_column_text (stmt, 7));
      g_ptr_array_add (hits, hit);
    }

  return ok;
}

static gboolean
search_notes (PxStore     *self,
              const char  *query,
              guint        limit,
              GPtrArray   *hits,
              const char  *what,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean row;
  gboolean ok;

  if ((stmt = _px_store_prepare (self,
                                 "SELECT f.rowid, bm25(note_search), a.story_id, st.title, "
                                 "  snippet(note_search, 0, '[', ']', '…', 16), "
                                 "  (SELECT t.source_id FROM annotation_targets t WHERE t.annotation_id = a.id "
                                 "   ORDER BY t.id LIMIT 1), "
                                 "  (SELECT t.exact FROM annotation_targets t WHERE t.annotation_id = a.id "
                                 "   ORDER BY t.id LIMIT 1) "
                                 "FROM note_search f JOIN annotations a ON a.id = f.rowid "
                                 "  JOIN stories st ON st.id = a.story_id "
                                 "WHERE note_search MATCH ?1 AND a.deleted_at IS NULL AND st.deleted_at IS NULL "
                                 "  AND " HAS_LIVE_TARGET ("a") " "
                                 "ORDER BY bm25(note_search) LIMIT ?2",
                                 what, error)) == NULL)
    return FALSE;

  _px_store_bind_text (stmt, 1, query);
  sqlite3_bind_int (stmt, 2, limit);
  while ((ok = _px_store_step_row (self, stmt, &row, what, error)) && row)
    {
      PxSearchHit *hit = g_new0 (PxSearchHit, 1);

      hit->kind = PX_SEARCH_HIT_NOTE;
      hit->outlet_number = 1;
      hit->annotation_id = sqlite3_column_int64 (stmt, 0);
      hit->score = -sqlite3_column_double (stmt, 1);
      hit->story_id = sqlite3_column_int64 (stmt, 2);
      hit->story_title = _px_store_column_dup (stmt, 3);
      hit->snippet = flatten_snippet ((const char *) sqlite3_column_text (stmt, 4));
      hit->source_id = sqlite3_column_int64 (stmt, 5);
      hit->title = _px_store_column_dup (stmt, 6);
      g_ptr_array_add (hits, hit);
    }

  return ok;
}

GPtrArray *
px_store_search (PxStore     *self,
                 const char  *query,
                 guint        limit,
                 GError     **error)
{
  const char *what = _("Could not search");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) px_search_hit_free);
  g_autofree char *fts_query = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  if (query != NULL && strlen (query) > MAX_QUERY_BYTES)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”), %d
                    * the most characters a search may have */
                   _("%s: the search is too long (at most %d characters)"), what, MAX_QUERY_BYTES);
      return NULL;
    }
  if (query == NULL || !g_utf8_validate (query, -1, NULL)
      || (fts_query = build_fts_query (query)) == NULL)
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: the search is empty"), what);
      return NULL;
    }
  if (limit == 0)
    limit = 50;

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!_px_store_check_open (self, what, error)
      || !search_articles (self, fts_query, limit, hits, what, &local_error)
      || !search_notes (self, fts_query, limit, hits, what, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Scores from the two indexes are both BM25, close enough to interleave. */
  g_ptr_array_sort (hits, compare_hits);
  if (hits->len > limit)
    g_ptr_array_set_size (hits, limit);

  return g_steal_pointer (&hits);
}

typedef struct
{
  char *query;
  guint limit;
} SearchData;

static void
search_data_free (gpointer data)
{
  SearchData *search = data;

  g_free (search->query);
  g_free (search);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchData *search = task_data;
  GError *error = NULL;
  GPtrArray *hits;

  if (g_task_return_error_if_cancelled (task))
    return;

  hits = px_store_search (source_object, search->query, search->limit, &error);
  if (hits == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, hits, (GDestroyNotify) g_ptr_array_unref);
}

void
px_store_search_async (PxStore             *self,
                       const char          *query,
                       guint                limit,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchData *search;

  g_return_if_fail (PX_IS_STORE (self));

  search = g_new0 (SearchData, 1);
  search->query = g_strdup (query);
  search->limit = limit;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_store_search_async);
  g_task_set_task_data (task, search, search_data_free);
  g_task_run_in_thread (task, search_thread);
}

GPtrArray *
px_store_search_finish (PxStore       *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_store_search_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
