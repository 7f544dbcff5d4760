/* px-table-cell.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-table-cell.h"

#include <glib/gi18n.h>

struct _PxTableCell
{
  GtkWidget parent_instance;

  GtkLabel *label;
  guint source;
  PxClaimItem *claim;
  gboolean reported;
};

G_DEFINE_FINAL_TYPE (PxTableCell, px_table_cell, GTK_TYPE_WIDGET)

enum {
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Copies the look of @kind onto bytes [@start, @end) of @attrs. */
static void
add_kind (PangoAttrList   *attrs,
          PxHighlightKind  kind,
          gboolean         dark,
          guint            start,
          guint            end)
{
  g_autoptr(PangoAttrList) look = px_highlight_kind_get_attributes (kind, dark);
  g_autoptr(GSList) list = pango_attr_list_get_attributes (look);

  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      attribute->start_index = start;
      attribute->end_index = end;
      pango_attr_list_change (attrs, attribute);
    }
}

/* Where character @offset of a member that starts at character @member_start
 * and byte @cell_start of the cell falls, in bytes of the cell.
 */
static guint
cell_byte (const char *member,
           guint       member_chars,
           guint       cell_start,
           guint       offset)
{
  return cell_start + (guint) (g_utf8_offset_to_pointer (member, MIN (offset, member_chars)) - member);
}

void
px_table_cell_bind (PxTableCell *self,
                    PxClaimItem *claim,
                    const char  *text,
                    guint        n_chars,
                    const char  *outlet,
                    gboolean     dark)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *accessible = NULL;
  GArray *members;

  g_return_if_fail (PX_IS_TABLE_CELL (self));

  g_set_object (&self->claim, claim);
  self->reported = FALSE;
  if (claim == NULL || text == NULL)
    {
      gtk_label_set_text (self->label, "");
      gtk_label_set_attributes (self->label, NULL);
      return;
    }

  /* Each member sentence of this source, with the words that differ. */
  members = px_claim_item_get_members (claim);
  for (guint m = 0; m < members->len; m++)
    {
      const PxClaimItemRange *member = &g_array_index (members, PxClaimItemRange, m);
      const char *start, *end;
      guint cell_start, member_chars;
      GArray *words;

      if (member->source != self->source || member->start >= member->end || member->end > n_chars)
        continue;

      if (shown->len > 0)
        g_string_append (shown, " … ");
      cell_start = shown->len;
      start = g_utf8_offset_to_pointer (text, member->start);
      end = g_utf8_offset_to_pointer (start, member->end - member->start);
      member_chars = member->end - member->start;
      g_string_append_len (shown, start, end - start);
      self->reported = TRUE;

      /* The wording only this outlet has: bold. */
      words = px_claim_item_get_words (claim);
      for (guint w = 0; w < words->len; w++)
        {
          const PxClaimItemRange *word = &g_array_index (words, PxClaimItemRange, w);
          PangoAttribute *weight;

          if (word->source != self->source || word->start < member->start || word->end > member->end)
            continue;
          weight = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
          weight->start_index = cell_byte (start, member_chars, cell_start, word->start - member->start);
          weight->end_index = cell_byte (start, member_chars, cell_start, word->end - member->start);
          pango_attr_list_insert (attrs, weight);
        }

      /* The differences, in the colours of the columns. */
      for (guint d = 0; d < px_claim_item_get_n_differences (claim); d++)
        {
          const PxClaimItemDifference *difference = px_claim_item_get_difference (claim, d);

          for (guint r = 0; r < difference->ranges->len; r++)
            {
              const PxClaimItemRange *range = &g_array_index (difference->ranges, PxClaimItemRange, r);

              if (range->source != self->source || range->start < member->start || range->end > member->end)
                continue;
              add_kind (attrs, difference->kind, dark,
                        cell_byte (start, member_chars, cell_start, range->start - member->start),
                        cell_byte (start, member_chars, cell_start, range->end - member->start));
            }
        }
    }

  if (self->reported && px_claim_item_is_unique (claim))
    add_kind (attrs, PX_HIGHLIGHT_UNIQUE, dark, 0, shown->len);

  if (self->reported)
    {
      gtk_label_set_text (self->label, shown->str);
      gtk_label_set_attributes (self->label, attrs);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "px-not-reported");
      /* Translators: accessible name of a table cell, "BBC: sentence" */
      accessible = g_strdup_printf (_("%s: %s"), outlet, shown->str);
    }
  else
    {
      gtk_label_set_text (self->label, _("Not reported"));
      gtk_label_set_attributes (self->label, NULL);
      gtk_widget_add_css_class (GTK_WIDGET (self), "px-not-reported");
      /* Translators: accessible name of an empty table cell, "BBC: not reported" */
      accessible = g_strdup_printf (_("%s: not reported"), outlet);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

guint
px_table_cell_get_source (PxTableCell *self)
{
  g_return_val_if_fail (PX_IS_TABLE_CELL (self), 0);

  return self->source;
}

PxClaimItem *
px_table_cell_get_claim (PxTableCell *self)
{
  g_return_val_if_fail (PX_IS_TABLE_CELL (self), NULL);

  return self->claim;
}

gboolean
px_table_cell_get_reported (PxTableCell *self)
{
  g_return_val_if_fail (PX_IS_TABLE_CELL (self), FALSE);

  return self->reported;
}

const char *
px_table_cell_get_text (PxTableCell *self)
{
  g_return_val_if_fail (PX_IS_TABLE_CELL (self), NULL);

  return gtk_label_get_text (self->label);
}

PangoAttrList *
px_table_cell_get_attributes (PxTableCell *self)
{
  g_return_val_if_fail (PX_IS_TABLE_CELL (self), NULL);

  return gtk_label_get_attributes (self->label);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PxTableCell *self = PX_TABLE_CELL (widget);

  if (self->claim != NULL)
    g_signal_emit (self, signals[OPEN], 0);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PxTableCell     *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2)
    open_action (GTK_WIDGET (self), NULL, NULL);
}

static void
px_table_cell_dispose (GObject *object)
{
  PxTableCell *self = PX_TABLE_CELL (object);

  g_clear_pointer ((GtkWidget **) &self->label, gtk_widget_unparent);
  g_clear_object (&self->claim);

  G_OBJECT_CLASS (px_table_cell_parent_class)->dispose (object);
}

static void
px_table_cell_class_init (PxTableCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_table_cell_dispose;

  /* The user wants this sentence in the columns. */
  signals[OPEN] = g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "cell.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "cell.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "cell.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "cell.open", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxtablecell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_CELL);
}

static void
px_table_cell_init (PxTableCell *self)
{
  GtkGesture *click;

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_yalign (self->label, 0);
  gtk_widget_set_valign (GTK_WIDGET (self->label), GTK_ALIGN_START);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Press Enter to open this sentence in the columns"));

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

PxTableCell *
px_table_cell_new (guint source)
{
  PxTableCell *self = g_object_new (PX_TYPE_TABLE_CELL, NULL);

  self->source = source;

  return self;
}
