/* px-claims-table.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-claims-table.h"
#include "px-claims-table-private.h"

#include "px-table-cell.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _PxClaimsTable
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkColumnView *column_view;
  GtkColumnViewColumn *claim_column;
  GtkSingleSelection *selection;

  GPtrArray *articles; /* PxArticle, by source index */
  GArray *n_chars;     /* guint, each article's text in characters */
  GStrv outlets;

  guint n_cells_created;
  guint cursor_source;
  gboolean dark;
};

G_DEFINE_FINAL_TYPE (PxClaimsTable, px_claims_table, GTK_TYPE_WIDGET)

enum {
  OPEN_SENTENCE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define OUTLET_COLUMN_WIDTH 300
#define CLAIM_COLUMN_WIDTH 220

static void
update_stack (PxClaimsTable *self)
{
  gboolean any = self->articles->len > 0
                 && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "table" : "empty");
}

/* Row headers: the claim's number, who carries it, its difference kinds
 * and its annotations.
 */
static void
header_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 PxClaimsTable            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *kinds = gtk_label_new (NULL);
  GtkWidget *notes = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "px-table-header");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (kinds), 0);
  gtk_label_set_wrap (GTK_LABEL (kinds), TRUE);
  gtk_widget_add_css_class (kinds, "caption");
  gtk_label_set_xalign (GTK_LABEL (notes), 0);
  gtk_widget_add_css_class (notes, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), kinds);
  gtk_box_append (GTK_BOX (box), notes);
  gtk_list_item_set_child (item, box);
}

static void
header_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                PxClaimsTable            *self)
{
  PxClaimItem *claim = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *kinds = gtk_widget_get_next_sibling (title);
  GtkWidget *notes = gtk_widget_get_next_sibling (kinds);
  g_autoptr(GString) kind_text = g_string_new (NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *title_text = NULL;
  g_autofree char *notes_text = NULL;
  g_autofree char *accessible = NULL;
  gboolean seen[PX_N_HIGHLIGHT_KINDS] = { FALSE, };
  guint n_annotations = px_claim_item_get_n_annotations (claim);
  guint n_review = px_claim_item_get_n_needs_review (claim);

  /* Translators: a row header of the claims table, "Claim 3 · 2 of 4 outlets" */
  title_text = g_strdup_printf (_("Claim %u · %u of %u outlets"), px_claim_item_get_index (claim) + 1,
                                px_claim_item_get_n_carriers (claim), px_claim_item_get_n_sources (claim));
  gtk_label_set_text (GTK_LABEL (title), title_text);

  for (guint d = 0; d < px_claim_item_get_n_differences (claim); d++)
    seen[px_claim_item_get_difference (claim, d)->kind] = TRUE;
  if (px_claim_item_is_unique (claim))
    seen[PX_HIGHLIGHT_UNIQUE] = TRUE;

  for (guint k = 0; k < PX_N_HIGHLIGHT_KINDS; k++)
    {
      g_autoptr(PangoAttrList) look = NULL;
      g_autoptr(GSList) list = NULL;
      guint start;

      if (!seen[k])
        continue;
      if (kind_text->len > 0)
        g_string_append (kind_text, "  ");
      start = kind_text->len;
      g_string_append (kind_text, px_highlight_kind_get_label (k));
      look = px_highlight_kind_get_attributes (k, self->dark);
      list = pango_attr_list_get_attributes (look);
      for (GSList *l = list; l != NULL; l = l->next)
        {
          PangoAttribute *attribute = l->data;

          attribute->start_index = start;
          attribute->end_index = kind_text->len;
          pango_attr_list_change (attrs, attribute);
        }
    }
  gtk_label_set_text (GTK_LABEL (kinds), kind_text->str);
  gtk_label_set_attributes (GTK_LABEL (kinds), attrs);
  gtk_widget_set_visible (kinds, kind_text->len > 0);

  if (n_review > 0)
    notes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation needs review",
                                               "%u annotations need review", n_review), n_review);
  else if (n_annotations > 0)
    notes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation", "%u annotations",
                                               n_annotations), n_annotations);
  gtk_label_set_text (GTK_LABEL (notes), notes_text != NULL ? notes_text : "");
  gtk_widget_set_visible (notes, notes_text != NULL);
  if (n_review > 0)
    gtk_widget_add_css_class (notes, "warning");
  else
    gtk_widget_remove_css_class (notes, "warning");

  accessible = g_strjoin (". ", title_text, kind_text->str, notes_text != NULL ? notes_text : "", NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
cell_open_cb (PxClaimsTable *self,
              PxTableCell   *cell)
{
  PxClaimItem *claim = px_table_cell_get_claim (cell);

  self->cursor_source = px_table_cell_get_source (cell);
  px_claims_table_select_claim (self, claim);
  g_signal_emit (self, signals[OPEN_SENTENCE], 0, claim, self->cursor_source);
}

static void
cell_focus_cb (GtkEventControllerFocus *controller,
               PxClaimsTable           *self)
{
  PxTableCell *cell = PX_TABLE_CELL (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  PxClaimItem *claim = px_table_cell_get_claim (cell);

  self->cursor_source = px_table_cell_get_source (cell);
  if (claim != NULL)
    px_claims_table_select_claim (self, claim);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               PxClaimsTable            *self)
{
  guint source = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "px-source"));
  PxTableCell *cell = px_table_cell_new (source);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (cell, "open", G_CALLBACK (cell_open_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "enter", G_CALLBACK (cell_focus_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (cell), focus);
  gtk_list_item_set_child (item, GTK_WIDGET (cell));
  self->n_cells_created++;
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PxClaimsTable            *self)
{
  PxTableCell *cell = PX_TABLE_CELL (gtk_list_item_get_child (item));
  guint source = px_table_cell_get_source (cell);
  PxArticle *article;

  if (source >= self->articles->len)
    return;

  article = g_ptr_array_index (self->articles, source);
  px_table_cell_bind (cell, gtk_list_item_get_item (item), article->text,
                      g_array_index (self->n_chars, guint, source), self->outlets[source], self->dark);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                PxClaimsTable            *self)
{
  px_table_cell_bind (PX_TABLE_CELL (gtk_list_item_get_child (item)), NULL, NULL, 0, NULL, self->dark);
}

static void
remove_outlet_columns (PxClaimsTable *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  for (guint i = g_list_model_get_n_items (columns); i > 0; i--)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i - 1);

      if (column != self->claim_column)
        gtk_column_view_remove_column (self->column_view, column);
    }
}

