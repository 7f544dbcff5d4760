/* px-store-library.c: stories, their sources and the versions of each
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-store.h"
#include "px-library-private.h"
#include "px-store-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* Stories */

static char *
clean_title (const char  *title,
             const char  *what,
             GError     **error)
{
  g_autofree char *copy = NULL;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                   /* Translators: %s is what could not be done (“Could not save the annotation”) */
                   _("%s: the title is not valid UTF-8 text"), what);
      return NULL;
    }

  copy = g_strstrip (g_strdup (title));
  if (*copy == '\0')
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: the title is empty"), what);
      return NULL;
    }

  return g_steal_pointer (&copy);
}

gboolean
_px_store_commit_story_change (PxStoreTransaction  *txn,
                               gint64               story_id,
                               const char          *what,
                               GError             **error)
{
  PxStore *self = txn->store;
  g_autoptr(sqlite3_stmt) stmt = _px_store_prepare (self, "UPDATE stories SET updated_at = " NOW_SQL " WHERE id = ?1",
                                                    what, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, story_id);
  if (!_px_store_step_done (self, stmt, what, error) || !_px_store_transaction_commit (txn, what, error))
    return FALSE;

  _px_store_queue_changed (self, story_id);
  return TRUE;
}

/* Fails with NOT_FOUND unless the story exists (and, unless
 * @allow_deleted, is not in the trash).
 */
gboolean
_px_store_require_story (PxStore     *self,
                         gint64       story_id,
                         gboolean     allow_deleted,
                         const char  *what,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _px_store_prepare (self, "SELECT deleted_at IS NOT NULL FROM stories WHERE id = ?1",
                                                    what, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, story_id);
  if (!_px_store_step_row (self, stmt, &row, what, error))
    return FALSE;

  if (!row || (!allow_deleted && sqlite3_column_int (stmt, 0)))
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * %lld a story’s number, the last %s “ (it is in the trash)” or nothing */
                   _("%s: there is no story %lld%s"), what, (long long) story_id,
                   row ? _(" (it is in the trash)") : "");
      return FALSE;
    }

  return TRUE;
}

gint64
px_store_create_story (PxStore     *self,
                       const char  *title,
                       GError     **error)
{
  return _px_store_create_story (self, title, FALSE, error);
}

gint64
_px_store_create_story (PxStore     *self,
                        const char  *title,
                        gboolean     provisional,
                        GError     **error)
{
  const char *what = _("Could not create the story");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *clean = NULL;
  gint64 id;

  g_return_val_if_fail (PX_IS_STORE (self), 0);

  if ((clean = clean_title (title, what, error)) == NULL)
    return 0;

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || (stmt = _px_store_prepare (self,
                                    "INSERT INTO stories (title, title_provisional, created_at, updated_at) "
                                    "VALUES (?1, ?2, " NOW_SQL ", " NOW_SQL ")",
                                    what, error)) == NULL)
    return 0;

  _px_store_bind_text (stmt, 1, clean);
  sqlite3_bind_int (stmt, 2, !!provisional);
  if (!_px_store_step_done (self, stmt, what, error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);

  if (!_px_store_transaction_commit (txn, what, error))
    return 0;

  _px_store_queue_changed (self, id);
  return id;
}

