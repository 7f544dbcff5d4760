/* px-store-annotations.c: annotations, and re-anchoring them in new versions
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

/* Annotations */

static PxTextSelector *
selector_from_row (sqlite3_stmt *stmt,
                   int           first)
{
  return px_text_selector_new ((const char *) sqlite3_column_text (stmt, first),
                               (const char *) sqlite3_column_text (stmt, first + 1),
                               (const char *) sqlite3_column_text (stmt, first + 2),
                               sqlite3_column_int (stmt, first + 3),
                               sqlite3_column_int (stmt, first + 4));
}

/* Re-anchors every target on @source_id from its selector into @text,
 * the text of version @version_id, and records the outcomes in @report.
 */
static gboolean
reanchor_targets (PxStore           *self,
                  gint64             source_id,
                  gint64             version_id,
                  const char        *text,
                  PxReanchorReport  *report,
                  const char        *what,
                  GError           **error)
{
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) attach = NULL;
  g_autoptr(sqlite3_stmt) review = NULL;
  g_autoptr(sqlite3_stmt) states = NULL;
  gboolean row;
  gboolean ok;

  if ((select = _px_store_prepare (self,
                                   "SELECT t.id, t.annotation_id, t.exact, t.prefix, t.suffix, t.position_start, "
                                   "  t.position_end FROM annotation_targets t WHERE t.source_id = ?1 ORDER BY t.id",
                                   what, error)) == NULL
      || (attach = _px_store_prepare (self,
                                      "UPDATE annotation_targets SET version_id = ?2, exact = ?3, prefix = ?4, "
                                      "  suffix = ?5, position_start = ?6, position_end = ?7, state = 'ok', "
                                      "  confidence = ?8 WHERE id = ?1",
                                      what, error)) == NULL
      || (review = _px_store_prepare (self,
                                      "UPDATE annotation_targets SET state = 'needs-review', confidence = ?2 "
                                      "WHERE id = ?1",
                                      what, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (select, 1, source_id);
  while ((ok = _px_store_step_row (self, select, &row, what, error)) && row)
    {
      g_autoptr(PxTextSelector) old = selector_from_row (select, 2);
      PxReanchorOutcome outcome = { 0 };
      PxAnchorMatch match;

      outcome.target_id = sqlite3_column_int64 (select, 0);
      outcome.annotation_id = sqlite3_column_int64 (select, 1);
      outcome.attached = px_anchor_locate (text, old, &match);
      outcome.method = match.method;
      outcome.confidence = match.confidence;

      if (outcome.attached)
        {
          g_autoptr(PxTextSelector) found = px_anchor_select_range (text, match.start, match.end, error);

          if (found == NULL)
            return FALSE;

          sqlite3_reset (attach);
          sqlite3_bind_int64 (attach, 1, outcome.target_id);
          sqlite3_bind_int64 (attach, 2, version_id);
          _px_store_bind_text (attach, 3, found->exact);
          _px_store_bind_text (attach, 4, found->prefix);
          _px_store_bind_text (attach, 5, found->suffix);
          sqlite3_bind_int (attach, 6, found->start);
          sqlite3_bind_int (attach, 7, found->end);
          sqlite3_bind_double (attach, 8, match.confidence);
          if (!_px_store_step_done (self, attach, what, error))
            return FALSE;
        }
      else
        {
          /* The selector stays on the version it was made for. */
          sqlite3_reset (review);
          sqlite3_bind_int64 (review, 1, outcome.target_id);
          sqlite3_bind_double (review, 2, match.confidence);
          if (!_px_store_step_done (self, review, what, error))
            return FALSE;
          report->n_needs_review++;
        }

      g_array_append_val (report->outcomes, outcome);
    }
  if (!ok)
    return FALSE;

  states = _px_store_prepare (self,
                              "UPDATE annotations SET state = CASE "
                              "    WHEN EXISTS (SELECT 1 FROM annotation_targets t "
                              "                 WHERE t.annotation_id = annotations.id AND t.state = 'needs-review') "
                              "      THEN 'needs-review' "
                              "    WHEN state = 'needs-review' THEN 'ok' ELSE state END, "
                              "  updated_at = " NOW_SQL " "
                              "WHERE id IN (SELECT annotation_id FROM annotation_targets WHERE source_id = ?1)",
                              what, error);
  if (states == NULL)
    return FALSE;
  sqlite3_bind_int64 (states, 1, source_id);

  return _px_store_step_done (self, states, what, error);
}

PxReanchorReport *
px_store_add_source_version (PxStore           *self,
                             gint64             source_id,
                             const PxArticle   *article,
                             const PxSnapshot  *snapshot,
                             GError           **error)
{
  g_autofree char *what = NULL;
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(PxSourceRecord) current = NULL;
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);
  g_return_val_if_fail (article != NULL, NULL);

  /* Translators: %lld is a source’s number, %s its file or web address */
  what = g_strdup_printf (_("Could not store the new version of source %lld (“%s”)"),
                          (long long) source_id, article->input);
  if (!_px_library_check_article (article, what, error))
    return NULL;

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || (current = _px_store_get_live_source_locked (self, source_id, what, error)) == NULL)
    return NULL;

  report = g_new0 (PxReanchorReport, 1);
  report->source_id = source_id;
  report->outcomes = g_array_new (FALSE, FALSE, sizeof (PxReanchorOutcome));

  /* An edited headline or byline is an edit too; a page where extraction
   * found none this time is not taken for one. A source that had failed
   * gets its first version.
   */
  if (current->version_id > 0 && g_str_equal (current->text, article->text)
      && (article->title == NULL || g_strcmp0 (article->title, current->title) == 0)
      && (article->byline == NULL || g_strcmp0 (article->byline, current->byline) == 0))
    {
      g_autofree char *checked_at = _px_library_fetched_at (snapshot);

      if ((stmt = _px_store_prepare (self, "UPDATE source_versions SET checked_at = ?2 WHERE id = ?1",
                                     what, error)) == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, current->version_id);
      _px_store_bind_text (stmt, 2, checked_at);
      if (!_px_store_step_done (self, stmt, what, error) || !_px_store_transaction_commit (txn, what, error))
        return NULL;

      report->version_id = current->version_id;
      report->changed = FALSE;
      _px_store_queue_changed (self, current->story_id);
      return g_steal_pointer (&report);
    }

  /* Metadata follows the newest fetch; what it lacks is kept. */
  if ((stmt = _px_store_prepare (self,
                                 "UPDATE sources SET outlet = coalesce(?2, outlet), title = coalesce(?3, title), "
                                 "  byline = coalesce(?4, byline), published = coalesce(?5, published), "
                                 "  url = coalesce(?6, url), language = coalesce(?7, language), "
                                 "  error = NULL, failed_at = NULL, error_kind = NULL, page_outlet = NULL, page_title = NULL, "
                                 "  page_byline = NULL, page_published = NULL, page_updated = NULL, "
                                 "  page_url = NULL, error_words = NULL WHERE id = ?1",
                                 what, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, source_id);
  _px_store_bind_text (stmt, 2, article->outlet);
  _px_store_bind_text (stmt, 3, article->title);
  _px_store_bind_text (stmt, 4, article->byline);
  _px_store_bind_text (stmt, 5, article->published);
  _px_store_bind_text (stmt, 6, article->url);
  _px_store_bind_text (stmt, 7, article->language);

  if (!_px_store_step_done (self, stmt, what, error)
      || !_px_store_insert_version (self, source_id, current->version + 1, article, snapshot, what, error))
    return NULL;

  report->version_id = sqlite3_last_insert_rowid (self->db);
  report->changed = TRUE;

  if (!reanchor_targets (self, source_id, report->version_id, article->text, report, what, error)
      || !_px_store_commit_story_change (txn, current->story_id, what, error))
    return NULL;

  return g_steal_pointer (&report);
}

static gboolean
set_anchor_error (GError      **error,
                  GError       *anchor_error,
                  gint64        source_id,
                  const char   *what)
{
  int code = PX_STORE_ERROR_INVALID;

  if (g_error_matches (anchor_error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_NOT_FOUND))
    code = PX_STORE_ERROR_QUOTE_NOT_FOUND;
  else if (g_error_matches (anchor_error, PX_ANCHOR_ERROR, PX_ANCHOR_ERROR_AMBIGUOUS))
    code = PX_STORE_ERROR_QUOTE_AMBIGUOUS;

  /* Translators: the first %s is what could not be done (“Could not save the annotation”), %lld a source’s
   * number, the last %s why its passage was not found */
  g_set_error (error, PX_STORE_ERROR, code, _("%s: source %lld: %s"),
               what, (long long) source_id, anchor_error->message);
  return FALSE;
}

gint64
px_store_create_annotation (PxStore             *self,
                            gint64               story_id,
                            const PxTargetSpec  *targets,
                            guint                n_targets,
                            PxVerdict            verdict,
                            const char          *note,
                            GError             **error)
{
  const char *what = _("Could not save the annotation");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) insert_target = NULL;
  gint64 annotation_id;

  g_return_val_if_fail (PX_IS_STORE (self), 0);

  if (!_px_library_check_annotation (n_targets, verdict, note, what, error))
    return 0;

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || !_px_store_require_story (self, story_id, FALSE, what, error)
      || (insert = _px_store_prepare (self,
                                      "INSERT INTO annotations (story_id, verdict, note, created_at, updated_at) "
                                      "VALUES (?1, ?2, ?3, " NOW_SQL ", " NOW_SQL ")",
                                      what, error)) == NULL
      || (insert_target = _px_store_prepare (self,
                                             "INSERT INTO annotation_targets (annotation_id, source_id, version_id, "
                                             "  exact, prefix, suffix, position_start, position_end) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                             what, error)) == NULL)
    return 0;

  sqlite3_bind_int64 (insert, 1, story_id);
  _px_store_bind_text (insert, 2, px_verdict_to_string (verdict));
  _px_store_bind_text (insert, 3, note != NULL ? note : "");
  if (!_px_store_step_done (self, insert, what, error))
    return 0;
  annotation_id = sqlite3_last_insert_rowid (self->db);

  for (guint i = 0; i < n_targets; i++)
    {
      const PxTargetSpec *spec = &targets[i];
      g_autoptr(PxSourceRecord) source = _px_store_get_live_source_locked (self, spec->source_id, what, error);
      g_autoptr(PxTextSelector) selector = NULL;
      g_autoptr(GError) anchor_error = NULL;

      if (source == NULL)
        return 0;
      if (source->version_id == 0)
        {
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                       /* Translators: the first %s is what could not be done (“Could not save the
                        * annotation”), %lld a source’s number */
                       _("%s: source %lld could not be loaded, so it has no text to annotate"), what,
                       (long long) spec->source_id);
          return 0;
        }
      if ((spec->quote != NULL && !g_utf8_validate (spec->quote, -1, NULL))
          || (spec->prefix != NULL && !g_utf8_validate (spec->prefix, -1, NULL))
          || (spec->suffix != NULL && !g_utf8_validate (spec->suffix, -1, NULL)))
        {
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID,
                       /* Translators: %s is what could not be done (“Could not save the annotation”) */
                       _("%s: the quote is not valid UTF-8 text"), what);
          return 0;
        }
      if (source->story_id != story_id)
        {
          g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                       /* Translators: the first %s is what could not be done (“Could not save the
                        * annotation”), then a source’s number and a story’s number */
                       _("%s: source %lld is not in story %lld"),
                       what, (long long) spec->source_id, (long long) story_id);
          return 0;
        }

      if (spec->quote != NULL)
        selector = px_anchor_select_quote (source->text, spec->quote, spec->prefix, spec->suffix, &anchor_error);
      else
        selector = px_anchor_select_range (source->text, spec->start, spec->end, &anchor_error);
      if (selector == NULL)
        return set_anchor_error (error, anchor_error, spec->source_id, what);

      sqlite3_reset (insert_target);
      sqlite3_bind_int64 (insert_target, 1, annotation_id);
      sqlite3_bind_int64 (insert_target, 2, source->id);
      sqlite3_bind_int64 (insert_target, 3, source->version_id);
      _px_store_bind_text (insert_target, 4, selector->exact);
      _px_store_bind_text (insert_target, 5, selector->prefix);
      _px_store_bind_text (insert_target, 6, selector->suffix);
      sqlite3_bind_int (insert_target, 7, selector->start);
      sqlite3_bind_int (insert_target, 8, selector->end);
      if (!_px_store_step_done (self, insert_target, what, error))
        return 0;
    }

  if (!_px_store_commit_story_change (txn, story_id, what, error))
    return 0;

  return annotation_id;
}

