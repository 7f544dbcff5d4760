/* px-story-view.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-story-view.h"

#include "px-outlets.h"
#include "px-safe-text.h"
#include "px-story-compare-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

struct _PxStoryView
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkStack *stack;
  GtkWidget *add_url_button;
  GtkScrolledWindow *columns_scroller;
  GtkBox *columns_box;
  GtkSizeGroup *header_group; /* the headers above a lede, one height for all */
  GtkFlowBox *legend_box;
  GtkSpinner *compare_spinner;
  GtkLabel *status_label;
  PxClaimsTable *claims_table;
  gboolean table_view;

  GPtrArray *columns;          /* PxSourceColumn, in display order */
  GListStore *claims;          /* PxClaimItem of the session's comparison, one per claim */

  PxSession *session;          /* the story shown: its sources, comparison and current claim */
  GListModel *sources;         /* the session's PxSource, one column each */
  double text_scale;
  gboolean kind_visible[PX_N_HIGHLIGHT_KINDS];

  /* What the columns scroll sideways to show (reveal_claim): by column,
   * the side of the current difference its sentence is on (>= 0), or
   * CARRIER for a column that carries the claim only, or NOT_SHOWN.
   */
  GArray *reveal_groups;
  guint reveal_tick_id;
  gboolean refreshing;  /* the claims made again: columns keep their place */
  int held_claim;       /* the claim kept then, shown as it was */
  int held_difference;
  guint reveal_ticks;
  GPtrArray *covering_panels; /* GtkWidget: panels that may lie over the columns */

  GtkBox *footer;
  int footer_width;           /* the width the footer's layout was chosen for */
  guint footer_idle_id;
};

#define CARRIER   (-1)
#define NOT_SHOWN (-2)

G_DEFINE_FINAL_TYPE (PxStoryView, px_story_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_COLUMNS,
  PROP_COMPARING,
  PROP_CURRENT_DIFFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  COLUMN_LOADED,
  REMOVE_SOURCE,
  RENAME_SOURCE,
  MOVE_SOURCE,
  LOAD_SOURCE,
  REPLACE_SOURCE,
  OPEN_ORIGINAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How many of the claims shown two or more outlets carry, as the CLI
 * counts them ("N carried by more than one source").
 */
static guint
count_shared (PxStoryView *self)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->claims)); i++)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (G_LIST_MODEL (self->claims), i);

      n += px_claim_item_get_n_carriers (claim) > 1;
    }
  return n;
}

/* How sure Parallax is of the differences shown, in the words each one's
 * tooltip uses, every band that has any said by name: "6 differences: 1
 * confident, 5 fairly sure", "4 differences: 2 confident, 1 fairly sure,
 * 1 less certain"; of one band only, "5 confident differences", "3
 * differences, fairly sure", "2 differences, less certain". It had said
 * "7 differences, 1 confident, 1 less certain", leaving the reader to work
 * out that the other five were fairly sure; before that, a count of
 * "confident differences" that were only fairly sure told a reader more
 * than the differences themselves did.
 */
static char *
describe_certainty (guint n_differences,
                    guint n_sure,
                    guint n_less_certain)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  guint n_fair = n_differences - MIN (n_differences, n_sure + n_less_certain);

  if (n_sure == n_differences)
    /* Translators: the middle of "12 shared claims · 5 confident differences": Parallax is
     * confident of every one ("Parallax is confident this difference is real.") */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u confident difference", "%u confident differences",
                                         n_differences),
                            n_differences);
  if (n_fair == n_differences)
    /* Translators: the middle of "12 shared claims · 5 differences, fairly sure": Parallax is fairly
     * sure of every one ("Parallax is fairly sure this difference is real.") */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u difference, fairly sure",
                                         "%u differences, fairly sure", n_differences),
                            n_differences);
  if (n_less_certain == n_differences)
    /* Translators: the middle of "12 shared claims · 2 differences, less certain": every difference
     * shown is one Parallax is not sure of, as in the preference "Show less certain differences" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u difference, less certain",
                                         "%u differences, less certain", n_differences),
                            n_differences);

  if (n_sure > 0)
    /* Translators: part of "6 differences: 1 confident, 3 fairly sure, 2 less certain": of the
     * differences shown, those Parallax is confident of ("Parallax is confident this difference is
     * real.") */
    g_ptr_array_add (parts, g_strdup_printf (_("%u confident"), n_sure));
  if (n_fair > 0)
    /* Translators: part of "6 differences: 1 confident, 3 fairly sure, 2 less certain": of the
     * differences shown, those Parallax is fairly sure of ("Parallax is fairly sure this difference is
     * real.") */
    g_ptr_array_add (parts, g_strdup_printf (_("%u fairly sure"), n_fair));
  if (n_less_certain > 0)
    /* Translators: part of "6 differences: 1 confident, 3 fairly sure, 2 less certain", as in the
     * preference "Show less certain differences" */
    g_ptr_array_add (parts, g_strdup_printf (_("%u less certain"), n_less_certain));
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator of "6 differences: 1 confident, 3 fairly sure, 2 less certain" */
  joined = g_strjoinv (_(", "), (char **) parts->pdata);
  /* Translators: the middle of "12 shared claims · 6 differences: 1 confident, 3 fairly sure, 2 less
   * certain"; %s is how many Parallax is confident of, fairly sure of and less certain of, each
   * said only when there is any */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u difference: %s", "%u differences: %s", n_differences),
                          n_differences, joined);
}

static void queue_footer_layout (PxStoryView *self);

static void
update_status (PxStoryView *self)
{
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  guint n_claims = g_list_model_get_n_items (G_LIST_MODEL (self->claims));
  gboolean comparing = self->session != NULL && px_session_get_comparing (self->session);
  const char *error = self->session != NULL ? px_session_get_compare_error (self->session) : NULL;
  int current = px_story_view_get_current_difference (self);
  guint n_differences = px_story_view_get_n_differences (self);
  guint n_hidden = self->session != NULL ? px_session_get_n_hidden (self->session) : 0;
  guint n_less_certain = self->session != NULL ? px_session_get_n_less_certain (self->session) : 0;
  guint n_sure = self->session != NULL ? px_session_get_n_sure (self->session) : 0;

  guint n_loading = 0;
  guint n_ready = 0;

  for (guint i = 0; i < self->columns->len; i++)
    {
      PxSourceState state = px_source_get_state (px_source_column_get_source (g_ptr_array_index (self->columns, i)));

      n_loading += state == PX_SOURCE_LOADING;
      n_ready += state == PX_SOURCE_READY;
    }

  gtk_spinner_set_spinning (self->compare_spinner, comparing);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_spinner), comparing);

  if (comparing)
    text = g_strdup (_("Comparing…"));
  else if (n_loading > 0 && self->columns->len > 1 && n_claims == 0)
    /* Translators: the sources are compared once every one has loaded
     * (or failed), or after a few seconds those that have; until then
     * nothing is counted.
     */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comparing once %u more source has loaded",
                                         "Comparing once %u more sources have loaded", n_loading),
                            n_loading);
  else if (error != NULL)
    text = g_strdup (error);
  else if (n_claims > 0 && current >= 0)
    {
      guint claim, n_in_claim;
      PxDifference *difference = NULL;

      if (px_session_get_difference (self->session, current, &claim, &n_in_claim))
        difference = px_session_get_claim_difference (self->session, claim, n_in_claim);
      if (difference != NULL && !px_difference_is_confident (difference))
        /* Translators: position in the list of differences, "Difference 2 of 9", of one Parallax is
         * not sure of (shown with "Show less certain differences") */
        text = g_strdup_printf (_("Difference %d of %u, less certain"), current + 1, n_differences);
      else
        /* Translators: position in the list of differences, "Difference 2 of 9" */
        text = g_strdup_printf (_("Difference %d of %u"), current + 1, n_differences);
    }
  else if (n_claims > 0)
    {
      /* The claims two or more outlets carry: only they can differ. The
       * sentences one outlet alone carries are claims too, but counting
       * them in ("67 claims" where 6 are shared) told a reader nothing
       * about the comparison; they are counted apart, in the tooltip.
       */
      guint n_shared = count_shared (self);
      g_autofree char *claims = NULL;
      g_autofree char *diffs = NULL;

      if (n_shared > 0)
        /* Translators: the first part of "6 shared claims · 2 confident differences": claims that
         * two or more of the outlets report */
        claims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shared claim", "%u shared claims", n_shared),
                                  n_shared);
      else
        /* Translators: the first part of "no shared claims · no differences": no claim is reported by
         * more than one of the outlets */
        claims = g_strdup (_("no shared claims"));

      if (n_differences > 0)
        diffs = describe_certainty (n_differences, n_sure, n_less_certain);
      else if (n_hidden > 0)
        /* Translators: the middle of "6 shared claims · no differences shown · 2 less certain
         * hidden": Parallax found differences, but is not sure enough of any to show it by default */
        diffs = g_strdup (_("no differences shown"));
      else
        /* Translators: the middle of "11 shared claims · no differences found": Parallax found none,
         * which does not mean the outlets agree on everything */
        diffs = g_strdup (_("no differences found"));

      if (n_shared == 0 && n_differences == 0 && n_hidden == 0)
        /* Translators: no claim is reported by more than one outlet: every sentence is marked "Only
         * this outlet", which happens when the reports are of different events */
        text = g_strdup (_("No claim is shared: these reports may not be of the same event"));
      else if (n_hidden > 0)
        {
          /* Translators: the last part of "12 shared claims · 5 confident differences · 3 less certain hidden":
           * differences Parallax is not sure of, shown with "Show less certain differences" */
          g_autofree char *hidden = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u less certain hidden",
                                                                  "%u less certain hidden", n_hidden),
                                                     n_hidden);

          text = g_strdup_printf ("%s · %s · %s", claims, diffs, hidden);
        }
      else
        text = g_strdup_printf ("%s · %s", claims, diffs);

      /* Compared without a page slow to answer, until it does. */
      if (n_loading > 0)
        {
          /* Translators: the end of "11 shared claims · no differences found · 1 source still
           * loading": the comparison shown leaves out a source that has not loaded yet */
          g_autofree char *waiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source still loading",
                                                                   "%u sources still loading", n_loading),
                                                      n_loading);
          char *longer = g_strdup_printf ("%s · %s", text, waiting);

          g_free (text);
          text = longer;
        }

      {
        g_autofree char *shared = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                /* Translators: the status line's tooltip, first
                                                                 * sentence: claims two or more outlets report */
                                                                "%u claim is reported by more than one outlet.",
                                                                "%u claims are reported by more than one outlet.",
                                                                n_shared),
                                                   n_shared);
        g_autofree char *single = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                /* Translators: the status line's tooltip, second
                                                                 * sentence: claims (sentences) that only one of
                                                                 * the outlets reports, marked "Only this outlet"
                                                                 * in its column */
                                                                "%u claim is reported by one outlet only.",
                                                                "%u claims are reported by one outlet only.",
                                                                n_claims - n_shared),
                                                   n_claims - n_shared);

        tooltip = g_strdup_printf ("%s %s", shared, single);
        /* What "confident" rests on: seen on real coverage, a confident
         * "1993 vs Feb. 6, 1995" paired a player's retirement with his
         * jersey's. */
        if (n_differences > 0)
          {
            char *longer = g_strdup_printf ("%s\n%s", tooltip,
                                            _("How sure Parallax is rests on the wordings it compared. It can "
                                              "pair two sentences that tell different facts: read both before "
                                              "relying on a difference."));

            g_free (tooltip);
            tooltip = longer;
          }
      }
    }
  /* Nothing to compare: the line said nothing at all, and with the claims
   * panel folded away nothing else did either.
   */
  else if (n_loading == 0 && n_ready == 0 && self->columns->len > 0)
    /* Translators: every source of the story failed to load */
    text = g_strdup (_("No source could be read: nothing to compare"));
  else if (n_loading == 0 && n_ready == 1 && self->columns->len > 1)
    /* Translators: one source loaded, the others failed */
    text = g_strdup (_("Only one source could be read: nothing to compare"));
  else if (n_loading == 0 && n_ready == 1)
    /* Translators: the story has one source; a comparison needs two */
    text = g_strdup (_("Add another outlet’s report to compare it with"));
  else
    text = g_strdup ("");

  gtk_label_set_label (self->status_label, text);
  queue_footer_layout (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), tooltip);
  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    tooltip, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->status_label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* A story without sources: its first action, Add Web Address…, takes the
 * focus, as the one a keyboard user does next (after Ctrl+N the focus had
 * stayed on whatever had it, the header's Library button: Tab went on
 * through the header first). FALSE when the story has sources.
 */
