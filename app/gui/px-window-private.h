/* px-window-private.h: the window's parts, for its actions and the UI tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-annotations-panel.h"
#include "px-annotator.h"
#include "px-library-switcher.h"
#include "px-library-view.h"
#include "px-session.h"
#include "px-team-banner.h"
#include "px-window.h"

G_BEGIN_DECLS

struct _PxWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkWidget *title_box;
  GtkLabel *title_label;    /* the story's title */
  GtkLabel *subtitle_label; /* how many sources; left out in a narrow window */
  GtkMenuButton *add_button;
  GtkMenuButton *main_menu_button;
  GtkPopover *add_popover;
  GtkWidget *view_switch;
  GtkWidget *claims_button;
  GtkEntry *url_entry;
  AdwFlap *sidebar_flap;
  AdwFlap *claims_flap;
  GtkStack *main_stack;
  AdwStatusPage *empty_page;
  PxLibraryView *library_view;
  PxStoryView *story_view;
  PxClaimsPanel *claims_panel;
  PxAnnotationsPanel *annotations_panel;
  PxAnnotator *annotator;

  GSettings *settings;
  /* The story shown and the operations on it. */
  PxSession *session;
  /* The same library as the session's, for the widgets that read it:
   * My library or a team library.
   */
  PxLibrary *library;
  PxLibrarySwitcher *library_switcher;
  PxTeamBanner *team_banner;
  GCancellable *library_cancellable; /* the library being switched to */
  guint sidebar_reload_id;           /* colleagues' changes to stories, gathered */
  GMenu *primary_menu;
  GMenu *copy_section;
  gint64 annotated_story_id; /* the story the annotator was given */
  /* A search hit whose story is being opened: its words, once shown. */
  gint64 reveal_story_id;
  gint64 reveal_source_id;
  char *reveal_match;
  gboolean drawn_reported;
  /* A removed source's Undo: the sources there before it (their ids), so
   * the column that comes back takes the focus. */
  GArray *restore_ids;
  guint invariants_id;
  /* px-window-layout.c: the library folded away for the columns' sake. */
  gboolean sidebar_folded_for_columns;
  int sidebar_width;
  gboolean claims_folded_for_columns;
  int claims_width;
  guint layout_idle_id;
  /* The header bar's buttons that narrow windows leave to the main menu. */
  int header_width;          /* the width they were last laid out for */
  AdwHeaderBar *header_bar;
  GMenu *window_section;     /* the window buttons a narrow header bar leaves out */
  guint header_idle_id;
  /* A panel brought over the columns: the frame that gives it the
   * keyboard, and where the keyboard was (px-window.c). */
  guint sidebar_focus_tick;
  guint claims_focus_tick;
  GtkWidget *sidebar_return_focus;
  GtkWidget *claims_return_focus;
};

/* px-window-actions.c */
void _px_window_class_actions_init (PxWindowClass *klass);
void _px_window_actions_update (PxWindow *self);
void _px_window_rename_source (PxWindow *self,
                               PxSource *source);

/* px-window.c */
void _px_window_toast (PxWindow   *self,
                       const char *message);

/* px-window-layout.c */
void _px_window_layout_init (PxWindow *self);
void _px_window_layout_dispose (PxWindow *self);
void _px_window_layout_allocated (PxWindow *self,
                                  int       width);
void _px_window_layout_update_header (PxWindow *self);

/* px-window-team.c */
void _px_window_team_class_init (PxWindowClass *klass);
void _px_window_team_init (PxWindow *self);
void _px_window_team_dispose (PxWindow *self);
/* The window shows another library (after @old). */
void _px_window_team_library_set (PxWindow  *self,
                                  PxLibrary *old);
/* As a click on @entry in the sidebar: opens it and shows it. */
void _px_window_switch_library (PxWindow       *self,
                                PxLibraryEntry *entry);
PxSession *_px_window_get_session (PxWindow *self);

/* For the UI tests. */
GtkEditable *_px_window_get_url_entry (PxWindow *self);
PxAnnotator *_px_window_get_annotator (PxWindow *self);
PxAnnotationsPanel *_px_window_get_annotations_panel (PxWindow *self);

G_END_DECLS
