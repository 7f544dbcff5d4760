/* px-annotation-popover.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-annotation-popover.h"

#include "px-cut-label.h"

#include "px-verdict-style.h"

#include <glib/gi18n.h>

struct _PxAnnotationPopover
{
  GtkPopover parent_instance;

  GtkLabel *heading_label;
  GtkLabel *quote_label;
  GtkDropDown *verdict_dropdown;
  GtkWidget *verdict_label;
  GtkTextView *note_view;
  GtkWidget *delete_button;
};

G_DEFINE_FINAL_TYPE (PxAnnotationPopover, px_annotation_popover, GTK_TYPE_POPOVER)

enum {
  SAVED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
px_annotation_popover_set_passage (PxAnnotationPopover *self,
                                   const char          *heading,
                                   const char          *quote,
                                   gboolean             editing)
{
  g_autofree char *quoted = NULL;

  g_return_if_fail (PX_IS_ANNOTATION_POPOVER (self));

  gtk_label_set_label (self->heading_label, heading);
  /* Translators: a quoted passage of an article */
  quoted = g_strdup_printf (C_("quoted passage", "“%s”"), quote != NULL ? quote : "");
  gtk_label_set_label (self->quote_label, quoted);
  gtk_widget_set_visible (GTK_WIDGET (self->quote_label), quote != NULL && quote[0] != '\0');
  gtk_widget_set_visible (self->delete_button, editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.delete", editing);
}

PxVerdict
px_annotation_popover_get_verdict (PxAnnotationPopover *self)
{
  guint selected;

  g_return_val_if_fail (PX_IS_ANNOTATION_POPOVER (self), PX_VERDICT_UNVERIFIED);

  selected = gtk_drop_down_get_selected (self->verdict_dropdown);
  return selected < PX_N_VERDICTS ? (PxVerdict) selected : PX_VERDICT_UNVERIFIED;
}

void
px_annotation_popover_set_verdict (PxAnnotationPopover *self,
                                   PxVerdict            verdict)
{
  g_return_if_fail (PX_IS_ANNOTATION_POPOVER (self));
  g_return_if_fail (verdict < PX_N_VERDICTS);

  gtk_drop_down_set_selected (self->verdict_dropdown, verdict);
}

char *
px_annotation_popover_get_note (PxAnnotationPopover *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (PX_IS_ANNOTATION_POPOVER (self), NULL);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

void
px_annotation_popover_set_note (PxAnnotationPopover *self,
                                const char          *note)
{
  g_return_if_fail (PX_IS_ANNOTATION_POPOVER (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note != NULL ? note : "", -1);
}

void
px_annotation_popover_save (PxAnnotationPopover *self)
{
  g_return_if_fail (PX_IS_ANNOTATION_POPOVER (self));

  g_signal_emit (self, signals[SAVED], 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  px_annotation_popover_save (PX_ANNOTATION_POPOVER (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[DELETE_REQUESTED], 0);
}

/* GTK 4.8's popover sizes itself for its content's natural width, while
 * the quote, wrapped and cut at three lines, can be given a narrower one:
 * a quote of two lines was measured as one, and the Save button was cut
 * at the popover's bottom edge. The quote asks, before the popover is
 * sized, for the height it takes at the width it will have.
 */
static void
fit_quote (PxAnnotationPopover *self)
{
  GtkWidget *label = GTK_WIDGET (self->quote_label);
  GtkWidget *box = gtk_widget_get_parent (label);
  int width, height;

  gtk_widget_set_size_request (label, -1, -1);
  if (!gtk_widget_get_visible (label))
    return;
  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  width -= gtk_widget_get_margin_start (box) + gtk_widget_get_margin_end (box);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, MAX (width, 1), &height, NULL, NULL, NULL);
  gtk_widget_set_size_request (label, -1, height);
}

static void
px_annotation_popover_show (GtkWidget *widget)
{
  PxAnnotationPopover *self = PX_ANNOTATION_POPOVER (widget);

  fit_quote (self);
  GTK_WIDGET_CLASS (px_annotation_popover_parent_class)->show (widget);
  /* The verdict first: most annotations are a verdict and no note. */
  gtk_widget_grab_focus (GTK_WIDGET (self->verdict_dropdown));
}

static void
px_annotation_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_ANNOTATION_POPOVER);

  G_OBJECT_CLASS (px_annotation_popover_parent_class)->dispose (object);
}

static void
px_annotation_popover_class_init (PxAnnotationPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_annotation_popover_dispose;
  widget_class->show = px_annotation_popover_show;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-annotation-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationPopover, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationPopover, quote_label);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationPopover, verdict_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationPopover, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationPopover, note_view);
  gtk_widget_class_bind_template_child (widget_class, PxAnnotationPopover, delete_button);

  gtk_widget_class_install_action (widget_class, "annotation.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "annotation.delete", NULL, delete_action);
}

static void
px_annotation_popover_init (PxAnnotationPopover *self)
{
  g_autoptr(GListModel) verdicts = px_verdict_new_label_model ();
  GtkShortcutController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Enter in the note is a new line; Ctrl+Enter saves from anywhere. The
   * note's text view would take Ctrl+Enter as a new line too: the
   * popover sees the key first, in the capture phase.
   */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (shortcuts), GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_LOCAL);
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_alternative_trigger_new (
                                                            gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                            gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK)),
                                                          gtk_named_action_new ("annotation.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  gtk_drop_down_set_model (self->verdict_dropdown, verdicts);
  px_drop_down_name_button (self->verdict_dropdown, self->verdict_label, NULL);
}

PxAnnotationPopover *
px_annotation_popover_new (void)
{
  return g_object_new (PX_TYPE_ANNOTATION_POPOVER, NULL);
}
