/* px-fetch.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-fetch.h"

#include "px-charset.h"
#include "px-content-kind.h"
#include "px-fetch-private.h"
#include "px-safe-text.h"
#include "px-soup-private.h"
#include "px-words.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#define READ_CHUNK_SIZE 65536

/* Interim answers (100 Continue, 103 Early Hints) a server may send before
 * its real one; past this it is stalling, or flooding.
 */
#define MAX_INTERIM_ANSWERS 20

/* What a server says about itself (reason phrase, media type, new
 * address) is shown at most this long in a message.
 */
#define MAX_QUOTED_CHARS 200

struct _PxFetcher
{
  GObject parent_instance;

  guint timeout;
  guint idle_timeout;
  guint64 max_bytes;
  GTlsDatabase *tls_database;
};

G_DEFINE_FINAL_TYPE (PxFetcher, px_fetcher, G_TYPE_OBJECT)

/* (an extended error domain: a failure carries its words) */
PX_WORDS_DEFINE_ERROR (PxFetchError, px_fetch_error)

static void
px_fetcher_finalize (GObject *object)
{
  PxFetcher *self = PX_FETCHER (object);

  g_clear_object (&self->tls_database);

  G_OBJECT_CLASS (px_fetcher_parent_class)->finalize (object);
}

static void
px_fetcher_class_init (PxFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = px_fetcher_finalize;
}

static void
px_fetcher_init (PxFetcher *self)
{
  self->timeout = PX_FETCH_DEFAULT_TIMEOUT;
  self->idle_timeout = PX_FETCH_IDLE_TIMEOUT;
  self->max_bytes = PX_FETCH_DEFAULT_MAX_BYTES;
}

PxFetcher *
px_fetcher_new (void)
{
  return g_object_new (PX_TYPE_FETCHER, NULL);
}

guint
px_fetcher_get_timeout (PxFetcher *self)
{
  g_return_val_if_fail (PX_IS_FETCHER (self), 0);

  return self->timeout;
}

/* The deadline for a whole fetch, redirects and body included. */
void
px_fetcher_set_timeout (PxFetcher *self,
                        guint      seconds)
{
  g_return_if_fail (PX_IS_FETCHER (self));

  self->timeout = CLAMP (seconds, 1, G_MAXUINT / 1000);
}

guint64
px_fetcher_get_max_bytes (PxFetcher *self)
{
  g_return_val_if_fail (PX_IS_FETCHER (self), 0);

  return self->max_bytes;
}

/* The most bytes a page may have once decompressed. */
void
px_fetcher_set_max_bytes (PxFetcher *self,
                          guint64    max_bytes)
{
  g_return_if_fail (PX_IS_FETCHER (self));

  self->max_bytes = MAX (max_bytes, 1024);
}

/* Certificates are checked against @database instead of the system's
 * trusted authorities; NULL goes back to the system's.
 */
void
px_fetcher_set_tls_database (PxFetcher    *self,
                             GTlsDatabase *database)
{
  g_return_if_fail (PX_IS_FETCHER (self));
  g_return_if_fail (database == NULL || G_IS_TLS_DATABASE (database));

  g_set_object (&self->tls_database, database);
}

void
_px_fetcher_set_idle_timeout (PxFetcher *self,
                              guint      seconds)
{
  g_return_if_fail (PX_IS_FETCHER (self));

  self->idle_timeout = CLAMP (seconds, 1, G_MAXUINT / 1000);
}

guint
_px_fetcher_get_idle_timeout (PxFetcher *self)
{
  g_return_val_if_fail (PX_IS_FETCHER (self), 0);

  return MIN (self->timeout, self->idle_timeout);
}

const char *
_px_sniff_content_type (const char *data,
                        gsize       len)
{
  gsize i = 0;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;

  return (i < len && data[i] == '<') ? "text/html" : "text/plain";
}

char *
_px_format_size (guint64 size)
{
  g_autofree char *formatted = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autoptr(GString) plain = g_string_new (formatted);

  /* GLib puts a no-break space before the unit; messages are also read in
   * terminals and searched with grep, where a plain space is expected.
   */
  g_string_replace (plain, "\u00a0", " ", 0);

  return g_string_free (g_steal_pointer (&plain), FALSE);
}

