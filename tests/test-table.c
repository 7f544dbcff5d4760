/* test-table.c: the aligned claims table and a source's history, in the
 * window built in-process
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GSETTINGS_BACKEND=memory. Pages are served by a
 * SoupServer on 127.0.0.1; nothing leaves the machine.
 */
#include "config.h"

#include "px-claims-panel.h"
#include "px-claims-table-private.h"
#include "px-source-column.h"
#include "px-story-view.h"
#include "px-table-cell.h"
#include "px-window.h"

#include <adwaita.h>

#define WAIT_SECONDS 30

typedef gboolean (*Condition) (gpointer data);

static void
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Lets the window lay out and draw a few frames. */
static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 4;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
columns_settled (gpointer data)
{
  PxStoryView *view = data;

  for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
    if (px_source_column_get_state (px_story_view_get_column (view, i)) == PX_SOURCE_COLUMN_LOADING)
      return FALSE;

  return px_story_view_get_n_columns (view) > 0 && !px_story_view_get_comparing (view);
}

/* Every PxTableCell under @widget that is bound to a claim. */
static void
collect_cells (GtkWidget *widget,
               GPtrArray *cells)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (PX_IS_TABLE_CELL (child))
        {
          if (px_table_cell_get_claim (PX_TABLE_CELL (child)) != NULL && gtk_widget_get_mapped (child))
            g_ptr_array_add (cells, child);
        }
      else
        collect_cells (child, cells);
    }
}

static gboolean
table_has_cells (gpointer data)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (data, cells);
  return cells->len > 0;
}

typedef struct
{
  PxWindow *window;
  PxStoryView *view;
  PxClaimsTable *table;
  PxClaimsPanel *panel;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->window = g_object_ref_sink (g_object_new (PX_TYPE_WINDOW, NULL));
  fixture->view = px_window_get_story_view (fixture->window);
  fixture->table = px_story_view_get_table (fixture->view);
  fixture->panel = px_window_get_claims_panel (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "view");
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
}

static GListModel *
table_model (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_column_view_get_model (_px_claims_table_get_column_view (fixture->table)));
}

/* TRUE when every byte of @words, found in @text, has a background in
 * @attrs (neighbouring highlights may split it into several attributes).
 */
static gboolean
highlighted (const char    *text,
             PangoAttrList *attrs,
             const char    *words)
{
  g_autoptr(GSList) list = NULL;
  const char *at = strstr (text, words);
  gsize from, to;
  g_autofree gboolean *covered = NULL;
  gboolean all = TRUE;

  if (attrs == NULL || at == NULL)
    return FALSE;

  from = at - text;
  to = from + strlen (words);
  covered = g_new0 (gboolean, strlen (text) + 1);
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == PANGO_ATTR_BACKGROUND)
        for (gsize i = attribute->start_index; i < attribute->end_index && i < strlen (text); i++)
          covered[i] = TRUE;
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);

  for (gsize i = from; i < to; i++)
    all &= covered[i] || g_ascii_isspace (text[i]);

  return all;
}

static void
open_demo_table (Fixture *fixture)
{
  px_window_open_demo (fixture->window);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 4);
  wait_for (columns_settled, fixture->view, "the demo story");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "table"));
  g_assert_cmpstr (px_story_view_get_view (fixture->view), ==, "table");
  wait_for (table_has_cells, fixture->table, "the table's first rows");
}

/* One row per claim in story order, a column per outlet, "not reported"
 * where an outlet leaves a claim out, the differing words highlighted, and
 * the claims panel's filter applies to the table too.
 */
