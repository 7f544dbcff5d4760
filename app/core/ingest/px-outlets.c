/* px-outlets.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "px-outlets.h"
#include "px-safe-text.h"

static const struct
{
  const char *domain;
  const char *name;
} outlets[] = {
  { "rt.com", "RT" },
  { "reuters.com", "Reuters" },
  { "bbc.com", "BBC" },
  { "bbc.co.uk", "BBC" },
  { "thehill.com", "The Hill" },
  { "apnews.com", "AP News" },
  { "nytimes.com", "The New York Times" },
  { "washingtonpost.com", "The Washington Post" },
  { "wsj.com", "The Wall Street Journal" },
  { "theguardian.com", "The Guardian" },
  { "cnn.com", "CNN" },
  { "foxnews.com", "Fox News" },
  { "nbcnews.com", "NBC News" },
  { "cbsnews.com", "CBS News" },
  { "abcnews.go.com", "ABC News" },
  { "npr.org", "NPR" },
  { "politico.com", "Politico" },
  { "politico.eu", "Politico Europe" },
  { "axios.com", "Axios" },
  { "bloomberg.com", "Bloomberg" },
  { "ft.com", "Financial Times" },
  { "economist.com", "The Economist" },
  { "aljazeera.com", "Al Jazeera" },
  { "dw.com", "DW" },
  { "france24.com", "France 24" },
  { "euronews.com", "Euronews" },
  { "tass.com", "TASS" },
  { "tass.ru", "TASS" },
  { "ria.ru", "RIA Novosti" },
  { "kyivindependent.com", "The Kyiv Independent" },
  { "pravda.com.ua", "Ukrainska Pravda" },
  { "ukrinform.net", "Ukrinform" },
  { "meduza.io", "Meduza" },
  { "themoscowtimes.com", "The Moscow Times" },
  { "independent.co.uk", "The Independent" },
  { "telegraph.co.uk", "The Telegraph" },
  { "thetimes.co.uk", "The Times" },
  { "spiegel.de", "Der Spiegel" },
  { "lemonde.fr", "Le Monde" },
  { "usatoday.com", "USA Today" },
  { "latimes.com", "Los Angeles Times" },
  { "afp.com", "AFP" },
  { "news.sky.com", "Sky News" },
  { "cnbc.com", "CNBC" },
  { "newsweek.com", "Newsweek" },
  { "time.com", "Time" },
  { "theatlantic.com", "The Atlantic" },
  { "vox.com", "Vox" },
  { "rferl.org", "RFE/RL" },
  { "voanews.com", "VOA" },
};

const char *
px_outlet_for_host (const char *host)
{
  g_autofree char *lower = NULL;
  gsize len;

  if (host == NULL || *host == '\0')
    return NULL;

  lower = g_ascii_strdown (host, -1);
  len = strlen (lower);
  if (len > 0 && lower[len - 1] == '.')
    lower[--len] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    {
      gsize dlen = strlen (outlets[i].domain);

      if (len == dlen && strcmp (lower, outlets[i].domain) == 0)
        return outlets[i].name;
      if (len > dlen && lower[len - dlen - 1] == '.'
          && strcmp (lower + len - dlen, outlets[i].domain) == 0)
        return outlets[i].name;
    }

  return NULL;
}

/* Words an outlet adds to its name for an edition or a section of
 * itself: "RT International", "BBC News", "Reuters UK".
 */
/* the most words of a section's name after an outlet's letters */
#define PX_OUTLET_SECTION_WORDS 5

static const char * const edition_words[] = {
  "International", "News", "World", "World News", "World Service", "Online", "UK", "US", "USA", "America",
  "English", "Europe", "Asia", "Africa", "India", "Australia", "Canada", NULL
};

/* @name in lower case, its letters and digits only, without a leading
 * "the": "TheHill", "The Hill" and "the hill" are one name.
 */
static char *
name_key (const char *name)
{
  GString *key = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (key, g_ascii_tolower (*p));
  if (g_str_has_prefix (key->str, "the") && key->len > 3)
    g_string_erase (key, 0, 3);
  return g_string_free (key, FALSE);
}

/* name_key() of each of the table's names, made once (the table is
 * looked through for every page's site name).
 */
static const char * const *
outlet_keys (void)
{
  static const char **keys;

  if (g_once_init_enter (&keys))
    {
      const char **made = g_new (const char *, G_N_ELEMENTS (outlets));

      for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
        made[i] = name_key (outlets[i].name);
      g_once_init_leave (&keys, made);
    }
  return keys;
}