/* One fetch, from the first request to the last byte. */
typedef struct
{
  char *url;                  /* as the caller gave it, for messages */
  guint timeout;
  guint idle_timeout;
  guint64 max_bytes;

  SoupSession *session;
  SoupMessage *msg;
  GInputStream *stream;
  GPtrArray *visited;         /* every URL requested, to spot loops */
  guint redirects;

  GByteArray *body;
  guint64 expected;
  guint64 expected_wire;      /* the declared Content-Length, or 0 */
  char *content_type;
  char *charset;

  /* Everything runs on this one; the caller's cancellable and the
   * deadline both cancel it.
   */
  GCancellable *cancellable;
  GCancellable *caller_cancellable;
  gulong caller_cancelled_id;
  GSource *deadline;
  gint64 deadline_time;       /* monotonic, for checks made inside libsoup's loops */
  gboolean timed_out;
  gint64 last_arrival;        /* monotonic: the headers, then the body's latest bytes */
  guint interim_answers;
  gboolean flooded;
  gboolean negative_length;

  PxFetchProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_data_destroy;
} FetchData;

/* Lets go of the network and the timers as soon as the outcome is known,
 * on the thread the fetch runs on, whoever holds on to the result.
 */
static void
fetch_data_release (FetchData *data)
{
  if (data->deadline != NULL)
    {
      g_source_destroy (data->deadline);
      g_clear_pointer (&data->deadline, g_source_unref);
    }
  if (data->caller_cancelled_id != 0)
    g_cancellable_disconnect (data->caller_cancellable, data->caller_cancelled_id);
  data->caller_cancelled_id = 0;
  g_clear_object (&data->caller_cancellable);

  /* Cancel first, so closing a body we no longer want never waits for the
   * rest of it; then drop the connections.
   */
  if (data->cancellable != NULL)
    g_cancellable_cancel (data->cancellable);
  g_clear_object (&data->stream);
  if (data->msg != NULL)
    g_signal_handlers_disconnect_by_data (data->msg, data);
  g_clear_object (&data->msg);
  if (data->session != NULL)
    soup_session_abort (data->session);
  g_clear_object (&data->session);
  g_clear_object (&data->cancellable);
}

static void
fetch_data_free (FetchData *data)
{
  fetch_data_release (data);

  g_clear_pointer (&data->visited, g_ptr_array_unref);
  g_clear_pointer (&data->body, g_byte_array_unref);
  g_free (data->content_type);
  g_free (data->charset);
  g_free (data->url);

  if (data->progress_data_destroy != NULL)
    data->progress_data_destroy (data->progress_data);

  g_free (data);
}

static void
fail (GTask  *task,
      GError *error)
{
  fetch_data_release (g_task_get_task_data (task));
  g_task_return_error (task, error);
}

/* Every failure names the URL the caller asked for, and keeps its words
 * (px_words_new()) so that a failure kept in the library is said again in
 * the language of the day it is read: @reason in the current language,
 * @reason_words (nullable) its words.
 */
static void
return_reason (GTask      *task,
               int         code,
               const char *reason,
               const char *reason_words)
{
  FetchData *data = g_task_get_task_data (task);
  /* Translators: the address of the page, then what went wrong */
  GError *error = g_error_new (PX_FETCH_ERROR, code, C_("input that failed, why", "%s: %s"), data->url, reason);

  px_fetch_error_set_words (error, px_words_new_about ("input that failed, why", "%s: %s", data->url, reason_words));
  fail (task, error);
}

static void
return_error (GTask      *task,
              int         code,
              const char *format,
              ...) G_GNUC_PRINTF (3, 4);

/* @format is the message as the code writes it (N_()): translated here */
static void
return_error (GTask      *task,
              int         code,
              const char *format,
              ...)
{
  g_autofree char *reason = NULL;
  g_autofree char *words = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (_(format), args);
  va_end (args);
  va_start (args, format);
  words = px_words_newv (NULL, format, args);
  va_end (args);
  return_reason (task, code, reason, words);
}

/* A reason that counts seconds: "%u second", "%u seconds" */
static void
return_error_seconds (GTask      *task,
                      int         code,
                      const char *singular,
                      const char *plural,
                      guint       seconds)
{
  g_autofree char *words = px_words_new_plural (singular, plural, seconds);
  g_autofree char *reason = px_words_say (words);

  return_reason (task, code, reason, words);
}

