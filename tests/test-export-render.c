/* test-export-render.c: the HTML report as WebKit renders it and prints it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "export-fixture.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <webkit/webkit.h>

#define TIMEOUT_SECONDS 60

typedef struct
{
  GMainLoop *loop;
  gboolean finished;
  char *failure;
  JSCValue *value;
  GdkTexture *texture;
  guint n_navigations;
} Wait;

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("WebKit did not answer within %d seconds", TIMEOUT_SECONDS);
  return G_SOURCE_REMOVE;
}

static void
wait_for (Wait *wait)
{
  guint timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, timeout_cb, NULL);

  while (!wait->finished)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  wait->finished = FALSE;
}

static void
load_changed_cb (WebKitWebView   *view,
                 WebKitLoadEvent  event,
                 Wait            *wait)
{
  if (event == WEBKIT_LOAD_FINISHED)
    wait->finished = TRUE;
}

static gboolean
load_failed_cb (WebKitWebView   *view,
                WebKitLoadEvent  event,
                const char      *uri,
                GError          *error,
                Wait            *wait)
{
  wait->failure = g_strdup_printf ("%s: %s", uri, error->message);
  return FALSE;
}

/* The report is one page: anything it would navigate to is refused and counted. */
static gboolean
decide_policy_cb (WebKitWebView            *view,
                  WebKitPolicyDecision     *decision,
                  WebKitPolicyDecisionType  type,
                  Wait                     *wait)
{
  if (type == WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION)
    {
      WebKitNavigationAction *action = webkit_navigation_policy_decision_get_navigation_action (
        WEBKIT_NAVIGATION_POLICY_DECISION (decision));
      const char *uri = webkit_uri_request_get_uri (webkit_navigation_action_get_request (action));

      if (g_str_equal (uri, "about:blank"))
        return FALSE;
      wait->n_navigations++;
    }
  webkit_policy_decision_ignore (decision);
  return TRUE;
}

static void
evaluate_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Wait *wait = user_data;
  g_autoptr(GError) error = NULL;

  wait->value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result, &error);
  g_assert_no_error (error);
  wait->finished = TRUE;
}

static void
snapshot_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Wait *wait = user_data;
  g_autoptr(GError) error = NULL;

  wait->texture = webkit_web_view_get_snapshot_finish (WEBKIT_WEB_VIEW (source), result, &error);
  g_assert_no_error (error);
  wait->finished = TRUE;
}

static void
print_finished_cb (WebKitPrintOperation *operation,
                   Wait                 *wait)
{
  wait->finished = TRUE;
}

static void
print_failed_cb (WebKitPrintOperation *operation,
                 GError               *error,
                 Wait                 *wait)
{
  wait->failure = g_strdup (error->message);
}

