/* px-store.h: the local database of stories, sources and annotations
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-library.h"
#include "px-snapshot.h"
#include "px-store-records.h"

G_BEGIN_DECLS

#define PX_STORE_ERROR (px_store_error_quark ())

typedef enum
{
  PX_STORE_ERROR_FAILED,
  PX_STORE_ERROR_NEWER_VERSION, /* written by a newer Parallax: not opened */
  PX_STORE_ERROR_READ_ONLY,
  PX_STORE_ERROR_DISK_FULL,
  PX_STORE_ERROR_BUSY,
  PX_STORE_ERROR_DAMAGED,
  PX_STORE_ERROR_NOT_FOUND,
  PX_STORE_ERROR_INVALID,       /* a bad argument: empty title, unknown verdict, … */
  PX_STORE_ERROR_QUOTE_NOT_FOUND,
  PX_STORE_ERROR_QUOTE_AMBIGUOUS,
  PX_STORE_ERROR_NOT_PARALLAX,  /* another program's file: not opened, not changed */
  PX_STORE_ERROR_CONFLICT,      /* a team library: someone else saved it first */
  PX_STORE_ERROR_DISCONNECTED,  /* a team library: the server cannot be reached */
  PX_STORE_ERROR_BACKUP_HOLDS_MORE, /* the backup holds what the library lacks: kept, the user asked */
} PxStoreError;

/* The schema version this build writes; see px-store-schema.c. */
#define PX_STORE_SCHEMA_VERSION 11

/* A backup is taken when the last one is older than this. */
#define PX_STORE_BACKUP_INTERVAL (24 * G_TIME_SPAN_HOUR)

GQuark px_store_error_quark (void);

/* What the store did to recover a damaged database while opening it. */
typedef struct
{
  char *damaged_path;   /* where the damaged file was moved; it is never deleted */
  char *backup_path;    /* NULL when there was no usable backup */
  GDateTime *backup_time; /* when the restored backup was taken, or NULL */
  char *message;        /* for the user: what happened, and how old the restored copy is */
} PxStoreRecovery;

void px_store_recovery_free (PxStoreRecovery *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxStoreRecovery, px_store_recovery_free)

/* PxStore: the local library, a SQLite file; it implements PxLibrary, whose
 * px_library_*_async() calls are what a window uses.
 *
 * Thread rules: a PxStore holds one SQLite connection behind a mutex, so
 * any thread may call any function; calls are serialised. Reads on a
 * worker thread wait while another thread writes, and the other way
 * round. Other processes may write the same file at the same time.
 *
 * Signals:
 *   changed (gint64 story_id): emitted on the main context that was the
 *   thread-default when the store was opened, after a write commits;
 *   story_id is 0 when the whole library may have changed.
 */
#define PX_TYPE_STORE (px_store_get_type ())

G_DECLARE_FINAL_TYPE (PxStore, px_store, PX, STORE, GObject)

/* $XDG_DATA_HOME/parallax/parallax.db */
char *px_store_get_default_path (void);

typedef enum
{
  PX_STORE_OPEN_DEFAULT = 0,
  /* No backup while opening, even when one is due: px_library_maintain()
   * takes it later, once the window is shown.
   */
  PX_STORE_OPEN_DEFER_BACKUP = 1 << 0,
  /* As px_store_open_existing(): a missing database is not created. */
  PX_STORE_OPEN_EXISTING = 1 << 1,
} PxStoreOpenFlags;

/* Opens or creates the database at @path, creating its folder. Checks it
 * (quick_check); a damaged database is moved aside, the last verified
 * backup restored in its place and px_store_get_recovery() says so. A
 * database from a newer Parallax is refused and left untouched.
 */
PxStore *px_store_open (const char  *path,
                        GError     **error);
PxStore *px_store_open_full (const char        *path,
                             PxStoreOpenFlags   flags,
                             GError           **error);
/* px_store_open_full() on a worker thread; the "changed" signal is then
 * emitted on the global default main context.
 */
void px_store_open_async (const char          *path,
                          PxStoreOpenFlags     flags,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data);
PxStore *px_store_open_finish (GAsyncResult  *result,
                               GError       **error);

/* For reading only what is there: a missing file is not created, and a
 * damaged one without a usable backup is refused and left as it is.
 */
PxStore *px_store_open_existing (const char  *path,
                                 GError     **error);