gboolean
px_story_view_focus_first_action (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), FALSE);

  if (self->columns->len > 0)
    return FALSE;
  return gtk_widget_grab_focus (self->add_url_button);
}

static void
update_columns (PxStoryView *self)
{
  gtk_stack_set_visible_child_name (self->stack, self->columns->len == 0 ? "empty"
                                                : self->table_view ? "table" : "columns");
  /* A key to colours with nothing coloured: a new story showed the seven
   * kinds under its "No Sources Yet". */
  gtk_widget_set_visible (GTK_WIDGET (self->legend_box), self->columns->len > 0);
  /* The pages out of sight are insensitive: their controls stay in the
   * accessibility tree, and a column's menu opened from there (by a
   * screen reader or UI automation) popped up over the table, or off any
   * monitor ("gdk_monitor_get_geometry" criticals).
   */
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    gtk_widget_set_sensitive (page, page == gtk_stack_get_visible_child (self->stack));

  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_set_can_move (g_ptr_array_index (self->columns, i), i > 0, i + 1 < self->columns->len);
}

static void
clear_claims (PxStoryView *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_clear_highlights (g_ptr_array_index (self->columns, i));
  g_list_store_remove_all (self->claims);
  px_claims_table_set_sources (self->claims_table, NULL, NULL, 0);
}

/* The column of the comparison's source @source; NULL when it has been
 * removed since the comparison was made.
 */
static PxSourceColumn *
column_for_source (PxStoryView *self,
                   guint        source)
{
  PxSource *compared;

  if (self->session == NULL || (compared = px_session_get_compared_source (self->session, source)) == NULL)
    return NULL;

  for (guint i = 0; i < self->columns->len; i++)
    if (px_source_column_get_source (g_ptr_array_index (self->columns, i)) == compared)
      return g_ptr_array_index (self->columns, i);

  return NULL;
}

/* The comparison's source index of @column's source; FALSE when it was not compared. */
static gboolean
compared_index (PxStoryView    *self,
                PxSourceColumn *column,
                guint          *source)
{
  PxComparison *comparison = self->session != NULL ? px_session_get_comparison (self->session) : NULL;

  for (guint i = 0; comparison != NULL && i < px_comparison_get_n_sources (comparison); i++)
    if (px_session_get_compared_source (self->session, i) == px_source_column_get_source (column))
      {
        *source = i;
        return TRUE;
      }

  return FALSE;
}

/* @claim's outlets by source index, NULL-terminated, for its
 * descriptions. */
static GPtrArray *
claim_outlets (PxClaimItem *claim)
{
  GPtrArray *outlets = g_ptr_array_new ();

  for (guint s = 0; s < px_claim_item_get_n_sources (claim); s++)
    g_ptr_array_add (outlets, (gpointer) px_claim_item_get_outlet (claim, s));
  g_ptr_array_add (outlets, NULL);

  return outlets;
}

static void
apply_claims (PxStoryView *self,
              GPtrArray   *items,
              guint        n_sources)
{
  /* which sources a claim of two or more reports has, and which have one
   * of their own */
  g_autofree gboolean *shares = g_new0 (gboolean, n_sources + 1);
  g_autofree gboolean *alone = g_new0 (gboolean, n_sources + 1);

  for (guint i = 0; i < items->len; i++)
    {
      PxClaimItem *claim = g_ptr_array_index (items, i);
      gboolean unique = px_claim_item_is_unique (claim);
      g_autoptr(GPtrArray) names = claim_outlets (claim);
      const char * const *outlets = (const char * const *) names->pdata;

      for (guint d = 0; d < px_claim_item_get_n_differences (claim); d++)
        {
          const PxClaimItemDifference *difference = px_claim_item_get_difference (claim, d);

          /* A difference between claims marks the sentences of both;
           * each column's tooltip gives every outlet's words, its own first. */
          for (guint r = 0; r < difference->ranges->len; r++)
            {
              const PxClaimItemRange *range = &g_array_index (difference->ranges, PxClaimItemRange, r);
              PxSourceColumn *column = column_for_source (self, range->source);
              g_autofree char *description = NULL;
              g_autofree char *brief = NULL;

              if (column == NULL)
                continue;
              description = px_claim_item_difference_describe_words (difference, range->source, outlets);
              /* the bar when the keyboard's cursor is in it: compact as
               * when Alt+Down shows it, the description in its tooltip */
              brief = px_claim_item_difference_describe_brief_for (difference, range->source, outlets);
              px_source_column_add_highlight_brief (column, difference->kind, range->start, range->end, description,
                                                    brief);
            }
        }

      /* Each sentence of its own: from the first to the last had marked
       * the sentences of other claims between them too. */
      if (unique)
        {
          GArray *members = px_claim_item_get_members (claim);

          for (guint m = 0; m < members->len; m++)
            {
              const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);
              PxSourceColumn *column = column_for_source (self, member->source);

              if (column != NULL)
                px_source_column_add_highlight (column, PX_HIGHLIGHT_UNIQUE, member->start, member->end, NULL);
              if (member->source < n_sources)
                alone[member->source] = TRUE;
            }
        }
      /* a date line or byline is no claim shared */
      else if (!px_claim_item_is_furniture (claim) && px_claim_item_get_n_carriers (claim) > 1)
        {
          GArray *members = px_claim_item_get_members (claim);

          for (guint m = 0; m < members->len; m++)
            {
              const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);

              if (member->source < n_sources)
                shares[member->source] = TRUE;
            }
        }
    }
  /* A report none of whose sentences is in a shared claim (of another
   * event, most often) says so once: grey italics from top to bottom
   * were hard to read. One report alone is compared with nothing: its
   * sentences are shown as they were. */
  for (guint source = 0; n_sources > 1 && source < n_sources; source++)
    {
      PxSourceColumn *column = column_for_source (self, source);

      if (column != NULL && alone[source] && !shares[source])
        px_source_column_set_shares_nothing (column, TRUE);
    }

  g_list_store_splice (self->claims, 0, 0, items->pdata, items->len);
}

