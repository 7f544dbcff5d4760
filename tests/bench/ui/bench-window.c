/* bench-window.c: the window's main thread while it works, and a large
 * library to start on
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-window fill DB MEGABYTES   grows the library DB with generated
 *                                    stories until it holds MEGABYTES, and
 *                                    makes its daily backup due
 *   bench-window stalls              the longest main-thread stalls while
 *                                    8 sources are fetched (from 127.0.0.1),
 *                                    another story is opened, the library
 *                                    is searched, passages are annotated;
 *                                    each measured on its own; under Xvfb
 *
 * A stall is measured by a 2 ms timeout at high priority on the main
 * context: the time between two of its runs beyond those 2 ms is time the
 * main thread spent on something else without coming back to its loop.
 */
#include "config.h"

#include "px-annotation-popover.h"
#include "px-annotator.h"
#include "px-library-view.h"
#include "px-source-column.h"
#include "px-store.h"
#include "px-story-view.h"
#include "px-test-server.h"
#include "px-ui-test-util.h"
#include "px-window-private.h"
#include "px-window.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define TICK_MS 2

static int
fill (const char *path,
      guint       megabytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autofree char *backup = NULL;
  GRand *rand = g_rand_new_with_seed (13);
  guint n = 0;
  GStatBuf st;

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  while (g_stat (path, &st) == 0 && (guint64) st.st_size < (guint64) megabytes * 1024 * 1024)
    {
      g_autofree char *title = g_strdup_printf ("Generated story %u", n);
      gint64 story = px_store_create_story (store, title, &error);

      g_assert_no_error (error);
      for (guint s = 0; s < 6; s++, n++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          g_autoptr(GString) html = g_string_new ("<html><body><article>");
          g_autofree char *input = g_strdup_printf ("https://example.org/%u/%u.html", n, s);
          g_autoptr(PxArticle) article = px_article_new (input);
          g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
          g_autoptr(PxSnapshot) snapshot = NULL;
          g_autoptr(GBytes) body = NULL;

          for (guint p = 0; p < 40; p++)
            {
              g_autoptr(GString) para = g_string_new (NULL);

              for (guint w = 0; w < 60; w++)
                g_string_append_printf (para, "%sword%u", w > 0 ? " " : "", g_rand_int_range (rand, 0, 5000));
              g_string_append (para, ".");
              g_string_append_printf (html, "<p>%s</p>", para->str);
              g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&para), FALSE));
            }
          g_string_append (html, "</article></body></html>");
          article->outlet = g_strdup ("Example");
          article->title = g_strdup_printf ("Report %u", n);
          article->url = g_strdup (input);
          px_article_set_paragraphs (article, paragraphs);
          body = g_string_free_to_bytes (g_steal_pointer (&html));
          snapshot = px_snapshot_new (body, input, "text/html", "utf-8");
          px_store_add_source (store, story, article, snapshot, &error);
          g_assert_no_error (error);
        }
    }

  g_assert_true (px_store_close (store, &error));
  /* The daily backup is due at the next start. */
  backup = g_strconcat (path, ".backup", NULL);
  g_unlink (backup);
  g_rand_free (rand);
  g_print ("%s: %u sources, %.0f MB, no backup\n", path, n, (double) st.st_size / (1024 * 1024));
  return 0;
}

typedef struct
{
  gint64 last;
  gint64 last_cpu;
  GArray *gaps; /* double, ms */
  GArray *busy; /* double, ms: the main thread's own CPU time in each gap */
  gboolean recording;
} StallMeter;

/* The main thread's CPU time: on a loaded machine a gap may be time spent
 * waiting for a processor, which this does not count.
 */
static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
tick_cb (gpointer data)
{
  StallMeter *meter = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_usec ();

  if (meter->recording && meter->last > 0)
    {
      double gap = (now - meter->last) / 1000.0 - TICK_MS;
      double busy = (cpu - meter->last_cpu) / 1000.0;

      g_array_append_val (meter->gaps, gap);
      g_array_append_val (meter->busy, busy);
    }
  meter->last = now;
  meter->last_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        StallMeter *meter)
{
  guint n = meter->gaps->len;
  double *gaps = (double *) (gpointer) meter->gaps->data;
  double *busy = (double *) (gpointer) meter->busy->data;

  g_array_sort (meter->gaps, compare_doubles);
  g_array_sort (meter->busy, compare_doubles);
  g_print ("%-34s longest stall %6.1f ms wall (p99 %5.1f), %6.1f ms of main-thread CPU (p99 %5.1f); %u ticks\n",
           what, n > 0 ? gaps[n - 1] : 0, n > 0 ? gaps[(guint) (0.99 * (n - 1))] : 0,
           n > 0 ? busy[n - 1] : 0, n > 0 ? busy[(guint) (0.99 * (n - 1))] : 0, n);
  g_array_set_size (meter->gaps, 0);
  g_array_set_size (meter->busy, 0);
  meter->last = 0;
}

