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

#include "px-claim-row.h"
#include "px-claims-panel.h"
#include "px-dates.h"
#include "px-history-view.h"
#include "px-input.h"
#include "px-test-server.h"
#include "px-claims-table-private.h"
#include "px-source-column.h"
#include "px-story-view.h"
#include "px-table-row.h"
#include "px-test-timing.h"
#include "px-verdict-style.h"
#include "px-window.h"
#include "px-ui-test-util.h"
#include "px-window-private.h"

#include <adwaita.h>

#define WAIT_SECONDS 30

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

/* Every PxTableRow under @widget that is bound to a claim. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (PX_IS_TABLE_ROW (child))
        {
          if (px_table_row_get_claim (PX_TABLE_ROW (child)) != NULL && gtk_widget_get_mapped (child))
            g_ptr_array_add (rows, child);
        }
      else
        collect_rows (child, rows);
    }
}

static gboolean
table_has_rows (gpointer data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (data, rows);
  return rows->len > 0;
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
  return _px_claims_table_get_rows (fixture->table);
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

/* TRUE when every byte of @words, found in @text, has the background of
 * difference kind @kind in @attrs.
 */
static gboolean
highlighted_as (const char      *text,
                PangoAttrList   *attrs,
                const char      *words,
                PxHighlightKind  kind)
{
  g_autoptr(PangoAttrList) look = px_highlight_kind_get_attributes (kind, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  g_autoptr(GSList) looks = pango_attr_list_get_attributes (look);
  const PangoAttribute *background = NULL;
  PangoAttrIterator *iter;
  const char *at = strstr (text, words);
  gboolean all = TRUE;

  for (GSList *l = looks; l != NULL; l = l->next)
    if (((PangoAttribute *) l->data)->klass->type == PANGO_ATTR_BACKGROUND)
      background = l->data;
  g_assert_nonnull (background);
  if (attrs == NULL || at == NULL)
    return FALSE;

  /* The attribute in force at each byte of the words. */
  iter = pango_attr_list_get_iterator (attrs);
  do
    {
      int start, end;
      PangoAttribute *here;

      pango_attr_iterator_range (iter, &start, &end);
      if (end <= at - text || start >= (at - text) + (int) strlen (words))
        continue;
      here = pango_attr_iterator_get (iter, PANGO_ATTR_BACKGROUND);
      all &= here != NULL && pango_attribute_equal (here, background);
    }
  while (pango_attr_iterator_next (iter));
  pango_attr_iterator_destroy (iter);
  g_slist_free_full (g_steal_pointer (&looks), (GDestroyNotify) pango_attribute_destroy);

  return all;
}

static void
open_demo_table (Fixture *fixture)
{
  px_window_open_demo (fixture->window);
  g_assert_cmpuint (px_story_view_get_n_columns (fixture->view), ==, 4);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the demo story", WAIT_SECONDS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "table"));
  g_assert_cmpint (px_story_view_get_view (fixture->view), ==, PX_STORY_VIEW_TABLE);
  px_ui_test_wait_for (table_has_rows, fixture->table, "the table's first rows", WAIT_SECONDS);
}

/* One row per claim in story order, a column per outlet, "not reported"
 * where an outlet leaves a claim out, the differing words highlighted, and
 * the claims panel's filter applies to the table too.
 */
/* Outlets past the table's right edge: the scroll bar that says so is
 * drawn under the rows, always, not over them once the pointer comes (a
 * third outlet's cells had stood cut at the edge of a 1280-pixel window,
 * nothing telling of more). */
static gboolean
table_laid_out (gpointer data)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (data), shown);
  return shown->len > 0 && gtk_widget_get_width (g_ptr_array_index (shown, 0)) > 0;
}

static void
assert_scroll_bar_drawn (PxClaimsTable *table)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  GtkWidget *scroller;
  GtkWidget *bar;
  graphene_rect_t rows_bounds, bar_bounds;

  px_ui_test_wait_for (table_laid_out, table, "the table laid out", WAIT_SECONDS);
  collect_rows (GTK_WIDGET (table), shown);
  scroller = gtk_widget_get_ancestor (g_ptr_array_index (shown, 0), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  bar = gtk_scrolled_window_get_hscrollbar (GTK_SCROLLED_WINDOW (scroller));
  g_assert_true (gtk_widget_compute_bounds (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)), scroller,
                                            &rows_bounds));
  g_assert_true (gtk_widget_compute_bounds (bar, scroller, &bar_bounds));
  g_test_message ("the table %dx%d: rows %.0f,%.0f %.0fx%.0f; the scroll bar %.0f,%.0f %.0fx%.0f",
                  gtk_widget_get_width (scroller), gtk_widget_get_height (scroller),
                  rows_bounds.origin.x, rows_bounds.origin.y, rows_bounds.size.width, rows_bounds.size.height,
                  bar_bounds.origin.x, bar_bounds.origin.y, bar_bounds.size.width, bar_bounds.size.height);
  g_assert_true (gtk_widget_get_mapped (bar));
  g_assert_cmpfloat (bar_bounds.size.height, >, 0);
  g_assert_cmpfloat (bar_bounds.origin.y, >=, rows_bounds.origin.y + rows_bounds.size.height);
}

static void
test_table_demo (Fixture       *fixture,
                 gconstpointer  user_data)
{
  const char *outlets[] = { "RT", "Reuters", "BBC", "The Hill" };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *stored_view = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GListModel *all, *rows;
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

  g_assert_cmpuint (px_claims_table_get_n_sources (fixture->table), ==, G_N_ELEMENTS (outlets));
  assert_scroll_bar_drawn (fixture->table);
  g_assert_cmpint (px_claims_table_get_n_sources (fixture->table) * PX_TABLE_CELL_WIDTH, >,
                   gtk_widget_get_width (GTK_WIDGET (fixture->table)));

  collect_rows (GTK_WIDGET (fixture->table), cells);
  g_assert_cmpuint (cells->len, >=, 2);
  for (guint i = 0; i < cells->len; i++)
    {
      PxTableRow *row = g_ptr_array_index (cells, i);
      PxClaimItem *claim = px_table_row_get_claim (row);
      g_autofree char *number = g_strdup_printf ("Claim %u ·", px_claim_item_get_index (claim) + 1);

      g_assert_cmpuint (px_table_row_get_n_cells (row), ==, G_N_ELEMENTS (outlets));
      g_assert_true (g_str_has_prefix (px_table_row_get_header_text (row), number));
      for (guint k = 0; k < px_claim_item_get_n_differences (claim); k++)
        g_assert_nonnull (strstr (px_table_row_get_header_text (row),
                                  px_highlight_kind_get_label (px_claim_item_get_difference (claim, k)->kind)));
      /* For a screen reader: a short label, the claim by its number and
       * first words, who reports it, its kinds of difference; every
       * outlet's sentences in the description (the label had been the
       * header and every cell's whole text). */
      {
        g_autofree char *name = px_claim_item_dup_accessible_name (claim);
        g_auto(GStrv) lines = g_strsplit (px_table_row_get_header_text (row), "\n", -1);
        g_autofree char *kinds = g_strjoinv (". ", lines + 1);
        g_autofree char *label = kinds[0] != '\0' ? g_strconcat (name, " ", kinds, NULL) : g_strdup (name);
        g_autoptr(GString) description = g_string_new (NULL);
        g_autofree char *mismatch = NULL;

        g_assert_cmpuint (g_utf8_strlen (label, -1), <, 260);
        mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
        g_assert_null (mismatch);
        for (guint source = 0; source < G_N_ELEMENTS (outlets); source++)
          g_string_append_printf (description, "%s: %s / ", outlets[source], px_table_row_get_text (row, source));
        g_string_append (description, "Left and Right choose an outlet; Enter opens its sentence in the columns");
        mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                       description->str);
        g_assert_null (mismatch);
      }

      for (guint source = 0; source < G_N_ELEMENTS (outlets); source++)
        {
          guint start, end;
          gboolean carried = px_claim_item_get_member (claim, source, &start, &end);
          const char *text = px_table_row_get_text (row, source);
          PangoAttrList *attrs = px_table_row_get_attributes (row, source);

          g_assert_cmpint (px_table_row_get_reported (row, source), ==, carried);
          if (!carried)
            {
              g_assert_cmpstr (text, ==, "Not reported");
              n_missing++;
              continue;
            }

          /* The outlet's own sentences, as in its column. */
          {
            PxSourceColumn *column = px_story_view_get_compared_column (fixture->view, source);
            GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
            GArray *members = px_claim_item_get_members (claim);

            g_assert_cmpstr (px_source_column_get_outlet (column), ==, outlets[source]);
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
                  if (!highlighted (text, attrs, words))
                    g_error ("cell of source %u: “%s” not highlighted in “%s”", source, words, text);
                  n_highlighted++;
                }
            }
          {
            g_autoptr(GSList) list = pango_attr_list_get_attributes (attrs);

            for (GSList *l = list; l != NULL; l = l->next)
              if (((PangoAttribute *) l->data)->klass->type == PANGO_ATTR_WEIGHT)
                n_bold++;
            g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
          }
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
  g_assert_cmpint (px_story_view_get_view (fixture->view), ==, PX_STORY_VIEW_COLUMNS);
  g_settings_set_string (settings, "view", "table");
  g_assert_cmpint (px_story_view_get_view (fixture->view), ==, PX_STORY_VIEW_TABLE);
}

typedef struct
{
  PxClaimsTable *table;
  PxClaimItem *claim;
  PxTableRow *row;
} RowSearch;

