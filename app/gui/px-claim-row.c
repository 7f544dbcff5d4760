/* px-claim-row.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-claim-row.h"

#include "px-cut-label.h"
#include "px-menu-button-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _PxClaimRow
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkBox *dots_box;
  GtkMenuButton *menu_button;
  GtkLabel *text_label;
  GtkWidget *badges_area;
  GtkFlowBox *badges_box;
  GtkBox *links_box;

  PxClaimItem *claim; /* the claim shown, for its menu */
  char *description;  /* what a screen reader says of it */
};

G_DEFINE_FINAL_TYPE (PxClaimRow, px_claim_row, GTK_TYPE_WIDGET)

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (parent))
        gtk_flow_box_remove (GTK_FLOW_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

/* The claim's menu, made when it is opened rather than for every row
 * bound (a menu model makes the button a popover at once); GtkMenuButton
 * calls this at each opening, so a row given another claim asks for that
 * one's verdict.
 */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  PxClaimRow *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  guint index;

  if (self->claim == NULL)
    return;
  index = px_claim_item_get_index (self->claim);
  item = g_menu_item_new (_("_Verdict on This Claim…"), NULL);
  g_menu_item_set_action_and_target_value (item, "win.claim-verdict", g_variant_new_uint32 (index));
  g_menu_append_item (menu, item);

  /* The claims it differs from, for the keyboard as well as the buttons. */
  if (px_claim_item_get_n_links (self->claim) > 0)
    {
      g_autoptr(GMenu) section = g_menu_new ();

      for (guint i = 0; i < px_claim_item_get_n_links (self->claim); i++)
        {
          const PxClaimItemDifference *link = px_claim_item_get_link (self->claim, i);
          g_autoptr(GMenuItem) go = NULL;
          g_autofree char *label = NULL;

          /* Translators: a menu item: show the claim this one differs from */
          label = g_strdup_printf (_("Go to Claim %u"), px_claim_item_difference_get_other_claim (link, index) + 1);
          go = g_menu_item_new (label, NULL);
          g_menu_item_set_action_and_target_value (go, "win.show-claim", px_claim_item_difference_get_target (link, index));
          g_menu_append_item (section, go);
        }
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* A button to the claim @link involves besides @claim. */
static GtkWidget *
link_button_new (PxClaimItem                 *claim,
                 const PxClaimItemDifference *link,
                 gboolean                     dark)
{
  guint index = px_claim_item_get_index (claim);
  guint other = px_claim_item_difference_get_other_claim (link, index);
  g_autoptr(PangoAttrList) attrs = px_highlight_kind_get_attributes (link->kind, dark);
  g_autofree char *go = NULL, *with = NULL, *description = NULL, *tooltip = NULL;
  GtkWidget *button, *box, *badge, *label, *icon;

  /* Translators: a button: show the claim this one differs from */
  go = g_strdup_printf (_("Go to claim %u"), other + 1);
  /* Translators: on a button beside a difference's kind, "Number with claim 7" */
  with = g_strdup_printf (_("with claim %u"), other + 1);
  description = px_claim_item_difference_describe (link, index);
  tooltip = g_strdup_printf ("%s\n%s", description, go);

  badge = gtk_label_new (px_highlight_kind_get_label (link->kind));
  gtk_label_set_attributes (GTK_LABEL (badge), attrs);
  gtk_widget_add_css_class (badge, "px-badge");
  label = gtk_label_new (with);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  icon = gtk_image_new_from_icon_name ("go-next-symbolic");

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), icon);

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "px-link-button");
  gtk_widget_set_tooltip_text (button, tooltip);
  /* The claim's menu has it too ("Go to Claim 7"): the row stays one Tab stop. */
  gtk_widget_set_can_focus (button, FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-claim");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), px_claim_item_difference_get_target (link, index));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, go,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  return button;
}

