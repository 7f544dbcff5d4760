/* px-lexicon.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-lexicon.h"

#include "px-lexicon-resources.h"
#include "px-sorted-private.h"

#include <string.h>

#define TABLE_PATH "/io/github/parallaxnews/Parallax/lexicon/wordnet.bin"
#define HEADER_SIZE 20
#define PLACES_PATH "/io/github/parallaxnews/Parallax/lexicon/places.txt"
#define GROUPS_PATH "/io/github/parallaxnews/Parallax/lexicon/groups.txt"

typedef struct
{
  guint32 key;
  guint32 ids;
  guint8 n_synonyms;
  guint8 n_hypernyms;
  guint8 n_antonyms;
  guint8 inflected;
} Entry;

G_STATIC_ASSERT (sizeof (Entry) == 12);

typedef struct
{
  GBytes *bytes;
  const Entry *entries;
  guint n_entries;
  const guint32 *ids;
  guint n_ids;
  const char *strings;
  gsize strings_size;
} Table;

/* The lexicon's resource, for every lookup. GLib (2.74) registers a
 * program's resources at the first lookup of any, and a thread that looks
 * one up while another registers them gets none: the first comparisons of
 * a process run on several threads at once. Every lookup waits here for
 * the first to finish.
 */
static GResource *
lexicon_resource (void)
{
  static GResource *resource;

  if (g_once_init_enter (&resource))
    g_once_init_leave (&resource, px_lexicon_get_resource ());
  return resource;
}

/* WordNet's detachment rules, by part of speech: an ending and what
 * replaces it.
 */
typedef struct
{
  char pos;
  const char *ending;
  const char *replacement;
} Rule;

static const Rule rules[] = {
  { 'n', "s", "" }, { 'n', "ses", "s" }, { 'n', "xes", "x" }, { 'n', "zes", "z" },
  { 'n', "ches", "ch" }, { 'n', "shes", "sh" }, { 'n', "men", "man" }, { 'n', "ies", "y" },
  { 'v', "s", "" }, { 'v', "ies", "y" }, { 'v', "es", "e" }, { 'v', "es", "" },
  { 'v', "ed", "e" }, { 'v', "ed", "" }, { 'v', "ing", "e" }, { 'v', "ing", "" },
  { 'a', "er", "" }, { 'a', "est", "" }, { 'a', "er", "e" }, { 'a', "est", "e" },
};

static const Table *
table_get (void)
{
  static Table table;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (lexicon_resource (), TABLE_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      gsize size = 0;
      const guint8 *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

      if (data != NULL && size >= HEADER_SIZE && memcmp (data, "PXWN0001", 8) == 0)
        {
          guint32 counts[3];
          gsize need;

          memcpy (counts, data + 8, sizeof counts);
          table.n_entries = GUINT32_FROM_LE (counts[0]);
          table.n_ids = GUINT32_FROM_LE (counts[1]);
          table.strings_size = GUINT32_FROM_LE (counts[2]);
          need = HEADER_SIZE + (gsize) table.n_entries * sizeof (Entry) + (gsize) table.n_ids * 4 + table.strings_size;
          if (need == size && G_BYTE_ORDER == G_LITTLE_ENDIAN)
            {
              table.bytes = g_steal_pointer (&bytes);
              table.entries = (const Entry *) (data + HEADER_SIZE);
              table.ids = (const guint32 *) (data + HEADER_SIZE + (gsize) table.n_entries * sizeof (Entry));
              table.strings = (const char *) (table.ids + table.n_ids);
            }
          else
            table.n_entries = 0;
        }
      if (table.bytes == NULL)
        g_warning ("The WordNet table is missing or damaged; words match only as written");
      g_once_init_leave (&done, 1);
    }
  return &table;
}