static gboolean
find_row (gpointer data)
{
  RowSearch *search = data;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  /* Far rows are placed by estimated heights: scroll until it is there. */
  if (px_claims_table_get_selected_claim (search->table) == search->claim)
    px_claims_table_select_claim (search->table, search->claim);

  collect_rows (GTK_WIDGET (search->table), rows);
  for (guint i = 0; i < rows->len; i++)
    if (px_table_row_get_claim (g_ptr_array_index (rows, i)) == search->claim)
      {
        search->row = g_ptr_array_index (rows, i);
        return TRUE;
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
  RowSearch search = { 0, };
  guint source = G_MAXUINT;
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

  /* Right to the last outlet that carries the claim, then Enter. */
  search.table = fixture->table;
  search.claim = second;
  for (guint s = px_claim_item_get_n_sources (second); s > 0; s--)
    if (px_claim_item_get_member (second, s - 1, NULL, NULL))
      {
        source = s - 1;
        break;
      }
  g_assert_cmpuint (source, !=, G_MAXUINT);
  px_ui_test_wait_for (find_row, &search, "the selected row", WAIT_SECONDS);
  gtk_widget_grab_focus (GTK_WIDGET (search.row));
  /* Right and Return are bound to these actions. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (search.row), "row.move", "i", -1));
  for (guint i = 0; i < source; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (search.row), "row.move", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (search.row), "row.open", NULL));

  g_assert_cmpint (px_story_view_get_view (fixture->view), ==, PX_STORY_VIEW_COLUMNS);
  stored_view = g_settings_get_string (settings, "view");
  g_assert_cmpstr (stored_view, ==, "columns");

  column = px_story_view_get_compared_column (fixture->view, source);
  buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end));
  g_assert_true (px_claim_item_get_member (second, source, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&sel_start), ==, start);
  g_assert_cmpint (gtk_text_iter_get_offset (&sel_end), ==, end);
  selected_text = gtk_text_buffer_get_text (buffer, &sel_start, &sel_end, FALSE);
  g_assert_cmpuint (strlen (selected_text), >, 10);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window))
                 == GTK_WIDGET (px_source_column_get_text_view (column)));
}

/* The claims filter switched with a claim selected, in the columns and in
 * the table: the panel, the table and the columns share one selection, so
 * none of them is told about a claim the filter just took away (this
 * crashed in gtk_single_selection_set_selected and in the list view's
 * scroll-to).
 */
static void
test_filter_with_selection (Fixture       *fixture,
                            gconstpointer  user_data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  const PxClaimsFilter filters[] = { PX_CLAIMS_FILTER_DIFFERENCES, PX_CLAIMS_FILTER_UNIQUE,
                                     PX_CLAIMS_FILTER_ALL, PX_CLAIMS_FILTER_DIFFERENCES,
                                     PX_CLAIMS_FILTER_ANNOTATED, PX_CLAIMS_FILTER_ALL };

  px_window_open_demo (fixture->window);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the demo story", WAIT_SECONDS);

  for (guint view = 0; view < 2; view++)
    {
      g_assert_true (gtk_widget_activate_action (window, "win.view", "s", view == 0 ? "columns" : "table"));
      if (view == 1)
        px_ui_test_wait_for (table_has_rows, fixture->table, "the table's first rows", WAIT_SECONDS);
      for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
        {
          PxClaimItem *selected;

          /* Differences, Alt+Down, F9, F9, then the next filter. */
          px_claims_panel_set_filter (fixture->panel, PX_CLAIMS_FILTER_DIFFERENCES);
          settle ();
          /* Back to the first difference, then on to the second. */
          for (guint guard = 0; guard < 100 && px_story_view_can_move_to_difference (fixture->view, -1); guard++)
            g_assert_true (gtk_widget_activate_action (window, "win.previous-difference", NULL));
          g_assert_false (px_story_view_can_move_to_difference (fixture->view, -1));
          g_assert_true (gtk_widget_activate_action (window, "win.next-difference", NULL));
          g_assert_true (gtk_widget_activate_action (window, "win.next-difference", NULL));
          selected = px_story_view_get_current_claim (fixture->view);
          g_assert_nonnull (selected);
          g_assert_true (px_claims_table_get_selected_claim (fixture->table) == selected);
          g_assert_cmpuint (px_claim_item_get_n_differences (selected), >, 0);
          g_assert_true (gtk_widget_activate_action (window, "win.show-claims-panel", NULL));
          settle ();
          g_assert_true (gtk_widget_activate_action (window, "win.show-claims-panel", NULL));
          settle ();
          px_claims_panel_set_filter (fixture->panel, filters[i]);
          settle ();
          /* What is selected is a claim the filter shows, in both lists. */
          selected = px_claims_table_get_selected_claim (fixture->table);
          if (selected != NULL)
            {
              GListModel *visible = px_claims_panel_get_visible_claims (fixture->panel);
              gboolean shown = FALSE;

              for (guint j = 0; j < g_list_model_get_n_items (visible) && !shown; j++)
                {
                  g_autoptr(PxClaimItem) claim = g_list_model_get_item (visible, j);

                  shown = claim == selected;
                }
              g_assert_true (shown);
            }
        }
    }
  px_claims_panel_set_filter (fixture->panel, PX_CLAIMS_FILTER_ALL);
}

/* TRUE when the table's selected claim has a row on screen, inside the
 * table's scrolled list. */
static gboolean
selected_row_in_view (gpointer data)
{
  Fixture *fixture = data;
  PxClaimItem *selected = px_claims_table_get_selected_claim (fixture->table);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *scroller = NULL;

  if (selected == NULL)
    return FALSE;
  collect_rows (GTK_WIDGET (fixture->table), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      graphene_rect_t bounds;

      if (px_table_row_get_claim (PX_TABLE_ROW (row)) != selected)
        continue;
      scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
      if (scroller != NULL && gtk_widget_compute_bounds (row, scroller, &bounds))
        return bounds.origin.y + bounds.size.height > 0 && bounds.origin.y < gtk_widget_get_height (scroller);
    }

  return FALSE;
}

/* The table shown after Alt+Down in the columns opens on the claim of the
 * current difference, as the claims panel does: it had stayed at its top,
 * the counter saying "Difference 6 of 6" of a row out of sight.
 */
static void
test_table_opens_at_difference (Fixture       *fixture,
                                gconstpointer  user_data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);

  px_window_open_demo (fixture->window);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the demo story", WAIT_SECONDS);
  /* The first time the table is shown, and again after the columns. */
  for (guint round = 0; round < 2; round++)
    {
      int step = round == 0 ? 1 : -1;

      g_assert_true (gtk_widget_activate_action (window, "win.view", "s", "columns"));
      settle ();
      for (guint guard = 0; guard < 100 && px_story_view_can_move_to_difference (fixture->view, step); guard++)
        g_assert_true (gtk_widget_activate_action (window, step > 0 ? "win.next-difference" : "win.previous-difference",
                                                   NULL));
      settle ();
      g_assert_nonnull (px_claims_table_get_selected_claim (fixture->table));

      g_assert_true (gtk_widget_activate_action (window, "win.view", "s", "table"));
      px_ui_test_wait_for (table_has_rows, fixture->table, "the table's first rows", WAIT_SECONDS);
      px_ui_test_wait_for (selected_row_in_view, fixture, "the current claim's row in view", 5);
    }
  g_assert_true (gtk_widget_activate_action (window, "win.view", "s", "columns"));
}

static gboolean
demo_in_library (gpointer data)
{
  PxStoryView *view = data;

  if (!px_ui_test_columns_settled (view) || px_story_view_get_n_columns (view) != 4
      || g_list_model_get_n_items (px_story_view_get_claims (view)) == 0)
    return FALSE;
  for (guint i = 0; i < px_story_view_get_n_columns (view); i++)
    if (px_source_column_get_source_id (px_story_view_get_column (view, i)) <= 0)
      return FALSE;

  return TRUE;
}

typedef struct
{
  PxTableRow *row;
  const char *expected;
} HeaderWait;

static gboolean
laid_out (gpointer data)
{
  return gtk_widget_get_width (data) > 0 && gtk_widget_get_height (data) > 0;
}

static gboolean
header_has (gpointer data)
{
  HeaderWait *wait = data;
  const char *text = px_table_row_get_header_text (wait->row);

  return text != NULL && strstr (text, wait->expected) != NULL;
}

/* Ctrl+M on a table cell annotates that outlet's sentence: the popover
 * opens over the cell, the annotation is saved through the store with the
 * cell's sentence as its passage, and the row header counts it at once,
 * without comparing the story again; the column underlines it too.
 */
static void
test_table_annotate (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("parallax-table-annotate-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmpdir, "parallax.db", NULL);
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *cell_text = NULL;
  GListModel *rows, *claims_before;
  PxClaimItem *claim = NULL;
  guint source = G_MAXUINT;
  RowSearch search = { 0, };
  HeaderWait wait = { 0, };
  PxAnnotator *annotator;
  PxAnnotationPopover *popover;
  const PxAnnotation *created = NULL;
  const PxAnnotationTarget *target;
  PxSourceColumn *column;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  gint64 story_id;
  gboolean has_menu = FALSE;

  g_assert_no_error (error);
  store = px_store_open (path, &error);
  g_assert_no_error (error);
  /* A new profile: the demo story opens, into the library. */
  px_window_set_store (fixture->window, store, TRUE);
  px_ui_test_wait_for (demo_in_library, fixture->view, "the demo story in the library", WAIT_SECONDS);
  story_id = px_window_get_story_id (fixture->window);
  g_assert_cmpint (story_id, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "table"));
  px_ui_test_wait_for (table_has_rows, fixture->table, "the table's first rows", WAIT_SECONDS);

  /* A claim not yet annotated, and an outlet that carries it in one sentence. */
  rows = table_model (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (rows) && claim == NULL; i++)
    {
      g_autoptr(PxClaimItem) item = g_list_model_get_item (rows, i);
      GArray *members = px_claim_item_get_members (item);

      if (px_claim_item_get_n_annotations (item) > 0)
        continue;
      for (guint s = px_claim_item_get_n_sources (item); s > 0 && claim == NULL; s--)
        {
          guint n = 0;

          for (guint m = 0; m < members->len; m++)
            n += g_array_index (members, PxClaimItemRange, m).source == s - 1;
          if (n == 1 && s - 1 > 0)
            {
              claim = item;
              source = s - 1;
            }
        }
    }
  g_assert_nonnull (claim);
  claims_before = px_story_view_get_claims (fixture->view);

  g_assert_true (px_claims_table_select_claim (fixture->table, claim));
  search.table = fixture->table;
  search.claim = claim;
  px_ui_test_wait_for (find_row, &search, "the claim's row", WAIT_SECONDS);
  px_ui_test_wait_for (laid_out, fixture->table, "the table to be laid out", WAIT_SECONDS);
  px_ui_test_wait_for (laid_out, search.row, "the row to be laid out", WAIT_SECONDS);
  g_assert_null (strstr (px_table_row_get_header_text (search.row), "annotation"));
  gtk_widget_grab_focus (GTK_WIDGET (search.row));
  for (guint i = 0; i < source; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (search.row), "row.move", "i", 1));
  g_assert_cmpuint (px_claims_table_get_cursor_source (fixture->table), ==, source);
  g_assert_true (px_table_row_get_reported (search.row, source));
  cell_text = g_strdup (px_table_row_get_text (search.row, source));

  /* The cell's menu offers Annotate. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (search.row), "row.menu", NULL));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->table)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      {
        has_menu = TRUE;
        gtk_popover_popdown (GTK_POPOVER (child));
        break;
      }
  g_assert_true (has_menu);
  g_assert_cmpuint (px_claims_table_get_cursor_source (fixture->table), ==, source);
  gtk_widget_grab_focus (GTK_WIDGET (search.row));

  /* Ctrl+M, the window's annotate action. */
  annotator = _px_window_get_annotator (fixture->window);
  before = px_store_list_annotations (store, story_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.annotate", NULL));
  popover = px_annotator_get_popover (annotator);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (popover)) == GTK_WIDGET (fixture->table));
  /* Over the cell (the window may lose the focus to another test's
   * window on the shared display, which closes popovers: not asserted).
   */
  {
    GdkRectangle rect;

    if (!gtk_popover_get_pointing_to (GTK_POPOVER (popover), &rect))
      g_error ("the popover points at no cell; the selected row is %s",
               find_row (&search) ? "laid out" : "not laid out");
    g_assert_cmpint (rect.width, >, 0);
    g_assert_cmpint (rect.x, >=, 0);
    g_assert_cmpint (rect.x + rect.width, <=, gtk_widget_get_width (GTK_WIDGET (fixture->table)));
  }
  px_annotation_popover_set_verdict (popover, PX_VERDICT_MISLEADING);
  px_annotation_popover_set_note (popover, "Checked from the table.");
  px_annotation_popover_save (popover);
  g_assert_null (px_annotator_get_popover (annotator));
  /* The keyboard is back on the cell. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == GTK_WIDGET (search.row));
  g_assert_cmpuint (px_claims_table_get_cursor_source (fixture->table), ==, source);

  /* The save goes through the library's database thread: wait for it. */
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;;)
    {
      g_clear_pointer (&after, g_ptr_array_unref);
      after = px_store_list_annotations (store, story_id, FALSE, &error);
      g_assert_no_error (error);
      if (after->len > before->len || g_get_monotonic_time () > deadline)
        break;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * G_TIME_SPAN_MILLISECOND);
    }
  g_assert_cmpuint (after->len, ==, before->len + 1);
  for (guint i = 0; i < after->len; i++)
    {
      const PxAnnotation *annotation = g_ptr_array_index (after, i);

      if (annotation->note != NULL && g_str_equal (annotation->note, "Checked from the table."))
        created = annotation;
    }
  g_assert_nonnull (created);
  g_assert_cmpint (created->verdict, ==, PX_VERDICT_MISLEADING);
  g_assert_cmpuint (created->targets->len, ==, 1);
  target = g_ptr_array_index (created->targets, 0);
  column = px_story_view_get_compared_column (fixture->view, source);
  g_assert_cmpint (target->source_id, ==, px_source_column_get_source_id (column));
  g_assert_cmpstr (target->selector->exact, ==, cell_text);
  g_assert_cmpint (target->state, ==, PX_ANNOTATION_STATE_OK);

  /* The row header counts it, without the story being compared again. */
  wait.row = search.row;
  wait.expected = "1 annotation";
  px_ui_test_wait_for (header_has, &wait, "the row header to count the annotation", WAIT_SECONDS);
  g_assert_true (px_story_view_get_claims (fixture->view) == claims_before);
  g_assert_true (px_table_row_get_claim (search.row) == claim);
  g_assert_cmpuint (px_claim_item_get_n_annotations (claim), ==, 1);

  /* Back in the columns, the sentence is underlined in its verdict's colour. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "columns"));
  buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, target->selector->start);
  g_assert_true (gtk_text_iter_has_tag (&iter, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                                         px_verdict_get_tag_name (PX_VERDICT_MISLEADING))));

  px_window_set_store (fixture->window, NULL, FALSE);
  g_assert_true (px_store_close (store, &error));
  g_assert_no_error (error);
}

/* A claim of one very long sentence, "the café reopened with 17 tables
 * and " @n_pieces times (é is two bytes), with a difference on every
 * figure; its length in characters in @n_chars.
 */
