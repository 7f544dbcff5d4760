/* px-bench-extract.c: extracts every page named on the command line in
 * one process and prints one JSON object per page (the article's fields
 * and the time the extraction took), then a summary line.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include <json-glib/json-glib.h>

#include "px-charset.h"
#include "px-extract.h"

/* CPU time of this thread: what the work costs, whatever else the machine
 * is doing at the time.
 */
static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
print_article (const char *path,
               PxArticle  *article,
               GError     *error,
               double      seconds,
               double      cpu)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *line = NULL;

  json_builder_begin_object (builder);
  if (article != NULL)
    {
      px_article_build_json (article, builder);
      json_builder_set_member_name (builder, "language");
      if (article->language != NULL)
        json_builder_add_string_value (builder, article->language);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "paragraphs");
      json_builder_add_int_value (builder, article->paragraphs->len);
    }
  else
    {
      json_builder_set_member_name (builder, "input");
      json_builder_add_string_value (builder, path);
      json_builder_set_member_name (builder, "error");
      json_builder_add_string_value (builder, error->message);
    }
  json_builder_set_member_name (builder, "seconds");
  json_builder_add_double_value (builder, seconds);
  json_builder_set_member_name (builder, "cpu_seconds");
  json_builder_add_double_value (builder, cpu);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  line = json_generator_to_data (generator, NULL);
  printf ("%s\n", line);
}

int
main (int   argc,
      char *argv[])
{
  double total = 0.0;
  int repeat = 1;
  int first = 1;

  if (argc > 2 && g_str_equal (argv[1], "--repeat"))
    {
      repeat = MAX (1, atoi (argv[2]));
      first = 3;
    }

  for (int i = first; i < argc; i++)
    {
      g_autofree char *data = NULL;
      g_autofree char *utf8 = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = NULL;
      gsize len = 0;
      gsize utf8_len = 0;
      gint64 start;
      double cpu_start;
      double seconds;
      double cpu;

      if (!g_file_get_contents (argv[i], &data, &len, &error))
        {
          print_article (argv[i], NULL, error, 0.0, 0.0);
          continue;
        }

      /* The time covers what a saved page costs: decoding and extracting. */
      start = g_get_monotonic_time ();
      cpu_start = cpu_seconds ();
      for (int r = 0; r < repeat; r++)
        {
          g_clear_pointer (&article, px_article_unref);
          g_clear_pointer (&utf8, g_free);
          g_clear_error (&error);
          utf8 = px_charset_to_utf8 (data, len, NULL, TRUE, &utf8_len, NULL);
          article = px_extract_html (argv[i], utf8, utf8_len, NULL, &error);
        }
      seconds = (g_get_monotonic_time () - start) / 1e6 / repeat;
      cpu = (cpu_seconds () - cpu_start) / repeat;
      total += seconds;
      print_article (argv[i], article, error, seconds, cpu);
    }

  fprintf (stderr, "%d pages in %.3f s\n", argc - first, total);
  return 0;
}