/* Runs a poppler tool on @pdf_path and returns what it prints. */
static char *
run_poppler (const char *tool,
             const char *pdf_path)
{
  const char *argv[] = { tool, "-enc", "UTF-8", pdf_path, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  /* pdftotext writes to a file unless told "-". */
  if (g_str_equal (tool, "pdftotext"))
    argv[4] = "-";
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The printed report: its title, several pages, and the words on them
 * (ligatures aside: "fl" may come out as one character).
 */
static void
check_pdf (const char *pdf_path,
           const char *expected_title)
{
  g_autofree char *info = run_poppler ("pdfinfo", pdf_path);
  g_autofree char *text = run_poppler ("pdftotext", pdf_path);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  const char *title = NULL;
  guint64 pages = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Title:"))
        title = g_strchug (lines[i] + strlen ("Title:"));
      else if (g_str_has_prefix (lines[i], "Pages:"))
        g_ascii_string_to_unsigned (g_strchug (lines[i] + strlen ("Pages:")), 10, 0, 10000, &pages, NULL);
    }
  g_test_message ("the report printed to %" G_GUINT64_FORMAT " pages", pages);
  g_assert_cmpstr (title, ==, expected_title);
  g_assert_cmpuint (pages, >=, 2);

  g_assert_nonnull (strstr (text, "Sources"));
  g_assert_nonnull (strstr (text, "Claims"));
  g_assert_nonnull (strstr (text, "Annotations"));
  g_assert_nonnull (strstr (text, "Coastline Radio"));
  g_assert_nonnull (strstr (text, "not reported"));
  /* Hostile words printed as words (lines may wrap between them). */
  g_assert_nonnull (strstr (text, "<script>alert('x')</script>"));
  g_assert_nonnull (strstr (text, "=HYPERLINK(\"http://evil.example/\",\"click\")"));
}

/* What the page looks like to a reader, measured in the page itself. */
static const char measure_script[] =
  "(() => {\n"
  "  const text = document.body.innerText;\n"
  "  const badge = document.querySelector('.badge.verdict-false');\n"
  "  const mark = document.querySelector('mark[class*=\"kind-\"]');\n"
  "  return JSON.stringify({\n"
  "    title: document.title,\n"
  "    h1: document.querySelector('h1').textContent,\n"
  "    scripts: document.scripts.length,\n"
  "    images: document.images.length,\n"
  "    rows: document.querySelectorAll('table.claims tbody tr').length,\n"
  "    annotations: document.querySelectorAll('section.annotation').length,\n"
  "    text,\n"
  "    badgeBackground: badge ? getComputedStyle(badge).backgroundColor : null,\n"
  "    markBackground: mark ? getComputedStyle(mark).backgroundColor : null,\n"
  "    height: document.documentElement.scrollHeight,\n"
  "    viewport: window.innerHeight,\n"
  "    resources: performance.getEntriesByType('resource').length,\n"
  "  });\n"
  "})()";

static JsonObject *
measure (WebKitWebView *view,
         Wait          *wait,
         JsonParser    *parser)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  webkit_web_view_evaluate_javascript (view, measure_script, -1, NULL, NULL, NULL, evaluate_cb, wait);
  wait_for (wait);
  json = jsc_value_to_string (wait->value);
  g_clear_object (&wait->value);

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* Share of pixels that are neither the page's white nor its grey margin. */
static double
ink_ratio (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  guint64 inked = 0;

  gdk_texture_download (texture, pixels, stride);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + y * stride + x * 4;

        /* Cairo's ARGB32 in memory order: B, G, R, A. */
        if (p[0] < 200 || p[1] < 200 || p[2] < 200)
          inked++;
      }

  return (double) inked / ((double) width * height);
}

