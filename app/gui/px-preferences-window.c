/* px-preferences-window.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-preferences-window.h"

#include "px-cut-label.h"
#include "px-highlight.h"
#include "px-team-libraries-page.h"

#include <glib/gi18n.h>
#include <math.h>

struct _PxPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  AdwComboRow *scheme_row;
  GtkSpinButton *scale_spin;
  AdwPreferencesGroup *kinds_group;
  GtkSpinButton *timeout_spin;
  GtkSpinButton *size_spin;
  GtkSwitch *kind_switches[PX_HIGHLIGHT_UNIQUE];

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (PxPreferencesWindow, px_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
kinds_changed_cb (PxPreferencesWindow *self)
{
  guint kinds = g_settings_get_flags (self->settings, "highlight-kinds");

  for (guint k = 0; k < PX_HIGHLIGHT_UNIQUE; k++)
    gtk_switch_set_active (self->kind_switches[k], (kinds & (1u << k)) != 0);
}

static void
kind_switch_cb (PxPreferencesWindow *self)
{
  guint kinds = 0;

  for (guint k = 0; k < PX_HIGHLIGHT_UNIQUE; k++)
    if (gtk_switch_get_active (self->kind_switches[k]))
      kinds |= 1u << k;

  if (kinds != g_settings_get_flags (self->settings, "highlight-kinds"))
    g_settings_set_flags (self->settings, "highlight-kinds", kinds);
}

static void
scheme_changed_cb (PxPreferencesWindow *self)
{
  adw_combo_row_set_selected (self->scheme_row, g_settings_get_enum (self->settings, "color-scheme"));
}

static void
scheme_selected_cb (PxPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->scheme_row);

  if (selected != GTK_INVALID_LIST_POSITION && (int) selected != g_settings_get_enum (self->settings, "color-scheme"))
    g_settings_set_enum (self->settings, "color-scheme", selected);
}

static void
px_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (px_preferences_window_parent_class)->dispose (object);
}

static void
px_preferences_window_finalize (GObject *object)
{
  g_clear_object (&PX_PREFERENCES_WINDOW (object)->settings);

  G_OBJECT_CLASS (px_preferences_window_parent_class)->finalize (object);
}

/* The text size as people say it, "125%", rather than the setting's
 * factor 1.25; typed back with or without the sign. */
static gboolean
scale_output_cb (GtkSpinButton *spin,
                 gpointer       user_data)
{
  g_autofree char *text = NULL;

  /* Translators: the text size in Preferences, as a percentage of the system font's size */
  text = g_strdup_printf (C_("text size", "%d%%"), (int) round (gtk_spin_button_get_value (spin) * 100));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
scale_input_cb (GtkSpinButton *spin,
                double        *new_value,
                gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  double percent;

  while (*text == ' ')
    text++;
  percent = g_ascii_strtod (text, &end);
  if (end == text)
    return GTK_INPUT_ERROR;
  while (*end == ' ' || *end == '%')
    end++;
  if (*end != '\0')
    return GTK_INPUT_ERROR;
  *new_value = percent / 100;
  return TRUE;
}

/* A row names the widget it activates by its title; GTK 4.8 reads a
 * label of the widget's own before it ("Time limit in seconds Time
 * Limit"), so the widget has none, and what the title leaves out (the
 * unit, what the kind means) is the row's subtitle, given to the widget
 * as its description: read after its name, as the row shows it under the
 * title.
 */
static void
describe_by_row (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);
  const char *subtitle;

  g_assert (row != NULL);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  if (subtitle != NULL && *subtitle != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
}

/* A group names its list by its title; the groups here all have one, the
 * one libadwaita shows the search's results in has none. */
static gboolean
is_in_untitled_group (GtkWidget *widget)
{
  GtkWidget *group = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP);
  const char *title;

  if (group == NULL)
    return FALSE;
  title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group));
  return title == NULL || *title == '\0';
}

/* libadwaita builds a search entry, its results' list and the switchers
 * between pages into every preferences window, the search hidden here
 * (search-enabled is off): GTK 4.8 names each by its type, and the
 * accessibility tree showed "GtkSearchEntry", "GtkListBox" and
 * "AdwViewSwitcher" where a name goes.
 */
static void
name_builtin_widgets (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Search Preferences"), -1);
      else if (GTK_IS_LIST_BOX (child) && is_in_untitled_group (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Search Results"), -1);
      else if (ADW_IS_VIEW_SWITCHER (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Pages"), -1);
      name_builtin_widgets (child);
    }
}

static void
px_preferences_window_class_init (PxPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_preferences_window_dispose;
  object_class->finalize = px_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, timeout_spin);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, size_spin);
}

static void
px_preferences_window_init (PxPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (px_team_libraries_page_new ()));

  g_signal_connect (self->scale_spin, "output", G_CALLBACK (scale_output_cb), NULL);
  g_signal_connect (self->scale_spin, "input", G_CALLBACK (scale_input_cb), NULL);
  g_settings_bind (self->settings, "text-scale", self->scale_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "fetch-timeout", self->timeout_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "fetch-max-size", self->size_spin, "value", G_SETTINGS_BIND_DEFAULT);
  describe_by_row (GTK_WIDGET (self->scale_spin));
  describe_by_row (GTK_WIDGET (self->timeout_spin));
  describe_by_row (GTK_WIDGET (self->size_spin));
  name_builtin_widgets (GTK_WIDGET (self));

  /* The highlight rows come from the kinds themselves, so a new kind
   * needs no change here.
   */
  for (guint k = 0; k < PX_HIGHLIGHT_UNIQUE; k++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *sw = gtk_switch_new ();
      /* Translators: sample text showing how a kind of difference is marked */
      GtkWidget *sample = gtk_label_new (_("Text"));
      g_autoptr(PangoAttrList) attrs = px_highlight_kind_get_attributes (
        k, adw_style_manager_get_dark (adw_style_manager_get_default ()));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), px_highlight_kind_get_label (k));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), px_highlight_kind_get_description (k));
      /* The row names its switch (adw_action_row_set_activatable_widget()):
       * a label of the switch's own was read as well, "Number Number".
       */
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_label_set_attributes (GTK_LABEL (sample), attrs);
      gtk_widget_set_valign (sample, GTK_ALIGN_CENTER);
      gtk_accessible_update_state (GTK_ACCESSIBLE (sample), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), sample);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      describe_by_row (sw);
      adw_preferences_group_add (self->kinds_group, row);
      self->kind_switches[k] = GTK_SWITCH (sw);
    }
  {
    GtkWidget *row = adw_action_row_new ();
    GtkWidget *sw = gtk_switch_new ();

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Show less certain differences"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("Also list the differences Parallax is not sure are real"));
    gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
    describe_by_row (sw);
    adw_preferences_group_add (self->kinds_group, row);
    g_settings_bind (self->settings, "show-uncertain-differences", sw, "active", G_SETTINGS_BIND_DEFAULT);
  }
  kinds_changed_cb (self);
  for (guint k = 0; k < PX_HIGHLIGHT_UNIQUE; k++)
    g_signal_connect_object (self->kind_switches[k], "notify::active", G_CALLBACK (kind_switch_cb), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::highlight-kinds", G_CALLBACK (kinds_changed_cb), self,
                           G_CONNECT_SWAPPED);

  px_combo_row_name_choices (self->scheme_row);
  scheme_changed_cb (self);
  g_signal_connect_object (self->scheme_row, "notify::selected", G_CALLBACK (scheme_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::color-scheme", G_CALLBACK (scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

PxPreferencesWindow *
px_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (PX_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
