/* px-pg-store.h: a team library on a PostgreSQL server
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-library.h"
#include "px-snapshot.h"
#include "px-store.h"
#include "px-store-records.h"

G_BEGIN_DECLS

/* The schema version this build writes; see px-pg-schema.c. */
#define PX_PG_SCHEMA_VERSION 7

/* What a library this build sets up says of older clients (by the schema
 * version they were made for): the oldest that may read it, and the
 * oldest that may write it. A step that only adds tables, or columns that
 * may stay NULL or have a default when an older client writes a row,
 * leaves both as they were; one that changes what existing rows mean, or
 * needs its new columns filled, raises PX_PG_SCHEMA_WRITABLE_FROM to its
 * own version; one that changes what older clients read raises both.
 * Clients made before this rule (all of them were made for version 5 or
 * older) read no such thing and refuse any newer library: the rule starts
 * at 5.
 */
#define PX_PG_SCHEMA_READABLE_FROM 5
#define PX_PG_SCHEMA_WRITABLE_FROM 5

/* What a change notification (LISTEN/NOTIFY) was about. */
typedef enum
{
  PX_PG_CHANGE_STORY,
  PX_PG_CHANGE_SOURCE,
  PX_PG_CHANGE_ANNOTATION,
} PxPgChangeKind;

/* Whether @uri names a team library ("postgresql://…" or "postgres://…"). */
gboolean px_pg_is_uri (const char *uri);

/* Whether every host @uri names is this machine (a socket folder,
 * localhost, 127.0.0.0/8 or ::1): only then may the connection go without
 * TLS. FALSE, with @error set, for a URI libpq cannot read.
 */
gboolean px_pg_uri_is_local (const char  *uri,
                             gboolean    *local,
                             GError     **error);

/* The URI shown to people: without a password. */
char *px_pg_uri_display (const char *uri);

/* Thread rules: as PxStore, one connection behind a mutex, so any thread
 * may call any function; calls are serialised and block on the network:
 * the window calls them on its database thread.
 *
 * Writes never wait for the server to come back: when it cannot be
 * reached (or the answer to a write is lost), the write is appended to
 * the queue on disk and synced before the call returns, then replayed in
 * order once the server answers again. Each write carries an id made here
 * (a UUID) that the server records in the same transaction, so a replay
 * applies it exactly once. Rows get their ids here too (the UUID's first
 * 63 bits), so a story, source or annotation made while disconnected has
 * its id at once.
 *
 * PxPgStore implements PxLibrary: every px_library_*() call works on it,
 * and its _async() calls run on the library's database thread.
 *
 * Signals (on the main context that was the thread-default at open):
 *   changed (gint64 story_id, PxLibrary's): after this client's writes;
 *     story 0 when the listener is back after the server was lost, since
 *     colleagues' changes made meanwhile were not heard.
 *   remote-change (PxPgChangeKind kind, gint64 story_id, gint64 id,
 *     const char *author): a colleague's change (LISTEN/NOTIFY, once
 *     px_pg_store_listen() runs), one per row: the story, source or
 *     annotation @id changed in story @story_id. Only this signal says so
 *     ("changed" does not follow), so that a window reads that row alone.
 *   notify::connected: the server was lost or found again.
 *   notify::n-queued: writes waiting for the server (property "n-queued",
 *     read without waiting for the store's lock).
 *   notify::read-only: px_pg_store_dup_read_only() changed (property
 *     "read-only", likewise).
 *   replay-failed (const char *message): a queued write the server
 *     refused when it was replayed (someone else changed the annotation
 *     meanwhile); the write is kept in the queue folder's failed.jsonl.
 */
#define PX_TYPE_PG_STORE (px_pg_store_get_type ())

G_DECLARE_FINAL_TYPE (PxPgStore, px_pg_store, PX, PG_STORE, GObject)

/* Connects to the team library at @uri as @author (the name chosen on
 * joining), with @password unless it is NULL or in the URI, and brings
 * its schema up to date. A host that is not this machine is reached only
 * over TLS, whatever the URI's sslmode says. @queue_dir holds the writes
 * made while disconnected; NULL for a folder under $XDG_DATA_HOME named
 * after the library. Writes queued by an earlier run are replayed now.
 */
PxPgStore *px_pg_store_open (const char  *uri,
                             const char  *password,
                             const char  *author,
                             const char  *queue_dir,
                             GError     **error);

/* px_pg_store_open() on a worker thread; the signals are then emitted on
 * the global default main context.
 */
void px_pg_store_open_async (const char          *uri,
                             const char          *password,
                             const char          *author,
                             const char          *queue_dir,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data);
PxPgStore *px_pg_store_open_finish (GAsyncResult  *result,
                                    GError       **error);

