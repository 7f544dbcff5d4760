/* px-print-module.c: the entry point of the print module
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-print-module-private.h"

#include <webkit/webkit.h>

typedef struct
{
  GtkWindow *parent;
  GFile *pdf;
  WebKitWebView *web_view;
  GError *error;
  PxPrintDoneFunc done;
  gpointer user_data;
} PrintJob;

static void
print_job_finish (PrintJob *job)
{
  job->done (job->error, job->user_data);
  g_clear_object (&job->parent);
  g_clear_object (&job->pdf);
  g_clear_object (&job->web_view);
  g_clear_error (&job->error);
  g_free (job);
}

static void
failed_cb (WebKitPrintOperation *operation,
           GError               *error,
           PrintJob             *job)
{
  if (job->error == NULL)
    job->error = g_error_copy (error);
}

static void
finished_cb (WebKitPrintOperation *operation,
             PrintJob             *job)
{
  print_job_finish (job);
  g_object_unref (operation);
}

static void
loaded_cb (WebKitWebView   *web_view,
           WebKitLoadEvent  event,
           PrintJob        *job)
{
  WebKitPrintOperation *operation;

  if (event != WEBKIT_LOAD_FINISHED)
    return;

  g_signal_handlers_disconnect_by_func (web_view, loaded_cb, job);
  operation = webkit_print_operation_new (web_view);
  g_signal_connect (operation, "failed", G_CALLBACK (failed_cb), job);
  g_signal_connect (operation, "finished", G_CALLBACK (finished_cb), job);

  if (job->pdf != NULL)
    {
      g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
      g_autofree char *uri = g_file_get_uri (job->pdf);

      gtk_print_settings_set_printer (settings, "Print to File");
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
      webkit_print_operation_set_print_settings (operation, settings);
      webkit_print_operation_print (operation);
      return;
    }

  /* A cancelled dialog prints nothing and never finishes. */
  if (webkit_print_operation_run_dialog (operation, job->parent) == WEBKIT_PRINT_OPERATION_RESPONSE_CANCEL)
    {
      g_signal_handlers_disconnect_by_data (operation, job);
      print_job_finish (job);
      g_object_unref (operation);
    }
}

void
px_print_module_print_html (GtkWindow       *parent,
                            const char      *html,
                            GFile           *pdf,
                            PxPrintDoneFunc  done,
                            gpointer         user_data)
{
  g_autoptr(WebKitNetworkSession) session = NULL;
  g_autoptr(WebKitSettings) settings = NULL;
  PrintJob *job = g_new0 (PrintJob, 1);

  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->pdf = pdf != NULL ? g_object_ref (pdf) : NULL;
  job->done = done;
  job->user_data = user_data;

  /* The report is the application's own page, with no script and no
   * outside resource; the engine still gets no script and a network
   * session that keeps nothing.
   */
  settings = webkit_settings_new ();
  webkit_settings_set_enable_javascript (settings, FALSE);
  session = webkit_network_session_new_ephemeral ();
  job->web_view = g_object_ref_sink (g_object_new (WEBKIT_TYPE_WEB_VIEW,
                                                   "settings", settings,
                                                   "network-session", session,
                                                   NULL));
  g_signal_connect (job->web_view, "load-changed", G_CALLBACK (loaded_cb), job);
  webkit_web_view_load_html (job->web_view, html, "about:blank");
}

/* Its types are registered with GObject, which cannot forget them. */
const char *
g_module_check_init (GModule *module)
{
  g_module_make_resident (module);
  return NULL;
}
