/* px-library.h: a library of stories, sources and annotations, whatever
 * keeps it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-snapshot.h"
#include "px-store-records.h"

G_BEGIN_DECLS

/* Where to create an annotation target. With @quote set, the passage is
 * found by its words (refused when missing or ambiguous; @prefix and
 * @suffix may give the text right before and after it to choose). Without
 * it, @start and @end are character offsets in the source's current text.
 */
typedef struct
{
  gint64 source_id;
  const char *quote;
  const char *prefix;
  const char *suffix;
  guint start;
  guint end;
} PxTargetSpec;

/* PxLibrary: the operations every library offers, whichever engine keeps
 * it: PxStore (a local SQLite file) implements it, and a team library on a
 * server can too.
 *
 * Each operation comes twice:
 *  - px_library_foo (): runs the implementation's vfunc in the calling
 *    thread and blocks; for parallax-cli, tests and the library's own
 *    thread. Never from a window's main thread.
 *  - px_library_foo_async () / _finish (): queued on the library's one
 *    database thread (started on first use, as Epiphany's history service
 *    does), run there in order, one at a time; the callback runs on the
 *    thread-default main context of the caller. A call cancelled before it
 *    starts is not run and finishes with G_IO_ERROR_CANCELLED; one already
 *    running completes (writes are never half done).
 *
 * An implementation fills PxLibraryInterface's vfuncs with blocking code;
 * the async halves and the thread come from here. Its vfuncs may be called
 * from any thread, but px_library_*_async() only ever calls them from the
 * database thread, so an implementation used only that way needs no lock
 * of its own. Errors are in PX_STORE_ERROR's domain where one fits
 * (NOT_FOUND, INVALID, BUSY, …), in words a user understands. Ids are
 * positive; 0 means failure.
 *
 * Signals:
 *   changed (gint64 story_id): emitted on the main context the library was
 *   created on, after a write (by this process or, as far as the engine
 *   can tell, another) commits; story_id is 0 when the whole library may
 *   have changed.
 */
#define PX_TYPE_LIBRARY (px_library_get_type ())

G_DECLARE_INTERFACE (PxLibrary, px_library, PX, LIBRARY, GObject)

struct _PxLibraryInterface
{
  GTypeInterface parent_iface;

  /* Library */
  gboolean (*maintain) (PxLibrary *self, GError **error);
  gboolean (*backup) (PxLibrary *self, GError **error);
  gboolean (*close) (PxLibrary *self, GError **error);
  gboolean (*poll_changes) (PxLibrary *self, GError **error);

  /* Stories */
  gint64 (*create_story) (PxLibrary *self, const char *title, gboolean provisional, GError **error);
  gboolean (*rename_story) (PxLibrary *self, gint64 story_id, const char *title, GError **error);
  gboolean (*delete_story) (PxLibrary *self, gint64 story_id, GError **error);
  gboolean (*restore_story) (PxLibrary *self, gint64 story_id, GError **error);
  gboolean (*purge_deleted_stories) (PxLibrary *self, GDateTime *before, GError **error);
  PxStoryInfo *(*get_story) (PxLibrary *self, gint64 story_id, GError **error);
  GPtrArray *(*list_stories) (PxLibrary *self, gboolean include_deleted, GError **error);

  /* Sources */
  gint64 (*add_source) (PxLibrary *self, gint64 story_id, const PxArticle *article, const PxSnapshot *snapshot, GError **error);
  PxSourceRecord *(*get_source) (PxLibrary *self, gint64 source_id, GError **error);
  GPtrArray *(*list_sources) (PxLibrary *self, gint64 story_id, GError **error);
  gint64 (*keep_failed_source) (PxLibrary *self, gint64 story_id, gint64 source_id, const char *input, const char *outlet, const char *message, GError **error);
  GPtrArray *(*list_failed_sources) (PxLibrary *self, gint64 story_id, GError **error);
  gboolean (*move_source) (PxLibrary *self, gint64 source_id, guint position, GError **error);
  gboolean (*rename_source) (PxLibrary *self, gint64 source_id, const char *outlet, GError **error);
  gboolean (*delete_source) (PxLibrary *self, gint64 source_id, GError **error);
  gboolean (*restore_source) (PxLibrary *self, gint64 source_id, GError **error);
  PxReanchorReport *(*add_source_version) (PxLibrary *self, gint64 source_id, const PxArticle *article, const PxSnapshot *snapshot, GError **error);
  GPtrArray *(*list_source_versions) (PxLibrary *self, gint64 source_id, GError **error);
  GBytes *(*get_version_body) (PxLibrary *self, gint64 version_id, GError **error);
  char *(*get_version_text) (PxLibrary *self, gint64 version_id, GError **error);