/* The entry of "@word<TAB>@pos", or NULL. */
static const Entry *
table_find (const Table *table,
            const char  *word,
            gsize        length,
            char         pos)
{
  guint lo = 0, hi = table->n_entries;
  char key[96];

  if (length + 3 > sizeof key)
    return NULL;
  memcpy (key, word, length);
  key[length] = '\t';
  key[length + 1] = pos;
  key[length + 2] = '\0';

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int order = strcmp (table->strings + table->entries[mid].key, key);

      if (order == 0)
        return &table->entries[mid];
      if (order < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

PX_DEFINE_SORT_UNIQUE (guint32, sort_ids, sort_unique)

static guint32 *
take_ids (GArray *ids,
          guint  *n)
{
  sort_unique (ids);
  *n = ids->len;
  return (guint32 *) g_array_free (ids, *n == 0);
}

PxLexeme *
px_lexeme_new (const char *norm)
{
  const Table *table = table_get ();
  PxLexeme *self = g_new0 (PxLexeme, 1);
  GArray *lists[3];
  gsize length;

  g_return_val_if_fail (norm != NULL, self);

  for (guint l = 0; l < 3; l++)
    lists[l] = g_array_new (FALSE, FALSE, sizeof (guint32));
  length = strlen (norm);

  for (const char *pos = "nvar"; *pos != '\0'; pos++)
    {
      /* the word itself, then each base form its ending allows */
      for (int r = -1; r < (int) G_N_ELEMENTS (rules); r++)
        {
          char base[96];
          gsize stem_length, ending_length, replacement_length;
          const Entry *entry;

          if (r < 0)
            entry = table_find (table, norm, length, *pos);
          else
            {
              if (rules[r].pos != *pos)
                continue;
              ending_length = strlen (rules[r].ending);
              replacement_length = strlen (rules[r].replacement);
              if (length <= ending_length + 1 || !g_str_has_suffix (norm, rules[r].ending))
                continue;
              stem_length = length - ending_length;
              if (stem_length + replacement_length >= sizeof base)
                continue;
              memcpy (base, norm, stem_length);
              memcpy (base + stem_length, rules[r].replacement, replacement_length);
              entry = table_find (table, base, stem_length + replacement_length, *pos);
            }
          if (entry == NULL)
            continue;

          g_array_append_vals (lists[0], table->ids + entry->ids, entry->n_synonyms);
          g_array_append_vals (lists[1], table->ids + entry->ids + entry->n_synonyms, entry->n_hypernyms);
          g_array_append_vals (lists[2], table->ids + entry->ids + entry->n_synonyms + entry->n_hypernyms,
                               entry->n_antonyms);
          if (*pos == 'n')
            self->is_noun = TRUE;
          if (*pos == 'v')
            {
              self->is_verb = TRUE;
              if (r >= 0 ? strcmp (rules[r].ending, "s") != 0 && strcmp (rules[r].ending, "es") != 0 && strcmp (rules[r].ending, "ies") != 0
                         : entry->inflected)
                self->verb_form = TRUE;
            }
        }
    }

  self->synonyms = take_ids (lists[0], &self->n_synonyms);
  self->hypernyms = take_ids (lists[1], &self->n_hypernyms);
  self->antonyms = take_ids (lists[2], &self->n_antonyms);
  return self;
}

void
px_lexeme_free (PxLexeme *self)
{
  if (self == NULL)
    return;
  g_free (self->synonyms);
  g_free (self->hypernyms);
  g_free (self->antonyms);
  g_free (self);
}

gboolean
px_lexicon_concepts_meet (const guint32 *a,
                          guint          n_a,
                          const guint32 *b,
                          guint          n_b)
{
  guint i = 0, j = 0;

  /* a word's few concepts against a whole passage's: search, not merge */
  if (n_a * 8 < n_b || n_b * 8 < n_a)
    {
      const guint32 *few = n_a < n_b ? a : b, *many = n_a < n_b ? b : a;
      guint n_few = MIN (n_a, n_b), n_many = MAX (n_a, n_b);

      for (guint k = 0; k < n_few; k++)
        if (px_concepts_contain (many, n_many, few[k]))
          return TRUE;
      return FALSE;
    }

  while (i < n_a && j < n_b)
    {
      if (a[i] == b[j])
        return TRUE;
      if (a[i] < b[j])
        i++;
      else
        j++;
    }
  return FALSE;
}

gboolean
px_lexeme_synonyms (const PxLexeme *a,
                    const PxLexeme *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return px_lexicon_concepts_meet (a->synonyms, a->n_synonyms, b->synonyms, b->n_synonyms)
         || px_lexicon_concepts_meet (a->hypernyms, a->n_hypernyms, b->synonyms, b->n_synonyms)
         || px_lexicon_concepts_meet (a->synonyms, a->n_synonyms, b->hypernyms, b->n_hypernyms);
}

gboolean
px_lexeme_antonyms (const PxLexeme *a,
                    const PxLexeme *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (px_lexeme_synonyms (a, b))
    return FALSE;
  return px_lexicon_concepts_meet (a->antonyms, a->n_antonyms, b->synonyms, b->n_synonyms)
         || px_lexicon_concepts_meet (b->antonyms, b->n_antonyms, a->synonyms, a->n_synonyms);
}

gboolean
px_lexicon_word_has_pos (const char *norm,
                         char        pos)
{
  g_return_val_if_fail (norm != NULL, FALSE);
  return table_find (table_get (), norm, strlen (norm), pos) != NULL;
}

gboolean
px_lexicon_are_synonyms (const char *a,
                         const char *b)
{
  g_autoptr(PxLexeme) x = px_lexeme_new (a);
  g_autoptr(PxLexeme) y = px_lexeme_new (b);

  return g_strcmp0 (a, b) == 0 || px_lexeme_synonyms (x, y);
}

gboolean
px_lexicon_are_antonyms (const char *a,
                         const char *b)
{
  g_autoptr(PxLexeme) x = px_lexeme_new (a);
  g_autoptr(PxLexeme) y = px_lexeme_new (b);

  return px_lexeme_antonyms (x, y);
}

/* A place of the places table: its senses and the senses it lies within,
 * sorted; both point into one block.
 */
typedef struct
{
  guint32 *own;
  guint n_own;
  guint32 *within;
  guint n_within;
} Place;

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Into @ids (emptied first), the synsets of a comma-separated list of
 * hexadecimal offsets, sorted, without duplicates; FALSE for a malformed
 * list. The list is the @length bytes at @field (no NUL needed); it ends
 * at its first empty offset ("a,,b" is a; "" is none).
 */
static gboolean
read_place_ids (const char *field,
                gsize       length,
                GArray     *ids)
{
  const char *end = field + length;

  g_array_set_size (ids, 0);
  for (const char *part = field; part < end && *part != ',';)
    {
      guint64 value = 0;
      guint digits = 0;
      guint32 id;

      /* the table writes plain lower-case hexadecimal; anything else is
       * read by GLib's strict parser, which refuses what it refuses */
      for (; part < end && *part != ','; part++, digits++)
        {
          int digit = hex_digit (*part);

          if (digit < 0 || digits >= 8)
            {
              const char *stop = memchr (part, ',', end - part);
              g_autofree char *text = NULL;

              while (part > field && part[-1] != ',')
                part--;
              text = g_strndup (part, (stop != NULL ? stop : end) - part);
              if (!g_ascii_string_to_unsigned (text, 16, 0, G_MAXUINT32, &value, NULL))
                return FALSE;
              part = stop != NULL ? stop : end;
              break;
            }
          value = value * 16 + digit;
        }
      id = (guint32) value;
      g_array_append_val (ids, id);
      if (part < end)
        part++;  /* past the comma */
    }
  sort_unique (ids);
  return TRUE;
}

/* The senses some place of the table lies within (each id + 1), made
 * with the table. */
static GHashTable *holders;

/* A people's adjective -> the name of its place ("chilean" -> "chile"),
 * the table's rows of two fields, made with the table. */
static GHashTable *peoples;

/* name -> Place, read once from the resources. */
static GHashTable *
places_get (void)
{
  static GHashTable *places;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GBytes) bytes = g_resource_lookup_data (lexicon_resource (), PLACES_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      /* read where it lies, line by line and field by field: splitting
       * the table into strings was a third of a comparison of three
       * reports from the command line */
      const char *text = bytes != NULL ? g_bytes_get_data (bytes, NULL) : NULL;
      const char *text_end = text != NULL ? text + strlen (text) : NULL;
      g_autoptr(GArray) own = g_array_sized_new (FALSE, FALSE, sizeof (guint32), 64);
      g_autoptr(GArray) within = g_array_sized_new (FALSE, FALSE, sizeof (guint32), 64);

      places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      holders = g_hash_table_new (NULL, NULL);
      peoples = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (const char *line = text; line != NULL && line < text_end;)
        {
          const char *start = line;
          const char *newline = memchr (line, '\n', text_end - line);
          const char *line_end = newline != NULL ? newline : text_end;
          const char *tab1 = memchr (line, '\t', line_end - line);
          const char *tab2 = tab1 != NULL ? memchr (tab1 + 1, '\t', line_end - tab1 - 1) : NULL;
          Place *place;

          line = line_end + 1;
          if (tab1 != NULL && tab2 == NULL && tab1 > start && line_end > tab1 + 1)
            {
              g_hash_table_replace (peoples, g_strndup (start, tab1 - start),
                                    g_strndup (tab1 + 1, line_end - tab1 - 1));
              continue;
            }
          if (tab2 == NULL
              || !read_place_ids (tab1 + 1, tab2 - tab1 - 1, own) || own->len == 0
              || !read_place_ids (tab2 + 1, line_end - tab2 - 1, within))
            continue;
          place = g_malloc (sizeof (Place) + (own->len + within->len) * sizeof (guint32));
          place->own = (guint32 *) (place + 1);
          place->n_own = own->len;
          place->within = place->own + own->len;
          place->n_within = within->len;
          memcpy (place->own, own->data, own->len * sizeof (guint32));
          if (within->len > 0)
            memcpy (place->within, within->data, within->len * sizeof (guint32));
          for (guint i = 0; i < within->len; i++)
            g_hash_table_add (holders, GUINT_TO_POINTER (g_array_index (within, guint32, i) + 1));
          g_hash_table_replace (places, g_strndup (start, tab1 - start), place);
        }
      if (g_hash_table_size (places) == 0)
        g_warning ("The table of places is missing or damaged; places are compared by name only");
      g_once_init_leave (&done, 1);
    }
  return places;
}

static const Place *
place_find (const char *name)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (const char *c = name; *c != '\0'; c++)
    if (*c != '.')
      g_string_append_c (key, g_ascii_tolower (*c));
  return g_hash_table_lookup (places_get (), key->str);
}