const char *
px_outlet_for_site_name (const char *site_name)
{
  g_autofree char *key = NULL;
  const char * const *keys;

  if (site_name == NULL || *site_name == '\0')
    return NULL;
  /* the table's own names first: "Politico Europe" is one of them */
  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    if (g_ascii_strcasecmp (site_name, outlets[i].name) == 0)
      return outlets[i].name;
  /* written another way: "TheHill", "New York Times" */
  key = name_key (site_name);
  keys = outlet_keys ();
  for (guint i = 0; i < G_N_ELEMENTS (outlets) && *key != '\0'; i++)
    if (strcmp (key, keys[i]) == 0)
      return outlets[i].name;
  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    {
      gsize len = strlen (outlets[i].name);

      if (g_ascii_strncasecmp (site_name, outlets[i].name, len) != 0 || site_name[len] != ' ')
        continue;
      for (guint k = 0; edition_words[k] != NULL; k++)
        if (g_ascii_strcasecmp (site_name + len + 1, edition_words[k]) == 0)
          return outlets[i].name;
    }
  /* an outlet named by its letters, then one of its desks or sections
   * ("RT Russia & Former Soviet Union", "BBC Sport", "CNN Politics"):
   * a word after letters is a section, where "The Times of India" or "The
   * Hill Times" are papers of their own
   */
  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    {
      const char *name = outlets[i].name;
      gsize len = strlen (name);
      guint words = 1;

      if (len < 2 || strspn (name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != len
          || strncmp (site_name, name, len) != 0 || site_name[len] != ' '
          || !g_ascii_isupper (site_name[len + 1]))
        continue;
      for (const char *p = site_name + len + 1; *p != '\0'; p++)
        if (*p == ' ' && p[1] != ' ' && p[1] != '\0')
          words++;
      if (words <= PX_OUTLET_SECTION_WORDS + 1)
        return name;
    }
  return NULL;
}

gboolean
px_input_is_sample (const char *input)
{
  return input != NULL && g_str_has_prefix (input, "resource://" PX_RESOURCE_PREFIX "/demo/");
}

char *
px_outlet_numbered (const char *name,
                    guint       number)
{
  g_return_val_if_fail (name != NULL, NULL);

  if (number <= 1)
    return g_strdup (name);
  /* Translators: the name of the second, third… source from one
   * outlet, told apart from the first in column headers, search hits and
   * summaries like "68 per cent (BBC (2))": %s is the outlet's name, %u
   * the source's number among that outlet's (2, 3…). */
  return g_strdup_printf (C_("second source of one outlet", "%s (%u)"), name, number);
}

char *
px_outlet_name_for_input (const char *input,
                          const char *url)
{
  g_autofree char *base = NULL;
  char *name;
  char *dot;

  if ((name = px_outlet_for_url (url)) != NULL)
    return name;
  if (input == NULL || g_str_equal (input, "-"))
    return NULL;
  if (g_str_has_prefix (input, "http://") || g_str_has_prefix (input, "https://"))
    {
      g_autoptr(GUri) uri = NULL;
      g_autofree char *path = NULL;
      gsize len;

      if ((name = px_outlet_for_url (input)) != NULL)
        return name;
      /* a host that names no site: the page's file, as a file's (the path
       * as g_uri_parse() decodes it, once: "100%25-growth.html" is
       * "100%-growth") */
      uri = g_uri_parse (url != NULL ? url : input, G_URI_FLAGS_NONE, NULL);
      if (uri == NULL)
        return NULL;
      path = g_strdup (g_uri_get_path (uri));
      len = strlen (path);
      while (len > 0 && path[len - 1] == '/')
        path[--len] = '\0';
      if (len == 0)
        return NULL;
      base = g_path_get_basename (path);
    }
  else
    base = g_path_get_basename (input);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  if (*base == '\0' || g_str_equal (base, G_DIR_SEPARATOR_S) || g_str_equal (base, "."))
    return NULL;
  return g_steal_pointer (&base);
}

/* Longest name a file or an address gives a source, in characters: the
 * same bound as a failed page's name for itself, so that a summary such as
 * "91 drones (name)" stays a line; the column cuts it again to its width.
 */
#define INPUT_NAME_MAX_CHARS 60

/* The host of @address as its address bar shows it, with its port:
 * "localhost:8000", "[::1]:8000". NULL when it has none.
 */
static char *
address_host (const char *address)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;
  int port;

  if (address == NULL || (uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL)) == NULL
      || (host = g_uri_get_host (uri)) == NULL || *host == '\0')
    return NULL;
  if (g_ascii_strncasecmp (host, "www.", 4) == 0 && host[4] != '\0')
    host += 4;
  port = g_uri_get_port (uri);
  if (strchr (host, ':') != NULL)
    return port > 0 ? g_strdup_printf ("[%s]:%d", host, port) : g_strdup_printf ("[%s]", host);
  return port > 0 ? g_strdup_printf ("%s:%d", host, port) : g_strdup (host);
}