static void
test_render (void)
{
  g_autoptr(ExportFixture) fx = export_fixture_new ();
  g_autofree char *html = export_fixture_export (fx, PX_EXPORT_FORMAT_HTML);
  g_autoptr(PxComparison) comparison = px_export_compare_story (PX_LIBRARY (fx->store), fx->story_id, NULL, NULL);
  g_autoptr(WebKitNetworkSession) session = webkit_network_session_new_ephemeral ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) annotations = px_store_list_annotations (fx->store, fx->story_id, FALSE, NULL);
  g_autofree char *expected_title = g_strconcat (EXPORT_FIXTURE_TITLE, " — Parallax report", NULL);
  Wait wait = { 0 };
  GtkWidget *window;
  WebKitWebView *view;
  JsonObject *page;
  const char *text;
  double ink;

  g_assert_nonnull (comparison);
  g_assert_nonnull (annotations);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  view = g_object_new (WEBKIT_TYPE_WEB_VIEW, "network-session", session, NULL);
  /* The report must read well with page scripts off, as it will be viewed. */
  g_object_set (webkit_web_view_get_settings (view), "enable-javascript-markup", FALSE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  g_signal_connect (view, "load-changed", G_CALLBACK (load_changed_cb), &wait);
  g_signal_connect (view, "load-failed", G_CALLBACK (load_failed_cb), &wait);
  g_signal_connect (view, "decide-policy", G_CALLBACK (decide_policy_cb), &wait);
  gtk_window_present (GTK_WINDOW (window));

  webkit_web_view_load_html (view, html, NULL);
  wait_for (&wait);
  g_assert_null (wait.failure);

  page = measure (view, &wait, parser);
  g_assert_cmpstr (json_object_get_string_member (page, "title"), ==, expected_title);
  g_assert_cmpstr (json_object_get_string_member (page, "h1"), ==, EXPORT_FIXTURE_TITLE);
  g_assert_cmpint (json_object_get_int_member (page, "scripts"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (page, "images"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (page, "resources"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (page, "rows"), ==, px_comparison_get_n_claims (comparison));
  g_assert_cmpint (json_object_get_int_member (page, "annotations"), ==, annotations->len);
  g_assert_cmpuint (wait.n_navigations, ==, 0);

  /* Hostile words are shown as words. */
  text = json_object_get_string_member (page, "text");
  /* Hostile words printed as words (lines may wrap between them). */
  g_assert_nonnull (strstr (text, "<script>alert('x')</script>"));
  g_assert_nonnull (strstr (text, "=HYPERLINK(\"http://evil.example/\",\"click\")"));
  g_assert_nonnull (strstr (text, "Floods force 340 from homes </title><script>alert(2)</script>"));
  g_assert_nonnull (strstr (text, "Coastline Radio"));
  g_assert_nonnull (strstr (text, "not reported"));

  /* The inline style sheet applies, under the page's own CSP. */
  g_assert_cmpstr (json_object_get_string_member (page, "badgeBackground"), ==, "rgb(192, 28, 40)");
  if (px_comparison_get_n_differences (comparison) > 0)
    g_assert_cmpstr (json_object_get_string_member (page, "markBackground"), !=, "rgba(0, 0, 0, 0)");
  /* A report longer than one screen. */
  g_assert_cmpint (json_object_get_int_member (page, "height"), >, json_object_get_int_member (page, "viewport"));

  /* Pixels: a page with text and colour on it, not a blank one. */
  webkit_web_view_get_snapshot (view, WEBKIT_SNAPSHOT_REGION_VISIBLE, WEBKIT_SNAPSHOT_OPTIONS_NONE, NULL,
                                snapshot_cb, &wait);
  wait_for (&wait);
  g_assert_cmpint (gdk_texture_get_width (wait.texture), >, 500);
  ink = ink_ratio (wait.texture);
  g_test_message ("%.1f%% of the visible report's pixels carry ink", ink * 100);
  g_assert_cmpfloat (ink, >, 0.01);
  g_assert_cmpfloat (ink, <, 0.6);
  g_clear_object (&wait.texture);

  /* Printed to PDF, as "Print / save as PDF" does. */
  {
    g_autofree char *pdf_path = g_build_filename (fx->dir, "report.pdf", NULL);
    g_autofree char *pdf_uri = g_filename_to_uri (pdf_path, NULL, NULL);
    g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
    g_autoptr(WebKitPrintOperation) operation = webkit_print_operation_new (view);
    g_autofree char *pdf = NULL;
    gsize pdf_len = 0;

    gtk_print_settings_set_printer (settings, "Print to File");
    gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
    gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, pdf_uri);
    webkit_print_operation_set_print_settings (operation, settings);
    g_signal_connect (operation, "finished", G_CALLBACK (print_finished_cb), &wait);
    g_signal_connect (operation, "failed", G_CALLBACK (print_failed_cb), &wait);
    webkit_print_operation_print (operation);
    wait_for (&wait);
    g_assert_null (wait.failure);

    g_assert_true (g_file_get_contents (pdf_path, &pdf, &pdf_len, NULL));
    g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
    check_pdf (pdf_path, expected_title);
    g_unlink (pdf_path);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_free (wait.failure);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/render/html", test_render);

  return g_test_run ();
}