#define ANNOTATION_COLUMNS \
  "SELECT id, story_id, verdict, state, note, created_at, updated_at, deleted_at FROM annotations "

#define TARGET_COLUMNS \
  "SELECT t.annotation_id, t.id, t.source_id, t.version_id, t.exact, t.prefix, t.suffix, " \
  "  t.position_start, t.position_end, t.state, t.confidence " \
  "FROM annotation_targets t JOIN sources s ON s.id = t.source_id "

static PxAnnotation *
annotation_from_row (sqlite3_stmt *stmt)
{
  PxAnnotation *annotation = g_new0 (PxAnnotation, 1);

  annotation->id = sqlite3_column_int64 (stmt, 0);
  annotation->story_id = sqlite3_column_int64 (stmt, 1);
  px_verdict_from_string ((const char *) sqlite3_column_text (stmt, 2), &annotation->verdict);
  px_annotation_state_from_string ((const char *) sqlite3_column_text (stmt, 3), &annotation->state);
  annotation->note = _px_store_column_dup (stmt, 4);
  annotation->created_at = _px_store_column_dup (stmt, 5);
  annotation->updated_at = _px_store_column_dup (stmt, 6);
  annotation->deleted_at = _px_store_column_dup (stmt, 7);
  annotation->targets = g_ptr_array_new_with_free_func ((GDestroyNotify) px_annotation_target_free);

  return annotation;
}