static void
test_table_demo (Fixture       *fixture,
                 gconstpointer  user_data)
{
  const char *outlets[] = { "Claim", "RT", "Reuters", "BBC", "The Hill" };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *stored_view = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GListModel *all, *rows, *columns;
  guint n_with_differences = 0, n_missing = 0, n_highlighted = 0, n_bold = 0;

  open_demo_table (fixture);
  stored_view = g_settings_get_string (settings, "view");
  g_assert_cmpstr (stored_view, ==, "table");

  all = px_story_view_get_claims (fixture->view);
  rows = table_model (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (all), >, 5);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (all));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PxClaimItem) row = g_list_model_get_item (rows, i);
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (all, i);

      /* Story order: the claims as they first appear. */
      g_assert_true (row == claim);
      if (i > 0)
        {
          g_autoptr(PxClaimItem) previous = g_list_model_get_item (rows, i - 1);

          g_assert_cmpuint (px_claim_item_get_index (previous), <, px_claim_item_get_index (row));
        }
      n_with_differences += px_claim_item_get_n_differences (row) > 0;
    }

  columns = gtk_column_view_get_columns (_px_claims_table_get_column_view (fixture->table));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (outlets));
  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, outlets[i]);
    }

  collect_cells (GTK_WIDGET (fixture->table), cells);
  g_assert_cmpuint (cells->len, >=, 4);
  for (guint i = 0; i < cells->len; i++)
    {
      PxTableCell *cell = g_ptr_array_index (cells, i);
      PxClaimItem *claim = px_table_cell_get_claim (cell);
      guint source = px_table_cell_get_source (cell);
      guint start, end;
      gboolean carried = px_claim_item_get_member (claim, source, &start, &end);
      const char *text = px_table_cell_get_text (cell);

      g_assert_cmpint (px_table_cell_get_reported (cell), ==, carried);
      if (!carried)
        {
          g_assert_cmpstr (text, ==, "Not reported");
          g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "px-not-reported"));
          n_missing++;
          continue;
        }

      /* The outlet's own sentences, as in its column. */
      {
        PxSourceColumn *column = px_story_view_get_compared_column (fixture->view, source);
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
        GArray *members = px_claim_item_get_members (claim);

        for (guint m = 0; m < members->len; m++)
          {
            const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);
            g_autofree char *sentence = NULL;
            GtkTextIter a, b;

            if (member->source != source)
              continue;
            gtk_text_buffer_get_iter_at_offset (buffer, &a, member->start);
            gtk_text_buffer_get_iter_at_offset (buffer, &b, member->end);
            sentence = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
            if (strstr (text, sentence) == NULL)
              g_error ("cell of source %u: “%s” lacks “%s”", source, text, sentence);
          }
      }

      /* A difference's words carry its kind's background. */
      for (guint d = 0; d < px_claim_item_get_n_differences (claim); d++)
        {
          const PxClaimItemDifference *difference = px_claim_item_get_difference (claim, d);

          for (guint r = 0; r < difference->ranges->len; r++)
            {
              const PxClaimItemRange *range = &g_array_index (difference->ranges, PxClaimItemRange, r);
              PxSourceColumn *column = px_story_view_get_compared_column (fixture->view, source);
              GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
              GtkTextIter a, b;
              g_autofree char *words = NULL;

              if (range->source != source)
                continue;
              gtk_text_buffer_get_iter_at_offset (buffer, &a, range->start);
              gtk_text_buffer_get_iter_at_offset (buffer, &b, range->end);
              words = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
              if (!highlighted (text, px_table_cell_get_attributes (cell), words))
                g_error ("cell of source %u: “%s” not highlighted in “%s”", source, words, text);
              n_highlighted++;
            }
        }
      {
        g_autoptr(GSList) list = pango_attr_list_get_attributes (px_table_cell_get_attributes (cell));

        for (GSList *l = list; l != NULL; l = l->next)
          if (((PangoAttribute *) l->data)->klass->type == PANGO_ATTR_WEIGHT)
            n_bold++;
        g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
      }
    }
  g_assert_cmpuint (n_missing, >, 0);
  g_assert_cmpuint (n_highlighted, >, 0);
  g_assert_cmpuint (n_bold, >, 0);

  /* The claims panel's filter is the table's. */
  g_assert_cmpuint (n_with_differences, <, g_list_model_get_n_items (all));
  px_claims_panel_set_filter (fixture->panel, PX_CLAIMS_FILTER_DIFFERENCES);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_with_differences);
  px_claims_panel_set_filter (fixture->panel, PX_CLAIMS_FILTER_UNIQUE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, g_list_model_get_n_items (all));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (rows, i);

      g_assert_cmpuint (px_claim_item_get_n_carriers (claim), ==, 1);
    }
  px_claims_panel_set_filter (fixture->panel, PX_CLAIMS_FILTER_ANNOTATED);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  px_claims_panel_set_filter (fixture->panel, PX_CLAIMS_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (all));

  /* Back to columns and again: the switch is the setting. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "columns"));
  g_assert_cmpstr (px_story_view_get_view (fixture->view), ==, "columns");
  g_settings_set_string (settings, "view", "table");
  g_assert_cmpstr (px_story_view_get_view (fixture->view), ==, "table");
}

typedef struct
{
  PxClaimsTable *table;
  PxClaimItem *claim;
  guint source;
  PxTableCell *cell;
} CellSearch;

static gboolean
find_cell (gpointer data)
{
  CellSearch *search = data;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (GTK_WIDGET (search->table), cells);
  for (guint i = 0; i < cells->len; i++)
    {
      PxTableCell *cell = g_ptr_array_index (cells, i);

      if (px_table_cell_get_claim (cell) == search->claim && px_table_cell_get_source (cell) == search->source)
        {
          search->cell = cell;
          return TRUE;
        }
    }

  return FALSE;
}

/* Alt+Down / Alt+Up go from row to row with a difference; Enter on a cell
 * opens its sentence in the columns, selected.
 */
