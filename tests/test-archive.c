/* test-archive.c: archived originals make no network request and run no script
 *
 * Every hostile fixture in tests/fixtures/hostile points at a logging HTTP
 * server on 127.0.0.1. Shown in the archive view, none may reach it; shown
 * in a web view with WebKit's default settings, they do, which shows the
 * fixtures really are hostile and the test can fail.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-archive-view-private.h"
#include "px-archive-window.h"

#include <adwaita.h>
#include <libsoup/soup.h>
#include <webkit/webkit.h>

/* How long to keep watching after a page has finished loading, for
 * refreshes, timers and other deferred loads.
 */
#define SETTLE_MS       800
#define LOAD_TIMEOUT_MS 20000
/* Fixtures shown at the same time, each in a window of its own. */
#define BATCH_SIZE      6
#define SCRIPT_TITLE    "SCRIPT-RAN"

typedef struct
{
  SoupServer *server;
  GSocketService *service;
  guint16 port;
  GPtrArray *requests; /* "GET http://127.0.0.1:port/path" */
  guint connections;
} LogServer;

typedef struct
{
  char *name;          /* "04-img-src" */
  char *content_type;
  char *title;         /* from its <title>, or NULL */
  GBytes *body;        /* with its server's address filled in */
  gboolean control;    /* a default web view is expected to reach the server */
  LogServer *server;   /* a server of its own, so every request is attributed */
} Fixture;

/* The proxy the archive view is told to use: a request that escapes by any
 * path reaches either the fixture's server or this one.
 */
static LogServer *proxy;
static GPtrArray *fixtures;

static void
log_handler_cb (SoupServer        *server,
                SoupServerMessage *msg,
                const char        *path,
                GHashTable        *query,
                gpointer           user_data)
{
  LogServer *log_server = user_data;
  g_autofree char *uri = g_uri_to_string (soup_server_message_get_uri (msg));

  g_ptr_array_add (log_server->requests,
                   g_strdup_printf ("%s %s", soup_server_message_get_method (msg), uri));
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "", 0);
}

/* Counts every connection, even one that never sends a request
 * (preconnect), then lets the HTTP server read it.
 */
static gboolean
incoming_cb (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source_object,
             gpointer           user_data)
{
  LogServer *log_server = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketAddress) local = g_socket_connection_get_local_address (connection, NULL);
  g_autoptr(GSocketAddress) remote = g_socket_connection_get_remote_address (connection, NULL);

  log_server->connections++;
  soup_server_accept_iostream (log_server->server, G_IO_STREAM (connection), local, remote, &error);
  g_assert_no_error (error);

  return TRUE;
}

static LogServer *
log_server_start (void)
{
  LogServer *log_server;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) effective = NULL;

  log_server = g_new0 (LogServer, 1);
  log_server->requests = g_ptr_array_new_with_free_func (g_free);
  log_server->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (log_server->server, NULL, log_handler_cb, log_server, NULL);

  log_server->service = g_socket_service_new ();
  g_socket_listener_add_address (G_SOCKET_LISTENER (log_server->service), address,
                                 G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL,
                                 &effective, &error);
  g_assert_no_error (error);
  log_server->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (log_server->service, "incoming", G_CALLBACK (incoming_cb), log_server);
  g_socket_service_start (log_server->service);

  return log_server;
}

static void
log_server_reset (LogServer *log_server)
{
  g_ptr_array_set_size (log_server->requests, 0);
  log_server->connections = 0;
}

static gboolean
log_server_reached (LogServer *log_server)
{
  return log_server->connections > 0 || log_server->requests->len > 0;
}

static char *
log_server_describe (LogServer *log_server)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "%u connection(s), %u request(s)", log_server->connections,
                          log_server->requests->len);
  for (guint i = 0; i < log_server->requests->len; i++)
    g_string_append_printf (s, "%s %s", i == 0 ? ":" : ",", (char *) log_server->requests->pdata[i]);

  return g_string_free (s, FALSE);
}

