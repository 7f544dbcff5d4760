/* px-test-server.h: a hostile little web server on 127.0.0.1 for tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The article every well-behaved path serves, and a sentence from it. */
#define PX_TEST_ARTICLE_SENTENCE "Councillors voted by nine votes to four to close the old bridge"

/* Sizes the misbehaving paths use. */
#define PX_TEST_BOMB_BYTES (64 * 1024 * 1024) /* /bomb inflates to this */
#define PX_TEST_BIG_BYTES  (30 * 1000 * 1000) /* /big declares and sends this */

typedef struct _PxTestServer PxTestServer;

/* Starts a server in a thread of its own, with its own main context, so
 * blocking fetches and child processes in the test's thread can use it.
 * With @certificate it speaks https only. Paths:
 *   /page            200 text/html; charset=utf-8, the article
 *   /cp1251          the article in windows-1251, declared in the header only
 *   /latin1          text/plain; charset=ISO-8859-1, "café crème brûlée" paragraphs
 *   /xhtml           application/xhtml+xml
 *   /untyped         the article with no Content-Type
 *   /untyped-binary  PNG bytes with no Content-Type
 *   /redirect/N      N redirects, then /page
 *   /loop            /loop -> /loop-b -> /loop
 *   /cookie-loop     sets a cookie and redirects to itself, forever
 *   /cookie          sets a cookie and redirects to itself, then serves /page's article
 *   /to-file         redirects to file:///etc/passwd
 *   /to-ftp          redirects to ftp://127.0.0.1/page.html
 *   /missing         404;  /broken  500
 *   /image           200 image/png
 *   /gzip            the article, gzip-encoded
 *   /bomb            gzip-encoded text/html that inflates to PX_TEST_BOMB_BYTES
 *   /endless         chunked text/html that never ends
 *   /slow            chunked text/html, one byte a second, forever
 *   /silent          never answers at all
 *   /stall           sends the headers and one byte, then nothing
 *   /redirect-endless  a redirect to /page whose own body never ends
 *   /missing-endless   a 404 whose body never ends
 *   /image-slow      image/png, one byte a second
 *   /report.pdf      PX_TEST_PDF_BYTES as application/pdf
 *   /pdf-as-page     PX_TEST_PDF_BYTES said to be text/html
 *   /big             PX_TEST_BIG_BYTES with a Content-Length
 *   /progress        1 MiB of text/html with a Content-Length
 *   /user-agent      text/plain echoing the request's User-Agent
 *   /story           text/html set by px_test_server_set_story(), else 404
 *   /together…       the article, once a second /together… request has come
 *                    (two fetched one after the other never get it)
 */
/* The start of a PDF document: what a server sends for a report's PDF. */
#define PX_TEST_PDF_BYTES \
  "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" \
  "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"

PxTestServer *px_test_server_new (GTlsCertificate *certificate);
void px_test_server_free (PxTestServer *self);

/* "http://127.0.0.1:PORT/path" (https with a certificate). */
char *px_test_server_url (PxTestServer *self,
                          const char   *path);

/* What /story serves from now on: an article that changes at one URL. */
void px_test_server_set_story (PxTestServer *self,
                               const char   *html);

/* How many requests the server has seen so far. */
guint px_test_server_get_request_count (PxTestServer *self);

/* A URL on 127.0.0.1 where nothing listens. */
char *px_test_closed_port_url (void);

/* The article HTML served by /page, in UTF-8. */
const char *px_test_article_html (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTestServer, px_test_server_free)

G_END_DECLS