static void
build_outlet_columns (PxClaimsTable *self)
{
  remove_outlet_columns (self);
  self->n_cells_created = 0;

  for (guint source = 0; source < self->articles->len; source++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "px-source", GUINT_TO_POINTER (source));
      g_signal_connect_object (factory, "setup", G_CALLBACK (cell_setup_cb), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (cell_bind_cb), self, 0);
      g_signal_connect_object (factory, "unbind", G_CALLBACK (cell_unbind_cb), self, 0);

      column = gtk_column_view_column_new (self->outlets[source], factory);
      gtk_column_view_column_set_fixed_width (column, OUTLET_COLUMN_WIDTH);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
    }

  update_stack (self);
}

void
px_claims_table_set_sources (PxClaimsTable      *self,
                             PxArticle         **articles,
                             const char * const *outlets,
                             guint               n_sources)
{
  g_return_if_fail (PX_IS_CLAIMS_TABLE (self));
  g_return_if_fail (n_sources == 0 || (articles != NULL && outlets != NULL));

  g_ptr_array_set_size (self->articles, 0);
  g_array_set_size (self->n_chars, 0);
  g_strfreev (self->outlets);
  self->outlets = g_new0 (char *, n_sources + 1);

  for (guint source = 0; source < n_sources; source++)
    {
      guint n = (guint) g_utf8_strlen (articles[source]->text, -1);

      g_ptr_array_add (self->articles, px_article_ref (articles[source]));
      g_array_append_val (self->n_chars, n);
      self->outlets[source] = g_strdup (outlets[source] != NULL ? outlets[source] : "");
    }
  self->cursor_source = G_MAXUINT;

  build_outlet_columns (self);
}

guint
px_claims_table_get_n_sources (PxClaimsTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), 0);

  return self->articles->len;
}

void
px_claims_table_set_model (PxClaimsTable *self,
                           GListModel    *claims)
{
  g_return_if_fail (PX_IS_CLAIMS_TABLE (self));

  gtk_single_selection_set_model (self->selection, claims);
  update_stack (self);
}

static void
scroll_to (PxClaimsTable *self,
           guint          position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to(); its list view's action
   * does the same.
   */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

gboolean
px_claims_table_select_claim (PxClaimsTable *self,
                              PxClaimItem   *claim)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), FALSE);
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (claim), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PxClaimItem) item = g_list_model_get_item (model, i);

      if (item == claim)
        {
          if (gtk_single_selection_get_selected (self->selection) != i)
            {
              gtk_single_selection_set_selected (self->selection, i);
              scroll_to (self, i);
            }
          return TRUE;
        }
    }

  return FALSE;
}