static PxAnnotationTarget *
target_from_row (sqlite3_stmt *stmt)
{
  PxAnnotationTarget *target = g_new0 (PxAnnotationTarget, 1);

  target->id = sqlite3_column_int64 (stmt, 1);
  target->source_id = sqlite3_column_int64 (stmt, 2);
  target->version_id = sqlite3_column_int64 (stmt, 3);
  target->selector = selector_from_row (stmt, 4);
  px_annotation_state_from_string ((const char *) sqlite3_column_text (stmt, 9), &target->state);
  target->confidence = sqlite3_column_double (stmt, 10);

  return target;
}

/* Reads annotations with @annotation_sql and their targets with
 * @target_sql, both bound to @id and ordered by annotation id.
 */
static GPtrArray *
read_annotations (PxStore     *self,
                  const char  *annotation_sql,
                  const char  *target_sql,
                  gint64       id,
                  gboolean     include_deleted,
                  const char  *what,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) annotations_stmt = NULL;
  g_autoptr(sqlite3_stmt) targets_stmt = NULL;
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func ((GDestroyNotify) px_annotation_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean row;
  gboolean ok;

  if (!_px_store_check_open (self, what, error)
      || (annotations_stmt = _px_store_prepare (self, annotation_sql, what, error)) == NULL
      || (targets_stmt = _px_store_prepare (self, target_sql, what, error)) == NULL)
    return NULL;

  sqlite3_bind_int64 (annotations_stmt, 1, id);
  sqlite3_bind_int (annotations_stmt, 2, include_deleted);
  while ((ok = _px_store_step_row (self, annotations_stmt, &row, what, error)) && row)
    {
      PxAnnotation *annotation = annotation_from_row (annotations_stmt);

      g_ptr_array_add (annotations, annotation);
      g_hash_table_insert (by_id, &annotation->id, annotation);
    }
  if (!ok)
    return NULL;

  sqlite3_bind_int64 (targets_stmt, 1, id);
  while ((ok = _px_store_step_row (self, targets_stmt, &row, what, error)) && row)
    {
      gint64 annotation_id = sqlite3_column_int64 (targets_stmt, 0);
      PxAnnotation *annotation = g_hash_table_lookup (by_id, &annotation_id);

      if (annotation != NULL)
        g_ptr_array_add (annotation->targets, target_from_row (targets_stmt));
    }
  if (!ok)
    return NULL;

  return g_steal_pointer (&annotations);
}