static PxClaimItem *
long_sentence_claim (guint      n_pieces,
                     PxArticle *article,
                     guint     *n_chars)
{
  const char *outlets[] = { "Harbour Gazette", "Valley Courier", NULL };
  g_autoptr(GString) text = g_string_new (NULL);
  PxClaimItem *claim = px_claim_item_new (0, 2, "claim");
  PxClaimItemDifference *difference = px_claim_item_add_difference (claim, PX_HIGHLIGHT_NUMBER, "numbers");
  guint chars = 0;

  for (guint i = 0; i < n_pieces; i++)
    {
      guint figure = chars + 23;

      g_string_append_printf (text, "the café reopened with %u tables and ", 10 + i % 90);
      chars += 37;
      px_claim_item_difference_add_range (difference, 0, figure, figure + 2);
    }
  g_assert_cmpuint (chars, ==, g_utf8_strlen (text->str, -1));
  g_free (article->text);
  article->text = g_string_free (g_steal_pointer (&text), FALSE);
  *n_chars = chars;
  px_claim_item_set_outlets (claim, outlets);
  px_claim_item_add_member (claim, 0, 0, chars);
  return claim;
}

/* A row bound to a claim of one sentence of @n_pieces pieces in @article;
 * the thread CPU seconds the binding alone took in @cpu.
 */
static PxTableRow *
bind_long_sentence_row (guint      n_pieces,
                        PxArticle *article,
                        double    *cpu)
{
  const char *outlets[] = { "Harbour Gazette", "Valley Courier", NULL };
  PxTableRow *row = g_object_ref_sink (px_table_row_new ());
  g_autoptr(PxClaimItem) claim = NULL;
  PxArticle *articles[2] = { article, article };
  guint n_chars[2];

  claim = long_sentence_claim (n_pieces, article, &n_chars[0]);
  n_chars[1] = n_chars[0];
  *cpu = px_test_thread_cpu_seconds ();
  px_table_row_bind (row, claim, articles, n_chars, outlets, 2, FALSE);
  *cpu = px_test_thread_cpu_seconds () - *cpu;
  return row;
}

/* The thread CPU seconds binding a row to a claim of one sentence of
 * @n_pieces pieces took.
 */
static double
bind_long_sentence (guint    n_pieces,
                    gpointer user_data)
{
  g_autoptr(PxArticle) article = px_article_new ("-");
  g_autoptr(PxTableRow) row = NULL;
  double cpu;

  row = bind_long_sentence_row (n_pieces, article, &cpu);
  return cpu;
}

/* A row for a claim of one very long sentence with many differences (a
 * 500 KiB text of one "sentence" gave a thousand): each mark's bytes are
 * found in one pass over the sentence, not counted from its start again
 * for each (seconds of the main thread), and land on the right bytes past
 * characters of several bytes.
 */
static void
test_row_long_sentence (void)
{
  g_autoptr(PxArticle) article = px_article_new ("-");
  g_autoptr(PxTableRow) row = NULL;
  PangoAttrIterator *iter;
  gboolean found = FALSE;
  double cpu;

  /* the work grows with the sentence, not with the sentence times its marks */
  px_test_assert_linear ("a row of one long sentence", 6000, bind_long_sentence, NULL);

  row = bind_long_sentence_row (12000, article, &cpu);

  /* The last mark's bytes hold the last figure. */
  iter = pango_attr_list_get_iterator (px_table_row_get_attributes (row, 0));
  do
    {
      int start, end;

      pango_attr_iterator_range (iter, &start, &end);
      if (pango_attr_iterator_get (iter, PANGO_ATTR_BACKGROUND) != NULL
          && (gsize) end == strlen (article->text) - 12)
        {
          g_assert_cmpint (end - start, ==, 2);
          g_assert_true (g_ascii_isdigit (article->text[start]) && g_ascii_isdigit (article->text[end - 1]));
          found = TRUE;
        }
    }
  while (pango_attr_iterator_next (iter));
  pango_attr_iterator_destroy (iter);
  g_assert_true (found);
}