static void
fixture_free (Fixture *fixture)
{
  g_free (fixture->name);
  g_free (fixture->content_type);
  g_free (fixture->title);
  g_bytes_unref (fixture->body);
  g_free (fixture);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
replace_all (const char *text,
             const char *needle,
             const char *replacement)
{
  g_auto(GStrv) parts = g_strsplit (text, needle, -1);

  return g_strjoinv (replacement, parts);
}

static void
load_fixtures (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fixtures", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  fixtures = g_ptr_array_new_with_free_func ((GDestroyNotify) fixture_free);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = names->pdata[i];
      g_autofree char *path = g_build_filename (dir_path, file, NULL);
      g_autofree char *text = NULL;
      g_autofree char *host = NULL;
      g_autofree char *base = NULL;
      g_autofree char *with_base = NULL;
      char *filled;
      Fixture *fixture = g_new0 (Fixture, 1);

      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);

      fixture->name = g_strndup (file, strrchr (file, '.') - file);
      if (g_str_has_suffix (file, ".xhtml"))
        fixture->content_type = g_strdup ("application/xhtml+xml");
      else if (g_str_has_suffix (file, ".svg"))
        fixture->content_type = g_strdup ("image/svg+xml");
      else
        fixture->content_type = g_strdup ("text/html");

      {
        const char *open = strstr (text, "<title>");
        const char *close = open != NULL ? strstr (open, "</title>") : NULL;

        if (close != NULL)
          fixture->title = g_strndup (open + strlen ("<title>"), close - open - strlen ("<title>"));
      }

      g_assert_true (strstr (text, "control: yes") != NULL || strstr (text, "control: no") != NULL);
      fixture->control = strstr (text, "control: yes") != NULL;

      /* Requests also carry the fixture's name, for the proxy's log. */
      fixture->server = log_server_start ();
      host = g_strdup_printf ("127.0.0.1:%u/%s", fixture->server->port, fixture->name);
      base = g_strdup_printf ("http://%s", host);
      with_base = replace_all (text, "@BASE@", base);
      filled = replace_all (with_base, "@HOST@", host);
      g_assert_null (strstr (filled, "@"  "BASE@"));
      fixture->body = g_bytes_new_take (filled, strlen (filled));

      g_ptr_array_add (fixtures, fixture);
    }
}

typedef struct
{
  WebKitWebView *web_view;
  gboolean finished;
  GPtrArray *started; /* resources the view started to load */
  GString *trouble;   /* failed loads, crashed web processes */
  gboolean crashed;   /* the web process ended before the page was shown */
} LoadState;

static gboolean
load_failed_cb (WebKitWebView   *web_view,
                WebKitLoadEvent  event,
                const char      *uri,
                GError          *error,
                LoadState       *state)
{
  g_string_append_printf (state->trouble, " [loading %s failed: %s]", uri, error->message);
  return FALSE;
}

static void
web_process_terminated_cb (WebKitWebView                     *web_view,
                           WebKitWebProcessTerminationReason  reason,
                           LoadState                         *state)
{
  g_string_append_printf (state->trouble, " [the web process ended: %d]", reason);
  state->crashed = TRUE;
  state->finished = TRUE;
}

static void
load_changed_cb (WebKitWebView   *web_view,
                 WebKitLoadEvent  event,
                 LoadState       *state)
{
  if (event == WEBKIT_LOAD_FINISHED)
    state->finished = TRUE;
}

static void
resource_load_started_cb (WebKitWebView     *web_view,
                          WebKitWebResource *resource,
                          WebKitURIRequest  *request,
                          LoadState         *state)
{
  g_ptr_array_add (state->started, g_strdup (webkit_uri_request_get_uri (request)));
}

static LoadState *
load_state_new (WebKitWebView *web_view)
{
  LoadState *state = g_new0 (LoadState, 1);

  state->web_view = web_view;
  state->started = g_ptr_array_new_with_free_func (g_free);
  state->trouble = g_string_new (NULL);
  g_signal_connect (web_view, "load-changed", G_CALLBACK (load_changed_cb), state);
  g_signal_connect (web_view, "load-failed", G_CALLBACK (load_failed_cb), state);
  g_signal_connect (web_view, "web-process-terminated", G_CALLBACK (web_process_terminated_cb), state);
  g_signal_connect (web_view, "resource-load-started", G_CALLBACK (resource_load_started_cb), state);

  return state;
}

static void
load_state_free (LoadState *state)
{
  g_signal_handlers_disconnect_by_data (state->web_view, state);
  g_ptr_array_unref (state->started);
  g_string_free (state->trouble, TRUE);
  g_free (state);
}

