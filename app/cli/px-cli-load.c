/* px-cli-load.c: the inputs of extract and compare, read by the window's loader
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cli-private.h"

#include "px-input.h"
#include "px-source.h"

/* Inputs read at once: addresses are fetched side by side, as the window
 * fetches its columns, without a thread per input for a long list.
 */
#define MAX_LOADING 8

typedef struct _Loads Loads;

typedef struct
{
  Loads *loads;
  PxSource *source;
  gboolean done;
  PxArticle *article;
  PxArticle *page; /* what a page with no article text said about itself */
  GError *error;
} Load;

struct _Loads
{
  Load *loads;
  guint n_loading;
  gboolean stdin_loading;
};

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Load *load = user_data;
  PxSource *source = PX_SOURCE (object);
  Loads *loads = load->loads;

  if (px_source_load_finish (source, result, NULL, NULL, &load->error))
    load->article = px_article_ref (px_source_get_article (source));
  else if (px_source_get_failed_page (source) != NULL)
    load->page = px_article_ref ((PxArticle *) px_source_get_failed_page (source));
  load->done = TRUE;
  loads->n_loading--;
  if (g_strcmp0 (px_source_get_input (source), "-") == 0)
    loads->stdin_loading = FALSE;
}

void
_px_cli_load_inputs (PxFetcher           *fetcher,
                     const char * const  *inputs,
                     guint                n_inputs,
                     PxCliLoadedFunc      loaded,
                     gpointer             user_data)
{
  Loads loads = { g_new0 (Load, n_inputs), 0, FALSE };
  guint next = 0;

  for (guint shown = 0; shown < n_inputs;)
    {
      /* Standard input is read by one load at a time. */
      while (next < n_inputs && loads.n_loading < MAX_LOADING
             && !(loads.stdin_loading && g_str_equal (inputs[next], "-")))
        {
          Load *load = &loads.loads[next];

          load->source = px_source_new_for_input (inputs[next]);
          /* What the page names, or null: the output scripts rely on. */
          px_source_set_name_outlet (load->source, FALSE);
          load->loads = &loads;
          loads.n_loading++;
          loads.stdin_loading |= g_str_equal (inputs[next], "-");
          px_source_load_async (load->source, NULL, 0, fetcher, NULL, loaded_cb, load);
          next++;
        }

      /* In the order given, each as soon as it and those before it are read. */
      while (shown < n_inputs && loads.loads[shown].done)
        {
          Load *load = &loads.loads[shown];

          loaded (inputs[shown], load->article, load->page, load->error, user_data);
          g_clear_pointer (&load->article, px_article_unref);
          g_clear_pointer (&load->page, px_article_unref);
          g_clear_error (&load->error);
          g_clear_object (&load->source);
          shown++;
        }
      if (shown < n_inputs)
        g_main_context_iteration (NULL, TRUE);
    }

  g_free (loads.loads);
}