static char *
describe_certificate_errors (GTlsCertificateFlags flags)
{
  if (flags & G_TLS_CERTIFICATE_UNKNOWN_CA)
    return g_strdup (_("it was not issued by an authority this computer trusts"));
  if (flags & G_TLS_CERTIFICATE_BAD_IDENTITY)
    return g_strdup (_("it belongs to a different site"));
  if (flags & G_TLS_CERTIFICATE_EXPIRED)
    return g_strdup (_("it has expired"));
  if (flags & G_TLS_CERTIFICATE_NOT_ACTIVATED)
    return g_strdup (_("it is not valid yet"));
  if (flags & G_TLS_CERTIFICATE_REVOKED)
    return g_strdup (_("it has been revoked"));
  if (flags & G_TLS_CERTIFICATE_INSECURE)
    return g_strdup (_("it uses insecure cryptography"));
  return g_strdup (_("it could not be verified"));
}

/* Turns what libsoup and GIO report into words a reader understands. */
static void
return_transfer_error (GTask  *task,
                       GError *error)
{
  FetchData *data = g_task_get_task_data (task);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && data->flooded)
    return_error (task, PX_FETCH_ERROR_NETWORK,
                  /* Translators: %d is how many interim answers a server may send before the page */
                  N_("the server sent more than %d interim answers (such as “100 Continue”) "
                    "and never the page"), MAX_INTERIM_ANSWERS);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && data->timed_out)
    {
      if (data->stream == NULL)
        return_error_seconds (task, PX_FETCH_ERROR_TIMEOUT,
                              /* Translators: %u is how many seconds Parallax waited for the server */
                              "the server did not answer within %u second",
                              "the server did not answer within %u seconds", data->timeout);
      /* A body that went silent for the whole idle limit stalled, even
       * when the deadline ends it first (a deadline no longer than the
       * idle limit, as PARALLAX_FETCH_TIMEOUT=10 gives): said as the
       * idle limit says it, not as a download that was merely slow.
       */
      else if (g_get_monotonic_time () - data->last_arrival
               >= (gint64) data->idle_timeout * G_USEC_PER_SEC - G_USEC_PER_SEC / 2)
        return_error_seconds (task, PX_FETCH_ERROR_TIMEOUT,
                              /* Translators: %u is how many seconds the server sent nothing */
                              "the server stopped sending the page for %u second",
                              "the server stopped sending the page for %u seconds", data->idle_timeout);
      else
        return_error_seconds (task, PX_FETCH_ERROR_TIMEOUT,
                              /* Translators: %u is how many seconds the whole download may take */
                              "the server did not send the whole page within %u second",
                              "the server did not send the whole page within %u seconds", data->timeout);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    fail (task, g_error_new (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             /* Translators: %s is the address of the page */
                             _("%s: the download was cancelled"), data->url));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      if (data->stream == NULL)
        return_error_seconds (task, PX_FETCH_ERROR_TIMEOUT,
                              /* Translators: %u is how many seconds Parallax waited for the server */
                              "the server did not answer within %u second",
                              "the server did not answer within %u seconds", data->idle_timeout);
      else
        return_error_seconds (task, PX_FETCH_ERROR_TIMEOUT,
                              /* Translators: %u is how many seconds the server sent nothing */
                              "the server stopped sending the page for %u second",
                              "the server stopped sending the page for %u seconds", data->idle_timeout);
    }
  else if (error->domain == G_TLS_ERROR
           || (data->msg != NULL && soup_message_get_tls_peer_certificate_errors (data->msg) != 0))
    {
      GTlsCertificateFlags flags = 0;

      if (data->msg != NULL)
        flags = soup_message_get_tls_peer_certificate_errors (data->msg);

      if (flags != 0)
        {
          g_autofree char *why = describe_certificate_errors (flags);

          return_error (task, PX_FETCH_ERROR_TLS,
                        /* Translators: %s is why the certificate was refused, e.g. “it has expired” */
                        N_("the site's security certificate was refused: %s"), why);
        }
      else
        /* Translators: %s is the TLS library's own message, in English */
        return_error (task, PX_FETCH_ERROR_TLS, N_("a secure connection could not be made (%s)"),
                      error->message);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return_error (task, PX_FETCH_ERROR_NETWORK,
                  N_("the server refused the connection (nothing is listening there)"));
  else if (error->domain == G_RESOLVER_ERROR)
    /* Translators: %s is the system's own message */
    return_error (task, PX_FETCH_ERROR_NETWORK, N_("the server's name could not be found (%s)"),
                  error->message);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE)
           || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE))
    /* Translators: %s is the system's own message */
    return_error (task, PX_FETCH_ERROR_NETWORK, N_("the server cannot be reached from this computer (%s)"),
                  error->message);
  else if (g_error_matches (error, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_PARSING)
           || g_error_matches (error, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_ENCODING))
    /* Translators: %s is the HTTP library's own message, in English */
    return_error (task, PX_FETCH_ERROR_NETWORK, N_("the server's answer is not valid HTTP (%s)"),
                  error->message);
  else if (data->stream != NULL)
    /* Translators: %s is the system's own message */
    return_error (task, PX_FETCH_ERROR_NETWORK, N_("the page broke off before it was complete (%s)"),
                  error->message);
  else
    /* Translators: %s is the system's own message */
    return_error (task, PX_FETCH_ERROR_NETWORK, N_("the connection failed (%s)"), error->message);
}