static void reveal_current (PxStoryView *self);

/* A column left out of the comparison (it failed, or is loading) whose
 * outlet a compared column has too is told apart from it as the
 * comparison tells its own: by its folder ("b/source") when both are
 * files named alike in two folders, else numbered after them ("BBC (3)"):
 * two columns had both said "BBC", one with the page and one with why the
 * other page failed.
 */
static void
number_uncompared_columns (PxStoryView *self)
{
  guint n = self->columns->len;
  g_autofree const char **outlets = g_new0 (const char *, n + 1);
  g_autofree const char **inputs = g_new0 (const char *, n + 1);
  g_autofree char **folder_labels = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      PxSourceColumn *column = g_ptr_array_index (self->columns, i);
      PxSource *source = px_source_column_get_source (column);

      outlets[i] = px_source_column_get_outlet (column);
      inputs[i] = source != NULL ? px_source_get_input (source) : NULL;
    }
  px_outlet_folder_labels (outlets, inputs, NULL, n, folder_labels);

  for (guint i = 0; i < n; i++)
    {
      PxSourceColumn *column = g_ptr_array_index (self->columns, i);
      const char *outlet = outlets[i];
      g_autofree char *label = NULL;
      guint source, same = 0;

      if (compared_index (self, column, &source))
        continue;
      if (outlet == NULL)
        {
          px_source_column_set_label (column, NULL);
          continue;
        }
      for (guint j = 0; j < n; j++)
        {
          PxSourceColumn *other = g_ptr_array_index (self->columns, j);

          if (j != i && g_strcmp0 (outlets[j], outlet) == 0 && (j < i || compared_index (self, other, &source)))
            same++;
        }
      if (same == 0)
        {
          px_source_column_set_label (column, NULL);
          continue;
        }
      label = folder_labels[i] != NULL ? g_strdup (folder_labels[i]) : px_outlet_numbered (outlet, same + 1);
      px_source_column_set_label (column, label);
    }
  for (guint i = 0; i < n; i++)
    g_free (folder_labels[i]);
}

/* The session compared its sources again, or shows other differences of
 * them: the claims and highlights are made again from its comparison.
 */
static void
differences_changed_cb (PxStoryView *self)
{
  PxComparison *comparison = px_session_get_comparison (self->session);

  clear_claims (self);
  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_set_label (g_ptr_array_index (self->columns, i), NULL);
  if (comparison != NULL)
    {
      g_autoptr(GPtrArray) items = _px_story_claims (self->session);
      guint n_sources = px_comparison_get_n_sources (comparison);
      g_autofree PxArticle **articles = g_new0 (PxArticle *, n_sources + 1);
      g_auto(GStrv) outlets = g_new0 (char *, n_sources + 1);

      for (guint i = 0; i < n_sources; i++)
        {
          /* The summaries' names: two sources of one outlet told apart. */
          const char *label = px_comparison_get_source_label (comparison, i);
          PxSourceColumn *column = column_for_source (self, i);

          articles[i] = px_comparison_get_source (comparison, i);
          outlets[i] = px_safe_text_line (label, -1);
          if (column != NULL && g_strcmp0 (label, px_source_column_get_outlet (column)) != 0)
            px_source_column_set_label (column, label);
        }
      /* The table's columns first, so its rows are bound once. */
      px_claims_table_set_sources (self->claims_table, articles, (const char **) outlets, n_sources);
      apply_claims (self, items, n_sources);
      number_uncompared_columns (self);
    }

  /* The claim kept: a column showing the same passage stays where the
   * reader has it (a source removed, brought back or moved had scrolled
   * every column back to the claim).
   */
  self->refreshing = TRUE;
  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_hold_place (g_ptr_array_index (self->columns, i), TRUE);
  reveal_current (self);
  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_hold_place (g_ptr_array_index (self->columns, i), FALSE);
  self->refreshing = FALSE;
  /* Its notification, which comes next, shows nothing more. */
  self->held_claim = px_session_get_current_claim (self->session);
  self->held_difference = px_session_get_current_difference (self->session);
  update_status (self);
  /* Last, so listeners see the new claims and differences. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARING]);
}

static void
session_comparing_cb (PxStoryView *self)
{
  update_status (self);
  if (px_session_get_comparing (self->session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARING]);
}

static void
current_changed_cb (PxStoryView *self)
{
  gboolean shown = self->held_claim >= 0 && self->held_claim == px_session_get_current_claim (self->session)
                   && self->held_difference == px_session_get_current_difference (self->session);

  /* Kept while it stays current: the claim's and the difference's
   * notifications come one after the other. */
  if (!shown)
    {
      self->held_claim = self->held_difference = -1;
      reveal_current (self);
    }
  update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_DIFFERENCE]);
}

/* The headers of the columns whose text starts with its lede share one
 * height, so the ledes start on one line; the others (a plain text's
 * headline is its first line; a column loading or failed has no text) are
 * as tall as what they show.
 */
static void
update_header_group (PxStoryView *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      PxSourceColumn *column = g_ptr_array_index (self->columns, i);
      GtkWidget *header = px_source_column_get_header (column);
      gboolean in = g_slist_find (gtk_size_group_get_widgets (self->header_group), header) != NULL;
      gboolean lines_up = px_source_column_header_lines_up (column);

      if (lines_up && !in)
        gtk_size_group_add_widget (self->header_group, header);
      else if (!lines_up && in)
        gtk_size_group_remove_widget (self->header_group, header);
    }
}

static void
source_state_cb (PxSource    *source,
                 GParamSpec  *pspec,
                 PxStoryView *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      PxSourceColumn *column = g_ptr_array_index (self->columns, i);

      if (px_source_column_get_source (column) == source && px_source_get_state (source) == PX_SOURCE_READY)
        g_signal_emit (self, signals[COLUMN_LOADED], 0, column);
    }
  update_header_group (self);
  /* a source that failed with no comparison to follow (the one other
   * source of its outlet is alone) is numbered now */
  number_uncompared_columns (self);
  update_status (self);
}

/* The user asks to remove the source: whoever owns the story does, and the
 * column goes with it.
 */
static void
column_remove_cb (PxSourceColumn *column,
                  PxStoryView    *self)
{
  g_signal_emit (self, signals[REMOVE_SOURCE], 0, px_source_column_get_source (column));
}

static void
column_rename_cb (PxSourceColumn *column,
                  PxStoryView    *self)
{
  g_signal_emit (self, signals[RENAME_SOURCE], 0, px_source_column_get_source (column));
}

static void
column_load_cb (PxSourceColumn *column,
                PxStoryView    *self)
{
  g_signal_emit (self, signals[LOAD_SOURCE], 0, px_source_column_get_source (column));
}

static void
column_replace_cb (PxSourceColumn *column,
                   const char     *input,
                   PxStoryView    *self)
{
  g_signal_emit (self, signals[REPLACE_SOURCE], 0, px_source_column_get_source (column), input);
}

static void
column_open_original_cb (PxSourceColumn *column,
                         PxStoryView    *self)
{
  g_signal_emit (self, signals[OPEN_ORIGINAL], 0, column);
}

static void
column_move_cb (PxSourceColumn *column,
                int             delta,
                PxStoryView    *self)
{
  guint index;

  if (!g_ptr_array_find (self->columns, column, &index))
    return;
  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= self->columns->len))
    return;

  g_signal_emit (self, signals[MOVE_SOURCE], 0, px_source_column_get_source (column), index + delta);
  gtk_widget_grab_focus (GTK_WIDGET (px_source_column_get_text_view (column)));
}

static PxSourceColumn *
column_new (PxStoryView *self,
            PxSource    *source)
{
  PxSourceColumn *column = g_object_ref_sink (px_source_column_new (source));

  px_source_column_set_text_scale (column, self->text_scale);
  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    px_source_column_set_kind_visible (column, k, self->kind_visible[k]);

  g_signal_connect_object (source, "notify::state", G_CALLBACK (source_state_cb), self, 0);
  g_signal_connect_object (column, "remove-requested", G_CALLBACK (column_remove_cb), self, 0);
  g_signal_connect_object (column, "rename-requested", G_CALLBACK (column_rename_cb), self, 0);
  g_signal_connect_object (column, "move-requested", G_CALLBACK (column_move_cb), self, 0);
  g_signal_connect_object (column, "load-requested", G_CALLBACK (column_load_cb), self, 0);
  g_signal_connect_object (column, "replace-requested", G_CALLBACK (column_replace_cb), self, 0);
  g_signal_connect_object (column, "open-original", G_CALLBACK (column_open_original_cb), self, 0);

  return column;
}

static void
update_banner (PxStoryView *self)
{
  gboolean sample = FALSE;

  for (guint i = 0; i < self->columns->len; i++)
    sample |= px_source_column_is_sample (g_ptr_array_index (self->columns, i));
  px_story_view_set_banner (self, sample ? _("Sample reports written for the Parallax demo, not the outlets’ own text.")
                                         : NULL);
}

