/* px-claim-row.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-claim-row.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _PxClaimRow
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkBox *dots_box;
  GtkMenuButton *menu_button;
  GtkLabel *text_label;
  GtkFlowBox *badges_box;

  guint claim_index; /* of the claim shown, for its menu */
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
  g_autoptr(GMenuItem) item = g_menu_item_new (_("_Verdict on This Claim…"), NULL);

  g_menu_item_set_action_and_target_value (item, "win.claim-verdict", g_variant_new_uint32 (self->claim_index));
  g_menu_append_item (menu, item);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

void
px_claim_row_set_claim (PxClaimRow  *self,
                        PxClaimItem *claim)
{
  g_autoptr(GString) carriers = g_string_new (NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) kinds = g_string_new (NULL);
  g_autofree char *accessible = NULL;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gboolean seen[PX_N_HIGHLIGHT_KINDS] = { FALSE };

  g_return_if_fail (PX_IS_CLAIM_ROW (self));

  remove_children (GTK_WIDGET (self->dots_box));
  remove_children (GTK_WIDGET (self->badges_box));

  if (claim == NULL)
    {
      gtk_label_set_label (self->text_label, "");
      return;
    }

  gtk_label_set_label (self->text_label, px_claim_item_get_text (claim));
  /* Its menu, made each time it opens (create_menu_cb()). */
  self->claim_index = px_claim_item_get_index (claim);

  for (guint source = 0; source < px_claim_item_get_n_sources (claim); source++)
    {
      gboolean carried = px_claim_item_get_member (claim, source, NULL, NULL);
      const char *outlet = px_claim_item_get_outlet (claim, source);
      GtkWidget *dot = gtk_label_new (carried ? "●" : "○");
      g_autofree char *tooltip = NULL;
      GString *list = carried ? carriers : missing;

      /* Translators: tooltip of a coverage dot, %s is an outlet's name */
      tooltip = g_strdup_printf (carried ? _("%s reports this") : _("%s leaves this out"), outlet);
      gtk_widget_set_tooltip_text (dot, tooltip);
      gtk_widget_add_css_class (dot, carried ? "px-dot-on" : "px-dot-off");
      gtk_box_append (self->dots_box, dot);

      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, outlet);
    }

  for (guint d = 0; d < px_claim_item_get_n_differences (claim); d++)
    {
      const PxClaimItemDifference *difference = px_claim_item_get_difference (claim, d);
      g_autoptr(PangoAttrList) attrs = NULL;
      GtkWidget *badge;

      if (seen[difference->kind])
        continue;
      seen[difference->kind] = TRUE;

      attrs = px_highlight_kind_get_attributes (difference->kind, dark);
      badge = gtk_label_new (px_highlight_kind_get_label (difference->kind));
      gtk_label_set_attributes (GTK_LABEL (badge), attrs);
      gtk_widget_add_css_class (badge, "px-badge");
      gtk_flow_box_append (self->badges_box, badge);
      gtk_widget_set_focusable (gtk_widget_get_parent (badge), FALSE);

      if (kinds->len > 0)
        g_string_append (kinds, ", ");
      g_string_append (kinds, px_highlight_kind_get_label (difference->kind));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->badges_box), kinds->len > 0);

  /* Translators: the accessible description of a claim: who reports it, who leaves it out, how they differ */
  accessible = g_strdup_printf (_("Reported by %s. Left out by %s. Differences: %s."),
                                carriers->len > 0 ? carriers->str : _("none"),
                                missing->len > 0 ? missing->str : _("none"),
                                kinds->len > 0 ? kinds->str : _("none"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, px_claim_item_get_text (claim),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, accessible,
                                  -1);
}

static void
px_claim_row_dispose (GObject *object)
{
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
  gtk_widget_class_bind_template_child (widget_class, PxClaimRow, badges_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxclaimrow");
}

static void
px_claim_row_init (PxClaimRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
}

PxClaimRow *
px_claim_row_new (void)
{
  return g_object_new (PX_TYPE_CLAIM_ROW, NULL);
}