  /* Annotations */
  gint64 (*create_annotation) (PxLibrary *self, gint64 story_id, const PxTargetSpec *targets, guint n_targets, PxVerdict verdict, const char *note, GError **error);
  PxAnnotation *(*get_annotation) (PxLibrary *self, gint64 annotation_id, GError **error);
  GPtrArray *(*list_annotations) (PxLibrary *self, gint64 story_id, gboolean include_deleted, GError **error);
  gboolean (*set_annotation_verdict) (PxLibrary *self, gint64 annotation_id, PxVerdict verdict, GError **error);
  gboolean (*set_annotation_note) (PxLibrary *self, gint64 annotation_id, const char *note, GError **error);
  gboolean (*set_annotation_state) (PxLibrary *self, gint64 annotation_id, PxAnnotationState state, GError **error);
  gboolean (*move_annotation_target) (PxLibrary *self, gint64 target_id, guint start, guint end, GError **error);
  gboolean (*delete_annotation) (PxLibrary *self, gint64 annotation_id, GError **error);
  gboolean (*restore_annotation) (PxLibrary *self, gint64 annotation_id, GError **error);

  /* Search */
  GPtrArray *(*search) (PxLibrary *self, const char *query, guint limit, GError **error);

  /* Optional: keep_failed_source() with what failed and what the page said
   * about itself (px_library_keep_failed_source_full()); without it they
   * are not kept.
   */
  gint64 (*keep_failed_source_full) (PxLibrary *self, gint64 story_id, gint64 source_id, const char *input, const char *outlet, const char *message, const char *error_kind, const char *error_words, const PxArticle *page, GError **error);
};

/* Emits "changed" for @story_id (0: anything); for implementations, on
 * the main context they were created on.
 */
void px_library_emit_changed (PxLibrary *self,
                              gint64     story_id);

/* Library */
/* Checks the library and takes a backup when one is due: what opening
 * leaves for later, so that the window is shown first.
 */
gboolean px_library_maintain (PxLibrary  *self,
                              GError    **error);
void px_library_maintain_async (PxLibrary           *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data);
gboolean px_library_maintain_finish (PxLibrary     *self,
                                     GAsyncResult  *result,
                                     GError       **error);
/* Takes a verified backup now. */
gboolean px_library_backup (PxLibrary  *self,
                            GError    **error);
void px_library_backup_async (PxLibrary           *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data);
gboolean px_library_backup_finish (PxLibrary     *self,
                                   GAsyncResult  *result,
                                   GError       **error);
/* A clean close (with a backup when one is due); later calls fail. */
gboolean px_library_close (PxLibrary  *self,
                           GError    **error);
void px_library_close_async (PxLibrary           *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data);
gboolean px_library_close_finish (PxLibrary     *self,
                                  GAsyncResult  *result,
                                  GError       **error);
/* Emits "changed" (story 0) when another process or person changed the
 * library since the last call; TRUE when it did.
 */
gboolean px_library_poll_changes (PxLibrary  *self,
                                  GError    **error);