PxAnnotation *
px_store_get_annotation (PxStore  *self,
                         gint64    annotation_id,
                         GError  **error)
{
  const char *what = _("Could not read the annotation");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  found = read_annotations (self,
                            ANNOTATION_COLUMNS "WHERE id = ?1 AND (?2 OR TRUE)",
                            TARGET_COLUMNS "WHERE t.annotation_id = ?1 ORDER BY s.position, t.id",
                            annotation_id, TRUE, what, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND,
                   /* Translators: the first %s is what could not be done (“Could not save the annotation”),
                    * %lld a number the user or a colleague gave */
                   _("%s: there is no annotation %lld"), what, (long long) annotation_id);
      return NULL;
    }

  return g_ptr_array_steal_index (found, 0);
}

GPtrArray *
px_store_list_annotations (PxStore   *self,
                           gint64     story_id,
                           gboolean   include_deleted,
                           GError   **error)
{
  const char *what = _("Could not list the story's annotations");
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PX_IS_STORE (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);
  if (!_px_store_check_open (self, what, error) || !_px_store_require_story (self, story_id, TRUE, what, error))
    return NULL;

  return read_annotations (self,
                           ANNOTATION_COLUMNS "WHERE story_id = ?1 AND (?2 OR deleted_at IS NULL) "
                           "AND " HAS_LIVE_TARGET ("annotations") " ORDER BY id",
                           TARGET_COLUMNS "JOIN annotations a ON a.id = t.annotation_id "
                           "WHERE a.story_id = ?1 AND s.deleted_at IS NULL "
                           "ORDER BY t.annotation_id, s.position, t.id",
                           story_id, include_deleted, what, error);
}