/* The attribute of @type that Pango draws at byte @byte of @attrs, as
 * text ("underline=2", "none"): of those over it, the one that starts
 * nearest before it, as a layout takes it.
 */
static char *
drawn_at (PangoAttrList *attrs,
          guint          byte,
          PangoAttrType  type)
{
  PangoAttrIterator *iter = pango_attr_list_get_iterator (attrs);
  char *drawn = NULL;

  do
    {
      int start, end;

      pango_attr_iterator_range (iter, &start, &end);
      if ((guint) start <= byte && byte < (guint) end)
        {
          PangoAttribute *attribute = pango_attr_iterator_get (iter, type);
          g_autoptr(PangoAttrList) one = pango_attr_list_new ();

          if (attribute == NULL)
            drawn = g_strdup ("none");
          else
            {
              attribute = pango_attribute_copy (attribute);
              attribute->start_index = 0;
              attribute->end_index = 1;
              pango_attr_list_insert (one, attribute);
              drawn = pango_attr_list_to_string (one);
            }
          break;
        }
    }
  while (pango_attr_iterator_next (iter));
  pango_attr_iterator_destroy (iter);

  return drawn != NULL ? drawn : g_strdup ("none");
}

/* Paints @kind's look over bytes [@start, @end) of @attrs the way the
 * table's marks are meant to look: each of its attributes replacing, over
 * those bytes, an earlier one of its type.
 */
static void
paint_kind (PangoAttrList   *attrs,
            PxHighlightKind  kind,
            guint            start,
            guint            end)
{
  g_autoptr(PangoAttrList) look = px_highlight_kind_get_attributes (kind, FALSE);
  GSList *list = pango_attr_list_get_attributes (look);

  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      attribute->start_index = start;
      attribute->end_index = end;
      pango_attr_list_change (attrs, attribute);
    }
  g_slist_free (list);
}

/* A row whose marks overlap looks as if each were painted over the ones
 * before it: the wash of a sentence only one outlet carries first, then
 * the claim's own differences, then those with other claims, in their
 * order; a later mark's colour and lines over an earlier one's, and an
 * earlier one's lines of a kind the later one lacks (the wash's italics,
 * a hedging's overline) kept under it. pango_attr_list_change() did that
 * one mark at a time, in time quadratic in the marks; the attributes are
 * now put in once, in byte order, and must be drawn the same.
 */
static void
test_row_overlapping_marks (void)
{
  const char *outlets[] = { "Harbour Gazette", "Valley Courier", "Coast Herald", NULL };
  const char *text = "Police said, without giving evidence, that at least 12 people were hurt when the "
                     "Quayside footbridge gave way early on Tuesday, a claim the council’s engineers "
                     "called “simply wrong”.";
  const PangoAttrType types[] = { PANGO_ATTR_BACKGROUND, PANGO_ATTR_BACKGROUND_ALPHA, PANGO_ATTR_UNDERLINE,
                                  PANGO_ATTR_UNDERLINE_COLOR, PANGO_ATTR_OVERLINE, PANGO_ATTR_OVERLINE_COLOR,
                                  PANGO_ATTR_STYLE, PANGO_ATTR_WEIGHT };
  /* kind, start, end, in characters; the same order in both claims */
  const struct { PxHighlightKind kind; guint start, end; } marks[] = {
    { PX_HIGHLIGHT_NUMBER, 43, 61 },         /* "at least 12 people" */
    { PX_HIGHLIGHT_TIME, 110, 126 },         /* "early on Tuesday" */
    { PX_HIGHLIGHT_HEDGING, 13, 71 },        /* from before the number to past it */
    { PX_HIGHLIGHT_CONTRADICTION, 67, 100 }, /* "hurt when the Quayside footbridge": over the hedging's end */
    { PX_HIGHLIGHT_ENTITY, 81, 100 },        /* "Quayside footbridge", inside it */
    { PX_HIGHLIGHT_QUOTE, 167, 181 },        /* “simply wrong” */
    { PX_HIGHLIGHT_TIME, 116, 126 },         /* inside the first time: the same look */
  };
  guint n_chars = (guint) g_utf8_strlen (text, -1);
  g_autoptr(PxArticle) article = px_article_new ("-");
  PxArticle *articles[3] = { article, article, article };
  guint lengths[3] = { n_chars, n_chars, n_chars };

  article->text = g_strdup (text);
  g_assert_cmpuint (n_chars, ==, 182);

  for (guint unique = 0; unique < 2; unique++)
    {
      g_autoptr(PxClaimItem) claim = px_claim_item_new (0, 3, text);
      g_autoptr(PxClaimItem) other = px_claim_item_new (1, 3, "the other claim");
      g_autoptr(PxTableRow) row = g_object_ref_sink (px_table_row_new ());
      g_autoptr(PangoAttrList) expected = pango_attr_list_new ();
      PangoAttrList *attrs;
      PangoAttribute *bold;
      guint changed = 0;

      px_claim_item_set_outlets (claim, outlets);
      px_claim_item_add_member (claim, 0, 0, n_chars);
      if (!unique)
        px_claim_item_add_member (claim, 1, 0, n_chars);
      /* "Quayside" is this outlet's word alone */
      px_claim_item_add_word (claim, 0, 81, 89);
      bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      bold->start_index = g_utf8_offset_to_pointer (text, 81) - text;
      bold->end_index = g_utf8_offset_to_pointer (text, 89) - text;
      pango_attr_list_insert (expected, bold);
      if (unique)
        paint_kind (expected, PX_HIGHLIGHT_UNIQUE, 0, strlen (text));

      /* The first marks the claim's own differences, the rest differences
       * with another claim: own ones come first. */
      for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
        {
          PxClaimItemDifference *difference;
          guint start = g_utf8_offset_to_pointer (text, marks[m].start) - text;
          guint end = g_utf8_offset_to_pointer (text, marks[m].end) - text;

          if (m < 3 && !unique)
            difference = px_claim_item_add_difference (claim, marks[m].kind, "own");
          else
            {
              difference = px_claim_item_add_difference (other, marks[m].kind, "between claims");
              px_claim_item_difference_add_claim (difference, 0);
              px_claim_item_difference_add_claim (difference, 1);
              px_claim_item_add_link (claim, difference);
            }
          px_claim_item_difference_add_range (difference, 0, marks[m].start, marks[m].end);
          paint_kind (expected, marks[m].kind, start, end);
        }
      g_assert_cmpint (px_claim_item_is_unique (claim), ==, (int) unique);

      px_table_row_bind (row, claim, articles, lengths, outlets, 3, FALSE);
      attrs = px_table_row_get_attributes (row, 0);
      g_assert_cmpstr (px_table_row_get_text (row, 0), ==, text);

      for (guint byte = 0; byte < strlen (text); byte++)
        for (guint t = 0; t < G_N_ELEMENTS (types); t++)
          {
            g_autofree char *want = drawn_at (expected, byte, types[t]);
            g_autofree char *got = drawn_at (attrs, byte, types[t]);

            if (g_strcmp0 (want, "none") != 0)
              changed++;
            if (g_strcmp0 (want, got) != 0)
              g_error ("byte %u (“%.12s”), %s, %s: drawn %s, not %s", byte, text + byte,
                       unique ? "unique" : "shared", g_enum_to_string (PANGO_TYPE_ATTR_TYPE, types[t]), got, want);
          }
      /* the marks are there at all */
      g_assert_cmpuint (changed, >, 500);
    }
}

/* The claims table of @n_claims claims over @n_sources outlets, shown in a
 * 1280 x 800 window; returns how many row widgets it created.
 */
static guint
show_large_table (guint n_sources,
                  guint n_claims)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  g_autoptr(GListStore) claims = g_list_store_new (PX_TYPE_CLAIM_ITEM);
  g_auto(GStrv) outlets = g_new0 (char *, n_sources + 1);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(PxClaimItem) last = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;
  GtkWidget *window;
  PxClaimsTable *table;
  guint created;
  gint64 started;

  /* Where each outlet's sentence of each claim is, in characters (ASCII). */
  g_autofree guint *starts = g_new0 (guint, (gsize) n_sources * n_claims);
  g_autofree guint *ends = g_new0 (guint, (gsize) n_sources * n_claims);

  for (guint s = 0; s < n_sources; s++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      PxArticle *article = px_article_new ("-");

      for (guint c = 0; c < n_claims; c++)
        {
          starts[s * n_claims + c] = text->len;
          g_string_append_printf (text, "Outlet %u says claim %u happened with %u people.", s, c, c * 7 + s);
          ends[s * n_claims + c] = text->len;
          g_string_append_c (text, ' ');
        }
      article->text = g_string_free (g_steal_pointer (&text), FALSE);
      g_ptr_array_add (articles, article);
      outlets[s] = g_strdup_printf ("Outlet %u", s);
    }

  for (guint c = 0; c < n_claims; c++)
    {
      g_autoptr(PxClaimItem) claim = px_claim_item_new (c, n_sources, "claim");

      px_claim_item_set_outlets (claim, (const char * const *) outlets);
      for (guint s = 0; s < n_sources; s++)
        if ((c + s) % 7 != 0)
          px_claim_item_add_member (claim, s, starts[s * n_claims + c], ends[s * n_claims + c]);
      if (c % 3 == 0)
        {
          PxClaimItemDifference *difference = px_claim_item_add_difference (claim, PX_HIGHLIGHT_NUMBER, "numbers");

          px_claim_item_difference_add_range (difference, 1, 0, 6);
        }
      g_list_store_append (claims, claim);
      if (c == n_claims - 1)
        last = g_object_ref (claim);
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  table = px_claims_table_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (table));
  gtk_window_present (GTK_WINDOW (window));

  started = g_get_monotonic_time ();
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (claims)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  px_claims_table_set_selection (table, selection);
  px_claims_table_set_sources (table, (PxArticle **) articles->pdata, (const char * const *) outlets, n_sources);
  px_ui_test_wait_for (table_has_rows, table, "the large table's first rows", WAIT_SECONDS);
  g_test_message ("%u outlets x %u claims: first rows after %.0f ms", n_sources, n_claims,
                  (g_get_monotonic_time () - started) / 1000.0);
  settle ();

  created = _px_claims_table_get_n_rows_created (table);
  collect_rows (GTK_WIDGET (table), rows);
  g_test_message ("%u row widgets created, %u bound", created, rows->len);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <=, created);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (px_table_row_get_n_cells (g_ptr_array_index (rows, i)), ==, n_sources);

  /* To the last row: the same widgets, bound again. */
  g_assert_true (px_claims_table_select_claim (table, last));
  settle ();
  g_assert_true (px_claims_table_get_selected_claim (table) == last);
  {
    RowSearch search = { table, last, NULL };

    px_ui_test_wait_for (find_row, &search, "the last row to be shown", WAIT_SECONDS);
  }
  g_assert_cmpuint (_px_claims_table_get_n_rows_created (table), <=, created + 10);

  gtk_window_destroy (GTK_WINDOW (window));

  return created;
}