static void
test_table_navigate (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *stored_view = NULL;
  g_autofree char *selected_text = NULL;
  GListModel *rows;
  PxClaimItem *first, *second;
  int expected_first = -1, expected_second = -1;
  CellSearch search = { 0, };
  PxSourceColumn *column;
  GtkTextBuffer *buffer;
  GtkTextIter sel_start, sel_end;
  guint start, end;

  open_demo_table (fixture);
  rows = table_model (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (rows) && expected_second < 0; i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (rows, i);

      if (px_claim_item_get_n_differences (claim) == 0)
        continue;
      if (expected_first < 0)
        expected_first = i;
      else
        expected_second = i;
    }
  g_assert_cmpint (expected_second, >, expected_first);

  g_assert_null (px_claims_table_get_selected_claim (fixture->table));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
  first = px_claims_table_get_selected_claim (fixture->table);
  g_assert_nonnull (first);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)), ==, expected_first);

  /* A claim with several differences is one row: the next Alt+Down moves on. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
  second = px_claims_table_get_selected_claim (fixture->table);
  g_assert_true (second != first);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (rows)), ==, expected_second);
  g_assert_cmpuint (px_claim_item_get_n_differences (second), >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.previous-difference", NULL));
  g_assert_true (px_claims_table_get_selected_claim (fixture->table) == first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-difference", NULL));
  g_assert_true (px_claims_table_get_selected_claim (fixture->table) == second);

  /* The claims panel follows. */
  {
    GListModel *visible = px_claims_panel_get_visible_claims (fixture->panel);
    g_autoptr(PxClaimItem) panel_claim = g_list_model_get_item (visible, expected_second);

    g_assert_true (panel_claim == second);
  }

  /* Enter on the second carrier's cell of that row. */
  search.table = fixture->table;
  search.claim = second;
  search.source = G_MAXUINT;
  for (guint s = px_claim_item_get_n_sources (second); s > 0; s--)
    if (px_claim_item_get_member (second, s - 1, NULL, NULL))
      {
        search.source = s - 1;
        break;
      }
  g_assert_cmpuint (search.source, !=, G_MAXUINT);
  wait_for (find_cell, &search, "the selected row's cell");
  gtk_widget_grab_focus (GTK_WIDGET (search.cell));
  /* Return is bound to this action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (search.cell), "cell.open", NULL));

  g_assert_cmpstr (px_story_view_get_view (fixture->view), ==, "columns");
  stored_view = g_settings_get_string (settings, "view");
  g_assert_cmpstr (stored_view, ==, "columns");

  column = px_story_view_get_compared_column (fixture->view, search.source);
  buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end));
  g_assert_true (px_claim_item_get_member (second, search.source, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&sel_start), ==, start);
  g_assert_cmpint (gtk_text_iter_get_offset (&sel_end), ==, end);
  selected_text = gtk_text_buffer_get_text (buffer, &sel_start, &sel_end, FALSE);
  g_assert_cmpuint (strlen (selected_text), >, 10);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window))
                 == GTK_WIDGET (px_source_column_get_text_view (column)));
}

/* 32 outlets and 300 claims: the rows are recycled, so the cells created
 * follow the visible rows, not claims x outlets, also after scrolling to
 * the end.
 */
