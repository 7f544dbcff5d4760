/* bench-scale.c: time and peak memory of px_compare() for N sources of
 * about 2,000 words each
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-scale N [RUNS [WORDS [JSON]]]
 *
 * The sources retell one synthetic story: a pool of sentences of about
 * 20 words (names, numbers, quotations, attribution, hedges), of which each
 * source keeps most, rewords some, changes a few numbers, and adds
 * sentences of its own, as outlets do. Prints the median and the best
 * wall-clock time of RUNS comparisons (5 by default), the CPU time a run
 * takes (what the wall clock shows on an idle machine) and the process's
 * peak resident memory. With JSON, the last run's comparison is written
 * there as `compare --format json` writes it, so that a change meant to
 * keep the output as it was can be checked on this input too.
 */
#include "config.h"

#include "px-comparison.h"
#include "px-parallel.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

static const char * const vocabulary[] = {
  "government", "officials", "residents", "forces", "attack", "drones", "city", "region", "talks",
  "agreement", "minister", "president", "statement", "ceasefire", "border", "troops", "village",
  "bridge", "power", "plant", "water", "supplies", "aid", "convoy", "hospital", "school", "market",
  "prices", "inflation", "budget", "parliament", "vote", "election", "court", "ruling", "police",
  "investigation", "damage", "buildings", "roads", "airport", "flights", "rail", "port", "ships",
  "oil", "gas", "exports", "sanctions", "allies", "envoy", "summit", "proposal", "deal", "plan",
  "warning", "evacuation", "shelter", "storm", "floods", "fire", "heat", "crops", "farmers",
  "workers", "strike", "union", "wages", "companies", "shares", "investors", "bank", "rates",
  "loan", "debt", "reform", "protest", "crowd", "capital", "coast", "valley", "mountains",
  "satellite", "images", "footage", "video", "reporters", "witnesses", "sources", "experts",
  "analysts", "critics", "supporters", "leaders", "delegation", "negotiators", "spokesman",
  "ministry", "agency", "council", "committee", "commission", "military", "navy", "missile",
  "launched", "struck", "destroyed", "damaged", "killed", "injured", "rescued", "arrived",
  "announced", "approved", "rejected", "delayed", "expanded", "reduced", "raised", "closed",
  "opened", "restored", "suspended", "resumed", "increased", "fell", "rose", "warned", "urged",
  "planned", "promised", "demanded", "threatened", "confirmed", "reported", "estimated",
  "overnight", "earlier", "later", "nearby", "northern", "southern", "eastern", "western",
  "central", "local", "national", "foreign", "senior", "former", "new", "major", "heavy", "large",
  "small", "key", "main", "second", "final", "early", "late", "long-range", "emergency", "public",
};

static const char * const function_words[] = {
  "the", "a", "of", "in", "on", "at", "to", "and", "with", "after", "before", "for", "from",
  "by", "as", "that", "was", "were", "had", "has", "would", "could", "its", "their",
};

static const char * const names[] = {
  "Marta Kovalenko", "Ivan Petrov", "Ana Silva", "John Carter", "Li Wei", "Omar Haddad",
  "Sofia Rossi", "Pierre Martin", "Kenji Sato", "Amara Okafor", "Novgorod", "Kharkiv", "Geneva",
  "Brussels", "Ankara", "Warsaw", "Lagos", "Osaka",
};

static const char * const weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };

static void
append_words (GString *out,
              GRand   *rand,
              int      n)
{
  for (int i = 0; i < n; i++)
    {
      if (g_rand_int_range (rand, 0, 3) == 0)
        g_string_append (out, function_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (function_words))]);
      else
        g_string_append (out, vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))]);
      g_string_append_c (out, ' ');
    }
}

/* One sentence of the story's pool, from @seed so every source can write
 * its own version of the same sentence.
 */
static char *
pool_sentence (guint32 seed,
               GRand  *variation,
               gboolean reword)
{
  GRand *rand = g_rand_new_with_seed (seed);
  GString *out = g_string_new (NULL);
  int shape = g_rand_int_range (rand, 0, 5);
  int number = g_rand_int_range (rand, 2, 500);
  const char *name = names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))];
  const char *day = weekdays[g_rand_int_range (rand, 0, G_N_ELEMENTS (weekdays))];

  if (reword && g_rand_int_range (variation, 0, 4) == 0)
    number += g_rand_int_range (variation, 1, 20);

  g_string_append_printf (out, "%s ", name);
  switch (shape)
    {
    case 0:
      g_string_append (out, "said ");
      break;
    case 1:
      g_string_append (out, "claimed, without evidence, that ");
      break;
    default:
      break;
    }
  append_words (out, rand, 6);
  g_string_append_printf (out, "%d ", number);
  append_words (out, rand, 5);
  g_string_append_printf (out, "on %s ", day);
  if (shape == 3)
    {
      g_string_append (out, "\"");
      append_words (out, rand, 4);
      g_string_set_size (out, out->len - 1);
      g_string_append (out, ",\" officials said");
    }
  else
    append_words (out, rand, 4);

  /* an outlet's rewording: a few words swapped for others */
  if (reword)
    for (int i = 0; i < 3; i++)
      if (g_rand_int_range (variation, 0, 2) == 0)
        {
          g_string_append_c (out, ' ');
          g_string_append (out, vocabulary[g_rand_int_range (variation, 0, G_N_ELEMENTS (vocabulary))]);
        }

  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '.');
  g_rand_free (rand);
  return g_string_free (out, FALSE);
}