/* 32 outlets: one widget per row however many outlets, and rows recycled,
 * so ten times the claims creates no more widgets.
 */
static void
test_table_scale (void)
{
  guint created_300 = show_large_table (32, 300);
  guint created_3000 = show_large_table (32, 3000);

  /* GTK 4.8's list view keeps at most about 200 rows around the visible
   * ones; the number does not grow with the claims.
   */
  g_assert_cmpuint (created_300, <=, 220);
  g_assert_cmpuint (created_3000, <=, created_300 + 10);
}

/* History */

static const char bridge_1[] =
  "<p>The council voted on Tuesday to close the harbour bridge for repairs. About 40,000 drivers cross "
  "the bridge every day, the transport office said.</p>"
  "<p>Engineers found cracks in two of the supports last spring. The mayor said the work would take "
  "\u201cabout six months\u201d.</p>";
static const char bridge_2[] =
  "<p>The council voted on Tuesday to close the harbour bridge for repairs. About 55,000 drivers cross "
  "the bridge every day, the transport office said.</p>"
  "<p>Engineers found cracks in two of the supports last spring. The mayor said the work would take "
  "\u201cat least a year\u201d. A ferry will run while the bridge is shut.</p>";

static gboolean
column_updated (gpointer data)
{
  PxStoryView *view = data;

  return px_story_view_get_n_columns (view) == 2
         && px_source_column_get_updated (px_story_view_get_column (view, 0))
         && px_ui_test_columns_settled (view);
}

/* The subtitles of the version rows under @widget, in order, joined by "\n". */
static void
collect_version_lines (GtkWidget *widget,
                       GString   *lines)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        g_string_append_printf (lines, "%s\n", adw_action_row_get_subtitle (ADW_ACTION_ROW (child)));
      else
        collect_version_lines (child, lines);
    }
}

static gboolean
history_ready (gpointer data)
{
  return px_history_view_get_n_versions (data) > 0 && !px_history_view_get_busy (data);
}