/* One UPDATE on a story in its own transaction. */
static gboolean
update_story (PxStore     *self,
              gint64       story_id,
              gboolean     allow_deleted,
              const char  *sql,
              const char  *text,
              const char  *what,
              GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || !_px_store_require_story (self, story_id, allow_deleted, what, error)
      || (stmt = _px_store_prepare (self, sql, what, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, story_id);
  if (text != NULL)
    _px_store_bind_text (stmt, 2, text);
  if (!_px_store_step_done (self, stmt, what, error) || !_px_store_transaction_commit (txn, what, error))
    return FALSE;

  _px_store_queue_changed (self, story_id);
  return TRUE;
}

gboolean
px_store_rename_story (PxStore     *self,
                       gint64       story_id,
                       const char  *title,
                       GError     **error)
{
  const char *what = _("Could not rename the story");
  g_autofree char *clean = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  if ((clean = clean_title (title, what, error)) == NULL)
    return FALSE;

  return update_story (self, story_id, FALSE,
                       "UPDATE stories SET title = ?2, title_provisional = 0, updated_at = " NOW_SQL
                       " WHERE id = ?1",
                       clean, what, error);
}

gboolean
px_store_delete_story (PxStore  *self,
                       gint64    story_id,
                       GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  return update_story (self, story_id, FALSE,
                       "UPDATE stories SET deleted_at = " NOW_SQL " WHERE id = ?1",
                       NULL, _("Could not delete the story"), error);
}

gboolean
px_store_restore_story (PxStore  *self,
                        gint64    story_id,
                        GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  return update_story (self, story_id, TRUE,
                       "UPDATE stories SET deleted_at = NULL WHERE id = ?1",
                       NULL, _("Could not restore the story"), error);
}

gboolean
px_store_purge_deleted_stories (PxStore    *self,
                                GDateTime  *before,
                                GError    **error)
{
  const char *what = _("Could not empty the trash");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *limit = NULL;
  static const char * const purges[] = {
    "DELETE FROM stories WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
    "DELETE FROM sources WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
    "DELETE FROM annotations WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
    /* An annotation left with no passage at all has nothing to show. */
    "DELETE FROM annotations WHERE ?1 IS NOT NULL AND NOT EXISTS "
    "  (SELECT 1 FROM annotation_targets WHERE annotation_id = annotations.id)",
  };

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);
  g_return_val_if_fail (before != NULL, FALSE);

  utc = g_date_time_to_utc (before);
  limit = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.000Z");

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (purges); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _px_store_prepare (self, purges[i], what, error);

      if (stmt == NULL)
        return FALSE;
      _px_store_bind_text (stmt, 1, limit);
      if (!_px_store_step_done (self, stmt, what, error))
        return FALSE;
    }

  if (!_px_store_transaction_commit (txn, what, error))
    return FALSE;

  _px_store_queue_changed (self, 0);
  return TRUE;
}

#define STORY_COLUMNS \
  "SELECT s.id, s.title, s.created_at, s.updated_at, s.deleted_at, " \
  "  (SELECT count(*) FROM sources WHERE story_id = s.id AND deleted_at IS NULL AND error IS NULL), " \
  "  (SELECT count(*) FROM annotations a WHERE a.story_id = s.id AND a.deleted_at IS NULL " \
  "     AND " HAS_LIVE_TARGET ("a") "), " \
  "  s.title_provisional, " \
  "  (SELECT count(*) FROM sources WHERE story_id = s.id AND deleted_at IS NULL AND error IS NOT NULL) " \
  "FROM stories s "

static PxStoryInfo *
story_from_row (sqlite3_stmt *stmt)
{
  PxStoryInfo *info = g_new0 (PxStoryInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->title = _px_store_column_dup (stmt, 1);
  info->created_at = _px_store_column_dup (stmt, 2);
  info->updated_at = _px_store_column_dup (stmt, 3);
  info->deleted_at = _px_store_column_dup (stmt, 4);
  info->n_sources = sqlite3_column_int (stmt, 5);
  info->n_annotations = sqlite3_column_int (stmt, 6);
  info->title_provisional = sqlite3_column_int (stmt, 7) != 0;
  info->n_failed = sqlite3_column_int (stmt, 8);

  return info;
}

PxStoryInfo *
px_store_get_story (PxStore  *self,
                    gint64    story_id,
                    GError  **error)
{
  const char *what = _("Could not read the story");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  stmt = _px_store_select_by_id (self, STORY_COLUMNS "WHERE s.id = ?1", story_id, what, error,
                                 /* Translators: the first %s is what could not be done (“Could not save the
                                  * annotation”), %lld a number the user or a colleague gave */
                                 _("%s: there is no story %lld"), what, (long long) story_id);
  if (stmt == NULL)
    return NULL;

  return story_from_row (stmt);
}

GPtrArray *
px_store_list_stories (PxStore   *self,
                       gboolean   include_deleted,
                       GError   **error)
{
  const char *what = _("Could not list the stories");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) stories = g_ptr_array_new_with_free_func ((GDestroyNotify) px_story_info_free);
  gboolean row;
  gboolean ok;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!_px_store_check_open (self, what, error)
      || (stmt = _px_store_prepare (self,
                                    STORY_COLUMNS "WHERE ?1 OR s.deleted_at IS NULL "
                                    "ORDER BY s.updated_at DESC, s.id DESC",
                                    what, error)) == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_deleted);
  while ((ok = _px_store_step_row (self, stmt, &row, what, error)) && row)
    g_ptr_array_add (stories, story_from_row (stmt));

  if (!ok)
    return NULL;

  return g_steal_pointer (&stories);
}

