/* px-outlets.h: the names of news outlets, by host
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The outlet's usual name for @host ("www.bbc.co.uk" -> "BBC"), matching
 * the host or any parent domain; NULL when the host is not known.
 */
const char *px_outlet_for_host (const char *host);

/* FALSE for a host that names a machine, not a site: an IP address,
 * "localhost" (or a name under it), a name of one label ("intranet").
 * Pages served from such a host (a reader's own copies, on their own
 * computer) may be any outlet's: the host does not name theirs.
 */
gboolean px_host_names_site (const char *host);

/* The outlet name for @url: the known name, else the host without "www.";
 * NULL when its host does not name a site (px_host_names_site()).
 */
char *px_outlet_for_url (const char *url);

/* The known outlet a page's name for itself is, as the table writes it:
 * the table's name, or it with an edition after it ("RT International" ->
 * "RT", "BBC News" -> "BBC"); NULL for any other name.
 */
const char *px_outlet_for_site_name (const char *site_name);

/* The one name of a source whose page named no outlet, for the columns,
 * the comparison's summaries and the exports alike: the outlet of @url
 * (else of @input when it is a web address), without scheme or "www.";
 * for a file, its name without the extension ("report-b.txt" ->
 * "report-b"), and so for a page from a host that names no site
 * ("http://127.0.0.1:8000/harbour-gazette.html" -> "harbour-gazette");
 * NULL for text pasted or on standard input ("-" or NULL), which the
 * caller names.
 */
char *px_outlet_name_for_input (const char *input,
                                const char *url);

/* The name the window and the library give a source whose page named no
 * outlet: px_outlet_name_for_input()'s, the name the reader knows the
 * source by (a site's host, a file's name: "01", "91D80EA7"), else for a
 * page from a machine's address that ends in no name its host and port
 * ("localhost:8000"); cleaned as a reader's name is
 * (px_outlet_name_clean()) and cut to 60 characters with an ellipsis;
 * "Unknown Outlet" in the user's language when nothing is left. NULL for
 * text pasted or on standard input ("-" or NULL) with no address, which
 * the caller names.
 */
char *px_outlet_name_for_source (const char *input,
                                 const char *url);

/* What an address is before a page it serves has named itself: its site's
 * outlet ("BBC"), else its host and port ("127.0.0.1:8080"), cleaned and
 * cut as px_outlet_name_for_source()'s; NULL when it has no host.
 */
char *px_outlet_name_for_address (const char *address);

/* Of @n sources named @names (by index), from @inputs and @urls (@urls
 * may be NULL, any entry may be NULL), those that share their name with
 * others, are all named by their file's or address's name and are told
 * apart by the folders they are in get a label of the nearest folder that
 * differs and the name: "a/source", "b/source" for a/source.html and
 * b/source.html, "2025/…/source" with folders between left out. Every
 * other source's entry of @labels is NULL: the caller names it, numbering
 * those that share a name ("BBC", "BBC (2)").
 */
void px_outlet_folder_labels (const char * const *names,
                              const char * const *inputs,
                              const char * const *urls,
                              guint               n,
                              char              **labels);

/* The name of a story's @number-th source from outlet @name, as the
 * columns, the comparison's summaries, search hits and reports all name
 * it: "BBC" for the first, "BBC (2)" for the second.
 */
char *px_outlet_numbered (const char *name,
                          guint       number);

/* @name as a reader gives an outlet's name ("Reuters" for a page saved as
 * reuters-article.html): on one line without control or direction
 * characters (px_safe_text_line()), trimmed, at most 200 characters; NULL
 * when nothing is left.
 */
char *px_outlet_name_clean (const char *name);

/* TRUE for the bundled demo story's pages: sample reports written for
 * Parallax, shaped like an outlet's page but not the outlet's text. They
 * are never credited to the outlet or linked to its site.
 */
gboolean px_input_is_sample (const char *input);

G_END_DECLS
