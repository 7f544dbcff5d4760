/* px-archive-view.c: a stored original page, shown without touching the network
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-archive-view-private.h"
#include "px-charset.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <libsoup/soup.h>

/* An archived page is never fetched again, so its web views get a proxy
 * where nothing listens: a request that got past every other guard fails
 * at once without leaving this machine (9 is the old "discard" port).
 */
#define PX_ARCHIVE_UNREACHABLE_PROXY "http://127.0.0.1:9"

struct _PxArchiveView
{
  GtkWidget parent_instance;

  GtkLabel *banner_label;
  AdwToastOverlay *toast_overlay;
  WebKitWebView *web_view;

  PxSnapshot *snapshot;
  char *page_uri;     /* parallax-archive://page/path?query */
  char *original_uri; /* the address it was fetched from, or NULL */
  char *title;

  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (PxArchiveView, px_archive_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ORIGINAL_URI,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static WebKitWebContext *archive_context;
static WebKitNetworkSession *archive_session;
/* Archive views alive: with the last one closed, the context and session
 * go, and with them WebKit's web and network processes and their memory.
 */
static guint n_archive_views;
static guint release_context_id;
static char *archive_proxy_uri;

/* WebKit features that fetch something on their own; turned off where this
 * WebKit knows them. Identifiers a newer WebKit dropped are skipped.
 */
static const char * const disabled_features[] = {
  "BeaconAPI",
  "CacheAPI",
  "IndexedDBAPI",
  "LazyIframeLoading",
  "LinkDNSPrefetch",
  "LinkPreconnect",
  "LinkPreconnectEarlyHints",
  "LinkPrefetch",
  "LinkPreload",
  "LocalStorage",
  "Notifications",
  "PDFJSViewer",
  "ServiceWorkers",
  "WebSocket",
  NULL
};

static void
apply_proxy (void)
{
  g_autoptr(WebKitNetworkProxySettings) proxy = NULL;

  /* No hosts are exempt, not even this machine's. */
  proxy = webkit_network_proxy_settings_new (archive_proxy_uri ? archive_proxy_uri
                                                               : PX_ARCHIVE_UNREACHABLE_PROXY,
                                             NULL);
  webkit_network_session_set_proxy_settings (archive_session,
                                             WEBKIT_NETWORK_PROXY_MODE_CUSTOM,
                                             proxy);
}

void
_px_archive_view_set_proxy_uri (const char *proxy_uri)
{
  g_free (archive_proxy_uri);
  archive_proxy_uri = g_strdup (proxy_uri);

  if (archive_session != NULL)
    apply_proxy ();
}

/* Compares two addresses ignoring their fragments and how they were
 * escaped, since WebKit normalises what it reports.
 */
static gboolean
same_document (const char *a,
               const char *b)
{
  g_autoptr(GUri) ua = NULL;
  g_autoptr(GUri) ub = NULL;
  g_autofree char *path_a = NULL;
  g_autofree char *path_b = NULL;
  g_autofree char *query_a = NULL;
  g_autofree char *query_b = NULL;

  if (a == NULL || b == NULL)
    return FALSE;

  ua = g_uri_parse (a, G_URI_FLAGS_ENCODED, NULL);
  ub = g_uri_parse (b, G_URI_FLAGS_ENCODED, NULL);
  if (ua == NULL || ub == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (g_uri_get_scheme (ua), g_uri_get_scheme (ub)) != 0 ||
      g_strcmp0 (g_uri_get_host (ua), g_uri_get_host (ub)) != 0)
    return FALSE;

  path_a = g_uri_unescape_string (g_uri_get_path (ua), NULL);
  path_b = g_uri_unescape_string (g_uri_get_path (ub), NULL);
  query_a = g_uri_unescape_string (g_uri_get_query (ua), NULL);
  query_b = g_uri_unescape_string (g_uri_get_query (ub), NULL);

  return path_a != NULL && g_strcmp0 (path_a, path_b) == 0 && g_strcmp0 (query_a, query_b) == 0;
}

/* The page the view shows, or an empty page when it has none. */
static gboolean
is_page_uri (PxArchiveView *self,
             const char    *uri)
{
  if (self->page_uri == NULL)
    return g_strcmp0 (uri, "about:blank") == 0;

  return same_document (self->page_uri, uri);
}

/* The media type the stored body is shown as: markup as markup, and
 * anything else (images, PDFs, SVG documents, unknown types) as plain text,
 * so no other viewer is ever started for it.
 */
static const char *
display_content_type (const PxSnapshot *snapshot)
{
  const char *type = snapshot->content_type;

  if (type != NULL && g_ascii_strcasecmp (type, "application/xhtml+xml") == 0)
    return "application/xhtml+xml";
  if (type == NULL || g_ascii_strcasecmp (type, "text/html") == 0)
    return "text/html";

  return "text/plain";
}

/* TRUE when @charset can stand in a Content-Type header as it is. */
static gboolean
charset_is_plain (const char *charset)
{
  return charset != NULL && *charset != '\0' && g_utf8_validate (charset, -1, NULL) &&
         strpbrk (charset, ";\"\r\n") == NULL;
}

char *
_px_archive_view_content_type (const PxSnapshot *snapshot)
{
  const char *type = display_content_type (snapshot);
  const char *stored = snapshot->content_type;
  g_autofree char *charset = NULL;

  /* Pages and text: the character set the column's text was read in.
   * Where the page's bytes prove the server's label wrong, extraction
   * reads them as they are (px_charset_to_utf8()), and the archived page
   * must show the same characters, not the label's mojibake.
   */
  if (snapshot->body != NULL &&
      (stored == NULL || g_ascii_strcasecmp (stored, "text/html") == 0 ||
       g_ascii_strcasecmp (stored, "application/xhtml+xml") == 0 ||
       g_ascii_strcasecmp (stored, "text/plain") == 0))
    {
      gsize len = 0;
      const char *data = g_bytes_get_data (snapshot->body, &len);
      g_autofree char *text = px_charset_to_utf8 (data != NULL ? data : "", len, snapshot->charset,
                                                  !g_str_equal (type, "text/plain"), NULL, &charset);
    }
  else
    charset = g_strdup (snapshot->charset);

  if (charset_is_plain (charset))
    return g_strdup_printf ("%s; charset=%s", type, charset);
  return g_strdup (type);
}

static void
serve_page (PxArchiveView          *self,
            WebKitURISchemeRequest *request)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(WebKitURISchemeResponse) response = NULL;
  g_autofree char *content_type = NULL;
  SoupMessageHeaders *headers;
  GBytes *body = self->snapshot->body;

  stream = g_memory_input_stream_new_from_bytes (body);
  response = webkit_uri_scheme_response_new (stream, g_bytes_get_size (body));
  content_type = _px_archive_view_content_type (self->snapshot);

  /* The same policy again, as the header a server would send, and nothing
   * that could be sniffed into another type or cached.
   */
  headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  soup_message_headers_append (headers, "Content-Type", content_type);
  soup_message_headers_append (headers, "Content-Security-Policy", PX_ARCHIVE_CONTENT_SECURITY_POLICY);
  soup_message_headers_append (headers, "X-Content-Type-Options", "nosniff");
  soup_message_headers_append (headers, "Referrer-Policy", "no-referrer");
  soup_message_headers_append (headers, "Cache-Control", "no-store");

  webkit_uri_scheme_response_set_status (response, 200, NULL);
  webkit_uri_scheme_response_set_content_type (response, content_type);
  webkit_uri_scheme_response_set_http_headers (response, headers);
  webkit_uri_scheme_request_finish_with_response (request, response);
}

/* Answers the page itself and refuses everything else: images, styles and
 * frames that a page addresses relative to itself end up here.
 */
static void
archive_scheme_request_cb (WebKitURISchemeRequest *request,
                           gpointer                user_data)
{
  WebKitWebView *web_view = webkit_uri_scheme_request_get_web_view (request);
  GtkWidget *ancestor = NULL;
  const char *uri = webkit_uri_scheme_request_get_uri (request);
  g_autoptr(GError) error = NULL;

  if (web_view != NULL)
    ancestor = gtk_widget_get_ancestor (GTK_WIDGET (web_view), PX_TYPE_ARCHIVE_VIEW);

  if (ancestor != NULL && PX_ARCHIVE_VIEW (ancestor)->snapshot != NULL &&
      g_strcmp0 (webkit_uri_scheme_request_get_http_method (request), "GET") == 0 &&
      is_page_uri (PX_ARCHIVE_VIEW (ancestor), uri))
    {
      serve_page (PX_ARCHIVE_VIEW (ancestor), request);
      return;
    }

  g_set_error (&error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
               /* Translators: %s is an address an archived page asked for */
               _("%s is not part of the archived page; nothing else is loaded"), uri);
  webkit_uri_scheme_request_finish_error (request, error);
}

static gboolean
release_context_cb (gpointer user_data)
{
  release_context_id = 0;
  if (n_archive_views == 0)
    {
      g_clear_object (&archive_session);
      g_clear_object (&archive_context);
    }
  return G_SOURCE_REMOVE;
}

static void
ensure_archive_context (void)
{
  WebKitSecurityManager *security;

  if (archive_context != NULL)
    return;

  /* A web context of its own keeps the scheme and the web processes of
   * archived pages apart from any other web view the application shows.
   */
  archive_context = webkit_web_context_new ();
  webkit_web_context_set_cache_model (archive_context, WEBKIT_CACHE_MODEL_DOCUMENT_VIEWER);
  webkit_web_context_register_uri_scheme (archive_context, PX_ARCHIVE_URI_SCHEME,
                                          archive_scheme_request_cb, NULL, NULL);
  security = webkit_web_context_get_security_manager (archive_context);
  webkit_security_manager_register_uri_scheme_as_no_access (security, PX_ARCHIVE_URI_SCHEME);

  archive_session = webkit_network_session_new_ephemeral ();
  apply_proxy ();
}

static WebKitSettings *
create_settings (void)
{
  WebKitSettings *settings;
  g_autoptr(WebKitFeatureList) features = NULL;

  settings = g_object_new (WEBKIT_TYPE_SETTINGS,
                           "enable-javascript", FALSE,
                           "enable-javascript-markup", FALSE,
                           "javascript-can-open-windows-automatically", FALSE,
                           "javascript-can-access-clipboard", FALSE,
                           "enable-html5-database", FALSE,
                           "enable-html5-local-storage", FALSE,
                           "enable-page-cache", FALSE,
                           "enable-webgl", FALSE,
                           "enable-webaudio", FALSE,
                           "enable-media", FALSE,
                           "enable-mediasource", FALSE,
                           "enable-media-stream", FALSE,
                           "enable-media-capabilities", FALSE,
                           "enable-encrypted-media", FALSE,
                           "enable-webrtc", FALSE,
                           "media-playback-requires-user-gesture", TRUE,
                           "enable-fullscreen", FALSE,
                           "enable-developer-extras", FALSE,
                           "enable-site-specific-quirks", FALSE,
                           "enable-back-forward-navigation-gestures", FALSE,
                           "allow-file-access-from-file-urls", FALSE,
                           "allow-universal-access-from-file-urls", FALSE,
                           "allow-top-navigation-to-data-urls", FALSE,
                           "allow-modal-dialogs", FALSE,
                           "disable-web-security", FALSE,
                           NULL);

  features = webkit_settings_get_all_features ();
  for (gsize i = 0; i < webkit_feature_list_get_length (features); i++)
    {
      WebKitFeature *feature = webkit_feature_list_get (features, i);

      const char *identifier = webkit_feature_get_identifier (feature);

      if (g_strv_contains ((const char * const *) disabled_features, identifier))
        webkit_settings_set_feature_enabled (settings, feature, FALSE);
    }

  return settings;
}

/* Replaces *@str with a copy of @value; TRUE when that changed it. */
static gboolean
replace_string (char       **str,
                const char  *value)
{
  if (g_strcmp0 (*str, value) == 0)
    return FALSE;

  g_free (*str);
  *str = g_strdup (value);
  return TRUE;
}

static void
set_title (PxArchiveView *self,
           const char    *title)
{
  if (title == NULL || *title == '\0')
    title = _("Archived Original");

  if (replace_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
show_toast (PxArchiveView *self,
            const char    *message)
{
  /* NULL once the view is disposed. */
  if (self->toast_overlay != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
launch_uri_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PxArchiveView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s is why the link could not be opened */
      g_autofree char *message = g_strdup_printf (_("Could not open the link: %s"), error->message);

      show_toast (self, message);
    }
}

/* Where a link in an archived page leads on the web: links relative to the
 * page resolve against the address it was fetched from; web and e-mail
 * links stay as they are; anything else (files, other schemes) leads
 * nowhere.
 */
char *
_px_archive_view_link_target (const char *original_uri,
                              const char *uri)
{
  const char *scheme = uri != NULL ? g_uri_peek_scheme (uri) : NULL;

  if (g_strcmp0 (scheme, PX_ARCHIVE_URI_SCHEME) == 0)
    {
      g_autoptr(GUri) inner = g_uri_parse (uri, G_URI_FLAGS_ENCODED, NULL);
      g_autofree char *relative = NULL;

      if (inner == NULL || original_uri == NULL)
        return NULL;

      relative = g_uri_join (G_URI_FLAGS_ENCODED, NULL, NULL, NULL, -1,
                             g_uri_get_path (inner), g_uri_get_query (inner),
                             g_uri_get_fragment (inner));
      return g_uri_resolve_relative (original_uri, relative, G_URI_FLAGS_ENCODED, NULL);
    }

  if (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0 ||
      g_strcmp0 (scheme, "mailto") == 0)
    return g_strdup (uri);

  return NULL;
}

/* Hands a link to the user's browser (through the OpenURI portal inside a
 * sandbox), mapped back to the web first.
 */
static void
open_externally (PxArchiveView *self,
                 const char    *uri)
{
  g_autoptr(GAppLaunchContext) launch_context = NULL;
  g_autofree char *target = _px_archive_view_link_target (self->original_uri, uri);
  GdkDisplay *display;

  if (target == NULL)
    {
      if (uri != NULL && g_strcmp0 (g_uri_peek_scheme (uri), PX_ARCHIVE_URI_SCHEME) == 0)
        show_toast (self, _("This link has no address on the web"));
      else
        show_toast (self, _("Only web and e-mail links are opened from an archived page"));
      return;
    }

  display = gtk_widget_get_display (GTK_WIDGET (self));
  launch_context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (display));
  g_app_info_launch_default_for_uri_async (target, launch_context, self->cancellable,
                                           launch_uri_cb, g_object_ref (self));
}

static gboolean
decide_navigation (PxArchiveView          *self,
                   WebKitNavigationAction *action,
                   gboolean                new_window)
{
  WebKitURIRequest *request = webkit_navigation_action_get_request (action);
  const char *uri = webkit_uri_request_get_uri (request);
  WebKitNavigationType type = webkit_navigation_action_get_navigation_type (action);

  /* The page itself (its first load, a jump to one of its anchors) is the
   * only place this view goes.
   */
  if (!new_window && is_page_uri (self, uri) && type != WEBKIT_NAVIGATION_TYPE_FORM_SUBMITTED &&
      type != WEBKIT_NAVIGATION_TYPE_FORM_RESUBMITTED)
    return TRUE;

  /* A link the user clicked goes to the browser; a page that tries to go
   * somewhere by itself goes nowhere.
   */
  if (webkit_navigation_action_is_user_gesture (action))
    {
      if (type == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED)
        open_externally (self, uri);
      else if (type == WEBKIT_NAVIGATION_TYPE_FORM_SUBMITTED)
        show_toast (self, _("Forms are not sent from an archived page"));
    }

  return FALSE;
}

static gboolean
decide_policy_cb (WebKitWebView            *web_view,
                  WebKitPolicyDecision     *decision,
                  WebKitPolicyDecisionType  type,
                  PxArchiveView            *self)
{
  gboolean allow = FALSE;

  switch (type)
    {
    case WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION:
    case WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION:
      {
        WebKitNavigationPolicyDecision *navigation = WEBKIT_NAVIGATION_POLICY_DECISION (decision);

        allow = decide_navigation (self,
                                   webkit_navigation_policy_decision_get_navigation_action (navigation),
                                   type == WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION);
      }
      break;

    case WEBKIT_POLICY_DECISION_TYPE_RESPONSE:
      {
        WebKitResponsePolicyDecision *response = WEBKIT_RESPONSE_POLICY_DECISION (decision);
        WebKitURIRequest *request = webkit_response_policy_decision_get_request (response);

        allow = webkit_response_policy_decision_is_main_frame_main_resource (response) &&
                is_page_uri (self, webkit_uri_request_get_uri (request));
      }
      break;

    default:
      break;
    }

  if (allow)
    webkit_policy_decision_use (decision);
  else
    webkit_policy_decision_ignore (decision);

  return TRUE;
}

static gboolean
permission_request_cb (WebKitWebView           *web_view,
                       WebKitPermissionRequest *request,
                       PxArchiveView           *self)
{
  webkit_permission_request_deny (request);
  return TRUE;
}

/* Keeps the entries that only copy or select; the rest (open, download,
 * reload, inspect) would load something or leave the archived page.
 */
static gboolean
context_menu_cb (WebKitWebView       *web_view,
                 WebKitContextMenu   *menu,
                 WebKitHitTestResult *hit_test,
                 PxArchiveView       *self)
{
  GList *items = g_list_copy (webkit_context_menu_get_items (menu));

  for (GList *l = items; l != NULL; l = l->next)
    {
      WebKitContextMenuItem *item = l->data;

      switch (webkit_context_menu_item_get_stock_action (item))
        {
        case WEBKIT_CONTEXT_MENU_ACTION_COPY:
        case WEBKIT_CONTEXT_MENU_ACTION_COPY_LINK_TO_CLIPBOARD:
        case WEBKIT_CONTEXT_MENU_ACTION_COPY_IMAGE_TO_CLIPBOARD:
        case WEBKIT_CONTEXT_MENU_ACTION_SELECT_ALL:
          break;

        default:
          webkit_context_menu_remove (menu, item);
          break;
        }
    }
  g_list_free (items);

  return webkit_context_menu_get_n_items (menu) == 0;
}

static void
title_changed_cb (WebKitWebView *web_view,
                  GParamSpec    *pspec,
                  PxArchiveView *self)
{
  set_title (self, webkit_web_view_get_title (web_view));
}

static void
web_process_terminated_cb (WebKitWebView                     *web_view,
                           WebKitWebProcessTerminationReason  reason,
                           PxArchiveView                     *self)
{
  if (reason != WEBKIT_WEB_PROCESS_TERMINATED_BY_API)
    show_toast (self, _("The page viewer stopped unexpectedly"));
}

static void
open_in_browser_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PxArchiveView *self = PX_ARCHIVE_VIEW (widget);

  open_externally (self, self->original_uri);
}

static char *
format_fetched_at (GDateTime *fetched_at)
{
  g_autoptr(GDateTime) local = NULL;

  if (fetched_at == NULL)
    return g_strdup (_("at an unknown time"));

  local = g_date_time_to_local (fetched_at);
  /* Translators: when an archived page was fetched, as in "24 November 2026
   * at 14:05"; see the strftime(3) manual for the codes.
   */
  return g_date_time_format (local, _("%-d %B %Y at %H:%M"));
}

static void
update_banner (PxArchiveView *self)
{
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (self->snapshot == NULL)
    {
      gtk_label_set_text (self->banner_label, "");
      return;
    }

  when = format_fetched_at (self->snapshot->fetched_at);
  if (self->original_uri != NULL)
    /* Translators: the first %s is the page's web address, the second when
     * it was fetched ("24 November 2026 at 14:05").
     */
    text = g_strdup_printf (_("Archived copy of %s, fetched %s. Scripts are off and nothing is "
                              "loaded from the network."),
                            self->original_uri, when);
  else
    /* Translators: %s is when the text was read ("24 November 2026 at 14:05"). */
    text = g_strdup_printf (_("Archived copy of a local file or pasted text, read %s. Scripts are "
                              "off and nothing is loaded from the network."),
                            when);

  gtk_label_set_text (self->banner_label, text);
}

/* The page's own address inside the archive scheme keeps its path and
 * query, so links relative to it can be mapped back to the web. Every
 * view uses the same host: the scheme handler tells views apart by their
 * web view, the scheme gives each page an opaque origin anyway, and WebKit
 * keeps one web process when a view is given another page.
 */
static char *
build_page_uri (const char *original_uri)
{
  g_autoptr(GUri) original = NULL;
  const char *path = "/";
  const char *query = NULL;

  if (original_uri != NULL)
    original = g_uri_parse (original_uri, G_URI_FLAGS_ENCODED, NULL);

  if (original != NULL)
    {
      if (*g_uri_get_path (original) == '/')
        path = g_uri_get_path (original);
      query = g_uri_get_query (original);
    }

  return g_uri_join (G_URI_FLAGS_ENCODED, PX_ARCHIVE_URI_SCHEME, NULL, "page", -1, path, query, NULL);
}

static char *
web_address (const char *uri)
{
  const char *scheme = uri != NULL ? g_uri_peek_scheme (uri) : NULL;
  g_autoptr(GUri) parsed = NULL;

  if (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0)
    return NULL;

  /* Without the fragment, which belongs to no fetch. */
  parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED, NULL);
  if (parsed == NULL)
    return NULL;