gboolean
px_lexicon_place_is_known (const char *place)
{
  g_return_val_if_fail (place != NULL, FALSE);

  return place_find (place) != NULL;
}

gboolean
px_lexicon_place_holds_places (const char *place)
{
  const Place *a;

  g_return_val_if_fail (place != NULL, FALSE);

  a = place_find (place);
  for (guint i = 0; a != NULL && i < a->n_own; i++)
    if (g_hash_table_contains (holders, GUINT_TO_POINTER (a->own[i] + 1)))
      return TRUE;
  return FALSE;
}

const char *
px_lexicon_place_of_people (const char *adjective)
{
  g_return_val_if_fail (adjective != NULL, NULL);

  places_get ();
  return g_hash_table_lookup (peoples, adjective);
}

gboolean
px_lexicon_is_group_noun (const char *norm)
{
  static GHashTable *groups;
  static gsize initialised = 0;

  g_return_val_if_fail (norm != NULL, FALSE);

  if (g_once_init_enter (&initialised))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_auto(GStrv) words = NULL;

      /* the resource's first lookup must not race another thread's: two
       * first lookups at once crashed in GIO one comparison in ten, so the
       * table is read (once, under its own guard) before the list, and
       * every lookup goes through lexicon_resource() */
      table_get ();
      bytes = g_resource_lookup_data (lexicon_resource (), GROUPS_PATH,
                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      words = g_strsplit (bytes != NULL ? g_bytes_get_data (bytes, NULL) : "", "\n", -1);

      groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; words[i] != NULL; i++)
        if (words[i][0] != '\0')
          g_hash_table_add (groups, g_strdup (words[i]));
      g_once_init_leave (&initialised, 1);
    }
  return g_hash_table_contains (groups, norm);
}