/* A widget of @type under @widget that is mapped, or NULL. */
static GtkWidget *
find_mapped (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A mapped label under @widget whose text has @part, or NULL. */
static GtkWidget *
find_mapped_label_with (GtkWidget  *widget,
                        const char *part)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
      && strstr (gtk_label_get_text (GTK_LABEL (widget)), part) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_label_with (child, part);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The history of a source kept once says so, and offers no comparison of
 * its one version with itself ("Compare Version 1 with Version 1", "No
 * changes", a page of "Unchanged").
 */
static void
test_history_one_version (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *tmpdir = g_dir_make_tmp ("parallax-table-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "parallax.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(PxArticle) article = px_article_new ("https://gazette.example/bridge");
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
  g_autoptr(GBytes) body = g_bytes_new_static ("<p>x</p>", 8);
  g_autoptr(PxSnapshot) snapshot = px_snapshot_new (body, "https://gazette.example/bridge", "text/html", "utf-8");
  PxHistoryView *history;
  gint64 story_id, source_id;

  g_assert_no_error (error);
  story_id = px_store_create_story (store, "Bridge", &error);
  g_assert_no_error (error);
  article->title = g_strdup ("Harbour bridge to close");
  g_ptr_array_add (paragraphs, (gpointer) "The harbour bridge will close for repairs, the council decided on Tuesday.");
  px_article_set_paragraphs (article, paragraphs);
  source_id = px_store_add_source (store, story_id, article, snapshot, &error);
  g_assert_no_error (error);

  history = px_history_view_new (GTK_WINDOW (fixture->window), PX_LIBRARY (store), source_id);
  gtk_window_present (GTK_WINDOW (history));
  px_ui_test_wait_for (history_ready, history, "the history of one version", WAIT_SECONDS);
  g_assert_cmpuint (px_history_view_get_n_versions (history), ==, 1);
  g_assert_nonnull (find_mapped_label_with (GTK_WIDGET (history), "Version 1"));
  g_assert_nonnull (find_mapped_label_with (GTK_WIDGET (history), "Only this version is kept so far"));
  g_assert_nonnull (find_mapped_label_with (GTK_WIDGET (history), "Fetch Again keeps"));
  g_assert_null (find_mapped (GTK_WIDGET (history), GTK_TYPE_DROP_DOWN));
  g_assert_null (find_mapped (GTK_WIDGET (history), GTK_TYPE_TEXT_VIEW));
  gtk_window_destroy (GTK_WINDOW (history));

  /* A file's is read again, as its column's menu says. */
  {
    g_autoptr(PxArticle) saved = px_article_new ("/home/ana/bridge.html");

    saved->title = g_strdup ("Harbour bridge to close");
    px_article_set_paragraphs (saved, paragraphs);
    source_id = px_store_add_source (store, story_id, saved, NULL, &error);
    g_assert_no_error (error);
    history = px_history_view_new (GTK_WINDOW (fixture->window), PX_LIBRARY (store), source_id);
    gtk_window_present (GTK_WINDOW (history));
    px_ui_test_wait_for (history_ready, history, "the history of a file", WAIT_SECONDS);
    g_assert_nonnull (find_mapped_label_with (GTK_WIDGET (history), "Read Again keeps"));
    gtk_window_destroy (GTK_WINDOW (history));
  }
  g_assert_true (px_store_close (store, &error));
  g_assert_no_error (error);
}

/* One address serves a first and then an edited article: Fetch Again keeps
 * both, the column says it was updated, History shows the reworded
 * sentence with its changed number, the new headline and the annotations.
 */
static void
test_history (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(PxTestServer) server = px_test_server_new (NULL);
  g_autofree char *url = px_test_server_url (server, "/story");
  g_autofree char *page_1 = px_ui_test_gazette_page ("Harbour bridge to close for repairs", bridge_1);
  g_autofree char *page_2 = px_ui_test_gazette_page ("Harbour bridge to close for a year of repairs", bridge_2);
  g_autofree char *tmpdir = g_dir_make_tmp ("parallax-table-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "parallax.db", NULL);
  g_autofree char *numbers = NULL;
  g_autofree char *added = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = px_store_open (path, &error);
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(PxAnnotation) kept = NULL;
  g_autoptr(PxAnnotation) quoted = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  PxTargetSpec kept_spec = { 0, "Engineers found cracks in two of the supports last spring", NULL, NULL, 0, 0 };
  PxTargetSpec quote_spec = { 0, "would take \u201cabout six months\u201d", NULL, NULL, 0, 0 };
  PxHistoryView *history = NULL;
  PxSourceColumn *column;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gint64 story_id, source_id, kept_id, quoted_id;
  guint n_review = 0;

  g_assert_no_error (error);
  px_test_server_set_story (server, page_1);
  story_id = px_store_create_story (store, "Bridge", &error);
  g_assert_no_error (error);
  article = px_input_load_article (fetcher, url, &snapshot, NULL, &error);
  g_assert_no_error (error);
  source_id = px_store_add_source (store, story_id, article, snapshot, &error);
  g_assert_no_error (error);
  {
    /* A second outlet, so the story is compared. */
    g_autoptr(PxArticle) other = px_article_new ("-");
    g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();

    g_ptr_array_add (paragraphs, (gpointer) "The harbour bridge will close for repairs, the council decided on Tuesday.");
    px_article_set_paragraphs (other, paragraphs);
    other->outlet = g_strdup ("Coast Courier");
    g_assert_cmpint (px_store_add_source (store, story_id, other, NULL, &error), >, 0);
    g_assert_no_error (error);
  }
  kept_spec.source_id = quote_spec.source_id = source_id;
  kept_id = px_store_create_annotation (store, story_id, &kept_spec, 1, PX_VERDICT_ACCURATE, "checked", &error);
  g_assert_no_error (error);
  quoted_id = px_store_create_annotation (store, story_id, &quote_spec, 1, PX_VERDICT_UNVERIFIED, "ask the mayor",
                                          &error);
  g_assert_no_error (error);

  px_window_set_store (fixture->window, store, FALSE);
  px_window_open_story (fixture->window, story_id);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the story", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 0);
  g_assert_false (px_source_column_get_updated (column));

  /* The outlet edits its article; the column menu's Fetch Again. */
  px_test_server_set_story (server, page_2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column), "column.refetch", NULL));
  px_ui_test_wait_for (column_updated, fixture->view, "the story to reload with the new version", WAIT_SECONDS);
  column = px_story_view_get_column (fixture->view, 0);
  /* The column shows the newest version. */
  buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "About 55,000 drivers"));
  versions = px_store_list_source_versions (store, source_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);

  /* The annotation on the unchanged sentence moved to the new version; the
   * one on the changed quote moved too, or waits for review.
   */
  kept = px_store_get_annotation (store, kept_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kept->state, ==, PX_ANNOTATION_STATE_OK);
  g_assert_cmpint (((PxAnnotationTarget *) g_ptr_array_index (kept->targets, 0))->version_id, ==,
                   ((PxSourceVersion *) g_ptr_array_index (versions, 1))->id);
  quoted = px_store_get_annotation (store, quoted_id, &error);
  g_assert_no_error (error);
  n_review = quoted->state == PX_ANNOTATION_STATE_NEEDS_REVIEW;
  g_test_message ("the annotation on the changed quote %s", n_review ? "needs review" : "was re-anchored");

  /* The history view reads the source, its versions and annotations on the library's thread. */
  px_ui_test_watch_main_thread_reads ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (column), "column.history", NULL));
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && history == NULL; i++)
      {
        g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

        if (PX_IS_HISTORY_VIEW (window))
          history = PX_HISTORY_VIEW (window);
      }
  }
  g_assert_nonnull (history);
  px_ui_test_wait_for (history_ready, history, "the history diff", WAIT_SECONDS);
  g_assert_cmpuint (px_ui_test_get_main_thread_reads (), ==, 0);
  g_assert_cmpuint (px_history_view_get_n_versions (history), ==, 2);
  g_assert_cmpuint (px_history_view_get_n_needs_review (history), ==, n_review);

  buffer = px_history_view_get_buffer (history);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (text);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_test_message ("%s", text);
  /* The headline change, when the extractor found the headlines. */
  if (((PxSourceVersion *) g_ptr_array_index (versions, 1))->title != NULL)
    {
      g_assert_nonnull (strstr (text, "− Harbour bridge to close for repairs"));
      g_assert_nonnull (strstr (text, "+ Harbour bridge to close for a year of repairs"));
    }
  else
    g_test_message ("the pages' headlines were not extracted: no headline change to show");
  /* The reworded sentence, both wordings, the number flagged as a number. */
  g_assert_nonnull (strstr (text, "Reworded"));
  g_assert_nonnull (strstr (text, "− About 40,000 drivers cross the bridge every day"));
  g_assert_nonnull (strstr (text, "+ About 55,000 drivers cross the bridge every day"));
  numbers = px_ui_test_tagged_text (buffer, px_highlight_kind_get_tag_name (PX_HIGHLIGHT_NUMBER));
  g_test_message ("number ranges: %s", numbers);
  g_assert_nonnull (strstr (numbers, "55,000"));
  g_assert_nonnull (strstr (numbers, "40,000"));
  added = px_ui_test_tagged_text (buffer, "added");
  g_assert_nonnull (strstr (added, "A ferry will run while the bridge is shut."));
  /* The unchanged sentence is not listed as a change. */
  g_assert_null (strstr (text, "Engineers found cracks"));

  /* The first version against itself: nothing changed. */
  px_history_view_compare (history, 1, 1);
  px_ui_test_wait_for (history_ready, history, "the empty diff", WAIT_SECONDS);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (text);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_null (strstr (text, "Reworded"));
  g_assert_nonnull (strstr (text, "The text is the same in both versions."));

  gtk_window_destroy (GTK_WINDOW (history));

  /* Two more versions whose headlines and bylines are known. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PxArticle) edited = px_article_new (url);
      g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
      g_autoptr(PxReanchorReport) report = NULL;

      edited->title = g_strdup (i == 0 ? "Harbour bridge to close" : "Harbour bridge shut for a year");
      edited->byline = g_strdup (i == 0 ? "Ann Reporter" : "Ann Reporter and Bo Editor");
      /* the last says when it changed (the source gives no publication date) */
      if (i == 1)
        edited->updated = g_strdup ("2026-03-05T10:40:00");
      g_ptr_array_add (paragraphs, (gpointer) "About 55,000 drivers cross the bridge every day.");
      px_article_set_paragraphs (edited, paragraphs);
      report = px_store_add_source_version (store, source_id, edited, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (report->changed);
    }
  history = px_history_view_new (GTK_WINDOW (fixture->window), PX_LIBRARY (store), source_id);
  /* as its column names a story's second report of one outlet */
  px_history_view_set_outlet_name (history, "Harbour Gazette (2)");
  gtk_window_present (GTK_WINDOW (history));
  px_ui_test_wait_for (history_ready, history, "the history of four versions", WAIT_SECONDS);
  g_assert_cmpuint (px_history_view_get_n_versions (history), ==, 4);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (history)), ==, "History of Harbour Gazette (2)");
  {
    /* Each version's row says when its page said it last changed, as the
     * column's header does; the rows of versions that said nothing do not.
     */
    g_autoptr(GString) lines = g_string_new (NULL);
    g_autofree char *update = px_format_iso_update (NULL, "2026-03-05T10:40:00");
    g_auto(GStrv) words = g_strsplit (update, " ", -1);
    g_autofree char *unbroken = g_strjoinv ("\u00a0", words);
    /* one unit, as in the header: a narrow window wraps before it */
    g_autofree char *said = g_strdup_printf ("· Updated\u00a0%s\n", unbroken);
    g_auto(GStrv) rows = NULL;

    collect_version_lines (GTK_WIDGET (history), lines);
    rows = g_strsplit (lines->str, "\n", -1);
    g_assert_cmpuint (g_strv_length (rows), ==, 5);
    for (guint i = 0; i < 3; i++)
      g_assert_null (strstr (rows[i], "Updated"));
    g_assert_nonnull (strstr (lines->str, said));
    g_assert_true (g_str_has_suffix (lines->str, said));
  }
  px_history_view_compare (history, 3, 4);
  px_ui_test_wait_for (history_ready, history, "the headline diff", WAIT_SECONDS);
  buffer = px_history_view_get_buffer (history);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (text);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "− Harbour bridge to close\n"));
  g_assert_nonnull (strstr (text, "+ Harbour bridge shut for a year\n"));
  g_assert_nonnull (strstr (text, "+ Ann Reporter and Bo Editor\n"));
  g_assert_nonnull (strstr (text, "The text is the same in both versions."));
  g_free (added);
  added = px_ui_test_tagged_text (buffer, "added-word");
  g_assert_nonnull (strstr (added, "Bo Editor"));
  gtk_window_destroy (GTK_WINDOW (history));

  px_window_set_store (fixture->window, NULL, FALSE);
  g_assert_true (px_store_close (store, &error));
}


/* The first GtkButton under @widget whose action is "win.show-claim" with
 * @target, or NULL.
 */
static GtkWidget *
find_link_button (GtkWidget *widget,
                  GVariant  *target)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "win.show-claim") == 0
          && g_variant_equal (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child)), target))
        return child;
      if ((found = find_link_button (child, target)) != NULL)
        return found;
    }

  return NULL;
}

/* The first widget of @type under @widget, depth first, or NULL. */
static GtkWidget *
find_first (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child : find_first (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The list's row holding @claim_row has the focus; the claims panel's
 * menu key opens the claim's menu, and it has @label.
 */
static void
assert_row_menu_has (Fixture    *fixture,
                     GtkWidget  *claim_row,
                     const char *label)
{
  GtkWidget *menu_button = find_first (claim_row, GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover;

  g_assert_nonnull (menu_button);
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (claim_row)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "claims.menu", NULL));
  settle ();
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (px_ui_test_menu_has (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)), G_MENU_ATTRIBUTE_LABEL,
                                     label));
  gtk_popover_popdown (popover);
  settle ();
}

/* The table row of @claim, scrolled to. */
static PxTableRow *
table_row_of (Fixture     *fixture,
              PxClaimItem *claim)
{
  RowSearch search = { fixture->table, claim, NULL };

  px_claims_table_select_claim (fixture->table, claim);
  px_ui_test_wait_for (find_row, &search, "the claim's row", WAIT_SECONDS);
  return search.row;
}

/* A difference between claims (a slot link: "more than two years" and
 * "nine months" served, in sentences the aligner put in two claims) is
 * shown: counted in the summary, highlighted in both sentences' columns
 * and table cells, named in both claims' rows with a button and a menu
 * item to the other claim, and reached with Alt+Down. The fixture's
 * reports are the project's own text.
 */
/* Each claim in the claims panel is one Tab stop: Tab goes from claim to
 * claim, never to the buttons in a claim's row (its menu has what they do).
 */
