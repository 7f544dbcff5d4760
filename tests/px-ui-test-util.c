/* px-ui-test-util.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-ui-test-util.h"

#include "px-source-column.h"
#include "px-story-view.h"
#include "px-window-private.h"

void
px_ui_test_wait_for (PxUiTestCondition  condition,
                     gpointer           data,
                     const char        *what,
                     guint              seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

gboolean
px_ui_test_columns_settled (gpointer data)
{
  PxStoryView *view = data;

  for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
    if (px_source_column_get_state (px_story_view_get_column (view, i)) == PX_SOURCE_COLUMN_LOADING)
      return FALSE;

  return px_story_view_get_n_columns (view) > 0 && !px_story_view_get_comparing (view);
}

gboolean
px_ui_test_window_settled (gpointer data)
{
  PxWindow *window = data;

  return !px_session_get_busy (_px_window_get_session (window))
         && (px_story_view_get_n_columns (px_window_get_story_view (window)) == 0
             || px_ui_test_columns_settled (px_window_get_story_view (window)));
}