static gboolean
flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Waits until every load has finished (a failed load finishes too), then a
 * little longer; FALSE when that took too long.
 */
static gboolean
wait_for_loads (LoadState **states,
                guint       n_states)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (LOAD_TIMEOUT_MS, flag_cb, &timed_out);

  for (guint i = 0; i < n_states && !timed_out; i++)
    while (!states[i]->finished && !timed_out)
      g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);

  spin (SETTLE_MS);

  return !timed_out;
}

/* WebKit tells the page's title apart from the end of its load; on a loaded
 * machine it can come later than the settling time. Waits for @window to be
 * titled @title, at most LOAD_TIMEOUT_MS; the caller judges the title after.
 */
static void
wait_for_title (GtkWindow  *window,
                const char *title)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (LOAD_TIMEOUT_MS, flag_cb, &timed_out);

  while (g_strcmp0 (gtk_window_get_title (window), title) != 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
}

static PxSnapshot *
fixture_snapshot (Fixture *fixture)
{
  g_autofree char *url = g_strdup_printf ("https://news.example/%s.html?id=7#top", fixture->name);

  return px_snapshot_new (fixture->body, url, fixture->content_type, "utf-8");
}

typedef struct
{
  char *name;
  gboolean sandboxed;
  guint64 rss_kb;
} WebKitProcess;

static void
webkit_process_free (WebKitProcess *process)
{
  g_free (process->name);
  g_free (process);
}

/* The WebKit processes this test started, and whether each runs inside
 * bubblewrap (the web process sandbox).
 */
/* The resident set of process @pid, in kB, or 0. */
static guint64
rss_kb (int pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL) || (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmRSS:"), NULL, 10);
}

/* This process's resident set and its WebKit processes', in MB. */
static double
total_rss_mb (GPtrArray *processes)
{
  guint64 kb = rss_kb (getpid ());

  for (guint i = 0; i < processes->len; i++)
    kb += ((WebKitProcess *) processes->pdata[i])->rss_kb;
  return kb / 1024.0;
}

static GPtrArray *
list_webkit_processes (void)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) webkit_process_free);
  g_autoptr(GHashTable) parents = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *entry;
  GHashTableIter iter;
  gpointer key, value;

  g_assert_nonnull (proc);
  while ((entry = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *stat_path = NULL;
      g_autofree char *stat = NULL;
      char *close_paren;
      char *open_paren;
      int pid = atoi (entry);
      int ppid;

      if (pid <= 0)
        continue;
      stat_path = g_strdup_printf ("/proc/%d/stat", pid);
      if (!g_file_get_contents (stat_path, &stat, NULL, NULL))
        continue;
      /* "pid (comm) state ppid ..."; comm may hold spaces and parentheses. */
      open_paren = strchr (stat, '(');
      close_paren = strrchr (stat, ')');
      if (open_paren == NULL || close_paren == NULL || sscanf (close_paren + 2, "%*c %d", &ppid) != 1)
        continue;
      g_hash_table_insert (parents, GINT_TO_POINTER (pid), GINT_TO_POINTER (ppid));
      g_hash_table_insert (names, GINT_TO_POINTER (pid), g_strndup (open_paren + 1, close_paren - open_paren - 1));
    }

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean ours = FALSE;
      gboolean sandboxed = FALSE;
      WebKitProcess *process;

      if (!g_str_has_prefix (value, "WebKit"))
        continue;
      for (int p = GPOINTER_TO_INT (g_hash_table_lookup (parents, key)); p > 1;
           p = GPOINTER_TO_INT (g_hash_table_lookup (parents, GINT_TO_POINTER (p))))
        {
          if (p == getpid ())
            {
              ours = TRUE;
              break;
            }
          if (g_strcmp0 (g_hash_table_lookup (names, GINT_TO_POINTER (p)), "bwrap") == 0)
            sandboxed = TRUE;
        }
      if (!ours)
        continue;

      process = g_new0 (WebKitProcess, 1);
      process->name = g_strdup (value);
      process->sandboxed = sandboxed;
      process->rss_kb = rss_kb (GPOINTER_TO_INT (key));
      g_ptr_array_add (result, process);
    }

  return result;
}

