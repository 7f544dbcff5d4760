/* px-export-dialog.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-export-dialog.h"
#include "px-export-dialog-private.h"
#include "px-print-module-private.h"

#include "px-toast.h"

#include <glib/gi18n.h>

struct _PxExportDialog
{
  AdwMessageDialog parent_instance;

  GtkCheckButton *html_check;
  GtkCheckButton *markdown_check;
  GtkCheckButton *w3c_check;
  GtkCheckButton *claimreview_check;
  GtkCheckButton *csv_check;
  GtkListBox *formats_list;

  PxLibrary *store;
  gint64 story_id;
  char *title;
  PxComparison *comparison;
  AdwToastOverlay *toasts;
};

G_DEFINE_FINAL_TYPE (PxExportDialog, px_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* Export in a worker */

typedef struct
{
  PxLibrary *store;
  gint64 story_id;
  PxComparison *comparison; /* the one on screen, or NULL */
  PxExportFormat format;
  GFile *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->store);
  g_clear_pointer (&data->comparison, px_comparison_unref);
  g_clear_object (&data->file);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  PxExportOptions options = { .comparison = data->comparison };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = px_export_story (data->store, data->story_id, data->format, &options, cancellable, &error);
  /* The library changed since the comparison on screen was made (a source
   * it could not keep): the report compares what the library has.
   */
  if (g_error_matches (error, PX_EXPORT_ERROR, PX_EXPORT_ERROR_MISMATCH))
    {
      g_debug ("%s", error->message);
      g_clear_error (&error);
      text = px_export_story (data->store, data->story_id, data->format, NULL, cancellable, &error);
    }
  if (text == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (data->file == NULL)
    {
      g_task_return_pointer (task, g_steal_pointer (&text), g_free);
      return;
    }

  if (!g_file_replace_contents (data->file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, cancellable, &error))
    {
      g_autofree char *name = g_file_get_parse_name (data->file);

      /* Translators: %s is a file name, then why it could not be written */
      g_task_return_new_error (task, error->domain, error->code, _("Could not write “%s”: %s"), name,
                               error->message);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&text), g_free);
}

static GTask *
export_task_new (PxLibrary           *store,
                 gint64               story_id,
                 PxComparison        *comparison,
                 PxExportFormat       format,
                 GFile               *file,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  ExportData *data = g_new0 (ExportData, 1);

  data->store = g_object_ref (store);
  data->story_id = story_id;
  data->comparison = comparison != NULL ? px_comparison_ref (comparison) : NULL;
  data->format = format;
  data->file = file != NULL ? g_object_ref (file) : NULL;
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  return task;
}

void
px_export_story_to_file_async (PxLibrary           *store,
                               gint64               story_id,
                               PxComparison        *comparison,
                               PxExportFormat       format,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PX_IS_LIBRARY (store));
  g_return_if_fail (G_IS_FILE (file));

  task = export_task_new (store, story_id, comparison, format, file, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_export_story_to_file_async);
  g_task_run_in_thread (task, export_thread);
}

gboolean
px_export_story_to_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  text = g_task_propagate_pointer (G_TASK (result), error);
  return text != NULL;
}

char *
px_export_suggest_file_name (const char     *title,
                             PxExportFormat  format)
{
  g_autoptr(GString) name = g_string_new (NULL);

  /* Characters that some file system or desktop refuses or misreads. */
  for (const char *p = title != NULL ? title : ""; *p != '\0' && name->len < 120; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_iscntrl (c) || strchr ("/\\:*?\"<>|", (int) (c < 128 ? c : 'a')) != NULL)
        g_string_append_c (name, ' ');
      else
        g_string_append_unichar (name, c);
    }
  /* No hidden file, and no blanks at the ends. */
  while (name->len > 0 && (name->str[0] == '.' || g_ascii_isspace (name->str[0])))
    g_string_erase (name, 0, 1);
  while (name->len > 0 && g_ascii_isspace (name->str[name->len - 1]))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_assign (name, _("Story"));

  g_string_append_printf (name, ".%s", px_export_format_get_extension (format));
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* The dialog */

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(AdwToastOverlay) toasts = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      /* Translators: %s says why an exported file could not be opened */
      g_autofree char *message = g_strdup_printf (_("Could not open the file: %s"), error->message);

      adw_toast_overlay_add_toast (toasts, px_toast_new (message));
    }
}

/* Open on the toast: the file in the application that opens its kind. */
static void
open_clicked_cb (AdwToast        *toast,
                 AdwToastOverlay *toasts)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "px-uri");
  g_autoptr(GAppLaunchContext) context = NULL;

  if (uri == NULL)
    return;
  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (toasts))));
  g_app_info_launch_default_for_uri_async (uri, context, NULL, launched_cb, g_object_ref (toasts));
}

