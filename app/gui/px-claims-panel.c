/* px-claims-panel.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-claims-panel.h"

#include "px-claim-row.h"
#include "px-cut-label.h"
#include "px-list-keynav.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _PxClaimsPanel
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkToggleButton *all_button;
  GtkToggleButton *differences_button;
  GtkToggleButton *unique_button;
  GtkToggleButton *annotated_button;
  GtkStack *stack;
  AdwStatusPage *empty_page;
  GtkListView *list_view;

  GtkFilterListModel *filtered;
  GtkCustomFilter *filter;
  GtkSingleSelection *selection;
  PxClaimsFilter mode;
  guint n_hidden;        /* less certain differences not shown */
  int width, height;     /* the panel's last allocation */
};

G_DEFINE_FINAL_TYPE (PxClaimsPanel, px_claims_panel, GTK_TYPE_WIDGET)

enum {
  CLAIM_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PxClaimsPanel *self = user_data;
  PxClaimItem *claim = item;

  switch (self->mode)
    {
    case PX_CLAIMS_FILTER_DIFFERENCES:
      return px_claim_item_has_differences (claim);
    case PX_CLAIMS_FILTER_UNIQUE:
      return px_claim_item_is_unique (claim);
    case PX_CLAIMS_FILTER_ANNOTATED:
      return px_claim_item_get_n_annotations (claim) > 0;
    case PX_CLAIMS_FILTER_ALL:
    default:
      /* a date line is no claim; one the reader annotated stays listed */
      return !px_claim_item_is_furniture (claim) || px_claim_item_get_n_annotations (claim) > 0;
    }
}

/* What the empty list means: no claims yet, or none the filter keeps
 * (a story with claims but no difference had said "Claims appear once
 * every source has loaded" under Differ).
 */
static void
update_stack (PxClaimsPanel *self)
{
  GListModel *claims = gtk_filter_list_model_get_model (self->filtered);
  gboolean any = claims != NULL && g_list_model_get_n_items (claims) > 0;
  const char *title, *description;
  g_autofree char *hidden = NULL;

  switch (any ? self->mode : PX_CLAIMS_FILTER_ALL)
    {
    case PX_CLAIMS_FILTER_DIFFERENCES:
      /* Pointing at the preference only when it would show something: it
       * had been named when there was nothing less certain either. */
      if (self->n_hidden > 0)
        {
          title = _("No Differences Shown");
          description = hidden = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               /* Translators: %u is how many differences the
                                                                * preference hides */
                                                               "Parallax is not sure enough of %u difference to "
                                                               "show it: turn on “Show less certain differences” "
                                                               "in Preferences to see it.",
                                                               "Parallax is not sure enough of %u differences to "
                                                               "show them: turn on “Show less certain differences” "
                                                               "in Preferences to see them.",
                                                               self->n_hidden),
                                                  self->n_hidden);
        }
      else
        {
          title = _("No Differences Found");
          /* Translators: what an empty "Differ" filter means; "no difference found" is not "the
           * outlets agree" */
          description = _("Parallax found no claim the outlets report differently. It can miss some: a "
                          "name or a place written another way, a fact told in other words. Read the claims "
                          "they share under All.");
        }
      break;
    case PX_CLAIMS_FILTER_UNIQUE:
      /* Translators: the claims list under its "One Outlet" filter, when it is empty */
      title = _("No Claim from One Outlet Alone");
      description = _("Every claim is carried by two or more outlets.");
      break;
    case PX_CLAIMS_FILTER_ANNOTATED:
      title = _("No Annotated Claims");
      description = _("Select a passage in a column and press Ctrl+M, or choose Verdict on This Claim "
                      "in a claim’s menu.");
      break;
    case PX_CLAIMS_FILTER_ALL:
    default:
      title = _("No Claims");
      description = _("Claims appear once every source has loaded and two or more could be read.");
      break;
    }
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 ? "list" : "empty");
}

void
px_claims_panel_set_n_hidden (PxClaimsPanel *self,
                              guint          n_hidden)
{
  g_return_if_fail (PX_IS_CLAIMS_PANEL (self));

  if (self->n_hidden == n_hidden)
    return;
  self->n_hidden = n_hidden;
  update_stack (self);
}

void
px_claims_panel_set_filter (PxClaimsPanel *self,
                            PxClaimsFilter filter)
{
  g_return_if_fail (PX_IS_CLAIMS_PANEL (self));

  if (self->mode == filter)
    return;

  self->mode = filter;
  gtk_toggle_button_set_active (filter == PX_CLAIMS_FILTER_ALL ? self->all_button
                                : filter == PX_CLAIMS_FILTER_DIFFERENCES ? self->differences_button
                                : filter == PX_CLAIMS_FILTER_UNIQUE ? self->unique_button
                                : self->annotated_button, TRUE);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  /* From one empty list to another changes no item, but what it means. */
  update_stack (self);
}