/* Sources */

/* @join: "JOIN" for loaded sources only, "LEFT JOIN" for failed ones too. */
#define SOURCE_COLUMNS_JOIN(join) \
  "SELECT s.id, s.story_id, s.position, s.input, s.outlet, s.title, s.byline, s.published, " \
  "  s.url, s.language, v.id, v.number, " \
  "  (SELECT count(*) FROM source_versions WHERE source_id = s.id), " \
  "  v.fetched_at, v.checked_at, v.sha256, v.content_type, v.final_url, v.text, s.deleted_at, " \
  "  s.error, s.failed_at, v.charset, v.charset_from, v.charset_replaced, v.updated, " \
  "  s.error_kind, s.page_outlet, s.page_title, s.page_byline, s.page_published, s.page_updated, " \
  "  s.page_url, s.error_words " \
  "FROM sources s " join " source_versions v ON v.source_id = s.id " \
  "  AND v.number = (SELECT max(number) FROM source_versions WHERE source_id = s.id) "
#define SOURCE_COLUMNS SOURCE_COLUMNS_JOIN ("JOIN")
#define ANY_SOURCE_COLUMNS SOURCE_COLUMNS_JOIN ("LEFT JOIN")

static PxSourceRecord *
source_from_row (sqlite3_stmt *stmt)
{
  PxSourceRecord *source = g_new0 (PxSourceRecord, 1);

  source->id = sqlite3_column_int64 (stmt, 0);
  source->story_id = sqlite3_column_int64 (stmt, 1);
  source->position = sqlite3_column_int (stmt, 2);
  source->input = _px_store_column_dup (stmt, 3);
  source->outlet = _px_store_column_dup (stmt, 4);
  source->title = _px_store_column_dup (stmt, 5);
  source->byline = _px_store_column_dup (stmt, 6);
  source->published = _px_store_column_dup (stmt, 7);
  source->url = _px_store_column_dup (stmt, 8);
  source->language = _px_store_column_dup (stmt, 9);
  source->version_id = sqlite3_column_int64 (stmt, 10);
  source->version = sqlite3_column_int (stmt, 11);
  source->n_versions = sqlite3_column_int (stmt, 12);
  source->fetched_at = _px_store_column_dup (stmt, 13);
  source->checked_at = _px_store_column_dup (stmt, 14);
  source->sha256 = _px_store_column_dup (stmt, 15);
  source->content_type = _px_store_column_dup (stmt, 16);
  source->final_url = _px_store_column_dup (stmt, 17);
  source->text = _px_store_column_dup (stmt, 18);
  source->deleted_at = _px_store_column_dup (stmt, 19);
  source->error = _px_store_column_dup (stmt, 20);
  source->failed_at = _px_store_column_dup (stmt, 21);
  px_source_record_take_charset (source, _px_store_column_dup (stmt, 22),
                                 (const char *) sqlite3_column_text (stmt, 23), sqlite3_column_int64 (stmt, 24));
  source->updated = _px_store_column_dup (stmt, 25);
  source->error_kind = _px_store_column_dup (stmt, 26);
  source->error_words = source->error != NULL ? _px_store_column_dup (stmt, 33) : NULL;
  /* what a page with no article text said about itself */
  for (int i = 27; source->error != NULL && source->page == NULL && i <= 32; i++)
    if (sqlite3_column_type (stmt, i) != SQLITE_NULL)
      {
        source->page = px_article_new (source->input);
        source->page->outlet = _px_store_column_dup (stmt, 27);
        source->page->title = _px_store_column_dup (stmt, 28);
        source->page->byline = _px_store_column_dup (stmt, 29);
        source->page->published = _px_store_column_dup (stmt, 30);
        source->page->updated = _px_store_column_dup (stmt, 31);
        source->page->url = _px_store_column_dup (stmt, 32);
      }

  return source;
}