void
px_claim_row_set_claim (PxClaimRow  *self,
                        PxClaimItem *claim)
{
  g_autoptr(GString) carriers = g_string_new (NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) kinds = g_string_new (NULL);
  g_autoptr(GString) badges_tooltip = g_string_new (NULL);
  g_autoptr(GString) links = g_string_new (NULL);
  g_autoptr(GString) own = g_string_new (NULL);
  g_autoptr(GString) accessible = g_string_new (NULL);
  guint n_carriers = 0;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gboolean seen[PX_N_HIGHLIGHT_KINDS] = { FALSE };

  g_return_if_fail (PX_IS_CLAIM_ROW (self));

  remove_children (GTK_WIDGET (self->dots_box));
  remove_children (GTK_WIDGET (self->badges_box));
  remove_children (GTK_WIDGET (self->links_box));
  gtk_widget_set_visible (GTK_WIDGET (self->links_box), FALSE);
  /* Its menu is made each time it opens (create_menu_cb()). */
  g_set_object (&self->claim, claim);

  if (claim == NULL)
    {
      gtk_label_set_label (self->text_label, "");
      return;
    }

  gtk_label_set_label (self->text_label, px_claim_item_get_text (claim));

  for (guint source = 0; source < px_claim_item_get_n_sources (claim); source++)
    {
      gboolean carried = px_claim_item_get_member (claim, source, NULL, NULL);
      const char *outlet = px_claim_item_get_outlet (claim, source);
      GtkWidget *dot = gtk_label_new (carried ? "●" : "○");
      g_autofree char *tooltip = NULL;
      GString *list = carried ? carriers : missing;

      /* Translators: tooltip of a coverage dot, %s is an outlet's name */
      tooltip = g_strdup_printf (carried ? _("%s reports this")
                                         /* Translators: tooltip of a coverage dot, %s is an outlet's name */
                                         : _("%s leaves this out"),
                                 outlet);
      gtk_widget_set_tooltip_text (dot, tooltip);
      /* A screen reader names the dot by what it means ("RT reports
       * this"), not "●"; the tooltip, which GTK made its description,
       * is not said twice. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_widget_add_css_class (dot, carried ? "px-dot-on" : "px-dot-off");
      gtk_box_append (self->dots_box, dot);

      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, outlet);
      if (carried)
        n_carriers++;
    }

  for (guint d = 0; d < px_claim_item_get_n_differences (claim); d++)
    {
      const PxClaimItemDifference *difference = px_claim_item_get_difference (claim, d);
      g_autoptr(PangoAttrList) attrs = NULL;
      g_autofree char *description = NULL;
      GtkWidget *badge;

      /* One with another claim has a button of its own (below). */
      if (difference->claims != NULL)
        continue;

      /* Every difference in the badges' tooltip, with how sure Parallax is. */
      description = px_claim_item_difference_describe (difference, px_claim_item_get_index (claim));
      if (badges_tooltip->len > 0)
        g_string_append (badges_tooltip, "\n\n");
      g_string_append (badges_tooltip, description);
      /* For a screen reader, each difference with its wordings, read as
       * sentences ("Number: 91 drones (RT) vs dozens of drones (BBC).
       * Parallax is …"), as those with another claim are below: the kinds
       * alone told a listener nothing the highlight's colour does not.
       */
      {
        g_auto(GStrv) lines = g_strsplit (description, "\n", -1);

        for (guint l = 0; lines[l] != NULL; l++)
          {
            g_string_append_c (own, ' ');
            g_string_append (own, lines[l]);
            if (!g_str_has_suffix (lines[l], "."))
              g_string_append_c (own, '.');
          }
      }

      if (seen[difference->kind])
        continue;
      seen[difference->kind] = TRUE;

      attrs = px_highlight_kind_get_attributes (difference->kind, dark);
      badge = gtk_label_new (px_highlight_kind_get_label (difference->kind));
      gtk_label_set_attributes (GTK_LABEL (badge), attrs);
      gtk_widget_add_css_class (badge, "px-badge");
      gtk_flow_box_append (self->badges_box, badge);
      gtk_widget_set_focusable (gtk_widget_get_parent (badge), FALSE);
      /* Named by its kind, not "GtkFlowBoxChild" (GTK's name for a
       * widget without one). */
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (badge)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, px_highlight_kind_get_label (difference->kind),
                                      -1);

      if (kinds->len > 0)
        g_string_append (kinds, ", ");
      g_string_append (kinds, px_highlight_kind_get_label (difference->kind));
    }
  gtk_widget_set_visible (self->badges_area, badges_tooltip->len > 0);
  gtk_widget_set_tooltip_text (self->badges_area, badges_tooltip->len > 0 ? badges_tooltip->str : NULL);

  /* Differences between this claim's sentences and another claim's: a
   * button to that claim each.
   */
  for (guint i = 0; i < px_claim_item_get_n_links (claim); i++)
    {
      const PxClaimItemDifference *link = px_claim_item_get_link (claim, i);
      g_autofree char *description = px_claim_item_difference_describe (link, px_claim_item_get_index (claim));
      g_auto(GStrv) lines = g_strsplit (description, "\n", -1);

      gtk_box_append (self->links_box, link_button_new (claim, link, dark));
      if (kinds->len > 0)
        g_string_append (kinds, ", ");
      /* Translators: in the list of a claim's differences, "Number with claim 7" */
      g_string_append_printf (kinds, _("%s with claim %u"), px_highlight_kind_get_label (link->kind),
                              px_claim_item_difference_get_other_claim (link, px_claim_item_get_index (claim)) + 1);
      /* Read as sentences: "Number: … vs …. With claim 7. Parallax is …" */
      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_string_append_c (links, ' ');
          g_string_append (links, lines[l]);
          if (!g_str_has_suffix (lines[l], "."))
            g_string_append_c (links, '.');
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->links_box), px_claim_item_get_n_links (claim) > 0);

  /* Who reports it, who leaves it out, how they differ, each said only
   * when there is something to say: "Left out by none. Differences:
   * none." was read of every claim all the outlets carry, and of one an
   * outlet alone carries, "Differences: none", as if the others agreed. */
  if (n_carriers == 1)
    /* Translators: part of a claim's accessible description: the one outlet that reports it */
    g_string_append_printf (accessible, _("Only %s reports this."), carriers->str);
  else
    /* Translators: part of a claim's accessible description: the outlets that report it */
    g_string_append_printf (accessible, _("Reported by %s."), carriers->len > 0 ? carriers->str : _("none"));
  if (missing->len > 0)
    {
      g_string_append_c (accessible, ' ');
      /* Translators: part of a claim's accessible description: the outlets that leave it out */
      g_string_append_printf (accessible, _("Left out by %s."), missing->str);
    }
  if (kinds->len > 0)
    {
      g_string_append_c (accessible, ' ');
      /* Translators: part of a claim's accessible description: its kinds of difference */
      g_string_append_printf (accessible, _("Differences: %s."), kinds->str);
    }
  else if (n_carriers > 1)
    {
      g_string_append_c (accessible, ' ');
      g_string_append (accessible, _("No differences found."));
    }
  /* and how each differs from another claim, and how to reach what the
   * row's buttons do: the row is one Tab stop, its buttons are not. */
  g_free (self->description);
  self->description = g_strconcat (accessible->str, own->str, links->str,
                                   /* Translators: the end of a claim's accessible description; the
                                    * Menu key and Shift+F10 open the claim's menu */
                                   " ", _("Menu or Shift+F10: verdict on this claim and the claims it differs from."),
                                   NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, px_claim_item_get_text (claim),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

PxClaimItem *
px_claim_row_get_claim (PxClaimRow *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ROW (self), NULL);

  return self->claim;
}