static void
run_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (500);
}

static gboolean
library_loaded (gpointer data)
{
  return !px_library_view_get_loading (data);
}

static int
stalls (void)
{
  g_autoptr(PxTestServer) server = px_test_server_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("px-bench-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "parallax.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  StallMeter meter = { 0, 0, g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)),
                       FALSE };
  const char *queries[] = { "Lavrov", "drones", "residence", "the", "Kremlin aide", "negotiat", "\"state terrorism\"",
                            "Ukraine", "Trump", "zzz" };
  PxWindow *window;
  PxStoryView *view;
  PxLibraryView *library;
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  px_window_set_store (window, store, TRUE);
  view = px_window_get_story_view (window);
  library = PX_LIBRARY_VIEW (px_window_get_library_view (window));
  px_ui_test_wait_for (px_ui_test_window_settled, window, "the demo story", 60);
  run_for (300);
  g_timeout_add_full (G_PRIORITY_HIGH, TICK_MS, tick_cb, &meter, NULL);

  /* Eight sources fetched and compared. */
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *base = px_test_server_url (server, "/page");

      g_ptr_array_add (inputs, g_strdup_printf ("%s?copy=%u", base, i));
    }
  g_ptr_array_add (inputs, NULL);
  meter.recording = TRUE;
  px_window_open_inputs (window, (const char * const *) inputs->pdata);
  px_ui_test_wait_for (px_ui_test_window_settled, window, "the eight sources", 120);
  run_for (500);
  report ("fetching 8 sources:", &meter);

  /* Another story opened: its columns made, filled and compared. */
  px_window_open_demo (window);
  px_ui_test_wait_for (px_ui_test_window_settled, window, "the demo story", 60);
  run_for (500);
  report ("opening the demo story:", &meter);

  /* The library's search, a keystroke at a time. */
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (guint len = 1; len <= strlen (queries[q]); len++)
      {
        g_autofree char *typed = g_strndup (queries[q], len);

        px_library_view_search (library, typed);
        run_for (30);
      }
  px_ui_test_wait_for (library_loaded, library, "the last search", 60);
  report ("searching (a keystroke per 30 ms):", &meter);
  px_library_view_search (library, "");

  /* Passages annotated in the demo's columns, saved with Ctrl+Enter's action. */
  for (guint i = 0; i < 12; i++)
    {
      PxSourceColumn *column = px_story_view_get_column (view, i % px_story_view_get_n_columns (view));
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
      PxAnnotationPopover *popover;
      GtkTextIter s, e;

      gtk_widget_grab_focus (GTK_WIDGET (px_source_column_get_text_view (column)));
      gtk_text_buffer_get_iter_at_offset (buffer, &s, 10 + 30 * i);
      gtk_text_buffer_get_iter_at_offset (buffer, &e, 25 + 30 * i);
      gtk_text_buffer_select_range (buffer, &s, &e);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.annotate", NULL);
      popover = px_annotator_get_popover (_px_window_get_annotator (window));
      if (popover == NULL)
        continue;
      px_annotation_popover_set_note (popover, "Checked against the agency's statement.");
      px_annotation_popover_save (popover);
      run_for (100);
    }
  run_for (500);
  report ("annotating 12 passages:", &meter);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  px_store_close (store, NULL);
  g_array_unref (meter.gaps);
  g_array_unref (meter.busy);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 4 && g_str_equal (argv[1], "fill"))
    return fill (argv[2], (guint) atoi (argv[3]));
  if (argc == 2 && g_str_equal (argv[1], "stalls"))
    {
      gtk_init ();
      adw_init ();
      return stalls ();
    }

  g_printerr ("Usage: bench-window fill DB MEGABYTES | bench-window stalls\n");
  return 2;
}