static void
test_claims_one_tab_stop (Fixture       *fixture,
                          gconstpointer  user_data)
{
  const char *names[] = { "harbour-gazette.txt", "northern-post.txt", "valley-times.txt" };
  g_autofree char *paths[G_N_ELEMENTS (names)] = { NULL, };
  const char *inputs[G_N_ELEMENTS (names) + 1] = { NULL, };
  GListModel *visible = px_claims_panel_get_visible_claims (fixture->panel);
  GtkWidget *list = find_first (GTK_WIDGET (fixture->panel), GTK_TYPE_LIST_VIEW);
  g_autoptr(GHashTable) claims = g_hash_table_new (NULL, NULL);
  guint n_buttons = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      paths[i] = g_test_build_filename (G_TEST_DIST, "fixtures", "linked", names[i], NULL);
      inputs[i] = paths[i];
    }
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the three reports", WAIT_SECONDS);
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (visible), >, 2);

  g_assert_nonnull (list);
  g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD));
  for (guint i = 0; i < 100; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
      GtkWidget *row;

      if (focus == NULL || !gtk_widget_is_ancestor (focus, list))
        break;
      row = gtk_widget_get_ancestor (focus, PX_TYPE_CLAIM_ROW);
      n_buttons += row != NULL;
      if (row == NULL)
        row = find_first (focus, PX_TYPE_CLAIM_ROW);
      g_assert_nonnull (row);
      g_test_message ("Tab %u: %s in the row of claim %u", i + 1, G_OBJECT_TYPE_NAME (focus),
                      px_claim_item_get_index (px_claim_row_get_claim (PX_CLAIM_ROW (row))) + 1);
      g_hash_table_add (claims, px_claim_row_get_claim (PX_CLAIM_ROW (row)));
      /* A screen reader is told how to reach what the row's buttons do. */
      g_assert_nonnull (strstr (px_claim_row_get_description (PX_CLAIM_ROW (row)), "Shift+F10"));
      g_signal_emit_by_name (fixture->window, "move-focus", GTK_DIR_TAB_FORWARD);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  g_assert_cmpuint (n_buttons, ==, 0);
  g_assert_cmpuint (g_hash_table_size (claims), ==, g_list_model_get_n_items (visible));

  /* The keys: Tab leaves the list for what follows it, Shift+Tab for what
   * is before it, the arrows are the list's (GTK 4.8's list view took Tab
   * from claim to claim: a long story's fifty presses). */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list);
    GtkEventController *keys = NULL;
    GtkWidget *focus;
    gboolean handled = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller)
            && gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
          keys = controller;
      }
    g_assert_nonnull (keys);

    g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD));
    g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), list));
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
    g_assert_false (handled);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
    g_assert_true (handled);
    focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
    g_test_message ("Tab from a claim: %s", focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
    g_assert_nonnull (focus);
    g_assert_false (gtk_widget_is_ancestor (focus, list));
    g_assert_true (gtk_widget_get_focusable (list) || gtk_widget_get_can_focus (list));

    g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD));
    handled = FALSE;
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_ISO_Left_Tab, 0, GDK_SHIFT_MASK, &handled);
    g_assert_true (handled);
    focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
    g_test_message ("Shift+Tab from a claim: %s", focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
    g_assert_nonnull (focus);
    g_assert_false (gtk_widget_is_ancestor (focus, list));
    /* the filters are just before the list */
    g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (fixture->panel)));
    /* and the list can take the focus again */
    g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD));
  }
}