static void
filter_toggled_cb (PxClaimsPanel   *self,
                   GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  px_claims_panel_set_filter (self,
                              button == self->differences_button ? PX_CLAIMS_FILTER_DIFFERENCES
                              : button == self->unique_button ? PX_CLAIMS_FILTER_UNIQUE
                              : button == self->annotated_button ? PX_CLAIMS_FILTER_ANNOTATED
                              : PX_CLAIMS_FILTER_ALL);
}

static void
selected_cb (PxClaimsPanel *self)
{
  PxClaimItem *claim = gtk_single_selection_get_selected_item (self->selection);

  if (claim != NULL)
    g_signal_emit (self, signals[CLAIM_SELECTED], 0, claim);
}

static void
activate_cb (PxClaimsPanel *self,
             guint          position)
{
  g_autoptr(PxClaimItem) claim = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (claim != NULL)
    g_signal_emit (self, signals[CLAIM_SELECTED], 0, claim);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  gtk_list_item_set_child (item, GTK_WIDGET (px_claim_row_new ()));
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  px_claim_row_set_claim (PX_CLAIM_ROW (row), gtk_list_item_get_item (item));
  px_claim_row_name_list_item (row, gtk_list_item_get_item (item));
  /* The list item is what takes the focus: a screen reader reads its
   * name ("Claim 2: … 3 differences.") and this, the differences' own
   * wordings and the keys to the claim's menu (the row's own description
   * is read by none moving through the list). */
  if (gtk_widget_get_parent (row) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    px_claim_row_get_description (PX_CLAIM_ROW (row)), -1);
}

void
px_claims_panel_set_model (PxClaimsPanel *self,
                           GListModel    *claims)
{
  g_return_if_fail (PX_IS_CLAIMS_PANEL (self));

  gtk_filter_list_model_set_model (self->filtered, claims);
  update_stack (self);
}

PxClaimsFilter
px_claims_panel_get_filter (PxClaimsPanel *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_PANEL (self), PX_CLAIMS_FILTER_ALL);

  return self->mode;
}

void
px_claims_panel_refilter (PxClaimsPanel *self)
{
  g_return_if_fail (PX_IS_CLAIMS_PANEL (self));

  if (self->mode != PX_CLAIMS_FILTER_ALL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

GListModel *
px_claims_panel_get_visible_claims (PxClaimsPanel *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_PANEL (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

GtkSingleSelection *
px_claims_panel_get_selection (PxClaimsPanel *self)
{
  g_return_val_if_fail (PX_IS_CLAIMS_PANEL (self), NULL);

  return self->selection;
}

void
px_claims_panel_select (PxClaimsPanel *self,
                        guint          position)
{
  g_return_if_fail (PX_IS_CLAIMS_PANEL (self));

  gtk_single_selection_set_selected (self->selection, position);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  /* GTK 4.8 has no gtk_list_view_scroll_to(); its action does the same. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

gboolean
px_claims_panel_focus_claim (PxClaimsPanel *self,
                             PxClaimItem   *claim)
{
  g_return_val_if_fail (PX_IS_CLAIMS_PANEL (self), FALSE);
  g_return_val_if_fail (PX_IS_CLAIM_ITEM (claim), FALSE);

  /* The list's rows are its children, each holding a claim row: the row
   * that shows @claim now, as the list may have bound its rows anew. */
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (PX_IS_CLAIM_ROW (row) && px_claim_row_get_claim (PX_CLAIM_ROW (row)) == claim
          && gtk_widget_get_mapped (item))
        return gtk_widget_grab_focus (item);
    }
  return FALSE;
}

static void
px_claims_panel_dispose (GObject *object)
{
  PxClaimsPanel *self = PX_CLAIMS_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_CLAIMS_PANEL);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (px_claims_panel_parent_class)->dispose (object);
}

/* The claim row that has the focus, or NULL. */
static PxClaimRow *
focused_row (PxClaimsPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return NULL;
  /* The list's row holds the claim row; a widget in it may have the focus. */
  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self->list_view); w = gtk_widget_get_parent (w))
    if (PX_IS_CLAIM_ROW (w))
      return PX_CLAIM_ROW (w);
  for (GtkWidget *w = gtk_widget_get_first_child (focus); w != NULL; w = gtk_widget_get_first_child (w))
    if (PX_IS_CLAIM_ROW (w))
      return PX_CLAIM_ROW (w);
  return NULL;
}

/* Each claim is one Tab stop; its actions (a verdict, the claims it
 * differs from) are in its menu, which the Menu key or Shift+F10 opens.
 */
static void
claim_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PxClaimRow *row = focused_row (PX_CLAIMS_PANEL (widget));

  if (row != NULL)
    px_claim_row_popup_menu (row);
}

/* The selected claim's row, if the list shows it: its top and bottom in
 * the list's own coordinates (the top of the view is 0). */
