/* shoot-team.c: two people's windows on one team library, side by side
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   tests/bench/team/shoot-team.sh [BUILDDIR] [OUTDIR]
 *
 * Ana and Ben each have a window (a process and an X display of their
 * own, as on two desks) on the same story of a throwaway team library.
 * Ben saves an annotation: Ana's window shows it; both displays are taken
 * with ImageMagick's import (team-live-ana.png, team-live-ben.png). Then the
 * server stops and Ana saves a note: her banner says it is queued
 * (team-offline-ana.png). Not part of the test suite.
 */
#include "config.h"

#include "px-annotator.h"
#include "px-pg-store.h"
#include "px-window.h"
#include "px-window-private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <gio/gunixinputstream.h>

static const char gazette_text[] =
  "Councillors voted by nine votes to four on Tuesday to close the old bridge to traffic. "
  "The mayor said repairs would cost 4.75 million euros, more than the town could borrow.\n\n"
  "Residents who cross it daily said they had not been asked.";
static const char courier_text[] =
  "The council voted nine to four on Tuesday to shut the old bridge. "
  "Repairs would cost five million euros, the mayor said, according to a council statement.\n\n"
  "Shops near the bridge fear losing trade.";

static void
fail (const char *what,
      GError     *error)
{
  fprintf (stderr, "shoot-team: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static PxPgStore *
open_team (const char *dir,
           const char *author,
           const char *where)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *queue_dir = g_build_filename (dir, "queues", where, author, NULL);
  PxPgStore *store = px_pg_store_open (g_getenv ("PX_TEST_PG_URI"), g_getenv ("PX_TEST_PG_PASSWORD"), author,
                                       queue_dir, &error);

  if (store == NULL)
    fail ("opening the team library", error);
  return store;
}

static void
spin (double seconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
shoot (const char *path)
{
  g_autofree char *command = g_strdup_printf ("import -window root %s", path);

  spin (0.5);
  if (system (command) != 0)
    fail ("taking the screen", NULL);
}

/* One person's window; commands on standard input: "shoot PATH",
 * "note ID TEXT" (edits annotation ID's note in the popover and saves).
 */
static int
run_window (const char *dir,
            const char *name,
            gint64      story_id)
{
  g_autoptr(PxPgStore) store = open_team (dir, name, "window");
  g_autoptr(GDataInputStream) input = g_data_input_stream_new (g_unix_input_stream_new (0, FALSE));
  PxWindow *window;
  char *line;

  px_pg_store_listen (store);
  window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  px_window_set_library (window, PX_LIBRARY (store), FALSE);
  px_window_open_story (window, story_id);
  spin (6);
  printf ("ready\n");
  fflush (stdout);

  while ((line = g_data_input_stream_read_line (input, NULL, NULL, NULL)) != NULL)
    {
      if (g_str_has_prefix (line, "shoot "))
        shoot (line + strlen ("shoot "));
      else if (g_str_has_prefix (line, "note "))
        {
          char *end = NULL;
          gint64 id = g_ascii_strtoll (line + strlen ("note "), &end, 10);
          PxAnnotator *annotator = _px_window_get_annotator (window);

          if (px_annotator_edit (annotator, id) && px_annotator_get_popover (annotator) != NULL)
            {
              px_annotation_popover_set_note (px_annotator_get_popover (annotator), end + 1);
              px_annotation_popover_save (px_annotator_get_popover (annotator));
            }
          spin (4);
        }
      else
        spin (g_ascii_strtod (line, NULL));
      printf ("done\n");
      fflush (stdout);
      g_free (line);
    }
  return 0;
}

typedef struct
{
  GSubprocess *process;
  GDataInputStream *out;
  GOutputStream *in;
} Window;

static void
start_window (Window     *window,
              const char *self_path,
              const char *dir,
              const char *name,
              const char *story)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  window->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDIN_PIPE, &error,
                                      "xvfb-run", "-a", "-s", "-screen 0 1100x700x24", self_path, "--window", dir,
                                      name, story, NULL);
  if (window->process == NULL)
    fail ("starting a window", error);
  window->out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (window->process));
  window->in = g_subprocess_get_stdin_pipe (window->process);
  line = g_data_input_stream_read_line (window->out, NULL, NULL, &error);
  if (g_strcmp0 (line, "ready") != 0)
    fail ("waiting for a window", error);
}