static gboolean
deadline_cb (gpointer user_data)
{
  FetchData *data = user_data;

  data->timed_out = TRUE;
  g_cancellable_cancel (data->cancellable);

  return G_SOURCE_REMOVE;
}

/* libsoup reads the interim answers of a server in a loop of its own that
 * does not return to the main loop while bytes keep coming, so neither
 * the deadline's timer nor anything else would run: every interim answer
 * is counted and the deadline checked by the clock here.
 */
static void
got_informational_cb (SoupMessage *msg,
                      FetchData   *data)
{
  if (++data->interim_answers > MAX_INTERIM_ANSWERS)
    data->flooded = TRUE;
  else if (g_get_monotonic_time () >= data->deadline_time)
    data->timed_out = TRUE;
  else
    return;

  g_cancellable_cancel (data->cancellable);
}

/* A negative Content-Length is refused in send_cb(); it is taken out as
 * soon as the headers are parsed (libsoup sets the status right then),
 * before libsoup makes the body's stream with it (and warns).
 */
static void
status_parsed_cb (SoupMessage *msg,
                  GParamSpec  *pspec,
                  FetchData   *data)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (msg);
  const char *length = soup_message_headers_get_one (headers, "Content-Length");

  if (length != NULL && strchr (length, '-') != NULL)
    {
      data->negative_length = TRUE;
      soup_message_headers_remove (headers, "Content-Length");
    }
}

/* The fetch's own cancellable and the main context it runs on. */
typedef struct
{
  GCancellable *cancellable;
  GMainContext *context;
} Canceller;