#define COLUMN_PLACE "px-story-view-column-place"

/* The columns follow the sources: a source that moves keeps its column. */
static void
sources_changed_cb (PxStoryView *self,
                    guint        position,
                    guint        removed,
                    guint        added,
                    GListModel  *sources)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (gone, g_ptr_array_steal_index (self->columns, position));

  /* A source still there (moved) keeps its column, moved in the box, never
   * taken out of it: a column taken out and put back lost its menu's
   * state (Move Left stayed greyed out once it had moved right).
   */
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(PxSource) source = g_list_model_get_item (sources, position + i);
      PxSourceColumn *column = NULL;
      GtkWidget *after = position + i > 0 ? g_ptr_array_index (self->columns, position + i - 1) : NULL;

      for (guint j = 0; j < gone->len && column == NULL; j++)
        if (px_source_column_get_source (g_ptr_array_index (gone, j)) == source)
          column = g_ptr_array_steal_index (gone, j);
      if (column != NULL)
        {
          gtk_box_reorder_child_after (self->columns_box, GTK_WIDGET (column), after);
        }
      else
        {
          PxColumnPlace *place = g_object_steal_data (G_OBJECT (source), COLUMN_PLACE);

          column = column_new (self, source);
          gtk_box_insert_child_after (self->columns_box, GTK_WIDGET (column), after);
          /* Its column made anew (the toast's Undo): where the reader was. */
          if (place != NULL)
            px_source_column_set_place (column, place);
          g_free (place);
        }
      g_ptr_array_insert (self->columns, position + i, column);
    }

  for (guint j = 0; j < gone->len; j++)
    {
      PxSourceColumn *column = g_ptr_array_index (gone, j);
      GtkWidget *header = px_source_column_get_header (column);
      PxColumnPlace place;

      /* Kept with the source for as long as it lives: a removal undone
       * makes its column again, at the same place in its text.
       */
      if (px_source_column_get_place (column, &place))
        g_object_set_data_full (G_OBJECT (px_source_column_get_source (column)), COLUMN_PLACE,
                                g_memdup2 (&place, sizeof place), g_free);

      if (g_slist_find (gtk_size_group_get_widgets (self->header_group), header) != NULL)
        gtk_size_group_remove_widget (self->header_group, header);
      gtk_box_remove (self->columns_box, GTK_WIDGET (column));
      g_signal_handlers_disconnect_by_data (px_source_column_get_source (column), self);
      g_signal_handlers_disconnect_by_data (column, self);
    }
  update_header_group (self);

  /* What was to be scrolled to was marked by the old order. */
  g_array_set_size (self->reveal_groups, 0);
  update_columns (self);
  update_status (self);
  update_banner (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_COLUMNS]);
}

void
px_story_view_set_session (PxStoryView *self,
                           PxSession   *session)
{
  GListModel *sources = session != NULL ? px_session_get_sources (session) : NULL;
  guint n_old;

  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (session == NULL || PX_IS_SESSION (session));

  if (self->session == session)
    return;
  n_old = self->columns->len;
  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_func (self->sources, sources_changed_cb, self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  g_set_object (&self->sources, sources);
  if (session != NULL)
    {
      g_signal_connect_object (sources, "items-changed", G_CALLBACK (sources_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "differences-changed", G_CALLBACK (differences_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::comparing", G_CALLBACK (session_comparing_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::current-claim", G_CALLBACK (current_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::current-difference", G_CALLBACK (current_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  sources_changed_cb (self, 0, n_old, sources != NULL ? g_list_model_get_n_items (sources) : 0, sources);
  if (session != NULL)
    differences_changed_cb (self);
  else
    clear_claims (self);
}

PxSession *
px_story_view_get_session (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return self->session;
}

static gboolean
reveal_column_tick_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  PxStoryView *self = PX_STORY_VIEW (widget);
  PxSourceColumn *column = user_data;
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (self->columns_scroller);
  graphene_rect_t bounds;
  double left, right, page;

  if (!g_ptr_array_find (self->columns, column, NULL))
    return G_SOURCE_REMOVE;
  /* Not laid out yet, or the box not grown to hold it yet. */
  if (!gtk_widget_compute_bounds (GTK_WIDGET (column), GTK_WIDGET (self->columns_box), &bounds)
      || bounds.size.width <= 0
      || gtk_adjustment_get_upper (hadjustment) < bounds.origin.x + bounds.size.width)
    return G_SOURCE_CONTINUE;

  left = bounds.origin.x;
  right = left + bounds.size.width;
  page = gtk_adjustment_get_page_size (hadjustment);
  if (right > gtk_adjustment_get_value (hadjustment) + page)
    gtk_adjustment_set_value (hadjustment, right - page);
  if (left < gtk_adjustment_get_value (hadjustment))
    gtk_adjustment_set_value (hadjustment, left);

  return G_SOURCE_REMOVE;
}

void
px_story_view_reveal_source (PxStoryView *self,
                             PxSource    *source)
{
  PxSourceColumn *column = NULL;

  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (PX_IS_SOURCE (source));

  for (guint i = 0; i < self->columns->len && column == NULL; i++)
    if (px_source_column_get_source (g_ptr_array_index (self->columns, i)) == source)
      column = g_ptr_array_index (self->columns, i);
  if (column == NULL)
    return;

  gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_column_tick_cb, g_object_ref (column), g_object_unref);
}

GtkAdjustment *
px_story_view_get_columns_adjustment (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return gtk_scrolled_window_get_hadjustment (self->columns_scroller);
}

/* Where a popover held by the story view points: @rect in @widget's
 * coordinates (px_story_view_point_popover()).
 */
typedef struct
{
  GWeakRef widget;
  GdkRectangle rect;
} Passage;

#define PASSAGE_KEY "px-story-view-passage"

static void
passage_free (gpointer data)
{
  Passage *passage = data;

  g_weak_ref_clear (&passage->widget);
  g_free (passage);
}

/* Points @popover at its passage where the columns' view shows it, else
 * at the nearest point of that view. GTK 4.8 on X11 places a popover on
 * the monitor under the point it points at, and asks the size of no
 * monitor when that point is off every one: a critical, and the popover
 * placed by whatever lay on the stack (2026-12-07: window36 saw it under
 * AddressSanitizer, with the columns scrolled sideways as the popover
 * opened). The popover had been a child of its column (window34), and GTK
 * moves a popover with its parent by itself, to where the passage had
 * gone, off the window; the story view does not move as the columns
 * scroll, and places it here instead.
 */
static void
place_popover (PxStoryView *self,
               GtkPopover  *popover)
{
  Passage *passage = g_object_get_data (G_OBJECT (popover), PASSAGE_KEY);
  g_autoptr(GtkWidget) widget = passage != NULL ? g_weak_ref_get (&passage->widget) : NULL;
  graphene_rect_t shown;
  graphene_point_t point;
  GdkRectangle rect, current;

  if (widget == NULL
      || !gtk_widget_compute_point (widget, GTK_WIDGET (self),
                                    &GRAPHENE_POINT_INIT (passage->rect.x, passage->rect.y), &point))
    return;
  if (!gtk_widget_compute_bounds (GTK_WIDGET (self->columns_scroller), GTK_WIDGET (self), &shown))
    graphene_rect_init (&shown, 0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                        gtk_widget_get_height (GTK_WIDGET (self)));
  rect = passage->rect;
  rect.x = (int) floorf (point.x);
  rect.y = (int) floorf (point.y);
  if (!graphene_rect_contains_point (&shown, &point))
    {
      rect.x = (int) CLAMP (point.x, shown.origin.x, MAX (shown.origin.x, shown.origin.x + shown.size.width - 1));
      rect.y = (int) CLAMP (point.y, shown.origin.y, MAX (shown.origin.y, shown.origin.y + shown.size.height - 1));
      rect.width = rect.height = 1;
    }
  if (!gtk_popover_get_pointing_to (popover, &current) || !gdk_rectangle_equal (&current, &rect))
    gtk_popover_set_pointing_to (popover, &rect);
}

/* The columns scrolled sideways: the popovers follow their passages
 * once the columns are laid out where they scrolled to.
 */
static void
columns_scrolled_cb (PxStoryView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      {
        gtk_widget_queue_allocate (GTK_WIDGET (self));
        return;
      }
}

void
px_story_view_point_popover (PxStoryView        *self,
                             GtkPopover         *popover,
                             GtkWidget          *widget,
                             const GdkRectangle *rect)
{
  Passage *passage;

  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (GTK_IS_POPOVER (popover));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (rect != NULL);

  if (gtk_widget_get_parent (GTK_WIDGET (popover)) == NULL)
    gtk_widget_set_parent (GTK_WIDGET (popover), GTK_WIDGET (self));
  g_return_if_fail (gtk_widget_get_parent (GTK_WIDGET (popover)) == GTK_WIDGET (self));

  passage = g_new0 (Passage, 1);
  g_weak_ref_init (&passage->widget, widget);
  passage->rect = *rect;
  passage->rect.width = MAX (passage->rect.width, 1);
  passage->rect.height = MAX (passage->rect.height, 1);
  g_object_set_data_full (G_OBJECT (popover), PASSAGE_KEY, passage, passage_free);
  place_popover (self, popover);
}

gboolean
px_story_view_get_popover_over (PxStoryView *self,
                                GtkWidget   *widget)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Passage *passage = g_object_get_data (G_OBJECT (child), PASSAGE_KEY);
      g_autoptr(GtkWidget) pointed = passage != NULL ? g_weak_ref_get (&passage->widget) : NULL;

      if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child) && gtk_popover_get_autohide (GTK_POPOVER (child))
          && pointed != NULL && (pointed == widget || gtk_widget_is_ancestor (pointed, widget)))
        return TRUE;
    }
  return FALSE;
}