static void
tell (Window     *window,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
tell (Window     *window,
      const char *format,
      ...)
{
  g_autofree char *command = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  command = g_strdup_vprintf (format, args);
  va_end (args);
  g_output_stream_printf (window->in, NULL, NULL, NULL, "%s\n", command);
  g_output_stream_flush (window->in, NULL, NULL);
  line = g_data_input_stream_read_line (window->out, NULL, NULL, NULL);
  if (g_strcmp0 (line, "done") != 0)
    fail (command, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PxPgStore) ana = NULL;
  g_autoptr(PxPgStore) ben = NULL;
  g_autoptr(PxArticle) gazette = px_article_new ("https://example.org/gazette/bridge");
  g_autoptr(PxArticle) courier = px_article_new ("https://example.org/courier/bridge");
  g_autoptr(GError) error = NULL;
  g_autofree char *story = NULL;
  g_autofree char *work = NULL;
  g_autofree char *stop = NULL;
  Window at_ana, at_ben;
  PxTargetSpec target = { 0 };
  gint64 story_id, gazette_id, courier_id, by_ana, by_ben;

  if (argc == 5 && g_str_equal (argv[1], "--window"))
    {
      gtk_init ();
      adw_init ();
      return run_window (argv[2], argv[3], g_ascii_strtoll (argv[4], NULL, 10));
    }
  if (argc != 2 || g_getenv ("PX_TEST_PG_URI") == NULL)
    {
      fprintf (stderr, "Usage: tests/bench/team/shoot-team.sh [BUILDDIR] [OUTDIR]\n");
      return 2;
    }

  work = g_dir_make_tmp ("px-shoot-team-XXXXXX", &error);
  if (work == NULL)
    fail ("a folder", error);
  ana = open_team (work, "Ana", "setup");
  ben = open_team (work, "Ben", "setup");
  gazette->outlet = g_strdup ("Harbour Gazette");
  gazette->title = g_strdup ("Old bridge to close after council vote");
  gazette->text = g_strdup (gazette_text);
  courier->outlet = g_strdup ("Valley Courier");
  courier->title = g_strdup ("Council votes to shut the old bridge");
  courier->text = g_strdup (courier_text);
  story_id = px_pg_store_create_story (ana, "Old bridge vote", &error);
  gazette_id = px_pg_store_add_source (ana, story_id, gazette, NULL, &error);
  courier_id = px_pg_store_add_source (ana, story_id, courier, NULL, &error);
  target = (PxTargetSpec) { .source_id = gazette_id, .quote = "4.75 million euros" };
  by_ana = px_pg_store_create_annotation (ana, story_id, &target, 1, PX_VERDICT_ACCURATE,
                                          "The budget papers say 4.75 million.", &error);
  if (error != NULL)
    fail ("making the story", error);
  story = g_strdup_printf ("%" G_GINT64_FORMAT, story_id);

  start_window (&at_ana, argv[0], work, "Ana", story);
  g_usleep (2 * G_USEC_PER_SEC);
  start_window (&at_ben, argv[0], work, "Ben", story);

  /* Ben's verdict on the Courier's figure, and his mark on Ana's. */
  target = (PxTargetSpec) { .source_id = courier_id, .quote = "five million euros" };
  by_ben = px_pg_store_create_annotation (ben, story_id, &target, 1, PX_VERDICT_MISLEADING,
                                          "Rounded up: the budget says 4.75 million.", &error);
  if (by_ben == 0 || !px_pg_store_set_annotation_reviewed (ben, by_ana, TRUE, &error))
    fail ("Ben's save", error);
  tell (&at_ana, "2");
  tell (&at_ana, "shoot %s/team-live-ana.png", argv[1]);
  tell (&at_ben, "shoot %s/team-live-ben.png", argv[1]);

  /* The server gone: Ana's note is queued on her computer, and her banner says so. */
  stop = g_strdup_printf ("\"%s/tests/pg-server.sh\" stop \"%s\"", g_getenv ("PARALLAX_SOURCE_ROOT"),
                          g_getenv ("PX_TEST_PG_DIR"));
  if (system (stop) != 0)
    fail ("stopping the server", NULL);
  tell (&at_ana, "3");
  tell (&at_ana, "note %" G_GINT64_FORMAT " Checked against the 2026 budget, page 12.", by_ana);
  tell (&at_ana, "shoot %s/team-offline-ana.png", argv[1]);

  /* Their input closed, the windows end, and xvfb-run with them. */
  g_output_stream_close (at_ana.in, NULL, NULL);
  g_output_stream_close (at_ben.in, NULL, NULL);
  g_subprocess_wait (at_ana.process, NULL, NULL);
  g_subprocess_wait (at_ben.process, NULL, NULL);
  printf ("%s/team-live-ana.png %s/team-live-ben.png %s/team-offline-ana.png\n", argv[1], argv[1], argv[1]);
  return 0;
}