const char *px_pg_store_get_uri (PxPgStore *self);
const char *px_pg_store_get_author (PxPgStore *self);
const char *px_pg_store_get_queue_dir (PxPgStore *self);
gboolean px_pg_store_get_connected (PxPgStore *self);
/* Writes waiting in the queue for the server. */
guint px_pg_store_get_n_queued (PxPgStore *self);
/* Why this version may read the library but not change it (a colleague's
 * newer Parallax set it up), as the last connection or write found; NULL
 * when it may change it. Writes meanwhile wait in the queue, for a
 * Parallax that may send them.
 */
char *px_pg_store_dup_read_only (PxPgStore *self);

/* Connects again if the server was lost, and replays the queue: TRUE when
 * connected and nothing is left queued.
 */
gboolean px_pg_store_sync (PxPgStore  *self,
                           GError    **error);

/* Starts listening for colleagues' changes on a connection and a thread
 * of its own; the "changed" and "remote-change" signals follow within
 * moments. When the server is lost it tries again, and says "changed"
 * (story 0) once it is back, since notifications sent meanwhile are lost.
 */
void px_pg_store_listen (PxPgStore *self);

/* Ends the connections; later calls fail. */
void px_pg_store_close (PxPgStore *self);

/* Stories */
gint64 px_pg_store_create_story (PxPgStore   *self,
                                 const char  *title,
                                 GError     **error);
gboolean px_pg_store_rename_story (PxPgStore   *self,
                                   gint64       story_id,
                                   const char  *title,
                                   GError     **error);
gboolean px_pg_store_delete_story (PxPgStore  *self,
                                   gint64      story_id,
                                   GError    **error);
gboolean px_pg_store_restore_story (PxPgStore  *self,
                                    gint64      story_id,
                                    GError    **error);
PxStoryInfo *px_pg_store_get_story (PxPgStore  *self,
                                    gint64      story_id,
                                    GError    **error);
GPtrArray *px_pg_store_list_stories (PxPgStore  *self,
                                     gboolean    include_deleted,
                                     GError    **error);

/* Sources */
gint64 px_pg_store_add_source (PxPgStore         *self,
                               gint64             story_id,
                               const PxArticle   *article,
                               const PxSnapshot  *snapshot,
                               GError           **error);
PxSourceRecord *px_pg_store_get_source (PxPgStore  *self,
                                        gint64      source_id,
                                        GError    **error);
GPtrArray *px_pg_store_list_sources (PxPgStore  *self,
                                     gint64      story_id,
                                     GError    **error);
/* As px_store_keep_failed_source() and px_store_list_failed_sources(). */
gint64 px_pg_store_keep_failed_source_full (PxPgStore        *self,
                                            gint64            story_id,
                                            gint64            source_id,
                                            const char       *input,
                                            const char       *outlet,
                                            const char       *message,
                                            const char       *error_kind,
                                            const char       *error_words,
                                            const PxArticle  *page,
                                            GError          **error);
gint64 px_pg_store_keep_failed_source (PxPgStore   *self,
                                       gint64       story_id,
                                       gint64       source_id,
                                       const char  *input,
                                       const char  *outlet,
                                       const char  *message,
                                       GError     **error);
GPtrArray *px_pg_store_list_failed_sources (PxPgStore  *self,
                                            gint64      story_id,
                                            GError    **error);
gboolean px_pg_store_delete_source (PxPgStore  *self,
                                    gint64      source_id,
                                    GError    **error);
GBytes *px_pg_store_get_version_body (PxPgStore  *self,
                                      gint64      version_id,
                                      GError    **error);

/* Annotations. Targets are found in the source's text as the store last
 * read it, so a source listed or added before the server was lost can
 * still be annotated.
 */
gint64 px_pg_store_create_annotation (PxPgStore           *self,
                                      gint64               story_id,
                                      const PxTargetSpec  *targets,
                                      guint                n_targets,
                                      PxVerdict            verdict,
                                      const char          *note,
                                      GError             **error);
PxAnnotation *px_pg_store_get_annotation (PxPgStore  *self,
                                          gint64      annotation_id,
                                          GError    **error);
GPtrArray *px_pg_store_list_annotations (PxPgStore  *self,
                                         gint64      story_id,
                                         gboolean    include_deleted,
                                         GError    **error);

/* Of the annotations @annotation_ids, those px_pg_store_list_annotations()
 * lists (not in the trash, a passage in a source that is not either), in
 * the same order: one read for a burst of colleagues' changes. An id
 * missing from the answer was deleted or is no longer shown.
 */
GPtrArray *px_pg_store_read_annotations (PxPgStore     *self,
                                         const gint64  *annotation_ids,
                                         guint          n_ids,
                                         GError       **error);