/* One UPDATE on an annotation in its own transaction; ?1 is its id. */
static gboolean
update_annotation (PxStore     *self,
                   gint64       annotation_id,
                   const char  *sql,
                   const char  *text,
                   const char  *also_sql,
                   const char  *what,
                   GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new (&self->lock);
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) also = NULL;
  gint64 story_id;

  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || (find = _px_store_select_by_id (self, "SELECT story_id FROM annotations WHERE id = ?1", annotation_id,
                                         /* Translators: the first %s is what could not be done (“Could not
                                          * save the annotation”), %lld a number the user or a colleague gave */
                                         what, error, _("%s: there is no annotation %lld"), what,
                                         (long long) annotation_id)) == NULL)
    return FALSE;
  story_id = sqlite3_column_int64 (find, 0);

  if ((stmt = _px_store_prepare (self, sql, what, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, annotation_id);
  if (text != NULL)
    _px_store_bind_text (stmt, 2, text);
  if (!_px_store_step_done (self, stmt, what, error))
    return FALSE;

  if (also_sql != NULL)
    {
      if ((also = _px_store_prepare (self, also_sql, what, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (also, 1, annotation_id);
      if (!_px_store_step_done (self, also, what, error))
        return FALSE;
    }

  return _px_store_commit_story_change (txn, story_id, what, error);
}

gboolean
px_store_set_annotation_verdict (PxStore    *self,
                                 gint64      annotation_id,
                                 PxVerdict   verdict,
                                 GError    **error)
{
  const char *what = _("Could not change the verdict");

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  if (!_px_library_check_verdict (verdict, what, error))
    return FALSE;

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET verdict = ?2, updated_at = " NOW_SQL " WHERE id = ?1",
                            px_verdict_to_string (verdict), NULL, what, error);
}

gboolean
px_store_set_annotation_note (PxStore     *self,
                              gint64       annotation_id,
                              const char  *note,
                              GError     **error)
{
  const char *what = _("Could not save the note");

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  if (note == NULL)
    note = "";
  if (!_px_library_check_note (note, what, error))
    return FALSE;

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET note = ?2, updated_at = " NOW_SQL " WHERE id = ?1",
                            note, NULL, what, error);
}

gboolean
px_store_set_annotation_state (PxStore            *self,
                               gint64              annotation_id,
                               PxAnnotationState   state,
                               GError            **error)
{
  const char *what = _("Could not change the annotation's state");

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  if ((guint) state > PX_ANNOTATION_STATE_DISMISSED)
    {
      /* Translators: the first %s is what could not be done (“Could not save the annotation”), %d a state’s
       * number */
      g_set_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID, _("%s: unknown state %d"), what, state);
      return FALSE;
    }

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET state = ?2, updated_at = " NOW_SQL " WHERE id = ?1",
                            px_annotation_state_to_string (state),
                            state == PX_ANNOTATION_STATE_OK
                              ? "UPDATE annotation_targets SET state = 'ok', confidence = 1.0 "
                                "WHERE annotation_id = ?1"
                              : NULL,
                            what, error);
}