/* @name cleaned (px_outlet_name_clean()) and cut as a file's or an
 * address's name for a source is shown; NULL when nothing is left.
 */
static char *
shown_input_name (const char *name)
{
  g_autofree char *clean = NULL;

  if (name == NULL || (clean = px_outlet_name_clean (name)) == NULL)
    return NULL;
  return px_safe_text_short (clean, INPUT_NAME_MAX_CHARS);
}

char *
px_outlet_name_for_source (const char *input,
                           const char *url)
{
  g_autofree char *name = NULL;
  char *shown;
  gboolean is_address;

  if (input == NULL || g_str_equal (input, "-"))
    return px_outlet_for_url (url);
  /* a site's host names its outlet, whatever its page is called; else
   * what the reader knows the source by: the file's name ("01", "91D80EA7":
   * three such files had all been "Unknown Outlet"), the page's own name
   * in its address, else the machine it came from
   */
  name = px_outlet_name_for_input (input, url);
  is_address = g_str_has_prefix (input, "http://") || g_str_has_prefix (input, "https://");
  if (name == NULL && is_address)
    name = address_host (url != NULL ? url : input);
  if ((shown = shown_input_name (name)) != NULL)
    return shown;
  /* Translators: the name shown for a source whose page, file name and
   * address give no name to show (a file named only with control
   * characters), in its column and wherever it is listed; the reader can
   * rename it ("Rename Outlet…") */
  return g_strdup (_("Unknown Outlet"));
}

char *
px_outlet_name_for_address (const char *address)
{
  g_autofree char *name = px_outlet_for_url (address);

  if (name == NULL)
    name = address_host (address);
  return shown_input_name (name);
}

/* The folders a source named by its file's or address's name is in,
 * nearest first, as a reader's names: a file's, else the address's path's
 * then its host. Empty for anything else.
 */
static GPtrArray *
input_folders (const char *input,
               const char *url)
{
  GPtrArray *folders = g_ptr_array_new_with_free_func (g_free);

  if (input == NULL || g_str_equal (input, "-"))
    return folders;
  if (g_str_has_prefix (input, "http://") || g_str_has_prefix (input, "https://"))
    {
      const char *address = url != NULL ? url : input;
      g_autoptr(GUri) uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL);
      g_auto(GStrv) parts = NULL;
      guint len;

      if (uri == NULL)
        return folders;
      parts = g_strsplit (g_uri_get_path (uri), "/", -1);
      len = g_strv_length (parts);
      while (len > 0 && *parts[len - 1] == '\0')
        len--;
      /* the last part is the page, the name itself */
      for (guint i = len > 0 ? len - 1 : 0; i-- > 0;)
        if (*parts[i] != '\0')
          g_ptr_array_add (folders, px_outlet_name_clean (parts[i]));
      g_ptr_array_add (folders, address_host (address));
    }
  else
    {
      g_autofree char *folder = g_path_get_dirname (input);

      while (!g_str_equal (folder, ".") && !g_str_equal (folder, G_DIR_SEPARATOR_S))
        {
          g_autofree char *name = g_path_get_basename (folder);
          char *up = g_path_get_dirname (folder);

          g_ptr_array_add (folders, px_outlet_name_clean (name));
          if (g_str_equal (up, folder))
            {
              g_free (up);
              break;
            }
          g_free (folder);
          folder = up;
        }
    }

  return folders;
}

/* Whether @name is what @input's file or address names it (not a site's
 * outlet, a page's own name or the reader's).
 */
static gboolean
named_by_path (const char *name,
               const char *input,
               const char *url)
{
  g_autofree char *file_name = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *site = NULL;

  if (input == NULL || g_str_equal (input, "-") || (site = px_outlet_for_url (url)) != NULL
      || (site = px_outlet_for_url (input)) != NULL)
    return FALSE;
  file_name = px_outlet_name_for_input (input, url);
  shown = px_outlet_name_for_source (input, url);

  return g_strcmp0 (file_name, name) == 0 || g_strcmp0 (shown, name) == 0;
}

/* Longest folder's name a label shows, in characters. */
#define FOLDER_MAX_CHARS 30

static void
folders_free (gpointer folders)
{
  if (folders != NULL)
    g_ptr_array_unref (folders);
}