static void
test_table_scale (void)
{
  enum { N_SOURCES = 32, N_CLAIMS = 300 };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  g_autoptr(GListStore) claims = g_list_store_new (PX_TYPE_CLAIM_ITEM);
  g_auto(GStrv) outlets = g_new0 (char *, N_SOURCES + 1);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  g_autoptr(PxClaimItem) last = NULL;
  GtkWidget *window;
  PxClaimsTable *table;
  guint created, bound;
  gint64 started;

  for (guint s = 0; s < N_SOURCES; s++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      PxArticle *article = px_article_new ("-");

      for (guint c = 0; c < N_CLAIMS; c++)
        g_string_append_printf (text, "Outlet %u says claim %u happened with %u people. ", s, c, c * 7 + s);
      article->text = g_string_free (g_steal_pointer (&text), FALSE);
      g_ptr_array_add (articles, article);
      outlets[s] = g_strdup_printf ("Outlet %u", s);
    }

  for (guint c = 0; c < N_CLAIMS; c++)
    {
      g_autoptr(PxClaimItem) claim = NULL;
      PxClaimItemDifference *difference;

      claim = px_claim_item_new (c, N_SOURCES, "claim");
      px_claim_item_set_outlets (claim, (const char * const *) outlets);
      for (guint s = 0; s < N_SOURCES; s++)
        {
          const char *text = ((PxArticle *) g_ptr_array_index (articles, s))->text;
          g_autofree char *needle = g_strdup_printf ("Outlet %u says claim %u happened", s, c);
          const char *at = strstr (text, needle);
          guint start = (guint) g_utf8_pointer_to_offset (text, at);
          const char *stop = strstr (at, ". ");
          guint end = (guint) g_utf8_pointer_to_offset (text, stop + 1);

          if ((c + s) % 7 != 0)
            px_claim_item_add_member (claim, s, start, end);
        }
      if (c % 3 == 0)
        {
          difference = px_claim_item_add_difference (claim, PX_HIGHLIGHT_NUMBER, "numbers");
          px_claim_item_difference_add_range (difference, 1, 0, 6);
        }
      g_list_store_append (claims, claim);
      if (c == N_CLAIMS - 1)
        last = g_object_ref (claim);
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  table = px_claims_table_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (table));
  gtk_window_present (GTK_WINDOW (window));

  started = g_get_monotonic_time ();
  px_claims_table_set_model (table, G_LIST_MODEL (claims));
  px_claims_table_set_sources (table, (PxArticle **) articles->pdata, (const char * const *) outlets, N_SOURCES);
  wait_for (table_has_cells, table, "the large table's first rows");
  g_test_message ("first rows of 32 x 300 after %.0f ms", (g_get_monotonic_time () - started) / 1000.0);
  settle ();

  created = _px_claims_table_get_n_cells_created (table);
  collect_cells (GTK_WIDGET (table), cells);
  bound = cells->len;
  g_test_message ("%u cells created, %u bound and shown", created, bound);
  g_assert_cmpuint (bound, >, 0);
  g_assert_cmpuint (bound % N_SOURCES, ==, 0);
  /* 800 pixels hold a few dozen rows at most, far from 300. */
  g_assert_cmpuint (created, <=, 64 * N_SOURCES);
  g_assert_cmpuint (created, <, N_CLAIMS * N_SOURCES / 4);

  /* To the last row and back: the same widgets, bound again. */
  g_assert_true (px_claims_table_select_claim (table, last));
  settle ();
  g_assert_true (px_claims_table_get_selected_claim (table) == last);
  g_assert_cmpuint (_px_claims_table_get_n_cells_created (table), <=, 2 * 64 * N_SOURCES);
  {
    CellSearch search = { table, last, 1, NULL };

    wait_for (find_cell, &search, "the last row to be shown");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/table/demo", Fixture, NULL, fixture_set_up, test_table_demo, fixture_tear_down);
  g_test_add ("/table/navigate", Fixture, NULL, fixture_set_up, test_table_navigate, fixture_tear_down);
  g_test_add_func ("/table/scale", test_table_scale);

  return g_test_run ();
}
