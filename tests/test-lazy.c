/* test-lazy.c: libsoup, libpq and libsecret are opened only when needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked with the engine alone, as parallax-cli is: reading files,
 * extracting a page and comparing reports must leave the three libraries
 * unloaded (they and theirs were 29 of the command line's 52, and a fifth
 * of a small comparison's instructions went to relocating them), and
 * SQLite too; the first use of a team library's address opens libpq, the
 * first fetch libsoup, the first local library SQLite, and each works
 * once opened.
 */
#include "config.h"

#include "px-comparison.h"
#include "px-extract.h"
#include "px-fetch.h"
#include "px-lazy-private.h"
#include "px-pg-store.h"
#include "px-store.h"

#include <dlfcn.h>

#include <glib/gstdio.h>

static gboolean
is_loaded (const char *soname)
{
  void *handle = dlopen (soname, RTLD_LAZY | RTLD_NOLOAD);

  if (handle == NULL)
    return FALSE;
  dlclose (handle);
  return TRUE;
}

static void
assert_none_loaded (void)
{
  g_assert_false (is_loaded (PX_SONAME_SOUP));
  g_assert_false (is_loaded (PX_SONAME_PQ));
  g_assert_false (is_loaded (PX_SONAME_SECRET));
  g_assert_false (is_loaded (PX_SONAME_SQLITE));
}

static const char page[] =
  "<!DOCTYPE html><html><head><title>Bridge closes after crack found | Valley Courier</title>"
  "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body>"
  "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Bridge closes after crack found</h1>"
  "<p>The county closed the Elm Street bridge on Tuesday after inspectors found a crack in one of its "
  "steel beams, officials said.</p>"
  "<p>About 12,000 vehicles cross the bridge each day. Drivers were sent along a detour through the "
  "old mill district, which adds about ten minutes to the trip.</p>"
  "<p>Repairs could take six weeks, according to the county's roads director, Maria Lind.</p>"
  "</article><footer>Copyright Valley Courier</footer></body></html>";

static const char report[] =
  "Elm Street bridge shut over cracked beam\n\n"
  "The Elm Street bridge was closed on Tuesday when inspectors discovered a crack in a steel beam, "
  "county officials said.\n\n"
  "Roughly 15,000 vehicles use the bridge daily and are being detoured through the mill district.\n\n"
  "Roads director Maria Lind said repairs could last two months.\n";

/* What parallax-cli extract and compare do with files: no library opened. */
static void
test_compare_opens_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) a = NULL;
  g_autoptr(PxArticle) b = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  PxArticle *articles[2];

  assert_none_loaded ();

  a = px_extract_html ("courier.html", page, sizeof page - 1, "https://courier.example/bridge", &error);
  g_assert_no_error (error);
  b = px_extract_plain_text ("herald.txt", report, sizeof report - 1, &error);
  g_assert_no_error (error);
  articles[0] = a;
  articles[1] = b;
  comparison = px_compare (articles, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (comparison);

  /* a team library's address shown (no parsing by libpq) opens nothing */
  g_free (px_pg_uri_display ("postgresql://editor:secret@db.example/news"));

  assert_none_loaded ();
}

/* The first address read opens libpq, which then reads it. */
static void
test_team_address_opens_libpq (void)
{
  g_autoptr(GError) error = NULL;
  gboolean local = FALSE;

  g_assert_false (is_loaded (PX_SONAME_PQ));
  g_assert_true (px_pg_uri_is_local ("postgresql://editor@localhost:5432/news", &local, &error));
  g_assert_no_error (error);
  g_assert_true (local);
  g_assert_true (is_loaded (PX_SONAME_PQ));

  g_assert_true (px_pg_uri_is_local ("postgresql://editor@db.example/news", &local, &error));
  g_assert_no_error (error);
  g_assert_false (local);

  /* libpq's own reading of a bad address still comes through */
  g_assert_false (px_pg_uri_is_local ("postgresql://editor@localhost/news?nosuchoption=1", &local, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_INVALID);
  g_assert_false (is_loaded (PX_SONAME_SECRET));
}

/* The first fetch opens libsoup, which then fetches (here: is refused). */
static void
test_fetch_opens_libsoup (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *url = NULL;

  /* a port that was just free: closed again, so the fetch is refused at once */
  g_assert_true (g_socket_listener_add_address (listener, any_port, G_SOCKET_TYPE_STREAM,
                                                G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error));
  g_assert_no_error (error);
  url = g_strdup_printf ("http://127.0.0.1:%u/story",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_listener_close (listener);

  g_assert_false (is_loaded (PX_SONAME_SOUP));
  px_fetcher_set_timeout (fetcher, 10);
  snapshot = px_fetcher_fetch (fetcher, url, NULL, &error);
  g_assert_null (snapshot);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK);
  /* libsoup's failure, not ours to open it */
  g_assert_null (strstr (error->message, PX_SONAME_SOUP));
  g_assert_true (is_loaded (PX_SONAME_SOUP));
}

/* The first local library opens SQLite, which then keeps the story. */
static void
test_library_opens_sqlite (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("px-lazy-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(PxStore) store = NULL;
  g_autoptr(PxStore) again = NULL;

  g_assert_no_error (error);
  g_assert_false (is_loaded (PX_SONAME_SQLITE));
  store = px_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (is_loaded (PX_SONAME_SQLITE));
  g_clear_object (&store);

  again = px_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_clear_object (&again);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

/* A library that is not there, or lacks a function: a message, every
 * time, and no function half-found.
 */
static void
test_missing_library (void)
{
  static const char *const names[] = { "cos", "px_no_such_function", NULL };
  static const char *const cos_only[] = { "cos", NULL };
  gpointer slots[2] = { NULL, NULL };
  gpointer slot = NULL;
  PxLazyLibrary absent = { "libparallax-absent.so.0", cos_only, &slot, 0, NULL };
  PxLazyLibrary incomplete = { "libm.so.6", names, slots, 0, NULL };
  PxLazyLibrary math = { "libm.so.6", cos_only, &slot, 0, NULL };

  for (int round = 0; round < 2; round++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (_px_lazy_open (&absent, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
      g_assert_nonnull (strstr (error->message, "libparallax-absent.so.0"));
      g_assert_null (slot);
    }
  for (int round = 0; round < 2; round++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (_px_lazy_open (&incomplete, &error));
      g_assert_nonnull (strstr (error->message, "px_no_such_function"));
      g_assert_null (slots[0]);
      g_assert_null (slots[1]);
    }

  g_assert_true (_px_lazy_open (&math, NULL));
  g_assert_nonnull (slot);
  g_assert_cmpfloat (((double (*) (double)) slot) (0.0), ==, 1.0);

  /* the reasons a library's table keeps for the process's life, which
   * these tables on the stack do not have (LeakSanitizer) */
  g_free (absent.failure);
  g_free (incomplete.failure);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  /* the order matters: nothing is opened before the first one, and each
   * opens one library more */
  g_test_add_func ("/lazy/compare-opens-nothing", test_compare_opens_nothing);
  g_test_add_func ("/lazy/team-address-opens-libpq", test_team_address_opens_libpq);
  g_test_add_func ("/lazy/library-opens-sqlite", test_library_opens_sqlite);
  /* libsoup needs SQLite itself: after the test above */
  g_test_add_func ("/lazy/fetch-opens-libsoup", test_fetch_opens_libsoup);
  g_test_add_func ("/lazy/missing-library", test_missing_library);

  return g_test_run ();
}