void
px_outlet_folder_labels (const char * const *names,
                         const char * const *inputs,
                         const char * const *urls,
                         guint               n,
                         char              **labels)
{
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (folders_free);
  g_autoptr(GArray) group = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_if_fail (n == 0 || (names != NULL && inputs != NULL && labels != NULL));

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (folders, NULL);
      labels[i] = NULL;
    }

  for (guint i = 0; i < n; i++)
    {
      gboolean by_path = TRUE, first = TRUE;

      if (names[i] == NULL)
        continue;
      for (guint j = 0; j < i && first; j++)
        first = g_strcmp0 (names[j], names[i]) != 0;
      if (!first)
        continue;

      /* the sources of this name, each with its folders */
      g_array_set_size (group, 0);
      for (guint j = i; j < n; j++)
        if (g_strcmp0 (names[j], names[i]) == 0)
          {
            g_array_append_val (group, j);
            by_path &= named_by_path (names[j], inputs[j], urls != NULL ? urls[j] : NULL);
          }
      if (group->len < 2 || !by_path)
        continue;
      for (guint g = 0; g < group->len; g++)
        {
          guint j = g_array_index (group, guint, g);

          folders->pdata[j] = input_folders (inputs[j], urls != NULL ? urls[j] : NULL);
        }

      /* the nearest depth at which every one's folder differs */
      for (guint depth = 0;; depth++)
        {
          gboolean apart = TRUE;

          for (guint a = 0; a < group->len && apart; a++)
            {
              GPtrArray *of_a = folders->pdata[g_array_index (group, guint, a)];

              apart = depth < of_a->len && of_a->pdata[depth] != NULL;
              for (guint b = 0; b < a && apart; b++)
                {
                  GPtrArray *of_b = folders->pdata[g_array_index (group, guint, b)];

                  apart = g_strcmp0 (of_a->pdata[depth], of_b->pdata[depth]) != 0;
                }
            }
          if (!apart)
            {
              gboolean deeper = TRUE;

              for (guint a = 0; a < group->len; a++)
                deeper &= depth + 1 < ((GPtrArray *) folders->pdata[g_array_index (group, guint, a)])->len;
              if (deeper)
                continue;
              break;
            }
          for (guint a = 0; a < group->len; a++)
            {
              guint j = g_array_index (group, guint, a);
              g_autofree char *folder = px_safe_text_short (((GPtrArray *) folders->pdata[j])->pdata[depth],
                                                            FOLDER_MAX_CHARS);

              if (depth == 0)
                /* Translators: a source named by its file's name, told apart from another of that name
                 * by the folder it is in: the folder, then the name ("reports/source") */
                labels[j] = g_strdup_printf (C_("file in folder", "%s/%s"), folder, names[j]);
              else
                /* Translators: a source named by its file's name, told apart from another of that name
                 * by a folder it is in, with the folders between left out: the folder, then the
                 * name ("2025/…/source") */
                labels[j] = g_strdup_printf (C_("file in folder", "%s/…/%s"), folder, names[j]);
            }
          break;
        }
    }
}

gboolean
px_host_names_site (const char *host)
{
  gsize len;

  if (host == NULL || *host == '\0' || g_hostname_is_ip_address (host))
    return FALSE;
  len = strlen (host);
  if (host[len - 1] == '.')
    len--;
  if (len == 0 || memchr (host, '.', len) == NULL || (host[0] == '[' && host[len - 1] == ']'))
    return FALSE;
  if ((len == 9 && g_ascii_strncasecmp (host, "localhost", 9) == 0)
      || (len > 10 && g_ascii_strncasecmp (host + len - 10, ".localhost", 10) == 0))
    return FALSE;
  return TRUE;
}

char *
px_outlet_for_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;
  const char *known;

  if (url == NULL)
    return NULL;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || (host = g_uri_get_host (uri)) == NULL || *host == '\0')
    return NULL;

  known = px_outlet_for_host (host);
  if (known != NULL)
    return g_strdup (known);
  if (!px_host_names_site (host))
    return NULL;

  if (g_ascii_strncasecmp (host, "www.", 4) == 0)
    host += 4;
  return g_ascii_strdown (host, -1);
}

/* A name, not a text. */
#define OUTLET_NAME_MAX_CHARS 200

char *
px_outlet_name_clean (const char *name)
{
  g_autofree char *clean = NULL;

  if (name == NULL)
    return NULL;
  clean = g_strstrip (px_safe_text_line (name, -1));
  if (g_utf8_strlen (clean, -1) > OUTLET_NAME_MAX_CHARS)
    *g_utf8_offset_to_pointer (clean, OUTLET_NAME_MAX_CHARS) = '\0';
  g_strchomp (clean);
  return !px_safe_text_is_blank (clean) ? g_steal_pointer (&clean) : NULL;
}
