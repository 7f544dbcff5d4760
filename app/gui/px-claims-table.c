/* px-claims-table.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-claims-table.h"

#include "px-claim-row.h"
#include "px-claims-table-private.h"
#include "px-list-keynav.h"

#include "px-table-row.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _PxClaimsTable
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkDrawingArea *header;
  GtkScrolledWindow *scroller;
  GtkListView *list_view;
  GtkSingleSelection *selection;

  GPtrArray *articles; /* PxArticle, by source index */
  GArray *n_chars;     /* guint, each article's text in characters */
  GStrv outlets;

  GtkPopover *menu;   /* a cell's context menu while it is shown */

  guint n_rows_created;
  guint cursor_source;
  guint scroll_source;   /* scrolls to the selected row once the lists settle */
  gboolean scroll_when_laid_out;
  gboolean dark;
};

G_DEFINE_FINAL_TYPE (PxClaimsTable, px_claims_table, GTK_TYPE_WIDGET)

enum {
  OPEN_SENTENCE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define HEADER_HEIGHT 34

static void
update_stack (PxClaimsTable *self)
{
  gboolean any = self->articles->len > 0 && self->selection != NULL
                 && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "table" : "empty");
}

/* The column titles, scrolled sideways with the rows. */
static void
draw_header (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  PxClaimsTable *self = user_data;
  double offset = gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (self->scroller));
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  for (int i = -1; i < (int) self->articles->len; i++)
    {
      double x = i < 0 ? 0 : PX_TABLE_CLAIM_WIDTH + (double) i * PX_TABLE_CELL_WIDTH;
      int cell_width = i < 0 ? PX_TABLE_CLAIM_WIDTH : PX_TABLE_CELL_WIDTH;
      int text_height;

      x -= offset;
      if (x + cell_width < 0 || x > width)
        continue;
      pango_layout_set_text (layout, i < 0 ? _("Claim") : self->outlets[i], -1);
      pango_layout_set_width (layout, (cell_width - 16) * PANGO_SCALE);
      pango_layout_get_pixel_size (layout, NULL, &text_height);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_move_to (cr, x + 8, (height - text_height) / 2.0);
      pango_cairo_show_layout (cr, layout);
      if (i >= 0)
        {
          cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.12);
          cairo_rectangle (cr, x, 0, 1, height);
          cairo_fill (cr);
        }
    }
}

static void
row_open_cb (PxTableRow    *row,
             guint          source,
             PxClaimsTable *self)
{
  PxClaimItem *claim = px_table_row_get_claim (row);

  if (claim == NULL)
    return;
  if (source != G_MAXUINT)
    self->cursor_source = source;
  px_claims_table_select_claim (self, claim);
  px_claims_table_open_selected (self);
}

static void row_cursor_cb (PxTableRow    *row,
                           guint          source,
                           PxClaimsTable *self);

/* A right click or the Menu key on a cell: the cell becomes the cursor,
 * and a menu offers what the cell's actions are.
 */
static void
row_menu_cb (PxTableRow    *row,
             guint          source,
             double         x,
             double         y,
             PxClaimsTable *self)
{
  g_autoptr(GMenu) menu = NULL;
  GtkWidget *popover;
  graphene_point_t point;

  if (px_table_row_get_claim (row) == NULL || source == G_MAXUINT)
    return;

  px_table_row_set_cursor (row, source);
  row_cursor_cb (row, source, self);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  if (!gtk_widget_compute_point (GTK_WIDGET (row), GTK_WIDGET (self), &GRAPHENE_POINT_INIT ((float) x, (float) y),
                                 &point))
    return;

  menu = g_menu_new ();
  g_menu_append (menu, _("_Annotate…"), "win.annotate");
  g_menu_append (menu, _("_Show in Columns"), "table.open");
  /* The claims this one differs from. */
  {
    PxClaimItem *claim = px_table_row_get_claim (row);
    guint index = px_claim_item_get_index (claim);

    for (guint i = 0; i < px_claim_item_get_n_links (claim); i++)
      {
        const PxClaimItemDifference *link = px_claim_item_get_link (claim, i);
        guint other = px_claim_item_difference_get_other_claim (link, index);
        g_autofree char *label = g_strdup_printf (_("Go to Claim %u"), other + 1);
        g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

        g_menu_item_set_action_and_target_value (item, "win.show-claim",
                                                 px_claim_item_difference_get_target (link, index));
        g_menu_append_item (menu, item);
      }
  }
  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  /* The cell may be scrolled partly out of sight: point inside the table. */
  gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                               &(GdkRectangle) { CLAMP ((int) point.x, 0, MAX (gtk_widget_get_width (GTK_WIDGET (self)) - 1, 0)),
                                                 CLAMP ((int) point.y, 0, MAX (gtk_widget_get_height (GTK_WIDGET (self)) - 1, 0)),
                                                 1, 1 });
  /* The menu is the table's child only while it is shown. */
  g_signal_connect (popover, "closed", G_CALLBACK (gtk_widget_unparent), NULL);
  self->menu = GTK_POPOVER (popover);
  g_object_add_weak_pointer (G_OBJECT (popover), (gpointer *) &self->menu);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