int
px_story_view_get_columns_min_width (PxStoryView *self)
{
  int minimum = 0;

  g_return_val_if_fail (PX_IS_STORY_VIEW (self), 0);

  if (self->columns->len == 0 || self->table_view)
    return 0;
  gtk_widget_measure (GTK_WIDGET (self->columns_box), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

guint
px_story_view_get_n_columns (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), 0);

  return self->columns->len;
}

PxSourceColumn *
px_story_view_get_column (PxStoryView *self,
                          guint        index)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);

  return g_ptr_array_index (self->columns, index);
}

PxSourceColumn *
px_story_view_get_compared_column (PxStoryView *self,
                                   guint        source)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return column_for_source (self, source);
}

void
px_story_view_set_banner (PxStoryView *self,
                          const char  *text)
{
  g_return_if_fail (PX_IS_STORY_VIEW (self));

  if (text != NULL)
    gtk_label_set_label (self->banner_label, text);
  gtk_revealer_set_reveal_child (self->banner_revealer, text != NULL);
}

const char *
px_story_view_get_banner (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner_revealer))
    return NULL;

  return gtk_label_get_label (self->banner_label);
}

void
px_story_view_set_text_scale (PxStoryView *self,
                              double       scale)
{
  g_return_if_fail (PX_IS_STORY_VIEW (self));

  self->text_scale = scale;
  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_set_text_scale (g_ptr_array_index (self->columns, i), scale);
}

/* An item of the legend's list, named by what it marks and described by what
 * the kind means: GTK 4.8 made each a grid cell named by its type, and a
 * screen reader read "GtkFlowBoxChild" before every kind. A key, not a
 * control: it takes no focus.
 */
static void
append_legend_item (PxStoryView   *self,
                    const char    *name,
                    const char    *description,
                    PangoAttrList *attrs)
{
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *item;

  /* wrapped in rows, the items line up on their left as a list's */
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  gtk_widget_set_tooltip_text (label, description);
  gtk_widget_add_css_class (label, "px-legend-item");
  item = g_object_new (GTK_TYPE_FLOW_BOX_CHILD,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                       "focusable", FALSE,
                       "child", label,
                       NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_flow_box_append (self->legend_box, item);
}

static void
build_legend (PxStoryView *self)
{
  GtkWidget *child;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))) != NULL)
    gtk_flow_box_remove (self->legend_box, child);

  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    {
      g_autoptr(PangoAttrList) attrs = NULL;

      if (!self->kind_visible[k])
        continue;

      attrs = px_highlight_kind_get_attributes (k, dark);
      append_legend_item (self, px_highlight_kind_get_label (k), px_highlight_kind_get_description (k), attrs);
    }
  /* The table sets in bold the words no other outlet uses for a claim,
   * which nothing on screen had said. */
  if (self->table_view)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      append_legend_item (self,
                          /* Translators: in the legend under the claims table, beside the kinds of difference */
                          _("Only this outlet’s words"),
                          _("Words no other outlet uses for this claim"), attrs);
    }
  queue_footer_layout (self);
}

void
px_story_view_set_kind_visible (PxStoryView    *self,
                                PxHighlightKind kind,
                                gboolean        visible)
{
  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (kind < PX_N_HIGHLIGHT_KINDS);

  self->kind_visible[kind] = !!visible;
  for (guint i = 0; i < self->columns->len; i++)
    px_source_column_set_kind_visible (g_ptr_array_index (self->columns, i), kind, visible);
  build_legend (self);
}

GListModel *
px_story_view_get_claims (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return G_LIST_MODEL (self->claims);
}

gboolean
px_story_view_get_comparing (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), FALSE);

  return self->session != NULL && px_session_get_compare_pending (self->session);
}

const char *
px_story_view_get_status (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return gtk_label_get_label (self->status_label);
}

guint
px_story_view_get_n_differences (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), 0);

  return self->session != NULL ? px_session_get_n_differences (self->session) : 0;
}

void
px_story_view_add_covering_panel (PxStoryView *self,
                                  GtkWidget   *panel)
{
  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (GTK_IS_WIDGET (panel));

  g_ptr_array_add (self->covering_panels, g_object_ref (panel));
}

void
px_story_view_get_covered (PxStoryView *self,
                           double      *start,
                           double      *end)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self->columns_scroller));

  g_return_if_fail (PX_IS_STORY_VIEW (self));

  *start = *end = 0;
  for (guint i = 0; i < self->covering_panels->len; i++)
    {
      GtkWidget *panel = g_ptr_array_index (self->covering_panels, i);
      graphene_rect_t bounds;
      double left, right;

      if (!gtk_widget_get_mapped (panel)
          || !gtk_widget_compute_bounds (panel, GTK_WIDGET (self->columns_scroller), &bounds))
        continue;
      left = MAX (0, bounds.origin.x);
      right = MIN (width, bounds.origin.x + bounds.size.width);
      if (right <= left + 0.5)
        continue;
      if (right >= width - 0.5)
        *end = MAX (*end, width - left);
      else if (left <= 0.5)
        *start = MAX (*start, right);
    }
}

/* Where the columns' view would start to show the most of what
 * reveal_claim() marked: first a column of every side of the difference,
 * then as many of its columns, then the wording its summary names first
 * (when the sides do not fit side by side), then as many columns that
 * carry the claim; of equal places, the nearest. -1 while the columns
 * are not laid out yet.
 */
static double
best_columns_offset (PxStoryView *self)
{
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (self->columns_scroller);
  double page = gtk_adjustment_get_page_size (hadjustment);
  double lower = gtk_adjustment_get_lower (hadjustment);
  double upper = gtk_adjustment_get_upper (hadjustment);
  double current = gtk_adjustment_get_value (hadjustment);
  double cover_start, cover_end;
  double view, best = current;
  g_autoptr(GArray) lefts = g_array_sized_new (FALSE, FALSE, sizeof (double), self->columns->len);
  g_autoptr(GArray) rights = g_array_sized_new (FALSE, FALSE, sizeof (double), self->columns->len);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (double));
  guint64 best_score = 0;
  int n_sides = 0;

  /* The part of the page no panel lies over; all of it when the panel
   * would leave less than a column.
   */
  px_story_view_get_covered (self, &cover_start, &cover_end);
  view = page - cover_start - cover_end;
  if (page <= 0)
    return -1;

  for (guint i = 0; i < self->columns->len && i < self->reveal_groups->len; i++)
    {
      graphene_rect_t bounds;
      double left, right;

      if (!gtk_widget_compute_bounds (g_ptr_array_index (self->columns, i), GTK_WIDGET (self->columns_box), &bounds)
          || bounds.size.width <= 0 || upper < bounds.origin.x + bounds.size.width - 0.5)
        return -1;
      left = bounds.origin.x;
      right = left + bounds.size.width;
      g_array_append_val (lefts, left);
      g_array_append_val (rights, right);
      if (view < bounds.size.width)
        {
          view = page;
          cover_start = cover_end = 0;
        }
      n_sides = MAX (n_sides, g_array_index (self->reveal_groups, int, i) + 1);
    }

  /* Each marked column at the view's start or its end. */
  g_array_append_val (candidates, current);
  for (guint i = 0; i < lefts->len; i++)
    if (g_array_index (self->reveal_groups, int, i) != NOT_SHOWN)
      {
        double at_start = g_array_index (lefts, double, i) - cover_start;
        double at_end = g_array_index (rights, double, i) - page + cover_end;

        g_array_append_val (candidates, at_start);
        g_array_append_val (candidates, at_end);
      }

  for (guint c = 0; c < candidates->len; c++)
    {
      double value = CLAMP (g_array_index (candidates, double, c), lower, MAX (lower, upper - page));
      g_autofree gboolean *side_seen = g_new0 (gboolean, n_sides + 1);
      guint sides = 0, in_difference = 0, carriers = 0, first_side = 0;
      guint64 score;

      for (guint i = 0; i < lefts->len; i++)
        {
          int group = g_array_index (self->reveal_groups, int, i);

          if (group == NOT_SHOWN || g_array_index (lefts, double, i) < value + cover_start - 0.5
              || g_array_index (rights, double, i) > value + page - cover_end + 0.5)
            continue;
          if (group >= 0)
            {
              sides += !side_seen[group];
              side_seen[group] = TRUE;
              in_difference++;
              first_side |= group == 0;
            }
          else
            carriers++;
        }
      score = ((guint64) sides << 42) | ((guint64) in_difference << 22) | ((guint64) first_side << 21) | carriers;
      if (score > best_score || (score == best_score && fabs (value - current) < fabs (best - current)))
        {
          best_score = score;
          best = value;
        }
    }

  return best;
}