  return g_uri_join (G_URI_FLAGS_ENCODED, g_uri_get_scheme (parsed), g_uri_get_userinfo (parsed),
                     g_uri_get_host (parsed), g_uri_get_port (parsed), g_uri_get_path (parsed),
                     g_uri_get_query (parsed), NULL);
}

void
px_archive_view_set_snapshot (PxArchiveView *self,
                              PxSnapshot    *snapshot)
{
  g_autofree char *original_uri = NULL;

  g_return_if_fail (PX_IS_ARCHIVE_VIEW (self));
  g_return_if_fail (snapshot == NULL || snapshot->body != NULL);

  if (snapshot == self->snapshot)
    return;

  webkit_web_view_stop_loading (self->web_view);
  g_clear_pointer (&self->snapshot, px_snapshot_unref);
  g_clear_pointer (&self->page_uri, g_free);

  if (snapshot != NULL)
    {
      self->snapshot = px_snapshot_ref (snapshot);
      original_uri = web_address (snapshot->final_url);
    }

  if (replace_string (&self->original_uri, original_uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGINAL_URI]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.open-in-browser", self->original_uri != NULL);
  set_title (self, NULL);
  update_banner (self);

  if (snapshot != NULL)
    {
      self->page_uri = build_page_uri (self->original_uri);
      webkit_web_view_load_uri (self->web_view, self->page_uri);
    }
  else
    {
      webkit_web_view_load_uri (self->web_view, "about:blank");
    }
}

PxSnapshot *
px_archive_view_get_snapshot (PxArchiveView *self)
{
  g_return_val_if_fail (PX_IS_ARCHIVE_VIEW (self), NULL);

  return self->snapshot;
}

const char *
px_archive_view_get_title (PxArchiveView *self)
{
  g_return_val_if_fail (PX_IS_ARCHIVE_VIEW (self), NULL);

  return self->title;
}

const char *
px_archive_view_get_original_uri (PxArchiveView *self)
{
  g_return_val_if_fail (PX_IS_ARCHIVE_VIEW (self), NULL);

  return self->original_uri;
}

WebKitWebView *
_px_archive_view_get_web_view (PxArchiveView *self)
{
  g_return_val_if_fail (PX_IS_ARCHIVE_VIEW (self), NULL);

  return self->web_view;
}

GtkWidget *
px_archive_view_new (void)
{
  return g_object_new (PX_TYPE_ARCHIVE_VIEW, NULL);
}

static void
px_archive_view_dispose (GObject *object)
{
  PxArchiveView *self = PX_ARCHIVE_VIEW (object);

  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  if (self->web_view != NULL)
    {
      /* The page's web process ends with its view, not when WebKit next
       * gets round to it.
       */
      webkit_web_view_terminate_web_process (self->web_view);
      g_assert (n_archive_views > 0);
      /* Once WebKit has let go of the view too. */
      if (--n_archive_views == 0 && release_context_id == 0)
        release_context_id = g_idle_add (release_context_cb, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_ARCHIVE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->web_view = NULL;

  G_OBJECT_CLASS (px_archive_view_parent_class)->dispose (object);
}

static void
px_archive_view_finalize (GObject *object)
{
  PxArchiveView *self = PX_ARCHIVE_VIEW (object);

  g_clear_pointer (&self->snapshot, px_snapshot_unref);
  g_clear_pointer (&self->page_uri, g_free);
  g_clear_pointer (&self->original_uri, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (px_archive_view_parent_class)->finalize (object);
}

static void
px_archive_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PxArchiveView *self = PX_ARCHIVE_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_ORIGINAL_URI:
      g_value_set_string (value, self->original_uri);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_archive_view_class_init (PxArchiveViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_archive_view_dispose;
  object_class->finalize = px_archive_view_finalize;
  object_class->get_property = px_archive_view_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIGINAL_URI] =
    g_param_spec_string ("original-uri", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-archive-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxArchiveView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PxArchiveView, toast_overlay);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "archiveview");

  gtk_widget_class_install_action (widget_class, "archive.open-in-browser", NULL, open_in_browser_action);
}

static void
px_archive_view_init (PxArchiveView *self)
{
  g_autoptr(WebKitSettings) settings = NULL;
  g_autoptr(WebKitWebsitePolicies) policies = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->cancellable = g_cancellable_new ();
  self->title = g_strdup (_("Archived Original"));

  /* The web process starts here, with the first archived page opened. */
  ensure_archive_context ();
  n_archive_views++;
  settings = create_settings ();
  policies = webkit_website_policies_new_with_policies ("autoplay", WEBKIT_AUTOPLAY_DENY, NULL);

  self->web_view = g_object_new (WEBKIT_TYPE_WEB_VIEW,
                                 "web-context", archive_context,
                                 "network-session", archive_session,
                                 "settings", settings,
                                 "website-policies", policies,
                                 "default-content-security-policy", PX_ARCHIVE_CONTENT_SECURITY_POLICY,
                                 "vexpand", TRUE,
                                 "hexpand", TRUE,
                                 NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->web_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Archived page"),
                                  -1);

  /* WebKit may hold the web view a little longer than this view lives. */
  g_signal_connect_object (self->web_view, "decide-policy",
                           G_CALLBACK (decide_policy_cb), self, 0);
  g_signal_connect_object (self->web_view, "permission-request",
                           G_CALLBACK (permission_request_cb), self, 0);
  g_signal_connect_object (self->web_view, "context-menu",
                           G_CALLBACK (context_menu_cb), self, 0);
  g_signal_connect_object (self->web_view, "notify::title",
                           G_CALLBACK (title_changed_cb), self, 0);
  g_signal_connect_object (self->web_view, "web-process-terminated",
                           G_CALLBACK (web_process_terminated_cb), self, 0);

  adw_toast_overlay_set_child (self->toast_overlay, GTK_WIDGET (self->web_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.open-in-browser", FALSE);
}