static void
canceller_free (Canceller *canceller)
{
  g_object_unref (canceller->cancellable);
  g_main_context_unref (canceller->context);
  g_free (canceller);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

/* Runs in whichever thread cancels the caller's cancellable: the fetch's
 * own is cancelled on the thread the fetch runs on, where libsoup and
 * the sources it waits on live, never beside them from another thread
 * (a source of the connection could then outlive the fetch). */
static void
caller_cancelled_cb (GCancellable *caller_cancellable,
                     Canceller    *canceller)
{
  g_main_context_invoke_full (canceller->context, G_PRIORITY_DEFAULT, cancel_cb,
                              g_object_ref (canceller->cancellable), g_object_unref);
}

static void send_request (GTask *task,
                          GUri  *uri);

static void
finish_fetch (GTask *task)
{
  FetchData *data = g_task_get_task_data (task);
  g_autoptr(GBytes) body = g_byte_array_free_to_bytes (g_steal_pointer (&data->body));
  /* The evidence keeps the address, never a password written into it. */
  g_autofree char *final_url = g_uri_to_string_partial (soup_message_get_uri (data->msg), G_URI_HIDE_PASSWORD);
  gsize len = 0;
  const char *bytes = g_bytes_get_data (body, &len);
  PxSnapshot *snapshot;

  /* A connection that closes before the declared length was sent is a
   * page cut short, whatever else the server said; it is never kept as
   * the whole page.
   */
  if (data->expected_wire > 0)
    {
      SoupMessageMetrics *metrics = soup_message_get_metrics (data->msg);
      guint64 received = metrics != NULL ? soup_message_metrics_get_response_body_bytes_received (metrics)
                                         : len;

      if (received < data->expected_wire)
        {
          g_autofree char *got = _px_format_size (received);
          g_autofree char *declared = _px_format_size (data->expected_wire);

          return_error (task, PX_FETCH_ERROR_NETWORK,
                        /* Translators: the first %s is the size received, the second the size the server
                         * announced (“1.2 MB of 3.4 MB”) */
                        N_("the page broke off before it was complete (%s of %s received)"), got, declared);
          return;
        }
    }

  if (data->content_type == NULL)
    {
      /* The server did not say what this is: text is welcome, anything
       * else is refused the way a declared image would be.
       */
      if (len > 0 && px_charset_looks_binary (bytes, len))
        {
          g_autofree char *kind = px_content_kind_describe (bytes, len, final_url);

          if (kind != NULL)
            return_error (task, PX_FETCH_ERROR_UNSUPPORTED_TYPE,
                          /* Translators: %s is what kind of file the server sent, in the
                           * words of the system's list of file types (“PDF document”) */
                          N_("the server sent a file of the type “%s” without saying what it is: "
                            "Parallax reads only web pages and plain text"), kind);
          else
            return_error (task, PX_FETCH_ERROR_UNSUPPORTED_TYPE,
                          N_("the server did not say what kind of document this is, "
                            "and it is not a web page or text"));
          return;
        }
      data->content_type = g_strdup (_px_sniff_content_type (bytes, len));
    }

  snapshot = px_snapshot_new (body, final_url, data->content_type, data->charset);
  snapshot->status = soup_message_get_status (data->msg);
  snapshot->fetched = TRUE;
  fetch_data_release (data);
  g_task_return_pointer (task, snapshot, (GDestroyNotify) px_snapshot_unref);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FetchData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  gsize len;

  if (chunk == NULL)
    {
      return_transfer_error (task, error);
      return;
    }

  /* A server that keeps bytes always ready could keep the timer from
   * ever running.
   */
  if (g_get_monotonic_time () >= data->deadline_time)
    {
      g_autoptr(GError) late = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "");

      data->timed_out = TRUE;
      return_transfer_error (task, late);
      return;
    }

  len = g_bytes_get_size (chunk);
  if (len == 0)
    {
      finish_fetch (task);
      return;
    }

  /* Checked as the bytes arrive, after decompression, so neither an endless
   * body nor a small compressed one that inflates enormously gets further.
   */
  if ((guint64) data->body->len + len > data->max_bytes)
    {
      g_autofree char *cap = _px_format_size (data->max_bytes);

      return_error (task, PX_FETCH_ERROR_TOO_LARGE,
                    /* Translators: %s is the largest page read, e.g. “20.0 MiB” */
                    N_("the page is larger than the limit of %s, so the download was stopped"), cap);
      return;
    }

  g_byte_array_append (data->body, g_bytes_get_data (chunk, NULL), len);
  data->last_arrival = g_get_monotonic_time ();

  if (data->progress != NULL)
    data->progress (data->body->len, data->expected, data->progress_data);

  g_input_stream_read_bytes_async (data->stream, READ_CHUNK_SIZE, G_PRIORITY_DEFAULT, data->cancellable,
                                   read_cb, g_object_ref (task));
}