/* A window that merely knows the archive types (as the main window's
 * template does) starts no WebKit process; the first original does.
 */
static void
test_webkit_starts_with_first_original (void)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(PxSnapshot) snapshot = fixture_snapshot (fixtures->pdata[0]);
  PxArchiveWindow *window;
  LoadState *state;

  g_type_class_unref (g_type_class_ref (PX_TYPE_ARCHIVE_WINDOW));
  g_type_class_unref (g_type_class_ref (PX_TYPE_ARCHIVE_VIEW));
  spin (200);
  before = list_webkit_processes ();
  g_assert_cmpuint (before->len, ==, 0);

  window = px_archive_window_new (NULL, snapshot);
  state = load_state_new (_px_archive_view_get_web_view (px_archive_window_get_view (window)));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_loads (&state, 1));
  after = list_webkit_processes ();
  g_assert_cmpuint (after->len, >, 0);
  g_test_message ("memory with the original open: %.0f MB (this process and %u WebKit processes)",
                  total_rss_mb (after), after->len);

  load_state_free (state);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Closed, its web and network processes end and their memory is given back. */
  for (guint i = 0; i < 100 && after->len > 0; i++)
    {
      spin (100);
      g_clear_pointer (&after, g_ptr_array_unref);
      after = list_webkit_processes ();
    }
  g_test_message ("memory once it is closed: %.0f MB (%u WebKit processes)", total_rss_mb (after), after->len);
  for (guint i = 0; i < after->len; i++)
    g_test_message ("still running: %s", ((WebKitProcess *) after->pdata[i])->name);
  g_assert_cmpuint (after->len, ==, 0);
}

/* Shows fixtures [first, first + n) at once, each in an archive window of
 * its own; the windows of the first batch are new, later batches give them
 * another snapshot (both are ways the application shows an original).
 * Every fixture has its own server, so a request is never put down to the
 * wrong one.
 */