row_cursor_cb (PxTableRow    *row,
               guint          source,
               PxClaimsTable *self)
{
  PxClaimItem *claim = px_table_row_get_claim (row);
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (self->scroller);
  double x = PX_TABLE_CLAIM_WIDTH + (double) source * PX_TABLE_CELL_WIDTH;

  self->cursor_source = source;
  if (claim != NULL)
    px_claims_table_select_claim (self, claim);
  /* Keep the cursor's cell in sight. */
  if (x < gtk_adjustment_get_value (hadjustment) + PX_TABLE_CLAIM_WIDTH)
    gtk_adjustment_set_value (hadjustment, x - PX_TABLE_CLAIM_WIDTH);
  else if (x + PX_TABLE_CELL_WIDTH > gtk_adjustment_get_value (hadjustment) + gtk_adjustment_get_page_size (hadjustment))
    gtk_adjustment_set_value (hadjustment, x + PX_TABLE_CELL_WIDTH - gtk_adjustment_get_page_size (hadjustment));
}

/* A row that gets the focus (Up, Down, Tab) shows the table's cursor
 * column and becomes the selected one.
 */
static void
row_focus_cb (GtkEventControllerFocus *controller,
              PxClaimsTable           *self)
{
  PxTableRow *row = PX_TABLE_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  px_table_row_set_cursor (row, self->cursor_source);
  if (px_table_row_get_claim (row) != NULL)
    px_claims_table_select_claim (self, px_table_row_get_claim (row));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PxClaimsTable            *self)
{
  PxTableRow *row = px_table_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "enter", G_CALLBACK (row_focus_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);

  g_signal_connect_object (row, "open", G_CALLBACK (row_open_cb), self, 0);
  g_signal_connect_object (row, "cursor-moved", G_CALLBACK (row_cursor_cb), self, 0);
  g_signal_connect_object (row, "menu-requested", G_CALLBACK (row_menu_cb), self, 0);
  gtk_list_item_set_child (item, GTK_WIDGET (row));
  self->n_rows_created++;
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         PxClaimsTable            *self)
{
  PxTableRow *row = PX_TABLE_ROW (gtk_list_item_get_child (item));

  px_table_row_bind (row, gtk_list_item_get_item (item), (PxArticle * const *) self->articles->pdata,
                     (const guint *) (gpointer) self->n_chars->data, (const char * const *) self->outlets,
                     self->articles->len, self->dark);
  px_table_row_set_cursor (row, self->cursor_source);
  px_claim_row_name_list_item (GTK_WIDGET (row), gtk_list_item_get_item (item));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           PxClaimsTable            *self)
{
  px_table_row_bind (PX_TABLE_ROW (gtk_list_item_get_child (item)), NULL, NULL, NULL, NULL, 0, self->dark);
  px_claim_row_name_list_item (gtk_list_item_get_child (item), NULL);
}

/* Binds every row again: new sources, or new colours. */
static void
rebind (PxClaimsTable *self)
{
  g_autofree char *names = NULL;

  gtk_list_view_set_model (self->list_view, NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_widget_queue_draw (GTK_WIDGET (self->header));
  names = g_strjoinv (", ", self->outlets);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header), GTK_ACCESSIBLE_PROPERTY_LABEL, names, -1);
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
  self->cursor_source = 0;
  self->n_rows_created = 0;

  rebind (self);
}