PxClaimItem *
px_claims_table_get_selected_claim (PxClaimsTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
px_claims_table_move_to_difference (PxClaimsTable *self,
                                    int            step)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);
  guint selected = gtk_single_selection_get_selected (self->selection);
  gint64 position;

  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), FALSE);

  if (selected == GTK_INVALID_LIST_POSITION)
    position = step > 0 ? -1 : (gint64) n;
  else
    position = selected;

  for (position += step; position >= 0 && position < (gint64) n; position += step)
    {
      g_autoptr(PxClaimItem) claim = g_list_model_get_item (model, (guint) position);

      if (px_claim_item_get_n_differences (claim) > 0)
        {
          gtk_single_selection_set_selected (self->selection, (guint) position);
          scroll_to (self, (guint) position);
          return TRUE;
        }
    }

  gtk_widget_error_bell (GTK_WIDGET (self));
  return FALSE;
}

gboolean
px_claims_table_open_selected (PxClaimsTable *self)
{
  PxClaimItem *claim;
  guint source = G_MAXUINT;

  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), FALSE);

  claim = gtk_single_selection_get_selected_item (self->selection);
  if (claim == NULL)
    return FALSE;

  if (self->cursor_source < px_claim_item_get_n_sources (claim)
      && px_claim_item_get_member (claim, self->cursor_source, NULL, NULL))
    source = self->cursor_source;
  for (guint s = 0; source == G_MAXUINT && s < px_claim_item_get_n_sources (claim); s++)
    if (px_claim_item_get_member (claim, s, NULL, NULL))
      source = s;
  if (source == G_MAXUINT)
    return FALSE;

  g_signal_emit (self, signals[OPEN_SENTENCE], 0, claim, source);
  return TRUE;
}

static void
activate_cb (PxClaimsTable *self,
             guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  px_claims_table_open_selected (self);
}

static void
dark_changed_cb (PxClaimsTable *self)
{
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* The highlights' colours are set when a row is bound: bind them again. */
  if (self->articles->len > 0)
    build_outlet_columns (self);
}

guint
_px_claims_table_get_n_cells_created (PxClaimsTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), 0);

  return self->n_cells_created;
}

GtkColumnView *
_px_claims_table_get_column_view (PxClaimsTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), NULL);

  return self->column_view;
}

static void
px_claims_table_dispose (GObject *object)
{
  PxClaimsTable *self = PX_CLAIMS_TABLE (object);

  g_clear_pointer ((GtkWidget **) &self->stack, gtk_widget_unparent);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (px_claims_table_parent_class)->dispose (object);
}

static void
px_claims_table_finalize (GObject *object)
{
  PxClaimsTable *self = PX_CLAIMS_TABLE (object);

  g_ptr_array_unref (self->articles);
  g_array_unref (self->n_chars);
  g_strfreev (self->outlets);

  G_OBJECT_CLASS (px_claims_table_parent_class)->finalize (object);
}

static void
px_claims_table_class_init (PxClaimsTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_claims_table_dispose;
  object_class->finalize = px_claims_table_finalize;

  /* The user asked to see @source's sentence of @claim in the columns. */
  signals[OPEN_SENTENCE] =
    g_signal_new ("open-sentence", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PX_TYPE_CLAIM_ITEM, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxclaimstable");
}

static void
px_claims_table_init (PxClaimsTable *self)
{
  GtkListItemFactory *factory;
  GtkWidget *scroller;
  GtkWidget *empty;

  self->articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  self->n_chars = g_array_new (FALSE, FALSE, sizeof (guint));
  self->outlets = g_new0 (char *, 1);
  self->cursor_source = G_MAXUINT;
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_column_view_set_reorderable (self->column_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "px-claims-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Claims by outlet"), -1);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (header_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (header_bind_cb), self, 0);
  self->claim_column = gtk_column_view_column_new (_("Claim"), factory);
  gtk_column_view_column_set_fixed_width (self->claim_column, CLAIM_COLUMN_WIDTH);
  gtk_column_view_append_column (self->column_view, self->claim_column);
  g_object_unref (self->claim_column);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->column_view));

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-grid-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Claims to Show"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("The table lines up the claims once two or more sources are compared. "
                                     "The claims panel’s filter may also hide every claim."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scroller, "table");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_stack (self);
}

PxClaimsTable *
px_claims_table_new (void)
{
  return g_object_new (PX_TYPE_CLAIMS_TABLE, NULL);
}