static gboolean
is_accepted_type (const char *content_type)
{
  static const char * const accepted[] = { "text/html", "application/xhtml+xml", "text/plain" };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    if (g_ascii_strcasecmp (content_type, accepted[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
follow_redirect (GTask *task)
{
  FetchData *data = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (data->msg);
  const char *location = soup_message_headers_get_one (headers, "Location");
  g_autoptr(GUri) target = NULL;
  g_autofree char *target_string = NULL;

  if (location == NULL || *location == '\0')
    {
      g_autofree char *reason = px_safe_text_short (soup_message_get_reason_phrase (data->msg), MAX_QUOTED_CHARS);

      return_error (task, PX_FETCH_ERROR_HTTP_STATUS,
                    /* Translators: %u is the HTTP status code, %s the server's words for it (“301 Moved
                     * Permanently”) */
                    N_("the server answered %u %s without saying where the page went"),
                    soup_message_get_status (data->msg), reason);
      return;
    }

  target = g_uri_parse_relative (soup_message_get_uri (data->msg), location, SOUP_HTTP_URI_FLAGS, NULL);
  if (target == NULL)
    {
      g_autofree char *shown = px_safe_text_short (location, MAX_QUOTED_CHARS);

      return_error (task, PX_FETCH_ERROR_INVALID_URL,
                    /* Translators: %s is the address the server gave, as it gave it */
                    N_("the server redirected to “%s”, which is not a valid address"), shown);
      return;
    }

  /* Going back to an address already asked for is a loop, unless the
   * server just set a cookie: sites commonly do that once to record a
   * visit or a consent, and the redirect cap still bounds it.
   */
  target_string = g_uri_to_string_partial (target, G_URI_HIDE_PASSWORD);
  for (guint i = 0; i < data->visited->len; i++)
    if (g_str_equal (g_ptr_array_index (data->visited, i), target_string)
        && soup_message_headers_get_list (headers, "Set-Cookie") == NULL)
      {
        return_error (task, PX_FETCH_ERROR_TOO_MANY_REDIRECTS,
                      /* Translators: %s is the address the redirects came back to */
                      N_("the server redirects in a loop (back to %s)"), target_string);
        return;
      }

  if (++data->redirects > PX_FETCH_MAX_REDIRECTS)
    {
      return_error (task, PX_FETCH_ERROR_TOO_MANY_REDIRECTS,
                    /* Translators: %d is the most redirects followed */
                    N_("the server redirected more than %d times"), PX_FETCH_MAX_REDIRECTS);
      return;
    }

  g_clear_object (&data->stream);
  send_request (task, target);
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FetchData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SoupMessageHeaders *headers;
  g_autoptr(GHashTable) params = NULL;
  const char *content_type;
  guint status;
  goffset length;

  data->stream = soup_session_send_finish ((SoupSession *) object, result, &error);
  if (data->stream == NULL)
    {
      return_transfer_error (task, error);
      return;
    }
  data->last_arrival = g_get_monotonic_time ();

  if (data->negative_length)
    {
      return_error (task, PX_FETCH_ERROR_NETWORK,
                    N_("the server's answer is not valid HTTP (its Content-Length is negative)"));
      return;
    }

  status = soup_message_get_status (data->msg);
  if (SOUP_STATUS_IS_REDIRECTION (status) && status != SOUP_STATUS_NOT_MODIFIED)
    {
      follow_redirect (task);
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_autofree char *reason = px_safe_text_short (soup_message_get_reason_phrase (data->msg), MAX_QUOTED_CHARS);

      /* Translators: %u is the HTTP status code, %s the server's words for it (“404 Not Found”) */
      return_error (task, PX_FETCH_ERROR_HTTP_STATUS, N_("the server answered %u %s"), status, reason);
      return;
    }

  headers = soup_message_get_response_headers (data->msg);
  content_type = soup_message_headers_get_content_type (headers, &params);
  if (content_type != NULL && !is_accepted_type (content_type))
    {
      g_autofree char *shown = px_safe_text_short (content_type, MAX_QUOTED_CHARS);
      g_autofree char *kind = px_content_kind_describe_type (content_type);

      if (kind != NULL)
        return_error (task, PX_FETCH_ERROR_UNSUPPORTED_TYPE,
                      /* Translators: the first %s is what kind of file the server sent, in
                       * the words of the system's list of file types (“PDF document”),
                       * the second its content type (“application/pdf”) */
                      N_("the server sent a file of the type “%1$s” (%2$s), not a web page or text: "
                        "Parallax reads only web pages and plain text"), kind, shown);
      else
        return_error (task, PX_FETCH_ERROR_UNSUPPORTED_TYPE,
                      /* Translators: %s is a content type, e.g. “application/pdf” */
                      N_("the server sent %s, not a web page or text"), shown);
      return;
    }
  data->content_type = g_ascii_strdown (content_type != NULL ? content_type : "", -1);
  if (*data->content_type == '\0')
    g_clear_pointer (&data->content_type, g_free);
  if (params != NULL && g_hash_table_lookup (params, "charset") != NULL)
    data->charset = px_safe_text_short (g_hash_table_lookup (params, "charset"), MAX_QUOTED_CHARS);

  /* A declared length counts the bytes on the wire; once decompressed the
   * page can only be as long or longer, so a declared length over the cap
   * is refused before reading anything.
   */
  length = soup_message_headers_get_content_length (headers);
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH
      && (guint64) length > data->max_bytes)
    {
      g_autofree char *size = _px_format_size (length);
      g_autofree char *cap = _px_format_size (data->max_bytes);

      /* What the server claims, not what was seen: nothing is read to
       * check it. */
      /* Translators: the first %s is the size the server's header gives the page, the second the largest
       * page read (“20.0 MiB”) */
      return_error (task, PX_FETCH_ERROR_TOO_LARGE, N_("the server says the page is %s, more than the limit of %s"),
                    size, cap);
      return;
    }
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH)
    data->expected_wire = length;
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH
      && soup_message_headers_get_one (headers, "Content-Encoding") == NULL)
    data->expected = length;

  data->body = g_byte_array_sized_new (MIN (data->expected, data->max_bytes) + 1);
  g_input_stream_read_bytes_async (data->stream, READ_CHUNK_SIZE, G_PRIORITY_DEFAULT, data->cancellable,
                                   read_cb, g_object_ref (task));
}

static void
send_request (GTask *task,
              GUri  *uri)
{
  FetchData *data = g_task_get_task_data (task);
  const char *scheme = g_uri_get_scheme (uri);
  SoupMessageHeaders *headers;

  /* Checked at every hop, so a page can never send us to a local file. */
  if (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0)
    {
      g_autofree char *target = g_uri_to_string_partial (uri, G_URI_HIDE_PASSWORD);

      if (data->visited->len == 0)
        return_error (task, PX_FETCH_ERROR_UNSUPPORTED_SCHEME,
                      N_("only http and https addresses can be fetched"));
      else
        return_error (task, PX_FETCH_ERROR_UNSUPPORTED_SCHEME,
                      /* Translators: %s is the address the server redirected to (“file:///etc/passwd”) */
                      N_("the server redirected to %s, but only http and https addresses are fetched"), target);
      return;
    }
  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      return_error (task, PX_FETCH_ERROR_INVALID_URL, N_("the address has no server name"));
      return;
    }

  g_ptr_array_add (data->visited, g_uri_to_string_partial (uri, G_URI_HIDE_PASSWORD));

  if (data->msg != NULL)
    g_signal_handlers_disconnect_by_data (data->msg, data);
  g_clear_object (&data->msg);
  /* "GET", not SOUP_METHOD_GET: that is a variable of libsoup's, which the
   * engine does not link (px-soup-private.h); libsoup interns the name.
   */
  data->msg = soup_message_new_from_uri ("GET", uri);
  soup_message_add_flags (data->msg, SOUP_MESSAGE_NO_REDIRECT | SOUP_MESSAGE_COLLECT_METRICS);
  g_signal_connect (data->msg, "got-informational", G_CALLBACK (got_informational_cb), data);
  g_signal_connect (data->msg, "notify::status-code", G_CALLBACK (status_parsed_cb), data);
  headers = soup_message_get_request_headers (data->msg);
  soup_message_headers_replace (headers, "Accept",
                                "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8");

  soup_session_send_async (data->session, data->msg, G_PRIORITY_DEFAULT, data->cancellable, send_cb,
                           g_object_ref (task));
}