static gboolean
reveal_columns_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  PxStoryView *self = PX_STORY_VIEW (widget);
  double offset = best_columns_offset (self);

  /* Not laid out yet: a frame later, but not for ever. */
  if (offset < 0 && ++self->reveal_ticks < 120)
    return G_SOURCE_CONTINUE;

  self->reveal_tick_id = 0;
  if (offset >= 0)
    gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->columns_scroller), offset);

  return G_SOURCE_REMOVE;
}

/* Scrolls the columns sideways to what reveal_claim() marked: a reader
 * moving to a difference sees the columns that carry it (Next Difference
 * had left a 700-pixel window on columns that did not).
 */
static void
reveal_columns (PxStoryView *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->reveal_groups->len; i++)
    any |= g_array_index (self->reveal_groups, int, i) != NOT_SHOWN;
  if (!any || self->table_view || self->refreshing)
    return;

  self->reveal_ticks = 0;
  if (self->reveal_tick_id == 0)
    self->reveal_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_columns_tick_cb, NULL, NULL);
}

/* @source's first sentence of @claim. */
static gboolean
first_member (PxClaimItem *claim,
              guint        source,
              guint       *start,
              guint       *end)
{
  GArray *members = px_claim_item_get_members (claim);
  gboolean found = FALSE;

  for (guint m = 0; m < members->len; m++)
    {
      const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);

      if (member->source == source && (!found || member->start < *start))
        {
          *start = member->start;
          *end = member->end;
          found = TRUE;
        }
    }

  return found;
}

/* Marks @source's sentences of @claim other than the one at @shown in @column. */
static void
mark_other_members (PxClaimItem    *claim,
                    guint           source,
                    PxSourceColumn *column,
                    guint           shown)
{
  GArray *members = px_claim_item_get_members (claim);

  for (guint m = 0; m < members->len; m++)
    {
      const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);

      if (member->source == source && member->start != shown)
        px_source_column_mark_current (column, member->start, member->end);
    }
}

/* The sentence of @claim in @source that holds @difference's words there:
 * a claim may have several sentences of one outlet, and the first of them
 * quoted under another column was not the one that differs.
 */
static gboolean
member_with_difference (PxClaimItem                 *claim,
                        const PxClaimItemDifference *difference,
                        guint                        source,
                        guint                       *start,
                        guint                       *end)
{
  GArray *members = px_claim_item_get_members (claim);

  for (guint r = 0; r < difference->ranges->len; r++)
    {
      const PxClaimItemRange *range = &g_array_index (difference->ranges, PxClaimItemRange, r);

      if (range->source != source)
        continue;
      for (guint m = 0; m < members->len; m++)
        {
          const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);

          if (member->source == source && member->start <= range->start && range->end <= member->end
              && member->start < member->end)
            {
              *start = member->start;
              *end = member->end;
              return TRUE;
            }
        }
    }

  return FALSE;
}

static guint
count_str (const char *text,
           const char *mark)
{
  guint n = 0;

  for (const char *p = strstr (text, mark); p != NULL; p = strstr (p + strlen (mark), mark))
    n++;
  return n;
}

/* A sentence quoted in the bar loses a quotation mark at its start or end
 * that nothing in it closes or opens: the first sentence of a quotation
 * that goes on in the next one read 'herald: “"Her remarks are unworthy of a
 * member of the council.”'.
 */
static void
drop_unpaired_quote_marks (char *sentence)
{
  gsize len = strlen (sentence);

  if (sentence[0] == '"' && count_str (sentence, "\"") % 2 == 1)
    memmove (sentence, sentence + 1, len--);
  else if (len > 0 && sentence[len - 1] == '"' && count_str (sentence, "\"") % 2 == 1)
    sentence[--len] = '\0';
  if (g_str_has_prefix (sentence, "“") && count_str (sentence, "“") > count_str (sentence, "”"))
    memmove (sentence, sentence + strlen ("“"), len - strlen ("“") + 1);
  else if (g_str_has_suffix (sentence, "”") && count_str (sentence, "”") > count_str (sentence, "“"))
    sentence[len - strlen ("”")] = '\0';
  g_strstrip (sentence);
}

/* Longest quotation of the other side's sentence in a bar's tooltip. */
#define OTHER_SENTENCE_MAX_CHARS 160
/* Longest quotation in the bar itself: the words around the difference. */
#define OTHER_WINDOW_MAX_CHARS 52

/* The words of @sentence around @span, at most about @max_chars
 * characters, cut at words, with an ellipsis where the sentence goes on:
 * "…that Ukraine launched dozens of drones at President…". The sentence's
 * start when @span is not in it.
 */
static char *
quote_window (const char *sentence,
              const char *span,
              guint       max_chars)
{
  const char *at = span != NULL && span[0] != '\0' ? strstr (sentence, span) : NULL;
  glong n = g_utf8_strlen (sentence, -1);
  glong s0, s1, w0, w1, room, left, right;
  g_autofree char *middle = NULL;
  g_autofree char *safe = NULL;

  if (n <= (glong) max_chars || at == NULL)
    return px_safe_text_short_at_word (sentence, max_chars, FALSE);

  s0 = g_utf8_pointer_to_offset (sentence, at);
  s1 = s0 + g_utf8_strlen (span, -1);
  if (s1 - s0 >= (glong) max_chars)
    {
      g_autofree char *words = g_strndup (at, strlen (span));
      g_autofree char *cut = px_safe_text_short_at_word (words, max_chars, FALSE);

      return g_strconcat (s0 > 0 ? "…" : "", cut, NULL);
    }

  room = max_chars - (s1 - s0);
  left = room / 2;
  right = room - left;
  if (left > s0)
    {
      right += left - s0;
      left = s0;
    }
  if (s1 + right > n)
    {
      left = MIN (s0, left + (s1 + right - n));
      right = n - s1;
    }
  w0 = s0 - left;
  w1 = s1 + right;
  /* at words: the window starts after a space, ends before one */
  while (w0 > 0 && w0 < s0 && !g_unichar_isspace (g_utf8_get_char (g_utf8_offset_to_pointer (sentence, w0 - 1))))
    w0++;
  while (w1 < n && w1 > s1 && !g_unichar_isspace (g_utf8_get_char (g_utf8_offset_to_pointer (sentence, w1))))
    w1--;

  {
    const char *from = g_utf8_offset_to_pointer (sentence, w0);
    const char *to = g_utf8_offset_to_pointer (sentence, w1);

    middle = g_strstrip (g_strndup (from, to - from));
  }
  safe = px_safe_text_line (middle, -1);
  /* a quotation mark whose pair the window cut off */
  drop_unpaired_quote_marks (safe);
  /* a comma or a dash before the ellipsis says nothing */
  if (w1 < n)
    {
      gsize len = strlen (safe);

      while (len > 0 && strchr (",;:-", safe[len - 1]) != NULL)
        safe[--len] = '\0';
      g_strchomp (safe);
    }
  return g_strconcat (w0 > 0 ? "…" : "", safe, w1 < n ? "…" : "", NULL);
}

/* The sentence of an outlet on another side of @difference than @source,
 * quoted with its outlet's name: in a narrow window that column may be
 * scrolled away, and "Feb. 6, 1995 in report-04" alone did not show that
 * it was the date of a jersey's retirement, not of the player's. The bar
 * shows the words around that outlet's wording (@window), its tooltip the
 * sentence (the return value). NULL when there is no other side's
 * sentence to quote.
 */
static char *
other_side_sentence (PxStoryView                 *self,
                     PxClaimItem                 *claim,
                     const PxClaimItemDifference *difference,
                     guint                        source,
                     const char * const          *outlets,
                     char                       **window)
{
  guint side = source < difference->sides->len ? g_array_index (difference->sides, guint, source) : G_MAXUINT;

  *window = NULL;
  if (side == G_MAXUINT)
    return NULL;

  for (guint t = 0; t < difference->sides->len; t++)
    {
      guint other = g_array_index (difference->sides, guint, t);
      PxSourceColumn *column;
      GtkTextBuffer *buffer;
      GtkTextIter start_iter, end_iter;
      g_autofree char *sentence = NULL;
      g_autofree char *quoted = NULL;
      g_autofree char *span = NULL;
      g_autofree char *around = NULL;
      guint start = 0, end = 0;

      if (t == source || other == G_MAXUINT || other == side || (column = column_for_source (self, t)) == NULL)
        continue;
      /* Its sentence of this claim that carries the difference, of the
       * several it may have there (a difference with another claim has
       * its own button to that claim). */
      if (!member_with_difference (claim, difference, t, &start, &end))
        continue;

      buffer = gtk_text_view_get_buffer (px_source_column_get_text_view (column));
      gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
      sentence = px_source_column_dup_text (column, &start_iter, &end_iter);
      drop_unpaired_quote_marks (g_strstrip (sentence));
      quoted = px_safe_text_short_at_word (sentence, OTHER_SENTENCE_MAX_CHARS, FALSE);
      /* The outlet's words of the difference in that sentence */
      for (guint r = 0; r < difference->ranges->len && span == NULL; r++)
        {
          const PxClaimItemRange *range = &g_array_index (difference->ranges, PxClaimItemRange, r);

          if (range->source != t || range->start < start || range->end > end || range->start >= range->end)
            continue;
          gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, range->start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, range->end);
          span = px_source_column_dup_text (column, &start_iter, &end_iter);
        }
      around = quote_window (sentence, span, OTHER_WINDOW_MAX_CHARS);
      /* Translators: under a column, the sentence another outlet words a
       * difference in: its name, then its sentence, "report-04: “Dunmore had
       * his No. 7 shirt retired on March 3, 1991.”" */
      *window = g_strdup_printf (C_("another outlet's sentence", "%s: “%s”"), outlets[t], around);
      return g_strdup_printf (C_("another outlet's sentence", "%s: “%s”"), outlets[t], quoted);
    }

  return NULL;
}

