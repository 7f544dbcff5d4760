/* px-soup-private.h: libsoup, the fetcher's HTTP client, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Include this instead of <libsoup/soup.h>: every function of it the engine calls
 * is listed here and reached through a table filled by _px_soup_open() (see
 * px-lazy-private.h). A file that calls one must have called _px_soup_open()
 * first, on the path that leads there. Adding a call of another function
 * means adding it to the list; the link of parallax-cli fails until then.
 */
#pragma once

#include <libsoup/soup.h>

#include <glib.h>

G_BEGIN_DECLS

#define PX_SOUP_FUNCTIONS(X) \
  X (soup_cookie_jar_new) \
  X (soup_message_add_flags) \
  X (soup_message_get_metrics) \
  X (soup_message_get_reason_phrase) \
  X (soup_message_get_request_headers) \
  X (soup_message_get_response_headers) \
  X (soup_message_get_status) \
  X (soup_message_get_tls_peer_certificate_errors) \
  X (soup_message_get_uri) \
  X (soup_message_headers_get_content_length) \
  X (soup_message_headers_get_content_type) \
  X (soup_message_headers_get_encoding) \
  X (soup_message_headers_get_list) \
  X (soup_message_headers_get_one) \
  X (soup_message_headers_remove) \
  X (soup_message_headers_replace) \
  X (soup_message_metrics_get_response_body_bytes_received) \
  X (soup_message_new_from_uri) \
  X (soup_session_abort) \
  X (soup_session_add_feature) \
  X (soup_session_error_quark) \
  X (soup_session_new_with_options) \
  X (soup_session_send_async) \
  X (soup_session_send_finish) \
  X (soup_session_set_tls_database)

typedef struct
{
#define PX_SOUP_FUNCTIONS_SLOT(name) __typeof__ (name) *name;
  PX_SOUP_FUNCTIONS (PX_SOUP_FUNCTIONS_SLOT)
#undef PX_SOUP_FUNCTIONS_SLOT
} PxSoupFunctions;

extern PxSoupFunctions _px_soup;

/* Opens libsoup the first time; FALSE with @error set when it cannot be. */
gboolean _px_soup_open (GError **error);

G_END_DECLS

#ifndef PX_SOUP_NO_NAMES
#define soup_cookie_jar_new (_px_soup.soup_cookie_jar_new)
#define soup_message_add_flags (_px_soup.soup_message_add_flags)
#define soup_message_get_metrics (_px_soup.soup_message_get_metrics)
#define soup_message_get_reason_phrase (_px_soup.soup_message_get_reason_phrase)
#define soup_message_get_request_headers (_px_soup.soup_message_get_request_headers)
#define soup_message_get_response_headers (_px_soup.soup_message_get_response_headers)
#define soup_message_get_status (_px_soup.soup_message_get_status)
#define soup_message_get_tls_peer_certificate_errors (_px_soup.soup_message_get_tls_peer_certificate_errors)
#define soup_message_get_uri (_px_soup.soup_message_get_uri)
#define soup_message_headers_get_content_length (_px_soup.soup_message_headers_get_content_length)
#define soup_message_headers_get_content_type (_px_soup.soup_message_headers_get_content_type)
#define soup_message_headers_get_encoding (_px_soup.soup_message_headers_get_encoding)
#define soup_message_headers_get_list (_px_soup.soup_message_headers_get_list)
#define soup_message_headers_get_one (_px_soup.soup_message_headers_get_one)
#define soup_message_headers_remove (_px_soup.soup_message_headers_remove)
#define soup_message_headers_replace (_px_soup.soup_message_headers_replace)
#define soup_message_metrics_get_response_body_bytes_received (_px_soup.soup_message_metrics_get_response_body_bytes_received)
#define soup_message_new_from_uri (_px_soup.soup_message_new_from_uri)
#define soup_session_abort (_px_soup.soup_session_abort)
#define soup_session_add_feature (_px_soup.soup_session_add_feature)
#define soup_session_error_quark (_px_soup.soup_session_error_quark)
#define soup_session_new_with_options (_px_soup.soup_session_new_with_options)
#define soup_session_send_async (_px_soup.soup_session_send_async)
#define soup_session_send_finish (_px_soup.soup_session_send_finish)
#define soup_session_set_tls_database (_px_soup.soup_session_set_tls_database)
#endif