void
px_fetcher_fetch_async (PxFetcher           *self,
                        const char          *url,
                        PxFetchProgressFunc  progress,
                        gpointer             progress_data,
                        GDestroyNotify       progress_data_destroy,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SoupCookieJar) jar = NULL;
  FetchData *data;

  g_return_if_fail (PX_IS_FETCHER (self));
  g_return_if_fail (url != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_fetcher_fetch_async);
  /* Cancelling is reported as an error of ours, with the URL in it. */
  g_task_set_check_cancellable (task, FALSE);

  /* libsoup is opened by the first fetch (px-soup-private.h). */
  if (!_px_soup_open (&error))
    {
      if (progress_data_destroy != NULL)
        progress_data_destroy (progress_data);
      /* Translators: the address of the page, then what went wrong */
      g_task_return_new_error (task, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK, C_("input that failed, why", "%s: %s"),
                               url, error->message);
      return;
    }

  data = g_new0 (FetchData, 1);
  data->url = g_strdup (url);
  data->timeout = self->timeout;
  data->idle_timeout = _px_fetcher_get_idle_timeout (self);
  data->max_bytes = self->max_bytes;
  data->visited = g_ptr_array_new_with_free_func (g_free);
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_data_destroy = progress_data_destroy;
  data->cancellable = g_cancellable_new ();
  g_task_set_task_data (task, data, (GDestroyNotify) fetch_data_free);

  /* A session per fetch belongs to the caller's thread-default main context,
   * so fetches may run in any thread.
   */
  data->session = soup_session_new_with_options ("timeout", data->idle_timeout,
                                                 "user-agent", "Parallax/" PACKAGE_VERSION,
                                                 NULL);
  if (self->tls_database != NULL)
    soup_session_set_tls_database (data->session, self->tls_database);
  /* Cookies live for this one fetch only, across its redirects. */
  jar = soup_cookie_jar_new ();
  /* plain casts: the headers' checked ones call libsoup's type functions */
  soup_session_add_feature (data->session, (SoupSessionFeature *) jar);

  if (cancellable != NULL)
    {
      Canceller *canceller = g_new (Canceller, 1);

      data->caller_cancellable = g_object_ref (cancellable);
      canceller->cancellable = g_object_ref (data->cancellable);
      canceller->context = g_main_context_ref (g_task_get_context (task));
      data->caller_cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb), canceller,
                                                         (GDestroyNotify) canceller_free);
    }

  data->deadline_time = g_get_monotonic_time () + (gint64) data->timeout * G_USEC_PER_SEC;
  data->deadline = g_timeout_source_new (data->timeout * 1000);
  g_source_set_callback (data->deadline, deadline_cb, data, NULL);
  g_source_set_static_name (data->deadline, "[parallax] fetch deadline");
  g_source_attach (data->deadline, g_task_get_context (task));

  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, &error);
  if (uri == NULL)
    {
      return_error (task, PX_FETCH_ERROR_INVALID_URL, N_("this is not a valid web address"));
      return;
    }

  send_request (task, uri);
}