gboolean
px_lexicon_place_within (const char *place,
                         const char *region)
{
  const Place *a, *b;

  g_return_val_if_fail (place != NULL && region != NULL, FALSE);

  a = place_find (place);
  b = place_find (region);
  if (a == NULL || b == NULL || a == b || px_lexicon_concepts_meet (a->own, a->n_own, b->own, b->n_own))
    return FALSE;
  return px_lexicon_concepts_meet (a->within, a->n_within, b->own, b->n_own);
}

GHashTable *
px_lexicon_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) px_lexeme_free);
}

/* The lexemes of the words met so far, shared by every thread and kept
 * for the life of the process: a word's lexeme is the same in every
 * comparison, and building it (a dozen searches of the WordNet table) was
 * an eighth of a comparison of 4 sources when each claim built its own.
 * Capped, so that text of endless invented words cannot grow it (65,536
 * lexemes take about 10 MB); past the cap, words go to the caller's cache.
 */
#define SHARED_LEXEMES_MAX 65536

static GRWLock shared_lock;
static GHashTable *shared_lexemes;  /* norm -> PxLexeme, never freed */

/* Each thread's last look-ups in the shared table, a slot for each address
 * a word was asked at: the engine asks for the words of its documents,
 * each kept once a document (px_document_intern()), so the same address
 * comes again and again, and a hit here skips the lock and the hashing
 * (they were two thirds of the 12 million instructions of 43,000 look-ups
 * in a comparison of 4 sources). The address alone proves nothing (the
 * memory may hold another word since): a hit is taken only when the word
 * there is the shared table's own key, which is never freed, as the
 * lexeme is not.
 */