static PxArticle *
make_source (guint source,
             guint target_words)
{
  g_autofree char *input = g_strdup_printf ("source-%u.txt", source);
  PxArticle *article = px_article_new (input);
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  GRand *variation = g_rand_new_with_seed (1000 + source);
  GString *paragraph = g_string_new (NULL);
  guint words = 0;

  for (guint32 s = 0; words < target_words; s++)
    {
      g_autofree char *sentence = NULL;

      if (g_rand_int_range (variation, 0, 10) < 2)
        continue;
      /* now and then a sentence of this outlet's own */
      sentence = pool_sentence (g_rand_int_range (variation, 0, 5) == 0 ? 10000000 + source * 100000 + s : s,
                                variation, TRUE);
      if (paragraph->len > 0)
        g_string_append_c (paragraph, ' ');
      g_string_append (paragraph, sentence);
      for (const char *c = sentence; *c != '\0'; c++)
        words += *c == ' ';
      words++;
      if (g_rand_int_range (variation, 0, 3) == 0)
        {
          g_ptr_array_add (paragraphs, g_string_free (paragraph, FALSE));
          paragraph = g_string_new (NULL);
        }
    }
  if (paragraph->len > 0)
    g_ptr_array_add (paragraphs, g_string_free (paragraph, FALSE));
  else
    g_string_free (paragraph, TRUE);

  px_article_set_paragraphs (article, paragraphs);
  g_ptr_array_unref (paragraphs);
  g_rand_free (variation);
  return article;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int    argc,
      char **argv)
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 4;
  int runs = argc > 2 ? atoi (argv[2]) : 5;
  guint target_words = argc > 3 ? (guint) atoi (argv[3]) : 2000;
  const char *json_path = argc > 4 ? argv[4] : NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  double *times;
  guint words = 0, claims = 0, shared = 0, differences = 0;
  struct rusage usage;
  double cpu_before, cpu_after;

  if (n < 2 || n > 32 || runs < 1)
    {
      fprintf (stderr, "Usage: %s N(2..32) [RUNS [WORDS [JSON]]]\n", argv[0]);
      return 2;
    }

  for (guint s = 0; s < n; s++)
    {
      PxArticle *article = make_source (s, target_words);
      g_auto(GStrv) split = g_strsplit_set (article->text, " \n", -1);

      words += g_strv_length (split);
      g_ptr_array_add (articles, article);
    }

  /* the lexicon and the models load once, on one thread, before the
   * timed runs (ThreadSanitizer does not see GLib's g_once: loaded by the
   * comparison's threads, they read as races) */
  px_parallel_set_max_workers (1);
  {
    g_autoptr(PxComparison) warm = px_compare ((PxArticle **) articles->pdata, 2, NULL, NULL);
  }
  px_parallel_set_max_workers (0);

  times = g_new (double, runs);
  getrusage (RUSAGE_SELF, &usage);
  cpu_before = usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3
               + usage.ru_stime.tv_usec / 1e3;
  for (int r = 0; r < runs; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;
      g_autoptr(PxComparison) comparison = px_compare ((PxArticle **) articles->pdata, n, NULL, &error);

      if (comparison == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }

      times[r] = (g_get_monotonic_time () - start) / 1000.0;
      claims = px_comparison_get_n_claims (comparison);
      differences = px_comparison_get_n_differences (comparison);
      shared = 0;
      for (guint c = 0; c < claims; c++)
        {
          guint n_sources;

          px_claim_get_sources (px_comparison_get_claim (comparison, c), &n_sources);
          shared += n_sources > 1;
        }
      if (json_path != NULL && r == runs - 1)
        {
          g_autoptr(JsonGenerator) generator = json_generator_new ();
          g_autoptr(JsonNode) root = px_comparison_to_json (comparison);

          json_generator_set_root (generator, root);
          if (!json_generator_to_file (generator, json_path, &error))
            {
              fprintf (stderr, "%s\n", error->message);
              return 1;
            }
        }
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  getrusage (RUSAGE_SELF, &usage);
  cpu_after = usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3
              + usage.ru_stime.tv_usec / 1e3;

  /* the machine is shared: the best run shows the cost, the median what
   * a user waits under load */
  printf ("%2u sources, %5u words each: median %7.1f ms, best %7.1f ms, CPU %7.1f ms a run (%d runs), "
          "peak memory %6.1f MB; %u claims, %u shared, %u differences\n",
          n, words / n, times[runs / 2], times[0], (cpu_after - cpu_before) / runs, runs, usage.ru_maxrss / 1024.0,
          claims, shared, differences);
  g_free (times);
  return 0;
}