AdwToast *
_px_export_dialog_exported_toast (GFile           *file,
                                  const GError    *error,
                                  AdwToastOverlay *toasts)
{
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  AdwToast *toast;

  if (error != NULL)
    {
      /* Translators: %s says why an export failed */
      message = g_strdup_printf (_("Export failed: %s"), error->message);
      return px_toast_new (message);
    }

  name = g_file_get_parse_name (file);
  /* Translators: %s is where the file was saved */
  message = g_strdup_printf (_("Exported to %s"), name);
  toast = px_toast_new (message);
  /* The report is there to be read: Open, as the file manager would. */
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "px-uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_clicked_cb), toasts, 0);
  return toast;
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(AdwToastOverlay) toasts = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file = ((ExportData *) g_task_get_task_data (G_TASK (result)))->file;

  px_export_story_to_file_finish (result, &error);
  adw_toast_overlay_add_toast (toasts, _px_export_dialog_exported_toast (file, error, toasts));
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  PxExportDialog *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    px_export_story_to_file_async (self->store, self->story_id, self->comparison, px_export_dialog_get_format (self),
                                   file, NULL, exported_cb, g_object_ref (self->toasts));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
px_export_dialog_response (AdwMessageDialog *dialog,
                           const char       *response)
{
  PxExportDialog *self = PX_EXPORT_DIALOG (dialog);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (g_strcmp0 (response, "export") != 0)
    return;

  name = px_export_suggest_file_name (self->title, px_export_dialog_get_format (self));
  chooser = gtk_file_chooser_native_new (_("Export Story"), parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* The dialog closes when the response returns; it lives on until the
   * file is chosen, for the format and the story.
   */
  g_object_ref (self);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

PxExportFormat
px_export_dialog_get_format (PxExportDialog *self)
{
  g_return_val_if_fail (PX_IS_EXPORT_DIALOG (self), PX_EXPORT_FORMAT_HTML);

  if (gtk_check_button_get_active (self->markdown_check))
    return PX_EXPORT_FORMAT_MARKDOWN;
  if (gtk_check_button_get_active (self->w3c_check))
    return PX_EXPORT_FORMAT_W3C;
  if (gtk_check_button_get_active (self->claimreview_check))
    return PX_EXPORT_FORMAT_CLAIMREVIEW;
  if (gtk_check_button_get_active (self->csv_check))
    return PX_EXPORT_FORMAT_CSV;
  return PX_EXPORT_FORMAT_HTML;
}

void
px_export_dialog_set_format (PxExportDialog *self,
                             PxExportFormat  format)
{
  GtkCheckButton *checks[] = {
    [PX_EXPORT_FORMAT_MARKDOWN] = self->markdown_check,
    [PX_EXPORT_FORMAT_HTML] = self->html_check,
    [PX_EXPORT_FORMAT_W3C] = self->w3c_check,
    [PX_EXPORT_FORMAT_CLAIMREVIEW] = self->claimreview_check,
    [PX_EXPORT_FORMAT_CSV] = self->csv_check,
  };

  g_return_if_fail (PX_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format < G_N_ELEMENTS (checks));

  gtk_check_button_set_active (checks[format], TRUE);
}

/* The formats are a choice of one, and the arrow keys choose as they move,
 * as in any group of radio buttons: they had moved the focus alone, so that
 * Down to "Report (Markdown)" and Enter (the dialog's Export) wrote the HTML
 * report still checked above it. Tab into the list does not choose.
 */
static void
formats_cursor_moved_cb (PxExportDialog *self)
{
  GtkWidget *row = gtk_widget_get_focus_child (GTK_WIDGET (self->formats_list));
  GtkWidget *check = ADW_IS_ACTION_ROW (row) ? adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) : NULL;

  if (GTK_IS_CHECK_BUTTON (check))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
}

static void
px_export_dialog_dispose (GObject *object)
{
  PxExportDialog *self = PX_EXPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->toasts);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (px_export_dialog_parent_class)->dispose (object);
}

static void
px_export_dialog_finalize (GObject *object)
{
  PxExportDialog *self = PX_EXPORT_DIALOG (object);

  g_free (self->title);
  g_clear_pointer (&self->comparison, px_comparison_unref);

  G_OBJECT_CLASS (px_export_dialog_parent_class)->finalize (object);
}

static void
px_export_dialog_class_init (PxExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = px_export_dialog_dispose;
  object_class->finalize = px_export_dialog_finalize;
  dialog_class->response = px_export_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PxExportDialog, html_check);
  gtk_widget_class_bind_template_child (widget_class, PxExportDialog, markdown_check);
  gtk_widget_class_bind_template_child (widget_class, PxExportDialog, w3c_check);
  gtk_widget_class_bind_template_child (widget_class, PxExportDialog, claimreview_check);
  gtk_widget_class_bind_template_child (widget_class, PxExportDialog, csv_check);
  gtk_widget_class_bind_template_child (widget_class, PxExportDialog, formats_list);
}