#define MEMO_SLOTS 1024

typedef struct
{
  const char *asked;         /* where the word was, as asked for */
  const char *key;           /* the shared table's copy of it */
  const PxLexeme *lexeme;
} Memo;

static _Thread_local Memo memo[MEMO_SLOTS];

static const PxLexeme *
cache_lookup (GHashTable **cache,
              const char  *norm)
{
  Memo *slot = &memo[((guint64) (guintptr) norm * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 54];
  PxLexeme *lexeme = NULL;
  gpointer key = NULL;
  PxLexeme *there;

  G_STATIC_ASSERT (MEMO_SLOTS == 1024);
  if (slot->asked == norm && strcmp (slot->key, norm) == 0)
    return slot->lexeme;

  g_rw_lock_reader_lock (&shared_lock);
  if (shared_lexemes != NULL)
    g_hash_table_lookup_extended (shared_lexemes, norm, &key, (gpointer *) &lexeme);
  g_rw_lock_reader_unlock (&shared_lock);
  if (lexeme != NULL)
    {
      slot->asked = norm;
      slot->key = key;
      slot->lexeme = lexeme;
      return lexeme;
    }
  lexeme = *cache != NULL ? g_hash_table_lookup (*cache, norm) : NULL;
  if (lexeme != NULL)
    return lexeme;

  lexeme = px_lexeme_new (norm);
  g_rw_lock_writer_lock (&shared_lock);
  if (shared_lexemes == NULL)
    shared_lexemes = g_hash_table_new (g_str_hash, g_str_equal);
  there = g_hash_table_lookup (shared_lexemes, norm);
  if (there == NULL && g_hash_table_size (shared_lexemes) < SHARED_LEXEMES_MAX)
    g_hash_table_insert (shared_lexemes, g_strdup (norm), (there = lexeme));
  g_rw_lock_writer_unlock (&shared_lock);
  if (there != NULL)
    {
      /* another thread's, built at the same time: the same lexeme */
      if (there != lexeme)
        px_lexeme_free (lexeme);
      return there;
    }
  if (*cache == NULL)
    *cache = px_lexicon_cache_new ();
  g_hash_table_insert (*cache, g_strdup (norm), lexeme);
  return lexeme;
}

const PxLexeme *
px_lexicon_cache_lookup (GHashTable *cache,
                         const char *norm)
{
  g_return_val_if_fail (cache != NULL, NULL);

  return cache_lookup (&cache, norm);
}

const PxLexeme *
px_lexicon_lookup (GHashTable **cache,
                   const char  *norm)
{
  g_return_val_if_fail (cache != NULL, NULL);

  return cache_lookup (cache, norm);
}

GPtrArray *
px_lexicon_read_model (const char *env_name,
                       const char *resource_path)
{
  GPtrArray *model = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *path = g_getenv (env_name);
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (path != NULL && g_file_get_contents (path, &contents, &length, NULL))
    bytes = g_bytes_new_take (contents, length + 1);
  else
    bytes = g_resource_lookup_data (lexicon_resource (), resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    return model;
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      char **words = g_strsplit_set (g_strstrip (lines[l]), " \t", -1);

      if (words[0] == NULL || words[0][0] == '#' || words[0][0] == '\0')
        g_strfreev (words);
      else
        g_ptr_array_add (model, words);
    }
  return model;
}