static PxSourceRecord *
get_source_locked (PxStore     *self,
                   gint64       source_id,
                   gboolean     failed_too,
                   const char  *what,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _px_store_select_by_id (self, failed_too ? ANY_SOURCE_COLUMNS "WHERE s.id = ?1"
                                                  : SOURCE_COLUMNS "WHERE s.id = ?1",
                                 source_id, what, error,
                                 /* Translators: the first %s is what could not be done (“Could not save the
                                  * annotation”), %lld a number the user or a colleague gave */
                                 _("%s: there is no source %lld"), what, (long long) source_id);
  if (stmt == NULL)
    return NULL;

  return source_from_row (stmt);
}

PxSourceRecord *
_px_store_get_source_locked (PxStore     *self,
                             gint64       source_id,
                             const char  *what,
                             GError     **error)
{
  return get_source_locked (self, source_id, FALSE, what, error);
}

/* A loaded source or one that failed (no version, error set). */
PxSourceRecord *
_px_store_get_any_source_locked (PxStore     *self,
                                 gint64       source_id,
                                 const char  *what,
                                 GError     **error)
{
  return get_source_locked (self, source_id, TRUE, what, error);
}

/* get_any_source_locked() for a source that is not in the trash. */
PxSourceRecord *
_px_store_get_live_source_locked (PxStore     *self,
                                  gint64       source_id,
                                  const char  *what,
                                  GError     **error)
{
  g_autoptr(PxSourceRecord) source = _px_store_get_any_source_locked (self, source_id, what, error);

  if (source != NULL && source->deleted_at != NULL)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * %lld a source’s number */
                   _("%s: source %lld is in the trash"), what, (long long) source_id);
      return NULL;
    }

  return g_steal_pointer (&source);
}

/* Runs @sql with ?1 = @story_id, ?2 = @a, ?3 = @b. */
static gboolean
exec_on_story (PxStore     *self,
               const char  *sql,
               gint64       story_id,
               int          a,
               int          b,
               const char  *what,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _px_store_prepare (self, sql, what, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, story_id);
  sqlite3_bind_int (stmt, 2, a);
  sqlite3_bind_int (stmt, 3, b);
  return _px_store_step_done (self, stmt, what, error);
}

static gboolean
count_live_sources (PxStore     *self,
                    gint64       story_id,
                    guint       *n_sources,
                    const char  *what,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) count =
    _px_store_prepare (self, "SELECT count(*) FROM sources WHERE story_id = ?1 AND deleted_at IS NULL", what, error);
  gboolean row;

  if (count == NULL)
    return FALSE;
  sqlite3_bind_int64 (count, 1, story_id);
  if (!_px_store_step_row (self, count, &row, what, error))
    return FALSE;

  *n_sources = sqlite3_column_int (count, 0);
  return TRUE;
}

PxSourceRecord *
px_store_get_source (PxStore  *self,
                     gint64    source_id,
                     GError  **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  return _px_store_get_any_source_locked (self, source_id, _("Could not read the source"), error);
}

/* The story's sources @sql lists (columns, then "WHERE ... ORDER BY"),
 * ?1 its id.
 */