guint
px_claims_table_get_n_sources (PxClaimsTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), 0);

  return self->articles->len;
}

static gboolean
scroll_to_selected_cb (gpointer user_data)
{
  PxClaimsTable *self = user_data;
  guint position = gtk_single_selection_get_selected (self->selection);

  self->scroll_source = 0;
  /* GTK 4.8 has no gtk_list_view_scroll_to(); its action does the same. */
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  return G_SOURCE_REMOVE;
}

/* The selection changes while its model changes too (a filter switched):
 * the list view may only scroll once it has taken the new items in.
 */
static void
selected_changed_cb (PxClaimsTable *self)
{
  if (self->scroll_source == 0)
    self->scroll_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, scroll_to_selected_cb, self, NULL);
}

/* A claim selected while the columns were shown (Alt+Down, the claims
 * panel) is scrolled to when the table comes: it had opened at its top.
 * Mapped the first time, the list has no rows laid out to scroll among:
 * the scroll waits for the first layout, which sets the adjustment's range.
 */
static void
list_mapped_cb (PxClaimsTable *self)
{
  if (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (self->scroller)) > 0)
    selected_changed_cb (self);
  else
    self->scroll_when_laid_out = TRUE;
}

static void
vadjustment_changed_cb (PxClaimsTable *self,
                        GtkAdjustment *adjustment)
{
  if (!self->scroll_when_laid_out || gtk_adjustment_get_upper (adjustment) <= 0)
    return;
  self->scroll_when_laid_out = FALSE;
  selected_changed_cb (self);
}

void
px_claims_table_set_selection (PxClaimsTable      *self,
                               GtkSingleSelection *selection)
{
  g_return_if_fail (PX_IS_CLAIMS_TABLE (self));
  g_return_if_fail (selection == NULL || GTK_IS_SINGLE_SELECTION (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      g_signal_connect_object (selection, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (selection, "notify::selected", G_CALLBACK (selected_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_stack (self);
}

gboolean
px_claims_table_select_claim (PxClaimsTable *self,
                              PxClaimItem   *claim)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), FALSE);
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (claim), FALSE);

  if (model == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PxClaimItem) item = g_list_model_get_item (model, i);

      if (item == claim)
        {
          if (gtk_single_selection_get_selected (self->selection) != i)
            gtk_single_selection_set_selected (self->selection, i);
          else
            selected_changed_cb (self);
          return TRUE;
        }
    }

  return FALSE;
}

PxClaimItem *
px_claims_table_get_selected_claim (PxClaimsTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), NULL);

  return self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

gboolean
px_claims_table_open_selected (PxClaimsTable *self)
{
  PxClaimItem *claim;
  guint source = G_MAXUINT;

  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), FALSE);

  claim = px_claims_table_get_selected_claim (self);
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
  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, position);
  px_claims_table_open_selected (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  px_claims_table_open_selected (PX_CLAIMS_TABLE (widget));
}

static void
dark_changed_cb (PxClaimsTable *self)
{
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* The highlights' colours are set when a row is bound: bind them again. */
  if (self->articles->len > 0)
    rebind (self);
}

guint
px_claims_table_get_cursor_source (PxClaimsTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), 0);

  return self->cursor_source;
}

/* The row widget bound to @claim, if it is laid out. */
static PxTableRow *
find_row (GtkWidget   *widget,
          PxClaimItem *claim)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PxTableRow *row = NULL;

      if (PX_IS_TABLE_ROW (child))
        {
          if (px_table_row_get_claim (PX_TABLE_ROW (child)) == claim && gtk_widget_get_mapped (child))
            return PX_TABLE_ROW (child);
        }
      else if ((row = find_row (child, claim)) != NULL)
        return row;
    }

  return NULL;
}