/* Shows @claim in every column: its sentences where an outlet carries it,
 * a note where the outlet leaves it out.  With @difference set, the
 * difference's own words are marked instead of the whole sentence.
 */
static void
reveal_claim (PxStoryView                 *self,
              PxClaimItem                 *claim,
              const PxClaimItemDifference *difference)
{
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) outlets = claim_outlets (claim);

  if (difference != NULL)
    summary = px_claim_item_difference_describe (difference, G_MAXUINT);
  g_array_set_size (self->reveal_groups, self->columns->len);

  for (guint i = 0; i < self->columns->len; i++)
    {
      PxSourceColumn *column = g_ptr_array_index (self->columns, i);
      guint source;
      guint start = 0, end = 0;
      gboolean found = FALSE;
      gboolean carrier = FALSE;
      int *group = &g_array_index (self->reveal_groups, int, i);

      *group = NOT_SHOWN;
      if (!compared_index (self, column, &source))
        {
          px_source_column_reveal (column, 0, 0, NULL);
          continue;
        }

      if (difference != NULL)
        {
          for (guint r = 0; r < difference->ranges->len; r++)
            {
              const PxClaimItemRange *range = &g_array_index (difference->ranges, PxClaimItemRange, r);

              if (range->source != source)
                continue;
              start = found ? MIN (start, range->start) : range->start;
              end = found ? MAX (end, range->end) : range->end;
              found = TRUE;
            }
          if (found)
            {
              guint side = source < difference->sides->len ? g_array_index (difference->sides, guint, source)
                                                           : G_MAXUINT;

              *group = side != G_MAXUINT ? (int) MIN (side, G_MAXINT) : 0;
            }
        }
      if (!found)
        {
          /* Its first sentence of the claim; the others are marked after
           * (from the first to the last had marked the paragraphs between
           * them too). */
          found = first_member (claim, source, &start, &end);
          if (found)
            {
              *group = CARRIER;
              carrier = TRUE;
            }
        }

      if (found)
        {
          /* Each column says the difference in its own words first: the
           * same sentence under every column told a reader nothing about
           * the one in front of them.
           */
          g_autofree char *own = NULL;
          g_autofree char *brief = NULL;

          if (difference != NULL)
            own = px_claim_item_difference_describe_for (difference, source, (const char * const *) outlets->pdata);
          if (own != NULL)
            {
              g_autofree char *window = NULL;
              g_autofree char *other = other_side_sentence (self, claim, difference, source,
                                                            (const char * const *) outlets->pdata, &window);

              /* The bar: the kind and the wordings, then the words around
               * the other side's wording; the whole in its tooltip and
               * for a screen reader. */
              brief = px_claim_item_difference_describe_brief_for (difference, source,
                                                                   (const char * const *) outlets->pdata);
              if (other != NULL)
                {
                  char *longer = g_strconcat (own, "\n", other, NULL);
                  char *shorter = g_strconcat (brief, "\n", window, NULL);

                  g_free (own);
                  own = longer;
                  g_free (brief);
                  brief = shorter;
                }
              px_source_column_reveal_detailed (column, start, end, brief, own);
            }
          else
            px_source_column_reveal (column, start, end, summary);
          if (carrier)
            mark_other_members (claim, source, column, start);
          continue;
        }

      /* Left out here, but the outlet's sentence of another claim differs
       * from this one's: that sentence, and how they differ.
       */
      for (guint l = 0; l < px_claim_item_get_n_links (claim) && !found; l++)
        {
          const PxClaimItemDifference *link = px_claim_item_get_link (claim, l);

          for (guint r = 0; r < link->ranges->len && !found; r++)
            {
              const PxClaimItemRange *range = &g_array_index (link->ranges, PxClaimItemRange, r);

              if (range->source == source)
                {
                  g_autofree char *description = px_claim_item_difference_describe (link, G_MAXUINT);

                  px_source_column_reveal (column, range->start, range->end, description);
                  *group = CARRIER;
                  found = TRUE;
                }
            }
        }
      /* A date line or byline is a line of one page: the others left out
       * no claim by not having it. */
      if (!found)
        px_source_column_reveal (column, 0, 0,
                                 px_claim_item_is_furniture (claim) ? NULL
                                 : _("This outlet does not report this claim."));
    }

  reveal_columns (self);
}

/* Shows the session's current claim, and its current difference, in every column. */
static void
reveal_current (PxStoryView *self)
{
  PxClaimItem *claim = px_story_view_get_current_claim (self);
  int current = px_story_view_get_current_difference (self);
  guint n_in_claim;

  if (claim == NULL)
    return;
  if (current >= 0 && px_session_get_difference (self->session, current, NULL, &n_in_claim))
    reveal_claim (self, claim, px_claim_item_get_difference (claim, n_in_claim));
  else
    reveal_claim (self, claim, NULL);
}

void
px_story_view_select_claim (PxStoryView *self,
                            PxClaimItem *claim)
{
  int old_claim, old_difference;

  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (PX_IS_CLAIM_ITEM (claim));

  if (self->session == NULL)
    return;
  old_claim = px_session_get_current_claim (self->session);
  old_difference = px_session_get_current_difference (self->session);
  px_session_select_claim (self->session, px_claim_item_get_index (claim));
  /* Selected again: shown again, where the user may have scrolled away. */
  if (old_claim == px_session_get_current_claim (self->session)
      && old_difference == px_session_get_current_difference (self->session))
    reveal_current (self);
}

void
px_story_view_show_difference (PxStoryView *self,
                               guint        claim,
                               int          n_in_claim)
{
  int old_claim, old_difference;

  g_return_if_fail (PX_IS_STORY_VIEW (self));

  if (self->session == NULL)
    return;
  old_claim = px_session_get_current_claim (self->session);
  old_difference = px_session_get_current_difference (self->session);
  if (n_in_claim >= 0)
    px_session_select_difference (self->session, claim, n_in_claim);
  else
    px_session_select_claim (self->session, claim);
  if (old_claim == px_session_get_current_claim (self->session)
      && old_difference == px_session_get_current_difference (self->session))
    reveal_current (self);
}

gboolean
px_story_view_can_move_to_difference (PxStoryView *self,
                                      int          step)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), FALSE);

  return self->session != NULL && px_session_get_difference_target (self->session, step, self->table_view) >= 0;
}

gboolean
px_story_view_move_to_difference (PxStoryView *self,
                                  int          step)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), FALSE);

  if (self->session == NULL || !px_session_move_to_difference (self->session, step, self->table_view))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  return TRUE;
}

PxClaimItem *
px_story_view_get_current_claim (PxStoryView *self)
{
  g_autoptr(PxClaimItem) claim = NULL;
  int current;

  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  if (self->session == NULL || (current = px_session_get_current_claim (self->session)) < 0)
    return NULL;
  /* The claims store holds one item per claim, in the comparison's order. */
  claim = g_list_model_get_item (G_LIST_MODEL (self->claims), current);
  return claim;
}

int
px_story_view_get_current_difference (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), -1);

  return self->session != NULL ? px_session_get_current_difference (self->session) : -1;
}

void
px_story_view_set_view (PxStoryView     *self,
                        PxStoryViewMode  view)
{
  gboolean table_view = view == PX_STORY_VIEW_TABLE;
  gboolean changed;

  g_return_if_fail (PX_IS_STORY_VIEW (self));

  changed = self->table_view != table_view;
  self->table_view = table_view;
  update_columns (self);
  if (changed)
    build_legend (self);
}

PxStoryViewMode
px_story_view_get_view (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), PX_STORY_VIEW_COLUMNS);

  return self->table_view ? PX_STORY_VIEW_TABLE : PX_STORY_VIEW_COLUMNS;
}

PxClaimsTable *
px_story_view_get_table (PxStoryView *self)
{
  g_return_val_if_fail (PX_IS_STORY_VIEW (self), NULL);

  return self->claims_table;
}

void
px_story_view_open_sentence (PxStoryView *self,
                             PxClaimItem *claim,
                             guint        source)
{
  PxSourceColumn *column;

  g_return_if_fail (PX_IS_STORY_VIEW (self));
  g_return_if_fail (PX_IS_CLAIM_ITEM (claim));

  px_story_view_set_view (self, PX_STORY_VIEW_COLUMNS);
  px_story_view_select_claim (self, claim);

  column = column_for_source (self, source);
  if (column != NULL)
    {
      GtkTextView *view = px_source_column_get_text_view (column);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextIter start_iter, end_iter;
      guint start, end;

      /* The sentence selected, for copying or annotating. */
      if (px_claim_item_get_member (claim, source, &start, &end))
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
          gtk_text_buffer_select_range (buffer, &start_iter, &end_iter);
        }
      gtk_widget_grab_focus (GTK_WIDGET (view));
    }
}