static GPtrArray *
list_sources (PxStore     *self,
              gint64       story_id,
              const char  *sql,
              GError     **error)
{
  const char *what = _("Could not list the story's sources");
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) px_source_record_free);
  gboolean row;
  gboolean ok;

  if (!_px_store_check_open (self, what, error)
      || !_px_store_require_story (self, story_id, TRUE, what, error)
      || (stmt = _px_store_prepare (self, sql, what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, story_id);
  while ((ok = _px_store_step_row (self, stmt, &row, what, error)) && row)
    g_ptr_array_add (sources, source_from_row (stmt));
  if (!ok)
    return NULL;

  return g_steal_pointer (&sources);
}

GPtrArray *
px_store_list_sources (PxStore  *self,
                       gint64    story_id,
                       GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  return list_sources (self, story_id,
                       SOURCE_COLUMNS "WHERE s.story_id = ?1 AND s.deleted_at IS NULL ORDER BY s.position, s.id",
                       error);
}

gboolean
_px_store_insert_version (PxStore           *self,
                          gint64             source_id,
                          guint              number,
                          const PxArticle   *article,
                          const PxSnapshot  *snapshot,
                          const char        *what,
                          GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *fetched_at = _px_library_fetched_at (snapshot);
  g_autofree char *sha256 = NULL;
  g_autoptr(GBytes) bytes = _px_library_version_body (article, snapshot, &sha256);
  gsize body_len;
  const void *body = g_bytes_get_data (bytes, &body_len);

  stmt = _px_store_prepare (self,
                            "INSERT INTO source_versions (source_id, number, fetched_at, checked_at, sha256, "
                            "  content_type, final_url, body, text, title, byline, charset, charset_from, "
                            "  charset_replaced, updated) "
                            "VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, "
                            "        coalesce(?9, (SELECT title FROM sources WHERE id = ?1)), "
                            "        coalesce(?10, (SELECT byline FROM sources WHERE id = ?1)), ?11, ?12, ?13, ?14)",
                            what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, source_id);
  sqlite3_bind_int (stmt, 2, number);
  _px_store_bind_text (stmt, 3, fetched_at);
  _px_store_bind_text (stmt, 4, sha256);
  _px_store_bind_text (stmt, 5, snapshot != NULL ? snapshot->content_type : "text/plain");
  _px_store_bind_text (stmt, 6, snapshot != NULL ? snapshot->final_url : NULL);
  sqlite3_bind_blob64 (stmt, 7, body != NULL ? body : "", body_len, SQLITE_STATIC);
  _px_store_bind_text (stmt, 8, article->text);
  _px_store_bind_text (stmt, 9, article->title);
  _px_store_bind_text (stmt, 10, article->byline);
  /* how the bytes were read: unknown (NULL) for pasted text */
  _px_store_bind_text (stmt, 11, article->charset);
  _px_store_bind_text (stmt, 12, article->charset != NULL ? px_charset_from_to_string (article->charset_from) : NULL);
  if (article->charset != NULL)
    sqlite3_bind_int (stmt, 13, article->n_replaced);
  /* the page's own statement of its last change; NULL when it made none */
  _px_store_bind_text (stmt, 14, article->updated);

  return _px_store_step_done (self, stmt, what, error);
}

gint64
px_store_add_source (PxStore           *self,
                     gint64             story_id,
                     const PxArticle   *article,
                     const PxSnapshot  *snapshot,
                     GError           **error)
{
  g_autofree char *what = NULL;
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 source_id;

  g_return_val_if_fail (PX_IS_STORE (self), 0);
  g_return_val_if_fail (article != NULL, 0);

  /* Translators: %s is a file or web address, %lld a story’s number */
  what = g_strdup_printf (_("Could not store “%s” in story %lld"), article->input, (long long) story_id);
  if (!_px_library_check_article (article, what, error))
    return 0;

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || !_px_store_require_story (self, story_id, FALSE, what, error)
      || (stmt = _px_store_prepare (self,
                                    "INSERT INTO sources (story_id, position, input, outlet, title, byline, "
                                    "  published, url, language) "
                                    "VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM sources "
                                    "             WHERE story_id = ?1 AND deleted_at IS NULL), "
                                    "        ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                    what, error)) == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, story_id);
  _px_store_bind_text (stmt, 2, article->input);
  _px_store_bind_text (stmt, 3, article->outlet);
  _px_store_bind_text (stmt, 4, article->title);
  _px_store_bind_text (stmt, 5, article->byline);
  _px_store_bind_text (stmt, 6, article->published);
  _px_store_bind_text (stmt, 7, article->url);
  _px_store_bind_text (stmt, 8, article->language);
  if (!_px_store_step_done (self, stmt, what, error))
    return 0;
  source_id = sqlite3_last_insert_rowid (self->db);

  if (!_px_store_insert_version (self, source_id, 1, article, snapshot, what, error)
      || !_px_store_commit_story_change (txn, story_id, what, error))
    return 0;

  return source_id;
}

gint64
px_store_keep_failed_source (PxStore     *self,
                             gint64       story_id,
                             gint64       source_id,
                             const char  *input,
                             const char  *outlet,
                             const char  *message,
                             GError     **error)
{
  return px_store_keep_failed_source_full (self, story_id, source_id, input, outlet, message, NULL, NULL, NULL, error);
}

/* What a failed page says of itself is kept up to this many characters a
 * field: its column shows a line of it, and a hostile page's megabyte
 * headline is not written to the library again at every failure.
 */
#define PAGE_FIELD_MAX_CHARS 1000

static gboolean
utf8_or_null (const char *text)
{
  return text == NULL || g_utf8_validate (text, -1, NULL);
}

static void
bind_page_field (sqlite3_stmt *stmt,
                 int           index,
                 const char   *text)
{
  if (text != NULL && g_utf8_strlen (text, PAGE_FIELD_MAX_CHARS * 4 + 4) > PAGE_FIELD_MAX_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, PAGE_FIELD_MAX_CHARS);

      sqlite3_bind_text (stmt, index, cut, -1, SQLITE_TRANSIENT);
      return;
    }
  _px_store_bind_text (stmt, index, text);
}

/* Binds @error_kind, @page's fields and @error_words from parameter
 * @first on, in the order of PAGE_COLUMNS.
 */
#define PAGE_COLUMNS \
  "error_kind, page_outlet, page_title, page_byline, page_published, page_updated, page_url, error_words"

static void
bind_failure (sqlite3_stmt    *stmt,
              int              first,
              const char      *error_kind,
              const PxArticle *page,
              const char      *error_words)
{
  _px_store_bind_text (stmt, first, error_kind);
  bind_page_field (stmt, first + 1, page != NULL ? page->outlet : NULL);
  bind_page_field (stmt, first + 2, page != NULL ? page->title : NULL);
  bind_page_field (stmt, first + 3, page != NULL ? page->byline : NULL);
  bind_page_field (stmt, first + 4, page != NULL ? page->published : NULL);
  bind_page_field (stmt, first + 5, page != NULL ? page->updated : NULL);
  bind_page_field (stmt, first + 6, page != NULL ? page->url : NULL);
  _px_store_bind_text (stmt, first + 7, error_words);
}

gint64
px_store_keep_failed_source_full (PxStore          *self,
                                  gint64            story_id,
                                  gint64            source_id,
                                  const char       *input,
                                  const char       *outlet,
                                  const char       *message,
                                  const char       *error_kind,
                                  const char       *error_words,
                                  const PxArticle  *page,
                                  GError          **error)
{
  g_autofree char *what = NULL;
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(PxSourceRecord) current = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), 0);
  g_return_val_if_fail (input != NULL && message != NULL, 0);

  /* Translators: %s is a file or web address, %lld a story’s number */
  what = g_strdup_printf (_("Could not keep “%s” in story %lld"), input, (long long) story_id);
  if (!g_utf8_validate (input, -1, NULL) || !g_utf8_validate (message, -1, NULL) || !utf8_or_null (outlet)
      || !utf8_or_null (error_kind) || !utf8_or_null (error_words)
      || (page != NULL && (!utf8_or_null (page->outlet) || !utf8_or_null (page->title) || !utf8_or_null (page->byline)
                           || !utf8_or_null (page->published) || !utf8_or_null (page->updated)
                           || !utf8_or_null (page->url))))
    {
      /* Translators: %s is what could not be done (“Could not save the annotation”) */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: the text is not valid UTF-8"), what);
      return 0;
    }

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL)
    return 0;

  if (source_id > 0)
    {
      if ((current = _px_store_get_live_source_locked (self, source_id, what, error)) == NULL)
        return 0;
      if (current->version_id > 0)
        {
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                       /* Translators: the first %s is what could not be done (“Could not save the
                        * annotation”), %lld a source’s number */
                       _("%s: source %lld has been loaded; a failed fetch does not replace it"), what,
                       (long long) source_id);
          return 0;
        }
      story_id = current->story_id;
      /* What failed this time replaces what failed before; the page
       * names its outlet again when it names one. */
      if ((stmt = _px_store_prepare (self,
                                     "UPDATE sources SET error = ?2, failed_at = " NOW_SQL ", "
                                     "  outlet = coalesce(?3, outlet), "
                                     "  (" PAGE_COLUMNS ") = (?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) WHERE id = ?1",
                                     what, error)) == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, source_id);
      _px_store_bind_text (stmt, 2, message);
      _px_store_bind_text (stmt, 3, outlet);
      bind_failure (stmt, 4, error_kind, page, error_words);
      if (!_px_store_step_done (self, stmt, what, error))
        return 0;
    }
  else
    {
      if (!_px_store_require_story (self, story_id, FALSE, what, error)
          || (stmt = _px_store_prepare (self,
                                        "INSERT INTO sources (story_id, position, input, outlet, error, failed_at, "
                                        "                     " PAGE_COLUMNS ") "
                                        "VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM sources "
                                        "             WHERE story_id = ?1 AND deleted_at IS NULL), "
                                        "        ?2, ?3, ?4, " NOW_SQL ", ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                                        what, error)) == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, story_id);
      _px_store_bind_text (stmt, 2, input);
      _px_store_bind_text (stmt, 3, outlet);
      _px_store_bind_text (stmt, 4, message);
      bind_failure (stmt, 5, error_kind, page, error_words);
      if (!_px_store_step_done (self, stmt, what, error))
        return 0;
      source_id = sqlite3_last_insert_rowid (self->db);
    }

  if (!_px_store_commit_story_change (txn, story_id, what, error))
    return 0;

  return source_id;
}

GPtrArray *
px_store_list_failed_sources (PxStore  *self,
                              gint64    story_id,
                              GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  return list_sources (self, story_id,
                       ANY_SOURCE_COLUMNS "WHERE s.story_id = ?1 AND s.deleted_at IS NULL AND v.id IS NULL "
                       "ORDER BY s.position, s.id",
                       error);
}

/* The outlet name is the reader's from here on (px_library_rename_source()
 * cleans it): a new version keeps it (PxSource names a stored source's
 * article after it).
 */
gboolean
px_store_rename_source (PxStore     *self,
                        gint64       source_id,
                        const char  *outlet,
                        GError     **error)
{
  const char *what = _("Could not rename the outlet");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(PxSourceRecord) source = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);
  g_return_val_if_fail (outlet != NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || (source = _px_store_get_live_source_locked (self, source_id, what, error)) == NULL
      || (stmt = _px_store_prepare (self, "UPDATE sources SET outlet = ?2 WHERE id = ?1", what, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, source_id);
  _px_store_bind_text (stmt, 2, outlet);
  return _px_store_step_done (self, stmt, what, error)
         && _px_store_commit_story_change (txn, source->story_id, what, error);
}

gboolean
px_store_move_source (PxStore  *self,
                      gint64    source_id,
                      guint     position,
                      GError  **error)
{
  const char *what = _("Could not move the source");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(PxSourceRecord) source = NULL;
  guint n_sources;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || (source = _px_store_get_live_source_locked (self, source_id, what, error)) == NULL
      || !count_live_sources (self, source->story_id, &n_sources, what, error))
    return FALSE;

  position = MIN (position, n_sources - 1);
  if (position == source->position)
    return TRUE;

  if (!exec_on_story (self,
                      position < source->position
                        ? "UPDATE sources SET position = position + 1 WHERE story_id = ?1 "
                          "AND deleted_at IS NULL AND position >= ?2 AND position < ?3"
                        : "UPDATE sources SET position = position - 1 WHERE story_id = ?1 "
                          "AND deleted_at IS NULL AND position > ?3 AND position <= ?2",
                      source->story_id, position, source->position, what, error)
      || !exec_on_story (self, "UPDATE sources SET position = ?2 WHERE id = ?3",
                         source->story_id, position, source_id, what, error)
      || !_px_store_commit_story_change (txn, source->story_id, what, error))
    return FALSE;

  return TRUE;
}

gboolean
px_store_delete_source (PxStore  *self,
                        gint64    source_id,
                        GError  **error)
{
  const char *what = _("Could not delete the source");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(PxSourceRecord) source = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  /* The source keeps its column number, to go back there if restored. */
  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || (source = _px_store_get_live_source_locked (self, source_id, what, error)) == NULL
      || !exec_on_story (self, "UPDATE sources SET deleted_at = " NOW_SQL " WHERE id = ?3",
                         source->story_id, 0, source_id, what, error)
      || !exec_on_story (self,
                         "UPDATE sources SET position = position - 1 "
                         "WHERE story_id = ?1 AND deleted_at IS NULL AND position > ?2",
                         source->story_id, source->position, 0, what, error)
      || !_px_store_commit_story_change (txn, source->story_id, what, error))
    return FALSE;

  return TRUE;
}

gboolean
px_store_restore_source (PxStore  *self,
                         gint64    source_id,
                         GError  **error)
{
  const char *what = _("Could not restore the source");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(PxSourceRecord) source = NULL;
  guint n_sources;
  guint position;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || (source = _px_store_get_any_source_locked (self, source_id, what, error)) == NULL)
    return FALSE;
  if (source->deleted_at == NULL)
    return TRUE;

  if (!count_live_sources (self, source->story_id, &n_sources, what, error))
    return FALSE;
  position = MIN (source->position, n_sources);

  if (!exec_on_story (self,
                      "UPDATE sources SET position = position + 1 "
                      "WHERE story_id = ?1 AND deleted_at IS NULL AND position >= ?2",
                      source->story_id, position, 0, what, error)
      || !exec_on_story (self, "UPDATE sources SET deleted_at = NULL, position = ?2 WHERE id = ?3",
                         source->story_id, position, source_id, what, error)
      || !_px_store_commit_story_change (txn, source->story_id, what, error))
    return FALSE;

  return TRUE;
}