static void
test_linked_differences (Fixture       *fixture,
                         gconstpointer  user_data)
{
  const char *names[] = { "harbour-gazette.txt", "northern-post.txt", "valley-times.txt" };
  g_autofree char *paths[G_N_ELEMENTS (names)] = { NULL, };
  const char *inputs[G_N_ELEMENTS (names) + 1] = { NULL, };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PxSession *session = fixture->window->session;
  GListModel *claims;
  PxComparison *comparison;
  g_autoptr(PxClaimItem) home = NULL;
  g_autoptr(PxClaimItem) other = NULL;
  const PxClaimItemDifference *link = NULL;
  guint n_expected = 0, n_with_links = 0, n_in_home = G_MAXUINT, n_less_certain = 0, claim;
  g_autofree char *expected_status = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      paths[i] = g_test_build_filename (G_TEST_DIST, "fixtures", "linked", names[i], NULL);
      inputs[i] = paths[i];
    }
  px_window_open_inputs (fixture->window, inputs);
  px_ui_test_wait_for (px_ui_test_columns_settled, fixture->view, "the three reports", WAIT_SECONDS);
  comparison = px_session_get_comparison (session);
  g_assert_nonnull (comparison);

  /* The engine found one link; the window lists it under its first claim. */
  claims = px_story_view_get_claims (fixture->view);
  for (guint c = 0; c < g_list_model_get_n_items (claims); c++)
    {
      g_autoptr(PxClaimItem) item = g_list_model_get_item (claims, c);
      PxClaim *engine = px_comparison_get_claim (comparison, c);

      for (guint d = 0; d < px_claim_get_n_differences (engine); d++)
        n_expected += px_difference_is_confident (px_claim_get_difference (engine, d))
                      && px_difference_get_kind (px_claim_get_difference (engine, d)) != PX_DIFFERENCE_ATTRIBUTION;
      n_expected += px_claim_get_n_linked_differences (engine);
      if (px_claim_item_get_n_links (item) == 0)
        continue;
      n_with_links++;
      g_assert_cmpuint (px_claim_item_get_n_links (item), ==, 1);
      if (home == NULL)
        {
          home = g_object_ref (item);
          link = px_claim_item_get_link (item, 0);
        }
      else
        other = g_object_ref (item);
    }
  g_assert_cmpuint (n_with_links, ==, 2);
  g_assert_nonnull (other);
  g_assert_true (px_claim_item_get_link (other, 0) == link);
  g_assert_cmpuint (link->kind, ==, PX_HIGHLIGHT_NUMBER);
  g_assert_cmpuint (link->home, ==, px_claim_item_get_index (home));
  g_assert_cmpuint (px_claim_item_difference_get_other_claim (link, px_claim_item_get_index (home)), ==,
                    px_claim_item_get_index (other));
  g_assert_cmpuint (px_claim_item_difference_get_other_claim (link, px_claim_item_get_index (other)), ==,
                    px_claim_item_get_index (home));
  g_assert_cmpfloat (link->confidence, >=, 0.8);
  for (guint d = 0; d < px_claim_item_get_n_differences (home); d++)
    if (px_claim_item_get_difference (home, d) == link)
      n_in_home = d;
  g_assert_cmpuint (n_in_home, ==, link->n_in_home);
  /* The other claim has none of its own, yet it differs. */
  g_assert_cmpuint (px_claim_item_get_n_differences (other), ==, 0);
  g_assert_true (px_claim_item_has_differences (other));

  /* Counted: the summary says how many, and how sure. */
  g_assert_cmpuint (px_story_view_get_n_differences (fixture->view), ==, n_expected);
  {
    guint n_shared = 0;

    /* the claims two or more reports carry, as the CLI counts them */
    for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
      {
        guint n_sources;

        px_claim_get_sources (px_comparison_get_claim (comparison, c), &n_sources);
        n_shared += n_sources > 1;
      }
    /* every one shown confident, the link among them, or some only fairly sure */
    {
      guint n_sure = px_session_get_n_sure (session);

      expected_status = n_sure == n_expected
                        ? g_strdup_printf ("%u shared claims · %u confident differences", n_shared, n_expected)
                        : n_sure > 0
                        ? g_strdup_printf ("%u shared claims · %u differences: %u confident, %u fairly sure", n_shared,
                                           n_expected, n_sure, n_expected - n_sure)
                        : g_strdup_printf ("%u shared claims · %u differences, fairly sure", n_shared, n_expected);
    }
  }
  g_assert_cmpstr (px_story_view_get_status (fixture->view), ==, expected_status);

  /* Highlighted in both sentences' columns, as a number, with what it is
   * in the tooltip and the bar under the text. */
  {
    PxSourceColumn *gazette = px_story_view_get_compared_column (fixture->view, 0);
    PxSourceColumn *post = px_story_view_get_compared_column (fixture->view, 1);
    const char *tag = px_highlight_kind_get_tag_name (PX_HIGHLIGHT_NUMBER);
    g_autofree char *gazette_numbers = px_ui_test_tagged_text (gtk_text_view_get_buffer (px_source_column_get_text_view (gazette)), tag);
    g_autofree char *post_numbers = px_ui_test_tagged_text (gtk_text_view_get_buffer (px_source_column_get_text_view (post)), tag);
    g_autofree char *description = px_claim_item_difference_describe (link, G_MAXUINT);

    g_test_message ("numbers: %s / %s", gazette_numbers, post_numbers);
    g_assert_nonnull (strstr (gazette_numbers, "more than two years"));
    g_assert_nonnull (strstr (post_numbers, "nine months"));
    g_assert_nonnull (strstr (description, "more than two years"));
    g_assert_nonnull (strstr (description, "Parallax is confident"));
    {
      g_autofree char *between = g_strdup_printf ("Between claims %u and %u", px_claim_item_get_index (home) + 1,
                                                  px_claim_item_get_index (other) + 1);

      g_assert_nonnull (strstr (description, between));
    }
  }

  /* The "differ" filter keeps both claims. */
  px_claims_panel_set_filter (fixture->panel, PX_CLAIMS_FILTER_DIFFERENCES);
  {
    GListModel *visible = px_claims_panel_get_visible_claims (fixture->panel);
    gboolean home_kept = FALSE, other_kept = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
      {
        g_autoptr(PxClaimItem) item = g_list_model_get_item (visible, i);

        home_kept |= item == home;
        other_kept |= item == other;
      }
    g_assert_true (home_kept);
    g_assert_true (other_kept);
  }

  /* The other claim's row: a button to the first, which shows the link
   * itself there, in every column. */
  {
    g_autoptr(GVariant) target = g_variant_ref_sink (px_claim_item_difference_get_target (link, px_claim_item_get_index (other)));
    GtkWidget *button;
    PxSourceColumn *post = px_story_view_get_compared_column (fixture->view, 1);
    const char *summary;

    g_assert_true (g_variant_equal (target, g_variant_new ("(ui)", px_claim_item_get_index (home), (int) n_in_home)));
    px_claims_panel_select (fixture->panel, GTK_INVALID_LIST_POSITION);
    px_story_view_select_claim (fixture->view, other);
    for (guint i = 0; i < g_list_model_get_n_items (px_claims_panel_get_visible_claims (fixture->panel)); i++)
      {
        g_autoptr(PxClaimItem) item = g_list_model_get_item (px_claims_panel_get_visible_claims (fixture->panel), i);

        if (item == other)
          px_claims_panel_select (fixture->panel, i);
      }
    settle ();
    button = find_link_button (GTK_WIDGET (fixture->panel), target);
    g_assert_nonnull (button);
    /* By keyboard, from the row's menu (Shift+F10 or the Menu key). */
    {
      g_autofree char *go = g_strdup_printf ("Go to Claim %u", px_claim_item_get_index (home) + 1);

      assert_row_menu_has (fixture, gtk_widget_get_ancestor (button, PX_TYPE_CLAIM_ROW), go);
    }
    g_assert_nonnull (gtk_widget_get_tooltip_text (button));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "Parallax is confident"));
    g_signal_emit_by_name (button, "clicked");
    settle ();
    g_assert_cmpint (px_session_get_current_claim (session), ==, (int) px_claim_item_get_index (home));
    g_assert_true (px_session_get_difference (session, px_session_get_current_difference (session), &claim,
                                              &n_in_home));
    g_assert_cmpuint (claim, ==, px_claim_item_get_index (home));
    g_assert_cmpuint (n_in_home, ==, link->n_in_home);
    g_assert_true (px_story_view_get_current_claim (fixture->view) == home);
    g_assert_true (gtk_single_selection_get_selected_item (px_claims_panel_get_selection (fixture->panel)) == home);
    summary = px_source_column_get_summary (post);
    g_assert_nonnull (summary);
    g_assert_nonnull (strstr (summary, "nine months"));
    g_assert_nonnull (strstr (px_story_view_get_status (fixture->view), "Difference"));

    /* And back: the first claim's button goes to the other claim, whose
     * sentences are revealed; a column without one shows the link. */
    g_variant_unref (target);
    target = g_variant_ref_sink (px_claim_item_difference_get_target (link, px_claim_item_get_index (home)));
    g_assert_true (g_variant_equal (target, g_variant_new ("(ui)", px_claim_item_get_index (other), -1)));
    settle ();
    button = find_link_button (GTK_WIDGET (fixture->panel), target);
    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
    settle ();
    g_assert_cmpint (px_session_get_current_claim (session), ==, (int) px_claim_item_get_index (other));
    g_assert_cmpint (px_session_get_current_difference (session), ==, -1);
    g_assert_true (gtk_single_selection_get_selected_item (px_claims_panel_get_selection (fixture->panel)) == other);
    summary = px_source_column_get_summary (post);
    g_assert_nonnull (summary);
    g_assert_nonnull (strstr (summary, "more than two years"));
  }

  /* Alt+Down from the start reaches it, in reading order. */
  px_story_view_show_difference (fixture->view, 0, -1);
  while (px_story_view_get_current_claim (fixture->view) != home
         && px_story_view_move_to_difference (fixture->view, 1))
    ;
  g_assert_true (px_story_view_get_current_claim (fixture->view) == home);

  /* The table: the link's words in both rows' cells, and a line in each
   * row's header naming the other claim. */
  px_claims_panel_set_filter (fixture->panel, PX_CLAIMS_FILTER_ALL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "table"));
  px_ui_test_wait_for (table_has_rows, fixture->table, "the table's first rows", WAIT_SECONDS);
  {
    PxTableRow *row = table_row_of (fixture, other);
    g_autofree char *with = g_strdup_printf ("Number with claim %u", px_claim_item_get_index (home) + 1);

    g_assert_nonnull (strstr (px_table_row_get_header_text (row), with));
    g_assert_true (highlighted_as (px_table_row_get_text (row, 0), px_table_row_get_attributes (row, 0),
                                   "more than two years", PX_HIGHLIGHT_NUMBER));
    row = table_row_of (fixture, home);
    g_free (with);
    with = g_strdup_printf ("Number with claim %u", px_claim_item_get_index (other) + 1);
    g_assert_nonnull (strstr (px_table_row_get_header_text (row), with));
    g_assert_true (highlighted_as (px_table_row_get_text (row, 1), px_table_row_get_attributes (row, 1),
                                   "nine months", PX_HIGHLIGHT_NUMBER));
  }

  /* Less certain differences shown too: the summary says how many of
   * those shown Parallax is less sure of (the attribution, at 0.3). */
  g_settings_set_boolean (settings, "show-uncertain-differences", TRUE);
  g_settings_set_flags (settings, "highlight-kinds",
                        g_settings_get_flags (settings, "highlight-kinds") | (1u << PX_HIGHLIGHT_ATTRIBUTION));
  settle ();
  g_assert_cmpuint (px_session_get_n_less_certain (session), >=, 1);
  /* on a less certain one, the counter says so (in the columns, every difference in turn) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "columns"));
  px_story_view_show_difference (fixture->view, 0, -1);
  while (px_story_view_move_to_difference (fixture->view, 1))
    {
      guint n;
      PxDifference *difference;

      g_assert_true (px_session_get_difference (session, px_session_get_current_difference (session), &claim, &n));
      difference = px_session_get_claim_difference (session, claim, n);
      g_test_message ("status: %s", px_story_view_get_status (fixture->view));
      g_assert_cmpint (strstr (px_story_view_get_status (fixture->view), "less certain") != NULL, ==,
                       !px_difference_is_confident (difference));
      n_less_certain += !px_difference_is_confident (difference);
    }
  g_assert_cmpuint (n_less_certain, ==, px_session_get_n_less_certain (session));
  px_session_select_claim (session, -1);
  g_test_message ("status: %s", px_story_view_get_status (fixture->view));
  /* every band that has any, by name: the fairly sure ones too, which it
   * had left for the reader to work out ("7 differences, 1 confident, 1
   * less certain") */
  {
    guint n_shown = px_story_view_get_n_differences (fixture->view);
    guint n_sure = px_session_get_n_sure (session), n_less = px_session_get_n_less_certain (session);
    guint n_fair = n_shown - n_sure - n_less;
    g_autofree char *bands = NULL;

    g_test_message ("%u shown: %u confident, %u fairly sure, %u less certain", n_shown, n_sure, n_fair, n_less);
    g_assert_cmpuint (n_fair, >, 0);
    bands = n_sure > 0
            ? g_strdup_printf ("%u differences: %u confident, %u fairly sure, %u less certain", n_shown, n_sure, n_fair,
                               n_less)
            : g_strdup_printf ("%u differences: %u fairly sure, %u less certain", n_shown, n_fair, n_less);
    g_assert_nonnull (strstr (px_story_view_get_status (fixture->view), bands));
  }
  g_settings_reset (settings, "show-uncertain-differences");
  g_settings_reset (settings, "highlight-kinds");
}


/* While the table is shown, the columns are out of sight but still in the
 * accessibility tree: a column's menu pressed from there (as a screen
 * reader or UI automation can) must not open over the table; and back in
 * the columns it works again.
 */
static void
test_hidden_columns_inert (Fixture       *fixture,
                           gconstpointer  user_data)
{
  PxSourceColumn *column;
  GtkWidget *menu_button;
  GtkPopover *popover;

  open_demo_table (fixture);
  column = px_story_view_get_column (fixture->view, 0);
  menu_button = find_first (GTK_WIDGET (column), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  g_assert_false (gtk_widget_is_sensitive (menu_button));
  /* what an accessibility "click" does */
  gtk_widget_activate (menu_button);
  /* a button's activation lasts a quarter of a second */
  settle ();
  settle ();
  settle ();
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_assert_true (popover == NULL || !gtk_widget_get_visible (GTK_WIDGET (popover)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "columns"));
  g_assert_true (gtk_widget_is_sensitive (menu_button));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (fixture->table)));
  gtk_widget_activate (menu_button);
  /* a button's activation lasts a quarter of a second */
  settle ();
  settle ();
  settle ();
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_popover_popdown (popover);
  settle ();
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/table/demo", Fixture, NULL, fixture_set_up, test_table_demo, fixture_tear_down);
  g_test_add ("/table/navigate", Fixture, NULL, fixture_set_up, test_table_navigate, fixture_tear_down);
  g_test_add ("/table/filter-with-selection", Fixture, NULL, fixture_set_up, test_filter_with_selection,
              fixture_tear_down);
  g_test_add ("/table/annotate", Fixture, NULL, fixture_set_up, test_table_annotate, fixture_tear_down);
  g_test_add ("/table/opens-at-difference", Fixture, NULL, fixture_set_up, test_table_opens_at_difference,
              fixture_tear_down);
  g_test_add_func ("/table/scale", test_table_scale);
  g_test_add_func ("/table/row-long-sentence", test_row_long_sentence);
  g_test_add_func ("/table/row-overlapping-marks", test_row_overlapping_marks);
  g_test_add ("/history/refetch", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/history/one-version", Fixture, NULL, fixture_set_up, test_history_one_version, fixture_tear_down);
  g_test_add ("/table/claims-one-tab-stop", Fixture, NULL, fixture_set_up, test_claims_one_tab_stop,
              fixture_tear_down);
  g_test_add ("/table/linked-differences", Fixture, NULL, fixture_set_up, test_linked_differences,
              fixture_tear_down);
  g_test_add ("/table/hidden-columns-inert", Fixture, NULL, fixture_set_up, test_hidden_columns_inert,
              fixture_tear_down);

  return g_test_run ();
}