static void
px_export_dialog_init (PxExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->formats_list, "move-cursor", G_CALLBACK (formats_cursor_moved_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

PxExportDialog *
px_export_dialog_new (GtkWindow       *parent,
                      PxLibrary       *store,
                      gint64           story_id,
                      const char      *title,
                      PxComparison    *comparison,
                      AdwToastOverlay *toasts)
{
  PxExportDialog *self;

  g_return_val_if_fail (PX_IS_LIBRARY (store), NULL);
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (toasts), NULL);

  self = g_object_new (PX_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->story_id = story_id;
  self->title = g_strdup (title);
  self->comparison = comparison != NULL ? px_comparison_ref (comparison) : NULL;
  self->toasts = g_object_ref (toasts);
  return self;
}

PxComparison *
px_export_dialog_get_comparison (PxExportDialog *self)
{
  g_return_val_if_fail (PX_IS_EXPORT_DIALOG (self), NULL);

  return self->comparison;
}

/* Printing */

typedef struct
{
  AdwToastOverlay *toasts; /* interactive: failures in a toast */
  GTask *task;             /* printing to a PDF: told here */
  GtkWindow *parent;
  GFile *pdf;
} PrintJob;

static void
print_done_cb (const GError *error,
               gpointer      user_data)
{
  PrintJob *job = user_data;

  if (error != NULL)
    {
      /* Translators: %s says why printing failed */
      g_autofree char *message = g_strdup_printf (_("Printing failed: %s"), error->message);

      if (job->toasts != NULL)
        adw_toast_overlay_add_toast (job->toasts, px_toast_new (message));
      if (job->task != NULL)
        g_task_return_new_error (job->task, error->domain, error->code, "%s", message);
    }
  else if (job->task != NULL)
    g_task_return_boolean (job->task, TRUE);

  g_clear_object (&job->toasts);
  g_clear_object (&job->task);
  g_clear_object (&job->parent);
  g_clear_object (&job->pdf);
  g_free (job);
}

static void
report_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PrintJob *job = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = g_task_propagate_pointer (G_TASK (result), &error);
  PxPrintHtmlFunc print_html = NULL;

  if (html != NULL)
    print_html = _px_module_load_symbol (PX_PRINT_MODULE_NAME, PX_PRINT_MODULE_ENTRY, &error);
  if (print_html == NULL)
    {
      print_done_cb (error, job);
      return;
    }

  print_html (job->parent, html, job->pdf, print_done_cb, job);
}

static void
print_report (PrintJob     *job,
              PxLibrary    *store,
              gint64        story_id,
              PxComparison *comparison)
{
  g_autoptr(GTask) task = NULL;

  task = export_task_new (store, story_id, comparison, PX_EXPORT_FORMAT_HTML, NULL, NULL, report_written_cb, job);
  g_task_set_source_tag (task, print_report);
  g_task_run_in_thread (task, export_thread);
}

void
px_export_print_story (GtkWindow       *parent,
                       PxLibrary       *store,
                       gint64           story_id,
                       PxComparison    *comparison,
                       AdwToastOverlay *toasts)
{
  PrintJob *job;

  g_return_if_fail (PX_IS_LIBRARY (store));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));

  job = g_new0 (PrintJob, 1);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->toasts = g_object_ref (toasts);
  print_report (job, store, story_id, comparison);
}

void
_px_export_print_story_to_pdf_async (PxLibrary           *store,
                                     gint64               story_id,
                                     PxComparison        *comparison,
                                     GFile               *pdf,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  PrintJob *job;

  g_return_if_fail (PX_IS_LIBRARY (store));
  g_return_if_fail (G_IS_FILE (pdf));

  job = g_new0 (PrintJob, 1);
  job->pdf = g_object_ref (pdf);
  job->task = g_task_new (NULL, NULL, callback, user_data);
  g_task_set_source_tag (job->task, _px_export_print_story_to_pdf_async);
  print_report (job, store, story_id, comparison);
}

gboolean
_px_export_print_story_to_pdf_finish (GAsyncResult  *result,
                                      GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