gboolean
px_store_move_annotation_target (PxStore  *self,
                                 gint64    target_id,
                                 guint     start,
                                 guint     end,
                                 GError  **error)
{
  const char *what = _("Could not move the annotation");
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PxStoreTransaction) txn = NULL;
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) states = NULL;
  g_autoptr(PxSourceRecord) source = NULL;
  g_autoptr(PxTextSelector) selector = NULL;
  g_autoptr(GError) anchor_error = NULL;
  gint64 annotation_id;

  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);
  if ((txn = _px_store_transaction_begin (self, what, error)) == NULL
      || (find = _px_store_select_by_id (self, "SELECT annotation_id, source_id FROM annotation_targets WHERE id = ?1",
                                         /* Translators: the first %s is what could not be done (“Could not
                                          * save the annotation”), %lld a number the user or a colleague gave */
                                         target_id, what, error, _("%s: there is no annotation target %lld"), what,
                                         (long long) target_id)) == NULL)
    return FALSE;
  annotation_id = sqlite3_column_int64 (find, 0);

  if ((source = _px_store_get_source_locked (self, sqlite3_column_int64 (find, 1), what, error)) == NULL)
    return FALSE;
  if ((selector = px_anchor_select_range (source->text, start, end, &anchor_error)) == NULL)
    return set_anchor_error (error, anchor_error, source->id, what);

  if ((update = _px_store_prepare (self,
                                   "UPDATE annotation_targets SET version_id = ?2, exact = ?3, prefix = ?4, "
                                   "  suffix = ?5, position_start = ?6, position_end = ?7, state = 'ok', "
                                   "  confidence = 1.0 WHERE id = ?1",
                                   what, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, target_id);
  sqlite3_bind_int64 (update, 2, source->version_id);
  _px_store_bind_text (update, 3, selector->exact);
  _px_store_bind_text (update, 4, selector->prefix);
  _px_store_bind_text (update, 5, selector->suffix);
  sqlite3_bind_int (update, 6, selector->start);
  sqlite3_bind_int (update, 7, selector->end);

  if (!_px_store_step_done (self, update, what, error)
      || (states = _px_store_prepare (self,
                                      "UPDATE annotations SET updated_at = " NOW_SQL ", state = CASE "
                                      "  WHEN state = 'needs-review' AND NOT EXISTS (SELECT 1 FROM annotation_targets "
                                      "    WHERE annotation_id = ?1 AND state = 'needs-review') THEN 'ok' "
                                      "  ELSE state END WHERE id = ?1",
                                      what, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (states, 1, annotation_id);

  if (!_px_store_step_done (self, states, what, error))
    return FALSE;

  return _px_store_commit_story_change (txn, source->story_id, what, error);
}

gboolean
px_store_delete_annotation (PxStore  *self,
                            gint64    annotation_id,
                            GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET deleted_at = " NOW_SQL " WHERE id = ?1",
                            NULL, NULL, _("Could not delete the annotation"), error);
}

gboolean
px_store_restore_annotation (PxStore  *self,
                             gint64    annotation_id,
                             GError  **error)
{
  g_return_val_if_fail (PX_IS_STORE (self), FALSE);

  return update_annotation (self, annotation_id,
                            "UPDATE annotations SET deleted_at = NULL WHERE id = ?1",
                            NULL, NULL, _("Could not restore the annotation"), error);
}