PxSnapshot *
px_fetcher_fetch_finish (PxFetcher     *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (PX_IS_FETCHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_fetcher_fetch_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
} SyncData;

static void
fetch_sync_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  SyncData *data = user_data;

  data->result = g_object_ref (result);
  g_main_loop_quit (data->loop);
}

/* Runs the async fetch to completion on a private main context, so the CLI
 * and worker threads share the one implementation.
 */
PxSnapshot *
px_fetcher_fetch_with_progress (PxFetcher           *self,
                                const char          *url,
                                PxFetchProgressFunc  progress,
                                gpointer             progress_data,
                                GDestroyNotify       progress_data_destroy,
                                GCancellable        *cancellable,
                                GError             **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (context, FALSE);
  SyncData data = { loop, NULL };
  PxSnapshot *snapshot;

  g_return_val_if_fail (PX_IS_FETCHER (self), NULL);

  g_main_context_push_thread_default (context);
  px_fetcher_fetch_async (self, url, progress, progress_data, progress_data_destroy, cancellable, fetch_sync_cb,
                          &data);
  if (data.result == NULL)
    g_main_loop_run (loop);

  snapshot = px_fetcher_fetch_finish (self, data.result, error);
  g_object_unref (data.result);

  /* Let the session's last clean-ups run on the context they belong to:
   * a fetch cancelled while it waits for an answer leaves the closing of
   * its connection there, whose sources a context dropped before they
   * ran would never free. */
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);

  return snapshot;
}

PxSnapshot *
px_fetcher_fetch (PxFetcher     *self,
                  const char    *url,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return px_fetcher_fetch_with_progress (self, url, NULL, NULL, NULL, cancellable, error);
}