void px_library_poll_changes_async (PxLibrary           *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean px_library_poll_changes_finish (PxLibrary     *self,
                                         GAsyncResult  *result,
                                         GError       **error);

/* Stories */
/* Returns the new story's id, or 0. */
gint64 px_library_create_story (PxLibrary   *self,
                                const char  *title,
                                GError     **error);
void px_library_create_story_async (PxLibrary           *self,
                                    const char          *title,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
/* A story whose title is a placeholder until it is renamed
 * (PxStoryInfo.title_provisional); px_library_create_story_finish ().
 */
gint64 px_library_create_provisional_story (PxLibrary   *self,
                                            const char  *title,
                                            GError     **error);
void px_library_create_provisional_story_async (PxLibrary           *self,
                                                const char          *title,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gint64 px_library_create_story_finish (PxLibrary     *self,
                                       GAsyncResult  *result,
                                       GError       **error);
gboolean px_library_rename_story (PxLibrary   *self,
                                  gint64       story_id,
                                  const char  *title,
                                  GError     **error);
void px_library_rename_story_async (PxLibrary           *self,
                                    gint64               story_id,
                                    const char          *title,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean px_library_rename_story_finish (PxLibrary     *self,
                                         GAsyncResult  *result,
                                         GError       **error);
/* Moves a story to the trash: hidden from the library and search, restorable. */
gboolean px_library_delete_story (PxLibrary  *self,
                                  gint64      story_id,
                                  GError    **error);
void px_library_delete_story_async (PxLibrary           *self,
                                    gint64               story_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean px_library_delete_story_finish (PxLibrary     *self,
                                         GAsyncResult  *result,
                                         GError       **error);
gboolean px_library_restore_story (PxLibrary  *self,
                                   gint64      story_id,
                                   GError    **error);
void px_library_restore_story_async (PxLibrary           *self,
                                     gint64               story_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean px_library_restore_story_finish (PxLibrary     *self,
                                          GAsyncResult  *result,
                                          GError       **error);
/* Deletes for good what was trashed before @before. */
gboolean px_library_purge_deleted_stories (PxLibrary  *self,
                                           GDateTime  *before,
                                           GError    **error);
void px_library_purge_deleted_stories_async (PxLibrary           *self,
                                             GDateTime           *before,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean px_library_purge_deleted_stories_finish (PxLibrary     *self,
                                                  GAsyncResult  *result,
                                                  GError       **error);
PxStoryInfo *px_library_get_story (PxLibrary  *self,
                                   gint64      story_id,
                                   GError    **error);
void px_library_get_story_async (PxLibrary           *self,
                                 gint64               story_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data);
PxStoryInfo *px_library_get_story_finish (PxLibrary     *self,
                                          GAsyncResult  *result,
                                          GError       **error);
/* PxStoryInfo, last changed first. */
GPtrArray *px_library_list_stories (PxLibrary  *self,
                                    gboolean    include_deleted,
                                    GError    **error);
void px_library_list_stories_async (PxLibrary           *self,
                                    gboolean             include_deleted,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
GPtrArray *px_library_list_stories_finish (PxLibrary     *self,
                                           GAsyncResult  *result,
                                           GError       **error);

/* Sources */
/* Stores @article and its page as the story's last column; returns its id, or 0. */
gint64 px_library_add_source (PxLibrary         *self,
                              gint64             story_id,
                              const PxArticle   *article,
                              const PxSnapshot  *snapshot,
                              GError           **error);
void px_library_add_source_async (PxLibrary           *self,
                                  gint64               story_id,
                                  const PxArticle     *article,
                                  const PxSnapshot    *snapshot,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
gint64 px_library_add_source_finish (PxLibrary     *self,
                                     GAsyncResult  *result,
                                     GError       **error);
PxSourceRecord *px_library_get_source (PxLibrary  *self,
                                       gint64      source_id,
                                       GError    **error);
void px_library_get_source_async (PxLibrary           *self,
                                  gint64               source_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
PxSourceRecord *px_library_get_source_finish (PxLibrary     *self,
                                              GAsyncResult  *result,
                                              GError       **error);
/* PxSourceRecord in column order, with their current versions. */
GPtrArray *px_library_list_sources (PxLibrary  *self,
                                    gint64      story_id,
                                    GError    **error);
/* A source that could not be loaded, kept with @message (why it failed)
 * until it is removed: with @source_id 0 a new last column of @story_id,
 * else the new reason of failed source @source_id. Returns its id, or 0.
 * Its first version is added by px_library_add_source_version() once it
 * loads. Moving, removing and restoring work on it as on any source.
 */
gint64 px_library_keep_failed_source (PxLibrary   *self,
                                      gint64       story_id,
                                      gint64       source_id,
                                      const char  *input,
                                      const char  *outlet,
                                      const char  *message,
                                      GError     **error);
void px_library_keep_failed_source_async (PxLibrary           *self,
                                          gint64               story_id,
                                          gint64               source_id,
                                          const char          *input,
                                          const char          *outlet,
                                          const char          *message,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gint64 px_library_keep_failed_source_finish (PxLibrary     *self,
                                             GAsyncResult  *result,
                                             GError       **error);
/* As px_library_keep_failed_source(), keeping also what failed
 * (@error_kind, px_source_failure_kind(): "no-content", "empty", …; NULL
 * for any other failure), its words (@error_words, px_source_failure_words():
 * to say it in the reader's language of the day; nullable) and what a page with no article text said about
 * itself (@page: its title, byline, published, updated and url; nullable),
 * so that the source read back (PxSourceRecord's error_kind and page) is
 * shown as it was when it failed. Kept again for a failed source, they
 * replace the ones it had. A library that cannot keep them (a team
 * library) keeps the rest.
 */
gint64 px_library_keep_failed_source_full (PxLibrary        *self,
                                           gint64            story_id,
                                           gint64            source_id,
                                           const char       *input,
                                           const char       *outlet,
                                           const char       *message,
                                           const char       *error_kind,
                                           const char       *error_words,
                                           const PxArticle  *page,
                                           GError          **error);
/* Finishes with px_library_keep_failed_source_finish(). */
void px_library_keep_failed_source_full_async (PxLibrary           *self,
                                               gint64               story_id,
                                               gint64               source_id,
                                               const char          *input,
                                               const char          *outlet,
                                               const char          *message,
                                               const char          *error_kind,
                                               const char          *error_words,
                                               const PxArticle     *page,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* The failed sources of the story (PxSourceRecord with error set and no
 * version) in column order: list_sources() leaves them out.
 */
GPtrArray *px_library_list_failed_sources (PxLibrary  *self,
                                           gint64      story_id,
                                           GError    **error);
gboolean px_library_move_source (PxLibrary  *self,
                                 gint64      source_id,
                                 guint       position,
                                 GError    **error);
void px_library_move_source_async (PxLibrary           *self,
                                   gint64               source_id,
                                   guint                position,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean px_library_move_source_finish (PxLibrary     *self,
                                        GAsyncResult  *result,
                                        GError       **error);
/* Gives the source the outlet name the reader chose ("Reuters" for a page
 * saved as reuters-article.html): kept for it from then on, fetching again
 * included. Cleaned by px_outlet_name_clean(); refused when nothing is left.
 */
gboolean px_library_rename_source (PxLibrary   *self,
                                   gint64       source_id,
                                   const char  *outlet,
                                   GError     **error);
void px_library_rename_source_async (PxLibrary           *self,
                                     gint64               source_id,
                                     const char          *outlet,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean px_library_rename_source_finish (PxLibrary     *self,
                                          GAsyncResult  *result,
                                          GError       **error);
gboolean px_library_delete_source (PxLibrary  *self,
                                   gint64      source_id,
                                   GError    **error);
void px_library_delete_source_async (PxLibrary           *self,
                                     gint64               source_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean px_library_delete_source_finish (PxLibrary     *self,
                                          GAsyncResult  *result,
                                          GError       **error);
gboolean px_library_restore_source (PxLibrary  *self,
                                    gint64      source_id,
                                    GError    **error);
void px_library_restore_source_async (PxLibrary           *self,
                                      gint64               source_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean px_library_restore_source_finish (PxLibrary     *self,
                                           GAsyncResult  *result,
                                           GError       **error);
/* A source fetched again; its annotations re-anchored in the new text. */
PxReanchorReport *px_library_add_source_version (PxLibrary         *self,
                                                 gint64             source_id,
                                                 const PxArticle   *article,
                                                 const PxSnapshot  *snapshot,
                                                 GError           **error);
void px_library_add_source_version_async (PxLibrary           *self,
                                          gint64               source_id,
                                          const PxArticle     *article,
                                          const PxSnapshot    *snapshot,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
PxReanchorReport *px_library_add_source_version_finish (PxLibrary     *self,
                                                        GAsyncResult  *result,
                                                        GError       **error);
/* PxSourceVersion, oldest first. */
GPtrArray *px_library_list_source_versions (PxLibrary  *self,
                                            gint64      source_id,
                                            GError    **error);
void px_library_list_source_versions_async (PxLibrary           *self,
                                            gint64               source_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GPtrArray *px_library_list_source_versions_finish (PxLibrary     *self,
                                                   GAsyncResult  *result,
                                                   GError       **error);
GBytes *px_library_get_version_body (PxLibrary  *self,
                                     gint64      version_id,
                                     GError    **error);
void px_library_get_version_body_async (PxLibrary           *self,
                                        gint64               version_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
GBytes *px_library_get_version_body_finish (PxLibrary     *self,
                                            GAsyncResult  *result,
                                            GError       **error);
char *px_library_get_version_text (PxLibrary  *self,
                                   gint64      version_id,
                                   GError    **error);
void px_library_get_version_text_async (PxLibrary           *self,
                                        gint64               version_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
char *px_library_get_version_text_finish (PxLibrary     *self,
                                          GAsyncResult  *result,
                                          GError       **error);

/* Annotations */
/* Returns the new annotation's id once it is committed, or 0. */
gint64 px_library_create_annotation (PxLibrary           *self,
                                     gint64               story_id,
                                     const PxTargetSpec  *targets,
                                     guint                n_targets,
                                     PxVerdict            verdict,
                                     const char          *note,
                                     GError             **error);
void px_library_create_annotation_async (PxLibrary           *self,
                                         gint64               story_id,
                                         const PxTargetSpec  *targets,
                                         guint                n_targets,
                                         PxVerdict            verdict,
                                         const char          *note,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gint64 px_library_create_annotation_finish (PxLibrary     *self,
                                            GAsyncResult  *result,
                                            GError       **error);
PxAnnotation *px_library_get_annotation (PxLibrary  *self,
                                         gint64      annotation_id,
                                         GError    **error);
void px_library_get_annotation_async (PxLibrary           *self,
                                      gint64               annotation_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
PxAnnotation *px_library_get_annotation_finish (PxLibrary     *self,
                                                GAsyncResult  *result,
                                                GError       **error);
/* PxAnnotation of a story, oldest first. */
GPtrArray *px_library_list_annotations (PxLibrary  *self,
                                        gint64      story_id,
                                        gboolean    include_deleted,
                                        GError    **error);
void px_library_list_annotations_async (PxLibrary           *self,
                                        gint64               story_id,
                                        gboolean             include_deleted,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
GPtrArray *px_library_list_annotations_finish (PxLibrary     *self,
                                               GAsyncResult  *result,
                                               GError       **error);
gboolean px_library_set_annotation_verdict (PxLibrary  *self,
                                            gint64      annotation_id,
                                            PxVerdict   verdict,
                                            GError    **error);
void px_library_set_annotation_verdict_async (PxLibrary           *self,
                                              gint64               annotation_id,
                                              PxVerdict            verdict,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean px_library_set_annotation_verdict_finish (PxLibrary     *self,
                                                   GAsyncResult  *result,
                                                   GError       **error);
gboolean px_library_set_annotation_note (PxLibrary   *self,
                                         gint64       annotation_id,
                                         const char  *note,
                                         GError     **error);
void px_library_set_annotation_note_async (PxLibrary           *self,
                                           gint64               annotation_id,
                                           const char          *note,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean px_library_set_annotation_note_finish (PxLibrary     *self,
                                                GAsyncResult  *result,
                                                GError       **error);
gboolean px_library_set_annotation_state (PxLibrary          *self,
                                          gint64              annotation_id,
                                          PxAnnotationState   state,
                                          GError            **error);
void px_library_set_annotation_state_async (PxLibrary           *self,
                                            gint64               annotation_id,
                                            PxAnnotationState    state,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean px_library_set_annotation_state_finish (PxLibrary     *self,
                                                 GAsyncResult  *result,
                                                 GError       **error);
gboolean px_library_move_annotation_target (PxLibrary  *self,
                                            gint64      target_id,
                                            guint       start,
                                            guint       end,
                                            GError    **error);
void px_library_move_annotation_target_async (PxLibrary           *self,
                                              gint64               target_id,
                                              guint                start,
                                              guint                end,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean px_library_move_annotation_target_finish (PxLibrary     *self,
                                                   GAsyncResult  *result,
                                                   GError       **error);
gboolean px_library_delete_annotation (PxLibrary  *self,
                                       gint64      annotation_id,
                                       GError    **error);
void px_library_delete_annotation_async (PxLibrary           *self,
                                         gint64               annotation_id,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean px_library_delete_annotation_finish (PxLibrary     *self,
                                              GAsyncResult  *result,
                                              GError       **error);
gboolean px_library_restore_annotation (PxLibrary  *self,
                                        gint64      annotation_id,
                                        GError    **error);
void px_library_restore_annotation_async (PxLibrary           *self,
                                          gint64               annotation_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean px_library_restore_annotation_finish (PxLibrary     *self,
                                               GAsyncResult  *result,
                                               GError       **error);

/* Search */
/* PxSearchHit, best first. */
GPtrArray *px_library_search (PxLibrary   *self,
                              const char  *query,
                              guint        limit,
                              GError     **error);
void px_library_search_async (PxLibrary           *self,
                              const char          *query,
                              guint                limit,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data);
GPtrArray *px_library_search_finish (PxLibrary     *self,
                                     GAsyncResult  *result,
                                     GError       **error);

/* An implementation's own operations, on the same database thread, in
 * order with the others: @run is called there with a GTask whose source
 * object is @self, whose task data is @call (freed with @call_free) and
 * whose source tag is @source_tag; it returns with g_task_return_*(). The
 * caller's _finish() propagates the task. Not run when @cancellable is
 * cancelled before it starts.
 */
typedef void (*PxLibraryJobFunc) (PxLibrary *self,
                                  GTask     *task);

void px_library_queue_job (PxLibrary           *self,
                           gpointer             source_tag,
                           PxLibraryJobFunc     run,
                           gpointer             call,
                           GDestroyNotify       call_free,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data);

G_END_DECLS
