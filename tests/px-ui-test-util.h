/* px-ui-test-util.h: what the window's test programs share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*PxUiTestCondition) (gpointer data);

/* Iterates the main context until @condition holds; fails the test after
 * @seconds so a hang is reported, not waited out.
 */
void px_ui_test_wait_for (PxUiTestCondition  condition,
                          gpointer           data,
                          const char        *what,
                          guint              seconds);

/* TRUE when the PxStoryView @data has columns, none still loading, and no
 * comparison running.
 */
gboolean px_ui_test_columns_settled (gpointer data);
/* TRUE when the PxWindow @data's story operations are done (the library's
 * thread answered), its columns settled.
 */
gboolean px_ui_test_window_settled (gpointer data);

/* From now on, counts the local library's reads that block the main
 * thread (the window should make none: its reads go through the
 * library's _async calls): a source, a story's sources or annotations, an
 * annotation, a source's versions.
 */
void px_ui_test_watch_main_thread_reads (void);
guint px_ui_test_get_main_thread_reads (void);

/* The application's stylesheet on the default display, as PxApplication
 * (an AdwApplication) loads it from its resources: a window built
 * in-process without the application looks as the app does.
 */
void px_ui_test_load_app_style (void);

/* Whether @menu, or a section of it, has an item whose string @attribute
 * (G_MENU_ATTRIBUTE_LABEL, G_MENU_ATTRIBUTE_ACTION) is @value.
 */
gboolean px_ui_test_menu_has (GMenuModel *menu,
                              const char *attribute,
                              const char *value);

/* Iterates the main context for @seconds, idle or not: for screenshot
 * programs, which wait for what is drawn, not for a condition.
 */
void px_ui_test_spin (double seconds);

/* The text of every range of @buffer that carries the tag @tag_name,
 * joined by "|" ("" where none does).
 */
char *px_ui_test_tagged_text (GtkTextBuffer *buffer,
                              const char    *tag_name);

/* A page of the Harbour Gazette as its site would serve it: @headline as
 * the title and the heading of an <article> holding @body (HTML).
 */
char *px_ui_test_gazette_page (const char *headline,
                               const char *body);

G_END_DECLS