static void
dark_changed_cb (PxStoryView *self)
{
  build_legend (self);
}

/* The width of @n items of @widths in rows of @columns, each column as
 * wide as its widest item, as a flow box lines them up.
 */
static int
legend_row_width (const int *widths,
                  guint      n,
                  guint      columns,
                  int        spacing)
{
  int total = (int) (columns - 1) * spacing;

  for (guint c = 0; c < columns; c++)
    {
      int widest = 0;

      for (guint i = c; i < n; i += columns)
        widest = MAX (widest, widths[i]);
      total += widest;
    }
  return total;
}

/* As many items a row as fit in @width, then as few as keep that many
 * rows: in a 430-pixel window seven kinds stood six and one, the last
 * alone under the others as if it were no kind; four and three read as
 * one key. Never fewer than @least, the flow box's own minimum (its
 * narrowest width is that many items).
 */
static guint
legend_columns (const int *widths,
                guint      n,
                int        spacing,
                int        width,
                guint      least)
{
  guint columns = n, rows, even;

  least = CLAMP (least, 1, n);
  while (columns > least && legend_row_width (widths, n, columns, spacing) > width)
    columns--;
  rows = (n + columns - 1) / columns;
  even = (n + rows - 1) / rows;
  return legend_row_width (widths, n, even, spacing) <= width ? even : columns;
}

/* The legend and the line under the columns share a row while the legend
 * fits in one beside the line; narrower, the line goes under the legend.
 * Side by side in a 430-pixel window the legend stood in seven rows, a
 * seventh of the window's height, beside a line it left room for.
 * Beside the legend the line is cut rather than widening the window: at
 * the first layout of a story opened at 360 pixels, "Comparing once 2
 * more sources have loaded" in one row had made the window 425 wide.
 */
static gboolean
footer_idle_cb (gpointer data)
{
  PxStoryView *self = data;
  int width = gtk_widget_get_width (GTK_WIDGET (self->footer));
  int item_spacing = gtk_flow_box_get_column_spacing (self->legend_box);
  int widths[PX_N_HIGHLIGHT_KINDS + 1]; /* the kinds, and under the table its bold words */
  guint n = 0;
  int legend;
  int status;
  int spacing = gtk_box_get_spacing (self->footer);
  GtkOrientation orientation;

  self->footer_idle_id = 0;
  if (width <= 0)
    return G_SOURCE_REMOVE;

  /* The legend in one row: its items side by side */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box));
       child != NULL && n < G_N_ELEMENTS (widths); child = gtk_widget_get_next_sibling (child))
    gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &widths[n++], NULL, NULL);
  if (n == 0)
    return G_SOURCE_REMOVE;
  legend = legend_row_width (widths, n, n, item_spacing);
  gtk_widget_measure (GTK_WIDGET (self->status_label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &status, NULL, NULL);
  orientation = width - status - spacing >= legend ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL;
  gtk_flow_box_set_max_children_per_line (self->legend_box,
                                          orientation == GTK_ORIENTATION_HORIZONTAL
                                          ? n : legend_columns (widths, n, item_spacing, width,
                                                                  gtk_flow_box_get_min_children_per_line (self->legend_box)));
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->footer)) != orientation)
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->footer), orientation);
      /* Under the legend the line may wrap; beside it, it keeps its width
       * and the legend its rows.
       */
      gtk_widget_set_halign (GTK_WIDGET (self->status_label),
                             orientation == GTK_ORIENTATION_VERTICAL ? GTK_ALIGN_START : GTK_ALIGN_FILL);
      gtk_label_set_wrap (self->status_label, orientation == GTK_ORIENTATION_VERTICAL);
      gtk_label_set_ellipsize (self->status_label,
                               orientation == GTK_ORIENTATION_VERTICAL ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
    }

  return G_SOURCE_REMOVE;
}

static void
queue_footer_layout (PxStoryView *self)
{
  if (self->footer_idle_id == 0)
    self->footer_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, footer_idle_cb, self, NULL);
}

/* Laid out as a GtkBinLayout would, and told its width: a layout
 * manager's widget is not.
 */
static GtkSizeRequestMode
px_story_view_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (PX_STORY_VIEW (widget)->box);
}

static void
px_story_view_measure (GtkWidget     *widget,
                       GtkOrientation orientation,
                       int            for_size,
                       int           *minimum,
                       int           *natural,
                       int           *minimum_baseline,
                       int           *natural_baseline)
{
  gtk_widget_measure (PX_STORY_VIEW (widget)->box, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
}

static void
px_story_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  PxStoryView *self = PX_STORY_VIEW (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      {
        place_popover (self, GTK_POPOVER (child));
        gtk_popover_present (GTK_POPOVER (child));
      }
  /* Decided after the layout, not during it */
  if (width != self->footer_width)
    {
      self->footer_width = width;
      queue_footer_layout (self);
    }
}

static void
px_story_view_dispose (GObject *object)
{
  PxStoryView *self = PX_STORY_VIEW (object);

  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_func (self->sources, sources_changed_cb, self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->sources);
  g_clear_object (&self->session);
  if (self->reveal_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick_id);
  self->reveal_tick_id = 0;
  g_clear_handle_id (&self->footer_idle_id, g_source_remove);
  if (self->covering_panels != NULL)
    g_ptr_array_set_size (self->covering_panels, 0);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_STORY_VIEW);
  /* Popovers held for the columns (px_story_view_point_popover()) */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  if (self->columns != NULL)
    g_ptr_array_set_size (self->columns, 0);
  if (self->claims != NULL)
    g_list_store_remove_all (self->claims);

  G_OBJECT_CLASS (px_story_view_parent_class)->dispose (object);
}

static void
px_story_view_finalize (GObject *object)
{
  PxStoryView *self = PX_STORY_VIEW (object);

  g_clear_object (&self->header_group);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->reveal_groups, g_array_unref);
  g_clear_pointer (&self->covering_panels, g_ptr_array_unref);
  g_clear_object (&self->claims);

  G_OBJECT_CLASS (px_story_view_parent_class)->finalize (object);
}

static void
px_story_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PxStoryView *self = PX_STORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_COLUMNS:
      g_value_set_uint (value, self->columns->len);
      break;
    case PROP_COMPARING:
      g_value_set_boolean (value, px_story_view_get_comparing (self));
      break;
    case PROP_CURRENT_DIFFERENCE:
      g_value_set_int (value, px_story_view_get_current_difference (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_story_view_class_init (PxStoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_story_view_dispose;
  object_class->finalize = px_story_view_finalize;
  object_class->get_property = px_story_view_get_property;

  properties[PROP_N_COLUMNS] =
    g_param_spec_uint ("n-columns", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARING] =
    g_param_spec_boolean ("comparing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_DIFFERENCE] =
    g_param_spec_int ("current-difference", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[COLUMN_LOADED] =
    g_signal_new ("column-loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_SOURCE_COLUMN);
  /* The user asks to remove, move, or load again a source: the story's owner does it. */
  signals[REMOVE_SOURCE] =
    g_signal_new ("remove-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_SOURCE);
  signals[RENAME_SOURCE] =
    g_signal_new ("rename-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_SOURCE);
  signals[MOVE_SOURCE] =
    g_signal_new ("move-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PX_TYPE_SOURCE, G_TYPE_UINT);
  signals[LOAD_SOURCE] =
    g_signal_new ("load-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_SOURCE);
  /* Another file in the place of a source that could not be read. */
  signals[REPLACE_SOURCE] =
    g_signal_new ("replace-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PX_TYPE_SOURCE, G_TYPE_STRING);
  signals[OPEN_ORIGINAL] =
    g_signal_new ("open-original", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_SOURCE_COLUMN);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-story-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, box);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, stack);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, add_url_button);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, columns_scroller);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, columns_box);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, legend_box);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, compare_spinner);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, status_label);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, footer);
  gtk_widget_class_bind_template_child (widget_class, PxStoryView, claims_table);

  widget_class->get_request_mode = px_story_view_get_request_mode;
  widget_class->measure = px_story_view_measure;
  widget_class->size_allocate = px_story_view_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "pxstoryview");
}

static void
px_story_view_init (PxStoryView *self)
{
  g_type_ensure (PX_TYPE_CLAIMS_TABLE);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->held_claim = self->held_difference = -1;
  self->reveal_groups = g_array_new (FALSE, FALSE, sizeof (int));
  self->covering_panels = g_ptr_array_new_with_free_func (g_object_unref);
  self->header_group = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
  self->claims = g_list_store_new (PX_TYPE_CLAIM_ITEM);
  self->text_scale = 1.0;
  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    self->kind_visible[k] = TRUE;

  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->columns_scroller), "value-changed",
                           G_CALLBACK (columns_scrolled_cb), self, G_CONNECT_SWAPPED);
  build_legend (self);
  update_columns (self);
  update_status (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

PxStoryView *
px_story_view_new (void)
{
  return g_object_new (PX_TYPE_STORY_VIEW, NULL);
}