const char *px_store_get_path (PxStore *self);
const PxStoreRecovery *px_store_get_recovery (PxStore *self);
char *px_store_get_backup_path (PxStore *self);

/* A clean close: takes a verified backup if the last one is older than
 * PX_STORE_BACKUP_INTERVAL, then closes the database. A closed store
 * refuses every later operation. Dropping the last reference without
 * calling this closes the database too, without the backup.
 */
gboolean px_store_close (PxStore  *self,
                         GError  **error);

/* With TRUE, px_store_close() also takes a backup when this store wrote
 * anything since it was opened, however recent the last backup is: for
 * the window, which closes seldom. Scripts keep the default, FALSE.
 */
void px_store_set_backup_on_close (PxStore  *self,
                                   gboolean  backup_on_close);

/* Copies the database into a temporary file, checks the copy, and only
 * then puts it in place of the previous backup.
 */
gboolean px_store_backup (PxStore  *self,
                          GError  **error);
/* px_store_backup() and px_store_backup_if_due() never replace a backup
 * that holds stories, sources or annotations the database lacks: they
 * fail with PX_STORE_ERROR_BACKUP_HOLDS_MORE, naming both files and what
 * would be lost, and the user is asked. This replaces it all the same,
 * once the user said so, keeping the previous backup beside it (its new
 * name in @kept_path, NULL when there was none to keep).
 */
gboolean px_store_replace_backup (PxStore  *self,
                                  char    **kept_path,
                                  GError  **error);
/* px_store_backup() when the last one is older than PX_STORE_BACKUP_INTERVAL
 * (and the database was not just restored from it); PxLibrary's maintain.
 */
gboolean px_store_backup_if_due (PxStore  *self,
                                 GError  **error);

/* Emits "changed" (story 0) if another process wrote to the database since
 * the last call; cheap enough to call from a timeout.
 */
gboolean px_store_check_external_changes (PxStore *self);

/* Stories */
gint64 px_store_create_story (PxStore     *self,
                              const char  *title,
                              GError     **error);
gboolean px_store_rename_story (PxStore     *self,
                                gint64       story_id,
                                const char  *title,
                                GError     **error);
/* Moves a story to the trash: hidden from the library and search, restorable. */
gboolean px_store_delete_story (PxStore  *self,
                                gint64    story_id,
                                GError  **error);
gboolean px_store_restore_story (PxStore  *self,
                                 gint64    story_id,
                                 GError  **error);
/* Empties the trash: deletes for good the stories and sources trashed
 * before @before, and the annotations left with no passage.
 */
gboolean px_store_purge_deleted_stories (PxStore    *self,
                                         GDateTime  *before,
                                         GError    **error);
PxStoryInfo *px_store_get_story (PxStore  *self,
                                 gint64    story_id,
                                 GError  **error);
/* PxStoryInfo, last changed first; trashed stories only with @include_deleted. */
GPtrArray *px_store_list_stories (PxStore   *self,
                                  gboolean   include_deleted,
                                  GError   **error);

/* Sources */
/* Stores @article and the page it came from as the story's last column. */
gint64 px_store_add_source (PxStore           *self,
                            gint64             story_id,
                            const PxArticle   *article,
                            const PxSnapshot  *snapshot,
                            GError           **error);
PxSourceRecord *px_store_get_source (PxStore  *self,
                                     gint64    source_id,
                                     GError  **error);
/* PxSourceRecord in column order, with their current versions. */
GPtrArray *px_store_list_sources (PxStore  *self,
                                  gint64    story_id,
                                  GError  **error);
/* A source that could not be loaded, kept with @message (why) so that it
 * stays a column until it is removed: with @source_id 0, a new last column
 * of @story_id; else the new reason of failed source @source_id. Returns
 * the source's id, or 0. Loading it later adds its first version
 * (px_store_add_source_version()).
 */
gint64 px_store_keep_failed_source (PxStore     *self,
                                    gint64       story_id,
                                    gint64       source_id,
                                    const char  *input,
                                    const char  *outlet,
                                    const char  *message,
                                    GError     **error);
/* px_library_keep_failed_source_full(): also what failed (@error_kind),
 * its words (@error_words) and what a page with no article text said
 * about itself (@page).
 */
gint64 px_store_keep_failed_source_full (PxStore          *self,
                                         gint64            story_id,
                                         gint64            source_id,
                                         const char       *input,
                                         const char       *outlet,
                                         const char       *message,
                                         const char       *error_kind,
                                         const char       *error_words,
                                         const PxArticle  *page,
                                         GError          **error);