gboolean
px_claims_table_get_cell_area (PxClaimsTable *self,
                               GdkRectangle  *area)
{
  PxClaimItem *claim;
  PxTableRow *row;
  graphene_rect_t bounds;
  GdkRectangle cell, table = { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)) };

  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  claim = px_claims_table_get_selected_claim (self);
  row = claim != NULL ? find_row (GTK_WIDGET (self->list_view), claim) : NULL;
  if (row == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self), &bounds))
    return FALSE;

  cell.x = (int) bounds.origin.x + PX_TABLE_CLAIM_WIDTH + (int) self->cursor_source * PX_TABLE_CELL_WIDTH;
  cell.y = (int) bounds.origin.y;
  cell.width = PX_TABLE_CELL_WIDTH;
  cell.height = MAX ((int) bounds.size.height, 1);
  /* Only the part in sight: a popover must point inside the table. A cell
   * just scrolled to is placed on the next frame: its nearest edge until then.
   */
  if (!gdk_rectangle_intersect (&cell, &table, area))
    {
      area->x = CLAMP (cell.x, 0, MAX (table.width - 1, 0));
      area->y = CLAMP (cell.y, 0, MAX (table.height - 1, 0));
      area->width = area->height = 1;
    }
  return TRUE;
}

static void
update_rows (PxClaimsTable *self,
             GtkWidget     *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (PX_IS_TABLE_ROW (child))
        px_table_row_update_annotations (PX_TABLE_ROW (child), self->dark);
      else
        update_rows (self, child);
    }
}

void
px_claims_table_update_rows (PxClaimsTable *self)
{
  g_return_if_fail (PX_IS_CLAIMS_TABLE (self));

  update_rows (self, GTK_WIDGET (self->list_view));
}

guint
_px_claims_table_get_n_rows_created (PxClaimsTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), 0);

  return self->n_rows_created;
}

GListModel *
_px_claims_table_get_rows (PxClaimsTable *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_TABLE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* The table's popovers (a cell's menu, the annotation popover) are placed
 * by the table, which the bin layout leaves to it.
 */
static void
px_claims_table_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  GTK_WIDGET_CLASS (px_claims_table_parent_class)->size_allocate (widget, width, height, baseline);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static void
px_claims_table_dispose (GObject *object)
{
  PxClaimsTable *self = PX_CLAIMS_TABLE (object);

  GtkWidget *child;

  g_clear_handle_id (&self->scroll_source, g_source_remove);
  g_clear_pointer ((GtkWidget **) &self->stack, gtk_widget_unparent);
  /* A menu or an annotation popover still open. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
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
  widget_class->size_allocate = px_claims_table_size_allocate;

  /* The user asked to see @source's sentence of @claim in the columns. */
  signals[OPEN_SENTENCE] =
    g_signal_new ("open-sentence", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PX_TYPE_CLAIM_ITEM, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "table.open", NULL, open_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxclaimstable");
}

static void
px_claims_table_init (PxClaimsTable *self)
{
  GtkListItemFactory *factory;
  GtkWidget *box;
  GtkWidget *empty;

  self->articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  self->n_chars = g_array_new (FALSE, FALSE, sizeof (guint));
  self->outlets = g_new0 (char *, 1);
  self->cursor_source = 0;
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cb), self, 0);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));
  gtk_list_view_set_show_separators (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "px-claims-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Claims by outlet"), -1);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);
  /* the arrow keys move between claims and cells, Tab out of the table */
  px_list_keynav_tab_leaves (GTK_WIDGET (self->list_view));
  g_signal_connect_object (self->list_view, "map", G_CALLBACK (list_mapped_cb), self, G_CONNECT_SWAPPED);

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->list_view));
  /* Scroll bars always drawn, as under the columns: outlets past the right
   * edge are there to find (overlaid, the bar showed only once the pointer
   * moved over the table, and a third outlet's cells stood cut at the edge
   * with nothing to say there were more). */
  gtk_scrolled_window_set_overlay_scrolling (self->scroller, FALSE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), TRUE);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (vadjustment_changed_cb), self, G_CONNECT_SWAPPED);

  self->header = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->header, HEADER_HEIGHT);
  gtk_drawing_area_set_draw_func (self->header, draw_header, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->header), "px-table-titles");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Outlets"), -1);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "value-changed",
                           G_CALLBACK (gtk_widget_queue_draw), self->header, G_CONNECT_SWAPPED);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->header));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->scroller));

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-grid-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Claims to Show"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("The table lines up the claims once two or more sources are compared. "
                                     "The claims panel’s filter may also hide every claim."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, box, "table");
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