static void
check_guarded_batch (PxArchiveWindow **windows,
                     guint             first,
                     guint             n,
                     GString          *failures,
                     GString          *attempts)
{
  LoadState *states[BATCH_SIZE];

  g_assert_cmpuint (n, <=, BATCH_SIZE);

  log_server_reset (proxy);
  for (guint i = 0; i < n; i++)
    {
      Fixture *fixture = fixtures->pdata[first + i];
      g_autoptr(PxSnapshot) snapshot = fixture_snapshot (fixture);

      log_server_reset (fixture->server);
      if (windows[i] == NULL)
        {
          windows[i] = px_archive_window_new (NULL, snapshot);
          states[i] = load_state_new (_px_archive_view_get_web_view (px_archive_window_get_view (windows[i])));
          gtk_window_present (GTK_WINDOW (windows[i]));
        }
      else
        {
          states[i] = load_state_new (_px_archive_view_get_web_view (px_archive_window_get_view (windows[i])));
          px_archive_view_set_snapshot (px_archive_window_get_view (windows[i]), snapshot);
        }
    }

  if (!wait_for_loads (states, n))
    g_string_append_printf (failures, "\nfixtures %u to %u: a page did not finish loading", first, first + n - 1);

  /* A web process that crashed (seen rarely when the machine is loaded)
   * showed nothing; show that fixture once more in a new window. Its server
   * is not reset, so a request made by either attempt still fails it.
   */
  for (guint i = 0; i < n; i++)
    {
      Fixture *fixture = fixtures->pdata[first + i];
      g_autoptr(PxSnapshot) snapshot = NULL;

      if (!states[i]->crashed)
        continue;

      g_test_message ("%s: the web process crashed%s; showing it again", fixture->name, states[i]->trouble->str);
      load_state_free (states[i]);
      gtk_window_destroy (GTK_WINDOW (windows[i]));
      snapshot = fixture_snapshot (fixture);
      windows[i] = px_archive_window_new (NULL, snapshot);
      states[i] = load_state_new (_px_archive_view_get_web_view (px_archive_window_get_view (windows[i])));
      gtk_window_present (GTK_WINDOW (windows[i]));
      if (!wait_for_loads (&states[i], 1))
        g_string_append_printf (failures, "\n%s: the page did not finish loading the second time", fixture->name);
    }

  for (guint i = 0; i < n; i++)
    {
      Fixture *fixture = fixtures->pdata[first + i];
      WebKitWebView *web_view = states[i]->web_view;
      g_autofree char *marker = g_strdup_printf ("/%s/", fixture->name);
      g_autofree char *title = g_strdup_printf ("%s (Archived)", fixture->title);

      if (states[i]->trouble->len > 0)
        g_string_append_printf (failures, "\n%s:%s", fixture->name, states[i]->trouble->str);
      if (g_strcmp0 (webkit_web_view_get_title (web_view), SCRIPT_TITLE) == 0)
        g_string_append_printf (failures, "\n%s: a script ran", fixture->name);
      /* The window shows this fixture, not the one before it. */
      if (fixture->title != NULL)
        wait_for_title (GTK_WINDOW (windows[i]), title);
      if (fixture->title != NULL && g_strcmp0 (gtk_window_get_title (GTK_WINDOW (windows[i])), title) != 0)
        g_string_append_printf (failures, "\n%s: the window is titled %s", fixture->name,
                                gtk_window_get_title (GTK_WINDOW (windows[i])));
      if (log_server_reached (fixture->server))
        {
          g_autofree char *described = log_server_describe (fixture->server);

          g_string_append_printf (failures, "\n%s: reached its server: %s", fixture->name, described);
        }
      for (guint j = 0; j < proxy->requests->len; j++)
        if (strstr (proxy->requests->pdata[j], marker) != NULL)
          g_string_append_printf (failures, "\n%s: reached the proxy: %s", fixture->name,
                                  (char *) proxy->requests->pdata[j]);
      /* What is displayed is still the archived page. */
      if (!g_str_has_prefix (webkit_web_view_get_uri (web_view), PX_ARCHIVE_URI_SCHEME "://"))
        g_string_append_printf (failures, "\n%s: left the archived page for %s", fixture->name,
                                webkit_web_view_get_uri (web_view));
      for (guint j = 0; j < states[i]->started->len; j++)
        if (!g_str_has_prefix (states[i]->started->pdata[j], PX_ARCHIVE_URI_SCHEME "://"))
          g_string_append_printf (attempts, "\n%s: started loading %s", fixture->name,
                                  (char *) states[i]->started->pdata[j]);

      load_state_free (states[i]);
    }

  if (log_server_reached (proxy))
    {
      g_autofree char *described = log_server_describe (proxy);

      g_string_append_printf (failures, "\nfixtures %u to %u: reached the proxy: %s", first, first + n - 1, described);
    }
}

static void
test_guarded_view_blocks_everything (void)
{
  PxArchiveWindow *windows[BATCH_SIZE] = { NULL, };
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autoptr(GString) attempts = g_string_new (NULL);

  g_assert_cmpuint (fixtures->len, >=, 30);

  for (guint first = 0; first < fixtures->len; first += BATCH_SIZE)
    check_guarded_batch (windows, first, MIN (BATCH_SIZE, fixtures->len - first), failures, attempts);

  for (guint i = 0; i < BATCH_SIZE; i++)
    if (windows[i] != NULL)
      gtk_window_destroy (GTK_WINDOW (windows[i]));

  if (attempts->len > 0)
    g_test_message ("loads WebKit started and the guards stopped:%s", attempts->str);
  g_assert_cmpstr (failures->str, ==, "");
}

/* The page cannot be sent elsewhere by the application either: any
 * navigation but to the page itself is refused.
 */