/* Saves an annotation's verdict and note, made from its row version
 * @row_version (PxAnnotation.row_version as it was read). When someone
 * saved it since, nothing is changed and the save fails with
 * PX_STORE_ERROR_CONFLICT, saying who and when; save again with the
 * version read then to overwrite, or with 0 to overwrite whatever is there.
 * The new row version in @new_version when it is not NULL (0 when the
 * save was queued).
 */
gboolean px_pg_store_save_annotation (PxPgStore   *self,
                                      gint64       annotation_id,
                                      guint        row_version,
                                      PxVerdict    verdict,
                                      const char  *note,
                                      guint       *new_version,
                                      GError     **error);
/* An editor's "Reviewed" mark on an annotation's verdict, or its removal. */
gboolean px_pg_store_set_annotation_reviewed (PxPgStore  *self,
                                              gint64      annotation_id,
                                              gboolean    reviewed,
                                              GError    **error);
gboolean px_pg_store_delete_annotation (PxPgStore  *self,
                                        gint64      annotation_id,
                                        GError    **error);

/* The rest of what PxStore offers, with the same meaning. Re-fetching a
 * source and emptying the trash need the server: they fail with
 * PX_STORE_ERROR_DISCONNECTED rather than queue. The verdict, note and
 * state are saved from the row version this store last read of the
 * annotation, and fail with PX_STORE_ERROR_CONFLICT when someone saved
 * it since.
 */
gboolean px_pg_store_rename_source (PxPgStore   *self,
                                   gint64       source_id,
                                   const char  *outlet,
                                   GError     **error);
gboolean px_pg_store_move_source (PxPgStore  *self,
                                  gint64      source_id,
                                  guint       position,
                                  GError    **error);
gboolean px_pg_store_restore_source (PxPgStore  *self,
                                     gint64      source_id,
                                     GError    **error);
PxReanchorReport *px_pg_store_add_source_version (PxPgStore         *self,
                                                  gint64             source_id,
                                                  const PxArticle   *article,
                                                  const PxSnapshot  *snapshot,
                                                  GError           **error);
GPtrArray *px_pg_store_list_source_versions (PxPgStore  *self,
                                             gint64      source_id,
                                             GError    **error);
char *px_pg_store_get_version_text (PxPgStore  *self,
                                    gint64      version_id,
                                    GError    **error);
gboolean px_pg_store_purge_deleted_stories (PxPgStore   *self,
                                            GDateTime   *before,
                                            GError     **error);
gboolean px_pg_store_set_annotation_verdict (PxPgStore  *self,
                                             gint64      annotation_id,
                                             PxVerdict   verdict,
                                             GError    **error);
gboolean px_pg_store_set_annotation_note (PxPgStore   *self,
                                          gint64       annotation_id,
                                          const char  *note,
                                          GError     **error);
gboolean px_pg_store_set_annotation_state (PxPgStore          *self,
                                           gint64              annotation_id,
                                           PxAnnotationState   state,
                                           GError            **error);
gboolean px_pg_store_move_annotation_target (PxPgStore  *self,
                                             gint64      target_id,
                                             guint       start,
                                             guint       end,
                                             GError    **error);
gboolean px_pg_store_restore_annotation (PxPgStore  *self,
                                         gint64      annotation_id,
                                         GError    **error);
/* Says "changed" (story 0) when anyone wrote since the last call; TRUE
 * when they did. Sends what was queued first.
 */
gboolean px_pg_store_poll_changes (PxPgStore  *self,
                                   GError    **error);

/* The window's calls: px_pg_store_read_annotations(),
 * px_pg_store_save_annotation() and px_pg_store_set_annotation_reviewed()
 * queued on the library's database thread (px_library_queue_job()), in
 * order with its other calls; the callback runs on the caller's
 * thread-default main context.
 */
void px_pg_store_read_annotations_async (PxPgStore           *self,
                                         const gint64        *annotation_ids,
                                         guint                n_ids,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
GPtrArray *px_pg_store_read_annotations_finish (PxPgStore     *self,
                                                GAsyncResult  *result,
                                                GError       **error);
void px_pg_store_save_annotation_async (PxPgStore           *self,
                                        gint64               annotation_id,
                                        guint                row_version,
                                        PxVerdict            verdict,
                                        const char          *note,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean px_pg_store_save_annotation_finish (PxPgStore     *self,
                                             GAsyncResult  *result,
                                             guint         *new_version,
                                             GError       **error);
void px_pg_store_set_annotation_reviewed_async (PxPgStore           *self,
                                                gint64               annotation_id,
                                                gboolean             reviewed,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean px_pg_store_set_annotation_reviewed_finish (PxPgStore     *self,
                                                     GAsyncResult  *result,
                                                     GError       **error);

/* Search over article titles, outlets and texts and annotation notes,
 * best first; @query as for px_store_search().
 */
GPtrArray *px_pg_store_search (PxPgStore   *self,
                               const char  *query,
                               guint        limit,
                               GError     **error);

G_END_DECLS