static gboolean
selected_row_bounds (PxClaimsPanel *self,
                     double        *top,
                     double        *bottom)
{
  gpointer claim = gtk_single_selection_get_selected_item (self->selection);

  if (claim == NULL)
    return FALSE;
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      if (PX_IS_CLAIM_ROW (row) && px_claim_row_get_claim (PX_CLAIM_ROW (row)) == claim
          && gtk_widget_get_mapped (item) && gtk_widget_compute_bounds (item, GTK_WIDGET (self->list_view), &bounds))
        {
          *top = bounds.origin.y;
          *bottom = bounds.origin.y + bounds.size.height;
          return TRUE;
        }
    }
  return FALSE;
}

static GtkSizeRequestMode
px_claims_panel_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (PX_CLAIMS_PANEL (widget)->box);
}

static void
px_claims_panel_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (PX_CLAIMS_PANEL (widget)->box, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
}

/* GTK 4.8's list view keeps a row it scrolled to, or that took the focus
 * while in view, at the same fraction of the view's height: a list made
 * shorter (the Annotations panel growing under it) moved its rows up by
 * that fraction of the change, cutting the first claim at the top though
 * the selected one still fitted. A change of height keeps the scroll where
 * it was instead, moved only as far as keeps a selected claim that was
 * whole in view whole. */
static void
px_claims_panel_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PxClaimsPanel *self = PX_CLAIMS_PANEL (widget);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  gboolean resized = vadjustment != NULL && width == self->width && height != self->height && self->height > 0
                     && gtk_widget_get_mapped (GTK_WIDGET (self->list_view));
  double value = resized ? gtk_adjustment_get_value (vadjustment) : 0;
  double top = 0, bottom = 0;
  gboolean whole = resized && selected_row_bounds (self, &top, &bottom) && top >= 0
                   && bottom <= gtk_adjustment_get_page_size (vadjustment);
  double target, page;

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  self->width = width;
  self->height = height;
  if (!resized)
    return;

  /* The rows keep their heights (the width is the same): where the
   * selected row lies in the whole list is where it lay. */
  page = gtk_adjustment_get_page_size (vadjustment);
  target = value;
  if (whole && value + bottom > target + page)
    target = value + bottom - page;
  if (whole && value + top < target)
    target = value + top;
  target = CLAMP (target, gtk_adjustment_get_lower (vadjustment),
                  MAX (gtk_adjustment_get_lower (vadjustment), gtk_adjustment_get_upper (vadjustment) - page));
  if (target != gtk_adjustment_get_value (vadjustment))
    {
      /* The list lays its rows out anew from the value it was given: in
       * this same allocation, as a scrolled window does when its bars
       * come or go, so no frame shows the rows where they were moved. */
      gtk_adjustment_set_value (vadjustment, target);
      gtk_widget_allocate (self->box, width, height, baseline, NULL);
    }
}

static void
px_claims_panel_class_init (PxClaimsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_claims_panel_dispose;
  widget_class->get_request_mode = px_claims_panel_get_request_mode;
  widget_class->measure = px_claims_panel_measure;
  widget_class->size_allocate = px_claims_panel_size_allocate;

  signals[CLAIM_SELECTED] =
    g_signal_new ("claim-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_CLAIM_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-claims-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PxClaimsPanel, box);
  gtk_widget_class_bind_template_child (widget_class, PxClaimsPanel, all_button);
  gtk_widget_class_bind_template_child (widget_class, PxClaimsPanel, differences_button);
  gtk_widget_class_bind_template_child (widget_class, PxClaimsPanel, unique_button);
  gtk_widget_class_bind_template_child (widget_class, PxClaimsPanel, annotated_button);
  gtk_widget_class_bind_template_child (widget_class, PxClaimsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, PxClaimsPanel, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxClaimsPanel, list_view);
  gtk_widget_class_bind_template_callback (widget_class, filter_toggled_cb);

  gtk_widget_class_install_action (widget_class, "claims.menu", NULL, claim_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "claims.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "claims.menu", NULL);

  gtk_widget_class_set_css_name (widget_class, "pxclaimspanel");
}

static void
px_claims_panel_init (PxClaimsPanel *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The panel is narrow so that the columns keep their room: a filter's
   * name that does not fit (a long translation) goes on two lines, and
   * what still does not fit is cut, whole in its tooltip.
   */
  {
    GtkToggleButton *buttons[] = { self->all_button, self->differences_button, self->unique_button,
                                   self->annotated_button };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        GtkWidget *label = gtk_button_get_child (GTK_BUTTON (buttons[i]));

        if (!GTK_IS_LABEL (label))
          continue;
        px_cut_label_init (GTK_LABEL (label));
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        gtk_label_set_lines (GTK_LABEL (label), 2);
        gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      }
  }

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  /* Tab goes on to the Annotations panel, not through every claim. */
  px_list_keynav_tab_leaves (GTK_WIDGET (self->list_view));

  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  update_stack (self);
}

PxClaimsPanel *
px_claims_panel_new (void)
{
  return g_object_new (PX_TYPE_CLAIMS_PANEL, NULL);
}