static void
test_guarded_view_refuses_navigation (void)
{
  Fixture *fixture = fixtures->pdata[0];
  g_autoptr(PxSnapshot) snapshot = fixture_snapshot (fixture);
  PxArchiveWindow *window = px_archive_window_new (NULL, snapshot);
  WebKitWebView *web_view = _px_archive_view_get_web_view (px_archive_window_get_view (window));
  LoadState *state = load_state_new (web_view);
  g_autofree char *page_uri = NULL;
  g_autofree char *away = g_strdup_printf ("http://127.0.0.1:%u/%s/navigated-away", fixture->server->port,
                                           fixture->name);
  g_autofree char *sibling = NULL;
  g_autoptr(GUri) page = NULL;
  g_autofree char *to_origin = NULL;
  g_autofree char *to_proxy = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_loads (&state, 1));
  page_uri = g_strdup (webkit_web_view_get_uri (web_view));
  g_assert_true (g_str_has_prefix (page_uri, PX_ARCHIVE_URI_SCHEME "://"));
  g_assert_cmpstr (px_archive_view_get_original_uri (px_archive_window_get_view (window)), ==,
                   "https://news.example/01-script-src.html?id=7");

  log_server_reset (fixture->server);
  log_server_reset (proxy);
  webkit_web_view_load_uri (web_view, away);
  spin (SETTLE_MS);
  /* Another address in the page's own scheme is refused just the same. */
  page = g_uri_parse (page_uri, G_URI_FLAGS_ENCODED, NULL);
  sibling = g_uri_join (G_URI_FLAGS_ENCODED, PX_ARCHIVE_URI_SCHEME, NULL, g_uri_get_host (page), -1,
                        "/other-page.html", NULL, NULL);
  webkit_web_view_load_uri (web_view, sibling);
  spin (SETTLE_MS);

  to_origin = log_server_describe (fixture->server);
  to_proxy = log_server_describe (proxy);
  g_test_message ("server: %s; proxy: %s", to_origin, to_proxy);
  /* WebKit opens a connection ahead of an application's load_uri() before
   * it asks the policy handler; it goes to the proxy (in the application,
   * an address nobody answers on) and carries no request.
   */
  g_assert_false (log_server_reached (fixture->server));
  g_assert_cmpuint (proxy->requests->len, ==, 0);
  g_assert_cmpstr (webkit_web_view_get_uri (web_view), ==, page_uri);

  load_state_free (state);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sandbox_is_on (void)
{
  Fixture *fixture = fixtures->pdata[0];
  g_autoptr(PxSnapshot) snapshot = fixture_snapshot (fixture);
  PxArchiveWindow *window = px_archive_window_new (NULL, snapshot);
  LoadState *state = load_state_new (_px_archive_view_get_web_view (px_archive_window_get_view (window)));
  g_autoptr(GPtrArray) processes = NULL;
  guint web_processes = 0;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for_loads (&state, 1));

  processes = list_webkit_processes ();
  for (guint i = 0; i < processes->len; i++)
    {
      WebKitProcess *process = processes->pdata[i];

      g_test_message ("%s, %s", process->name, process->sandboxed ? "in bubblewrap" : "not sandboxed");
      if (g_str_has_prefix (process->name, "WebKitWebProces"))
        {
          web_processes++;
          g_assert_true (process->sandboxed);
        }
    }
  g_assert_cmpuint (web_processes, >, 0);

  load_state_free (state);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The same fixtures in web views with WebKit's default settings; a few
 * views are reused, which cannot hide anything here since every fixture
 * has a server of its own.
 */
static void
test_control_view_reaches_server (void)
{
  GtkWidget *windows[BATCH_SIZE];
  WebKitWebView *web_views[BATCH_SIZE];
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autoptr(WebKitNetworkSession) session = webkit_network_session_new_ephemeral ();
  guint reached = 0;
  guint scripts = 0;

  for (guint i = 0; i < BATCH_SIZE; i++)
    {
      windows[i] = gtk_window_new ();
      /* Default settings and context; a session of its own that keeps
       * nothing on disk.
       */
      web_views[i] = g_object_new (WEBKIT_TYPE_WEB_VIEW, "network-session", session, NULL);
      gtk_window_set_child (GTK_WINDOW (windows[i]), GTK_WIDGET (web_views[i]));
      gtk_window_set_default_size (GTK_WINDOW (windows[i]), 1000, 760);
      gtk_window_present (GTK_WINDOW (windows[i]));
    }

  for (guint first = 0; first < fixtures->len; first += BATCH_SIZE)
    {
      guint n = MIN (BATCH_SIZE, fixtures->len - first);
      LoadState *states[BATCH_SIZE];

      for (guint i = 0; i < n; i++)
        {
          Fixture *fixture = fixtures->pdata[first + i];
          g_autofree char *base = g_strdup_printf ("http://127.0.0.1:%u/%s/page", fixture->server->port,
                                                   fixture->name);

          log_server_reset (fixture->server);
          states[i] = load_state_new (web_views[i]);
          webkit_web_view_load_bytes (web_views[i], fixture->body, fixture->content_type, "utf-8", base);
        }
      wait_for_loads (states, n);

      for (guint i = 0; i < n; i++)
        {
          Fixture *fixture = fixtures->pdata[first + i];
          LogServer *server = fixture->server;
          g_autofree char *described = log_server_describe (server);

          for (guint j = 0; j < server->requests->len; j++)
            if (strstr (server->requests->pdata[j], "/script-ran") != NULL)
              scripts++;
          g_test_message ("control %s: %s", fixture->name, described);
          if (fixture->control && !log_server_reached (server))
            g_string_append_printf (failures, "\n%s: expected to reach its server with default settings, did not",
                                    fixture->name);
          reached += log_server_reached (server);
          load_state_free (states[i]);
        }
    }

  g_test_message ("control: %u of %u fixtures reached their server, %u scripts announced themselves",
                  reached, fixtures->len, scripts);
  g_assert_cmpstr (failures->str, ==, "");
  g_assert_cmpuint (reached, >, 0);
  g_assert_cmpuint (scripts, >, 0);

  for (guint i = 0; i < BATCH_SIZE; i++)
    gtk_window_destroy (GTK_WINDOW (windows[i]));
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) && info != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The banner says where and when the page was fetched, and "Open in
 * Browser" is there only when there is a web address to open.
 */