GPtrArray *
px_store_list_source_versions (PxStore  *self,
                               gint64    source_id,
                               GError  **error)
{
  const char *what = _("Could not list the source's versions");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func ((GDestroyNotify) px_source_version_free);
  gboolean row;
  gboolean ok;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!_px_store_check_open (self, what, error)
      || (stmt = _px_store_prepare (self,
                                    "SELECT id, source_id, number, fetched_at, checked_at, sha256, content_type, "
                                    "  final_url, length(body), title, byline, updated "
                                    "FROM source_versions WHERE source_id = ?1 ORDER BY number",
                                    what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, source_id);
  while ((ok = _px_store_step_row (self, stmt, &row, what, error)) && row)
    {
      PxSourceVersion *version = g_new0 (PxSourceVersion, 1);

      version->id = sqlite3_column_int64 (stmt, 0);
      version->source_id = sqlite3_column_int64 (stmt, 1);
      version->number = sqlite3_column_int (stmt, 2);
      version->fetched_at = _px_store_column_dup (stmt, 3);
      version->checked_at = _px_store_column_dup (stmt, 4);
      version->sha256 = _px_store_column_dup (stmt, 5);
      version->content_type = _px_store_column_dup (stmt, 6);
      version->final_url = _px_store_column_dup (stmt, 7);
      version->body_size = sqlite3_column_int64 (stmt, 8);
      version->title = _px_store_column_dup (stmt, 9);
      version->byline = _px_store_column_dup (stmt, 10);
      version->updated = _px_store_column_dup (stmt, 11);
      g_ptr_array_add (versions, version);
    }
  if (!ok)
    return NULL;

  if (versions->len == 0)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * %lld a number the user or a colleague gave */
                   _("%s: there is no source %lld"), what, (long long) source_id);
      return NULL;
    }

  return g_steal_pointer (&versions);
}

GBytes *
px_store_get_version_body (PxStore  *self,
                           gint64    version_id,
                           GError  **error)
{
  const char *what = _("Could not read the archived page");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  stmt = _px_store_select_by_id (self, "SELECT body FROM source_versions WHERE id = ?1", version_id, what, error,
                                 /* Translators: the first %s is what could not be done (“Could not save the
                                  * annotation”), %lld a number the user or a colleague gave */
                                 _("%s: there is no source version %lld"), what, (long long) version_id);
  if (stmt == NULL)
    return NULL;

  return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
}

char *
px_store_get_version_text (PxStore  *self,
                           gint64    version_id,
                           GError  **error)
{
  const char *what = _("Could not read the source's text");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  stmt = _px_store_select_by_id (self, "SELECT text FROM source_versions WHERE id = ?1", version_id, what, error,
                                 /* Translators: the first %s is what could not be done (“Could not save the
                                  * annotation”), %lld a number the user or a colleague gave */
                                 _("%s: there is no source version %lld"), what, (long long) version_id);
  if (stmt == NULL)
    return NULL;

  return _px_store_column_dup (stmt, 0);
}