/* The story's failed sources (PxSourceRecord with error and failed_at set,
 * and no version), in column order; list_sources() leaves them out.
 */
GPtrArray *px_store_list_failed_sources (PxStore  *self,
                                         gint64    story_id,
                                         GError  **error);
/* Moves a source to column @position (0 = leftmost), shifting the others. */
gboolean px_store_rename_source (PxStore     *self,
                                 gint64       source_id,
                                 const char  *outlet,
                                 GError     **error);
gboolean px_store_move_source (PxStore  *self,
                               gint64    source_id,
                               guint     position,
                               GError  **error);
/* Moves a source to the trash, with its versions: hidden from the story,
 * search and annotation lists (an annotation whose every passage is in a
 * trashed source is hidden too), restorable to its column.
 */
gboolean px_store_delete_source (PxStore  *self,
                                 gint64    source_id,
                                 GError  **error);
gboolean px_store_restore_source (PxStore  *self,
                                  gint64    source_id,
                                  GError  **error);
/* A source fetched again. When the text, the title and the byline are
 * unchanged (a missing title or byline counts as unchanged) only the check
 * time is recorded; otherwise a new version is stored (the earlier ones are kept)
 * and every annotation target on the source is re-anchored in the new
 * text; those that cannot be, confidently, become needs-review.
 */
PxReanchorReport *px_store_add_source_version (PxStore           *self,
                                               gint64             source_id,
                                               const PxArticle   *article,
                                               const PxSnapshot  *snapshot,
                                               GError           **error);
/* PxSourceVersion, oldest first. */
GPtrArray *px_store_list_source_versions (PxStore  *self,
                                          gint64    source_id,
                                          GError  **error);
/* The page as it was fetched, and the text extracted from it, for a version. */
GBytes *px_store_get_version_body (PxStore  *self,
                                   gint64    version_id,
                                   GError  **error);
char *px_store_get_version_text (PxStore  *self,
                                 gint64    version_id,
                                 GError  **error);

/* Annotations */
/* Returns the new annotation's id once it is committed to disk. */
gint64 px_store_create_annotation (PxStore             *self,
                                   gint64               story_id,
                                   const PxTargetSpec  *targets,
                                   guint                n_targets,
                                   PxVerdict            verdict,
                                   const char          *note,
                                   GError             **error);
PxAnnotation *px_store_get_annotation (PxStore  *self,
                                       gint64    annotation_id,
                                       GError  **error);
/* PxAnnotation of a story, oldest first; trashed ones only with @include_deleted. */
GPtrArray *px_store_list_annotations (PxStore   *self,
                                      gint64     story_id,
                                      gboolean   include_deleted,
                                      GError   **error);
gboolean px_store_set_annotation_verdict (PxStore    *self,
                                          gint64      annotation_id,
                                          PxVerdict   verdict,
                                          GError    **error);
gboolean px_store_set_annotation_note (PxStore     *self,
                                       gint64       annotation_id,
                                       const char  *note,
                                       GError     **error);
/* Setting OK marks every target as reviewed (confidence 1). */
gboolean px_store_set_annotation_state (PxStore            *self,
                                        gint64              annotation_id,
                                        PxAnnotationState   state,
                                        GError            **error);
/* Re-attaches one target by hand, to characters of its source's current text. */
gboolean px_store_move_annotation_target (PxStore  *self,
                                          gint64    target_id,
                                          guint     start,
                                          guint     end,
                                          GError  **error);
gboolean px_store_delete_annotation (PxStore  *self,
                                     gint64    annotation_id,
                                     GError  **error);
gboolean px_store_restore_annotation (PxStore  *self,
                                      gint64    annotation_id,
                                      GError  **error);

/* Search over article titles, outlets and texts and annotation notes,
 * best first. @query is words (all must match, the last one may be the
 * start of a word) and "quoted phrases".
 */
GPtrArray *px_store_search (PxStore     *self,
                            const char  *query,
                            guint        limit,
                            GError     **error);
/* px_store_search() on a worker thread. */
void px_store_search_async (PxStore             *self,
                            const char          *query,
                            guint                limit,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data);
GPtrArray *px_store_search_finish (PxStore       *self,
                                   GAsyncResult  *result,
                                   GError       **error);

G_END_DECLS