/* The archived page is served in the character set its column's text was
 * read in: where the server's label is proved wrong by the page's bytes,
 * the label is not passed on to WebKit.
 */
static void
test_content_type_charset (void)
{
  /* windows-1252 bytes ("café", "£5m", a curly apostrophe) that the page's
   * <meta> names, behind a server that says UTF-8
   */
  static const char latin[] =
    "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head>"
    "<body><p>The caf\xe9\x92s owner paid \xa3" "5m for the site.</p></body></html>";
  /* UTF-8 bytes behind a server that says ISO-8859-1 */
  static const char utf8[] =
    "<html><head><title>Caf\xc3\xa9</title></head>"
    "<body><p>The caf\xc3\xa9\xe2\x80\x99s owner paid \xc2\xa3" "5m for the site.</p></body></html>";
  static const char png[] = "\x89PNG\r\n\x1a\n";
  struct {
    const char *body;
    gsize len;
    const char *type;
    const char *declared;
    const char *expected;
  } cases[] = {
    { latin, sizeof latin - 1, "text/html", "utf-8", "text/html; charset=windows-1252" },
    { utf8, sizeof utf8 - 1, "text/html", "iso-8859-1", "text/html; charset=utf-8" },
    { latin, sizeof latin - 1, "text/html", NULL, "text/html; charset=windows-1252" },
    /* a label the bytes agree with stays */
    { utf8, sizeof utf8 - 1, "text/html", "utf-8", "text/html; charset=utf-8" },
    /* an image is shown as text and keeps what the server said */
    { png, sizeof png - 1, "image/png", "binary\";evil", "text/plain" },
    { png, sizeof png - 1, "image/png", "utf-8", "text/plain; charset=utf-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) body = g_bytes_new_static (cases[i].body, cases[i].len);
      g_autoptr(PxSnapshot) snapshot = px_snapshot_new (body, "https://news.example/a.html",
                                                        cases[i].type, cases[i].declared);
      g_autofree char *content_type = _px_archive_view_content_type (snapshot);
      g_autofree char *lower = g_ascii_strdown (content_type, -1);

      g_assert_cmpstr (lower, ==, cases[i].expected);
    }
}

static void
test_banner (void)
{
  const char *html = "<title>Banner</title><p>text</p>";
  g_autoptr(GBytes) body = g_bytes_new_static (html, strlen (html));
  g_autoptr(PxSnapshot) fetched = px_snapshot_new (body, "https://news.example/a.html#top", "text/html", NULL);
  g_autoptr(PxSnapshot) pasted = px_snapshot_new (body, NULL, "text/plain", NULL);
  g_autoptr(GDateTime) local = g_date_time_to_local (fetched->fetched_at);
  g_autofree char *year = g_date_time_format (local, "%Y");
  PxArchiveWindow *window = px_archive_window_new (NULL, fetched);
  PxArchiveView *view = px_archive_window_get_view (window);
  GtkLabel *label = GTK_LABEL (find_descendant (GTK_WIDGET (view), GTK_TYPE_LABEL));
  GtkWidget *button = find_descendant (GTK_WIDGET (view), GTK_TYPE_BUTTON);
  const char *text = gtk_label_get_text (label);

  g_assert_true (g_str_has_prefix (text, "Archived copy of https://news.example/a.html, fetched "));
  g_assert_nonnull (strstr (text, year));
  g_assert_true (g_str_has_suffix (text, ". Scripts are off and nothing is loaded from the network."));
  g_assert_cmpstr (px_archive_view_get_original_uri (view), ==, "https://news.example/a.html");
  g_assert_true (gtk_widget_get_sensitive (button));

  px_archive_view_set_snapshot (view, pasted);
  text = gtk_label_get_text (label);
  g_assert_true (g_str_has_prefix (text, "Archived copy of a local file or pasted text, read "));
  g_assert_null (px_archive_view_get_original_uri (view));
  g_assert_false (gtk_widget_get_sensitive (button));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Links in an archived page lead back to the web, or nowhere. */
static void
test_link_targets (void)
{
  const char *original = "https://news.example/world/2025/story.html?id=3";
  struct
  {
    const char *original;
    const char *link;
    const char *target;
  } cases[] = {
    { original, PX_ARCHIVE_URI_SCHEME "://page/world/2025/next.html", "https://news.example/world/2025/next.html" },
    { original, PX_ARCHIVE_URI_SCHEME "://page/about?x=1#team", "https://news.example/about?x=1#team" },
    { original, PX_ARCHIVE_URI_SCHEME "://page/a%20b.html", "https://news.example/a%20b.html" },
    { "http://news.example:8080/s", PX_ARCHIVE_URI_SCHEME "://page/t", "http://news.example:8080/t" },
    { NULL, PX_ARCHIVE_URI_SCHEME "://page/next.html", NULL },
    { original, "https://other.example/page", "https://other.example/page" },
    { original, "HTTP://other.example/", "HTTP://other.example/" },
    { original, "mailto:desk@news.example", "mailto:desk@news.example" },
    { original, "file:///etc/passwd", NULL },
    { original, "javascript:alert(1)", NULL },
    { original, "data:text/html,<p>hi</p>", NULL },
    { original, "ftp://files.example/x", NULL },
    { original, "not a uri", NULL },
    { original, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *target = _px_archive_view_link_target (cases[i].original, cases[i].link);

      g_assert_cmpstr (target, ==, cases[i].target);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *proxy_uri = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("px-test-archive-XXXXXX", &error);
  g_autoptr(GFile) home_file = NULL;
  int status;

  /* A throwaway home, so nothing WebKit keeps lands in a user's. */
  g_assert_no_error (error);
  home_file = g_file_new_for_path (home);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < 3; i++)
    {
      const char *vars[] = { "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME" };
      const char *names[] = { "data", "cache", "config" };
      g_autofree char *dir = g_build_filename (home, names[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (vars[i], dir, TRUE);
    }

  gtk_test_init (&argc, &argv, NULL);
  g_set_prgname ("test-archive");
  adw_init ();

  proxy = log_server_start ();
  load_fixtures ();

  /* A request that gets past every guard of the archive view meets its
   * proxy; here that is a logging server too, so it is counted.
   */
  proxy_uri = g_strdup_printf ("http://127.0.0.1:%u", proxy->port);
  _px_archive_view_set_proxy_uri (proxy_uri);

  g_test_add_func ("/archive/link-targets", test_link_targets);
  /* Before anything else shows a web view. */
  g_test_add_func ("/archive/webkit-starts-with-first-original", test_webkit_starts_with_first_original);
  g_test_add_func ("/archive/banner", test_banner);
  g_test_add_func ("/archive/content-type-charset", test_content_type_charset);
  g_test_add_func ("/archive/guarded-view-blocks-everything", test_guarded_view_blocks_everything);
  g_test_add_func ("/archive/guarded-view-refuses-navigation", test_guarded_view_refuses_navigation);
  g_test_add_func ("/archive/sandbox-is-on", test_sandbox_is_on);
  g_test_add_func ("/archive/control-view-reaches-server", test_control_view_reaches_server);

  status = g_test_run ();
  remove_tree (home_file);

  return status;
}