const char *
px_claim_row_get_description (PxClaimRow *self)
{
  g_return_val_if_fail (PX_IS_CLAIM_ROW (self), NULL);

  return self->description;
}

void
px_claim_row_popup_menu (PxClaimRow *self)
{
  g_return_if_fail (PX_IS_CLAIM_ROW (self));

  if (self->claim != NULL)
    gtk_menu_button_popup (self->menu_button);
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      PxClaimRow      *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  px_claim_row_popup_menu (self);
}

static void
px_claim_row_dispose (GObject *object)
{
  g_clear_object (&PX_CLAIM_ROW (object)->claim);
  g_clear_pointer (&PX_CLAIM_ROW (object)->description, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_CLAIM_ROW);

  G_OBJECT_CLASS (px_claim_row_parent_class)->dispose (object);
}

static void
px_claim_row_class_init (PxClaimRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_claim_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-claim-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PxClaimRow, box);
  gtk_widget_class_bind_template_child (widget_class, PxClaimRow, dots_box);
  gtk_widget_class_bind_template_child (widget_class, PxClaimRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PxClaimRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, PxClaimRow, badges_area);
  gtk_widget_class_bind_template_child (widget_class, PxClaimRow, badges_box);
  gtk_widget_class_bind_template_child (widget_class, PxClaimRow, links_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxclaimrow");
}

static void
px_claim_row_init (PxClaimRow *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* A claim is cut at three lines: whole in its tooltip. */
  px_cut_label_init (self->text_label);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  _px_menu_button_quiet_tooltip (self->menu_button);
  /* A right click opens the claim's menu, as the Menu key does. */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (secondary_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

PxClaimRow *
px_claim_row_new (void)
{
  return g_object_new (PX_TYPE_CLAIM_ROW, NULL);
}

void
px_claim_row_name_list_item (GtkWidget   *child,
                             PxClaimItem *claim)
{
  GtkWidget *row = gtk_widget_get_parent (child);
  g_autofree char *name = NULL;

  if (row == NULL)
    return;
  if (claim == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }
  name = px_claim_item_dup_accessible_name (claim);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}
