/* test-history.c: versions of a source, re-fetching, and what changed between them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "px-extract.h"
#include "px-history.h"
#include "px-input.h"
#include "px-store-private.h"
#include "px-test-server.h"
#include "px-test-util.h"
#include "px-versions.h"

/* Two versions of one report. From the first to the second: the headline
 * and byline edited, a number changed, a verb reworded, a quote's words
 * changed, a paragraph removed and another added; the rest unchanged.
 */
#define HEADLINE_1 "Drones launched at Putin residence, Lavrov says"
#define HEADLINE_2 "Lavrov says 90 drones launched at Putin residence"

#define PARA_NUMBER_1 \
  "Foreign minister Sergey Lavrov said Ukraine launched 91 long-range drones at the state residence in the " \
  "Novgorod region overnight."
#define PARA_NUMBER_2 \
  "Foreign minister Sergey Lavrov said Ukraine launched 90 long-range drones at the state residence in the " \
  "Novgorod region overnight."
#define REWORDED_1 "Lavrov called it an act of state terrorism."
#define REWORDED_2 "Lavrov branded it an act of state terrorism."
#define KEPT "He said air defences destroyed all of the drones."
#define REMOVED_1 "Targets and timing for retaliatory strikes had been determined, Lavrov said."
#define REMOVED_2 "Russia would revise its negotiating position but would not leave the talks."
#define USHAKOV "Kremlin aide Yuri Ushakov said Putin told President Trump about the attack on a Monday call."
#define QUOTE_1 "President Zelensky said the claim was “a fabrication meant to justify further strikes” on Kyiv."
#define QUOTE_2 "President Zelensky said the claim was “a fabrication meant to justify new strikes” on Kyiv."
#define ADDED_1 "The White House described the call as positive and gave no view on the claim."
#define ADDED_2 "No independent verification was available."

static const char version_1_text[] =
  PARA_NUMBER_1 "\n\n" REWORDED_1 " " KEPT "\n\n" REMOVED_1 " " REMOVED_2 "\n\n" USHAKOV "\n\n" QUOTE_1;
static const char version_2_text[] =
  PARA_NUMBER_2 "\n\n" REWORDED_2 " " KEPT "\n\n" USHAKOV "\n\n" QUOTE_2 "\n\n" ADDED_1 " " ADDED_2;

static PxArticle *
make_article (const char *title,
              const char *byline,
              const char *text)
{
  PxArticle *article = px_article_new ("https://news.example/drones");

  article->outlet = g_strdup ("Example News");
  article->title = g_strdup (title);
  article->byline = g_strdup (byline);
  g_free (article->text);
  article->text = g_strdup (text);
  return article;
}

/* The version's text as an HTML page, the way an outlet would serve it. */
static char *
make_page (const char *headline,
           const char *text)
{
  g_auto (GStrv) paragraphs = g_strsplit (text, "\n\n", -1);
  GString *page = g_string_new (NULL);

  g_string_append_printf (page,
                          "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%s | Example News</title></head>\n<body><nav><a href=\"/\">Home</a></nav>\n"
                          "<article><h1>%s</h1>\n",
                          headline, headline);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_string_append_printf (page, "<p>%s</p>\n", paragraphs[i]);
  g_string_append (page, "</article><footer>Example News</footer></body></html>\n");
  return g_string_free (page, FALSE);
}

static const PxHistoryEntry *
find_entry (PxHistoryDiff   *diff,
            PxHistoryChange  change,
            const char      *sentence)
{
  for (guint i = 0; i < px_history_diff_get_n_entries (diff); i++)
    {
      const PxHistoryEntry *entry = px_history_diff_get_entry (diff, i);
      guint side = entry->to_sentence != PX_HISTORY_NO_SENTENCE ? PX_HISTORY_TO : PX_HISTORY_FROM;
      g_autofree char *text = px_history_diff_dup_sentence_text (
        diff, side, side == PX_HISTORY_TO ? entry->to_sentence : entry->from_sentence);

      if (g_str_equal (text, sentence))
        {
          g_assert_cmpstr (px_history_change_to_string (entry->change), ==, px_history_change_to_string (change));
          return entry;
        }
    }

  g_error ("no entry for “%s”", sentence);
  return NULL;
}

/* The words a span covers, in @side's sentence @sentence. */
static char *
span_text (PxHistoryDiff    *diff,
           const PxTextSpan *span)
{
  g_autofree char *sentence = px_history_diff_dup_sentence_text (diff, span->source, span->sentence);
  const char *start = g_utf8_offset_to_pointer (sentence, span->char_start);
  const char *end = g_utf8_offset_to_pointer (sentence, span->char_end);

  g_assert_cmpuint (start - sentence, ==, span->start);
  g_assert_cmpuint (end - sentence, ==, span->end);
  return g_strndup (start, end - start);
}

static void
assert_words (PxHistoryDiff *diff,
              GArray        *spans,
              const char    *expected)
{
  g_autoptr(GString) words = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      g_autofree char *text = span_text (diff, &g_array_index (spans, PxTextSpan, i));

      g_string_append_printf (words, "%s%s", i > 0 ? "|" : "", text);
    }
  g_assert_cmpstr (words->str, ==, expected);
}

static gboolean
has_difference (GPtrArray        *differences,
                PxDifferenceKind  kind,
                const char       *in_summary)
{
  for (guint i = 0; i < differences->len; i++)
    {
      PxDifference *difference = g_ptr_array_index (differences, i);

      if (px_difference_get_kind (difference) == kind
          && strstr (px_difference_get_summary (difference), in_summary) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Every sentence of both versions appears exactly once, in order. */
static void
assert_diff_covers_both (PxHistoryDiff *diff)
{
  guint n_from = px_history_diff_get_document (diff, PX_HISTORY_FROM)->sentences->len;
  guint n_to = px_history_diff_get_document (diff, PX_HISTORY_TO)->sentences->len;
  guint next_from = 0, next_to = 0;

  for (guint i = 0; i < px_history_diff_get_n_entries (diff); i++)
    {
      const PxHistoryEntry *entry = px_history_diff_get_entry (diff, i);

      g_assert_true ((entry->from_sentence == PX_HISTORY_NO_SENTENCE) == (entry->change == PX_HISTORY_ADDED));
      g_assert_true ((entry->to_sentence == PX_HISTORY_NO_SENTENCE) == (entry->change == PX_HISTORY_REMOVED));
      if (entry->from_sentence != PX_HISTORY_NO_SENTENCE)
        g_assert_cmpuint (entry->from_sentence, ==, next_from++);
      if (entry->to_sentence != PX_HISTORY_NO_SENTENCE)
        g_assert_cmpuint (entry->to_sentence, ==, next_to++);
      if (entry->change == PX_HISTORY_UNCHANGED)
        {
          g_autofree char *a = px_history_diff_dup_sentence_text (diff, PX_HISTORY_FROM, entry->from_sentence);
          g_autofree char *b = px_history_diff_dup_sentence_text (diff, PX_HISTORY_TO, entry->to_sentence);

          g_assert_cmpstr (a, ==, b);
        }
      if (entry->change != PX_HISTORY_REWORDED)
        {
          g_assert_cmpuint (entry->removed_words->len, ==, 0);
          g_assert_cmpuint (entry->added_words->len, ==, 0);
        }
    }
  g_assert_cmpuint (next_from, ==, n_from);
  g_assert_cmpuint (next_to, ==, n_to);
}

/* The checks on the two versions above, wherever the diff came from. */
static void
assert_edits_found (PxHistoryDiff *diff)
{
  const PxHistoryEntry *entry;
  const PxHistoryEntry *removed;
  const PxHistoryEntry *added;

  assert_diff_covers_both (diff);
  g_assert_true (px_history_diff_text_changed (diff));
  g_assert_cmpuint (px_history_diff_count (diff, PX_HISTORY_REWORDED), ==, 3);
  g_assert_cmpuint (px_history_diff_count (diff, PX_HISTORY_REMOVED), ==, 2);
  g_assert_cmpuint (px_history_diff_count (diff, PX_HISTORY_ADDED), ==, 2);
  g_assert_cmpuint (px_history_diff_count (diff, PX_HISTORY_UNCHANGED), ==, 2);

  /* A changed number, flagged as between outlets. */
  entry = find_entry (diff, PX_HISTORY_REWORDED, PARA_NUMBER_2);
  assert_words (diff, entry->removed_words, "91");
  assert_words (diff, entry->added_words, "90");
  g_assert_true (has_difference (entry->differences, PX_DIFFERENCE_NUMBER, "(version 1) vs 90"));

  /* A reworded sentence: one word. */
  entry = find_entry (diff, PX_HISTORY_REWORDED, REWORDED_2);
  assert_words (diff, entry->removed_words, "called");
  assert_words (diff, entry->added_words, "branded");
  g_assert_false (has_difference (entry->differences, PX_DIFFERENCE_NUMBER, ""));

  /* A quote's words. */
  entry = find_entry (diff, PX_HISTORY_REWORDED, QUOTE_2);
  assert_words (diff, entry->removed_words, "further");
  assert_words (diff, entry->added_words, "new");
  g_assert_true (has_difference (entry->differences, PX_DIFFERENCE_QUOTE, "further"));

  find_entry (diff, PX_HISTORY_UNCHANGED, KEPT);
  find_entry (diff, PX_HISTORY_UNCHANGED, USHAKOV);

  /* The removed paragraph stands where it was, the added one at the end. */
  removed = find_entry (diff, PX_HISTORY_REMOVED, REMOVED_1);
  g_assert_true (removed + 1 == find_entry (diff, PX_HISTORY_REMOVED, REMOVED_2));
  g_assert_true (removed + 2 == find_entry (diff, PX_HISTORY_UNCHANGED, USHAKOV));
  added = find_entry (diff, PX_HISTORY_ADDED, ADDED_1);
  g_assert_true (added + 1 == find_entry (diff, PX_HISTORY_ADDED, ADDED_2));
  g_assert_cmpuint (added + 2 - px_history_diff_get_entry (diff, 0), ==, px_history_diff_get_n_entries (diff));
}

static void
test_diff_edits (void)
{
  g_autoptr(PxArticle) first = make_article (HEADLINE_1, "Anna Reporter", version_1_text);
  g_autoptr(PxArticle) second = make_article (HEADLINE_2, "Anna Reporter and Ben Editor", version_2_text);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxHistoryDiff) diff = px_history_diff_new (first, second, "version 1", "version 2", NULL, &error);
  const PxHistoryField *title;
  const PxHistoryField *byline;

  g_assert_no_error (error);
  assert_edits_found (diff);
  g_assert_true (px_history_diff_has_changes (diff));

  title = px_history_diff_get_title (diff);
  g_assert_true (title->changed);
  g_assert_cmpstr (title->from, ==, HEADLINE_1);
  g_assert_cmpstr (title->to, ==, HEADLINE_2);
  /* Exact words: "Drones" and "drones" differ. */
  g_assert_cmpuint (title->added_words->len, ==, 1);
  g_assert_cmpuint (title->removed_words->len, ==, 2);
  {
    const PxTextSpan *span = &g_array_index (title->added_words, PxTextSpan, 0);
    g_autofree char *words = g_utf8_substring (title->to, span->char_start, span->char_end);

    g_assert_cmpuint (span->source, ==, PX_HISTORY_TO);
    g_assert_cmpstr (words, ==, "Lavrov says 90 drones");
  }

  byline = px_history_diff_get_byline (diff);
  g_assert_true (byline->changed);
  g_assert_cmpuint (byline->removed_words->len, ==, 0);
  g_assert_cmpuint (byline->added_words->len, ==, 1);
  {
    const PxTextSpan *span = &g_array_index (byline->added_words, PxTextSpan, 0);

    g_assert_cmpstr (byline->to + span->start, ==, "and Ben Editor");
  }
}

static void
test_diff_unchanged (void)
{
  g_autoptr(PxArticle) first = make_article (HEADLINE_1, NULL, version_1_text);
  g_autoptr(PxArticle) again = make_article (HEADLINE_1, NULL, version_1_text);
  g_autoptr(PxArticle) rewrapped = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxHistoryDiff) diff = px_history_diff_new (first, again, "version 1", "version 2", NULL, &error);
  g_autoptr(PxHistoryDiff) wrapped = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_false (px_history_diff_has_changes (diff));
  g_assert_false (px_history_diff_get_title (diff)->changed);
  g_assert_cmpuint (px_history_diff_count (diff, PX_HISTORY_UNCHANGED), ==, px_history_diff_get_n_entries (diff));
  g_assert_cmpuint (px_history_diff_get_n_entries (diff), ==, 7);

  /* Lines wrapped differently: the text changed, its sentences did not. */
  text = g_strdup (version_1_text);
  *strstr (text, " state terrorism") = '\n';
  rewrapped = make_article (HEADLINE_1, NULL, text);
  wrapped = px_history_diff_new (first, rewrapped, "version 1", "version 2", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (px_history_diff_text_changed (wrapped));
  g_assert_cmpuint (px_history_diff_count (wrapped, PX_HISTORY_UNCHANGED), ==, 7);
}

static void
test_diff_bad_input (void)
{
  g_autoptr(PxArticle) first = make_article (NULL, NULL, version_1_text);
  g_autoptr(PxArticle) empty = make_article (NULL, NULL, "");
  g_autoptr(PxArticle) binary = make_article (NULL, NULL, "caf\xe9 \xff\xfe");
  g_autoptr(PxArticle) huge = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxHistoryDiff) emptied = px_history_diff_new (first, empty, "version 1", "version 2", NULL, &error);
  PxHistoryDiff *refused;

  /* Everything removed; nothing to compare headlines with. */
  g_assert_no_error (error);
  g_assert_cmpuint (px_history_diff_count (emptied, PX_HISTORY_REMOVED), ==, 7);
  g_assert_cmpuint (px_history_diff_get_n_entries (emptied), ==, 7);
  g_assert_false (px_history_diff_get_title (emptied)->changed);

  refused = px_history_diff_new (first, binary, "version 1", "version 2", NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "version 2"));
  g_clear_error (&error);

  /* Cancelled before it starts: nothing but the error. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    refused = px_history_diff_new (first, first, "version 1", "version 2", cancellable, &error);
    g_assert_null (refused);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }

  huge = make_article (NULL, NULL, NULL);
  huge->text = g_malloc (PX_COMPARE_MAX_TEXT_BYTES + 2);
  memset (huge->text, 'a', PX_COMPARE_MAX_TEXT_BYTES + 1);
  huge->text[PX_COMPARE_MAX_TEXT_BYTES + 1] = '\0';
  refused = px_history_diff_new (huge, first, "version 3", "version 4", NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, PX_COMPARE_ERROR, PX_COMPARE_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (error->message, "version 3"));
}

/* Two long texts with nothing in common, and one shuffled: the tables
 * would be too big, the greedy match takes over, and every sentence is
 * still accounted for once.
 */
static void
test_diff_large (void)
{
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);
  g_autoptr(GString) shuffled = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  g_autoptr(PxArticle) first = NULL;
  g_autoptr(PxArticle) second = NULL;
  g_autoptr(PxArticle) third = NULL;
  g_autoptr(PxHistoryDiff) disjoint = NULL;
  g_autoptr(PxHistoryDiff) moved = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 2500;
  g_autofree guint *order = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (a, "Sentence number %u tells of event %u.%s", i, i * 7, i % 5 == 4 ? "\n\n" : " ");
      g_string_append_printf (b, "Quite another line %u mentions topic %u.%s", i, i * 3, i % 5 == 4 ? "\n\n" : " ");
      order[i] = i;
    }
  for (guint i = n; i-- > 1;)
    {
      guint j = g_rand_int_range (rand, 0, i + 1), t = order[i];

      order[i] = order[j];
      order[j] = t;
    }
  for (guint i = 0; i < n; i++)
    g_string_append_printf (shuffled, "Sentence number %u tells of event %u. ", order[i], order[i] * 7);

  first = make_article (NULL, NULL, a->str);
  second = make_article (NULL, NULL, b->str);
  third = make_article (NULL, NULL, shuffled->str);

  disjoint = px_history_diff_new (first, second, "version 1", "version 2", NULL, &error);
  g_assert_no_error (error);
  assert_diff_covers_both (disjoint);
  g_assert_cmpuint (px_history_diff_count (disjoint, PX_HISTORY_UNCHANGED), ==, 0);

  moved = px_history_diff_new (first, third, "version 1", "version 2", NULL, &error);
  g_assert_no_error (error);
  assert_diff_covers_both (moved);
  g_assert_cmpuint (px_history_diff_count (moved, PX_HISTORY_UNCHANGED), >, 0);
}

static gpointer
diff_thread (gpointer data)
{
  g_autoptr(PxArticle) first = make_article (HEADLINE_1, "Anna Reporter", version_1_text);
  g_autoptr(PxArticle) second = make_article (HEADLINE_2, "Anna Reporter and Ben Editor", version_2_text);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(PxHistoryDiff) diff = px_history_diff_new (first, second, "version 1", "version 2", NULL, NULL);

      assert_edits_found (diff);
      if (i == 0)
        px_history_diff_build_json (diff, builder);
    }

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
test_diff_threads (void)
{
  GThread *threads[4];
  g_autofree char *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("history", diff_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *json = g_thread_join (threads[i]);

      if (first == NULL)
        first = g_steal_pointer (&json);
      else
        g_assert_cmpstr (json, ==, first);
    }
}

/* The store */

static char *
make_temp_db (void)
{
  g_autofree char *dir = px_test_make_temp_dir ("px-history-XXXXXX");

  return g_build_filename (dir, "parallax.db", NULL);
}

static const PxReanchorOutcome *
find_outcome (PxReanchorReport *report,
              gint64            annotation_id)
{
  for (guint i = 0; i < report->outcomes->len; i++)
    if (g_array_index (report->outcomes, PxReanchorOutcome, i).annotation_id == annotation_id)
      return &g_array_index (report->outcomes, PxReanchorOutcome, i);

  g_error ("no outcome for annotation %" G_GINT64_FORMAT, annotation_id);
  return NULL;
}

static void
refetch_story_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GPtrArray **outcomes = user_data;
  g_autoptr(GError) error = NULL;

  *outcomes = px_versions_refetch_story_finish (PX_LIBRARY (source), result, &error);
  g_assert_no_error (error);
}

static void
diff_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  PxHistoryDiff **diff = user_data;
  g_autoptr(GError) error = NULL;

  *diff = px_versions_diff_finish (PX_LIBRARY (source), result, &error);
  g_assert_no_error (error);
}

/* The same URL serves the first version, then the same again, then the
 * second: a check, then a new version with the annotations re-anchored.
 */
static void
test_refetch_server (void)
{
  g_autoptr(PxTestServer) server = px_test_server_new (NULL);
  g_autofree char *url = px_test_server_url (server, "/story");
  g_autofree char *page_1 = make_page (HEADLINE_1, version_1_text);
  g_autofree char *page_2 = make_page (HEADLINE_2, version_2_text);
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = px_store_open (path, NULL);
  g_autoptr(PxFetcher) fetcher = px_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxSnapshot) snapshot = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(PxReanchorReport) same = NULL;
  g_autoptr(PxReanchorReport) changed = NULL;
  g_autoptr(PxSourceRecord) before = NULL;
  g_autoptr(PxSourceRecord) checked = NULL;
  g_autoptr(PxSourceRecord) after = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(PxAnnotation) kept = NULL;
  g_autoptr(PxAnnotation) lost = NULL;
  g_autoptr(PxHistoryDiff) diff = NULL;
  gint64 story_id, source_id, kept_id, lost_id;

  g_assert_nonnull (store);
  px_test_server_set_story (server, page_1);
  story_id = px_store_create_story (store, "Drones", &error);
  article = px_input_load_article (fetcher, url, &snapshot, NULL, &error);
  g_assert_no_error (error);
  source_id = px_store_add_source (store, story_id, article, snapshot, &error);
  g_assert_no_error (error);
  kept_id = px_test_annotate_quote (store, story_id, source_id, "air defences destroyed all of the drones",
                                    PX_VERDICT_UNVERIFIED, "checked");
  lost_id = px_test_annotate_quote (store, story_id, source_id, "Russia would revise its negotiating position",
                                    PX_VERDICT_UNVERIFIED, "checked");
  before = px_store_get_source (store, source_id, &error);

  /* Unchanged: a check, no version. Times have milliseconds at most, so wait a little. */
  g_usleep (1100 * 1000);
  same = px_versions_refetch_source (PX_LIBRARY (store), fetcher, source_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (same->changed);
  g_assert_cmpint (same->version_id, ==, before->version_id);
  g_assert_cmpuint (same->outcomes->len, ==, 0);
  checked = px_store_get_source (store, source_id, &error);
  g_assert_cmpuint (checked->n_versions, ==, 1);
  g_assert_cmpstr (checked->fetched_at, ==, before->fetched_at);
  g_assert_cmpstr (checked->checked_at, >, before->checked_at);

  /* Edited at the same address. */
  px_test_server_set_story (server, page_2);
  changed = px_versions_refetch_source (PX_LIBRARY (store), fetcher, source_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (changed->changed);
  g_assert_cmpint (changed->version_id, !=, before->version_id);
  g_assert_cmpuint (changed->n_needs_review, ==, 1);
  g_assert_true (find_outcome (changed, kept_id)->attached);
  g_assert_false (find_outcome (changed, lost_id)->attached);

  after = px_store_get_source (store, source_id, &error);
  g_assert_cmpuint (after->n_versions, ==, 2);
  g_assert_cmpuint (after->version, ==, 2);
  g_assert_nonnull (strstr (after->text, ADDED_1));

  kept = px_store_get_annotation (store, kept_id, &error);
  lost = px_store_get_annotation (store, lost_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kept->state, ==, PX_ANNOTATION_STATE_OK);
  g_assert_cmpint (((PxAnnotationTarget *) kept->targets->pdata[0])->version_id, ==, changed->version_id);
  g_assert_cmpuint (((PxAnnotationTarget *) kept->targets->pdata[0])->selector->start, ==,
                    g_utf8_pointer_to_offset (after->text, strstr (after->text, "air defences")));
  g_assert_cmpint (lost->state, ==, PX_ANNOTATION_STATE_NEEDS_REVIEW);
  g_assert_cmpint (((PxAnnotationTarget *) lost->targets->pdata[0])->version_id, ==, before->version_id);

  versions = px_store_list_source_versions (store, source_id, &error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpstr (((PxSourceVersion *) versions->pdata[0])->fetched_at, <,
                   ((PxSourceVersion *) versions->pdata[1])->fetched_at);

  /* On a worker thread, as the History view asks for it. */
  px_versions_diff_async (PX_LIBRARY (store), source_id, 1, 2, NULL, diff_cb, &diff);
  while (diff == NULL)
    g_main_context_iteration (NULL, TRUE);
  assert_edits_found (diff);

  /* The whole story, on a worker thread, as the window does it: unchanged now. */
  {
    g_autoptr(GPtrArray) outcomes = NULL;
    PxRefetchOutcome *outcome;

    px_versions_refetch_story_async (PX_LIBRARY (store), fetcher, story_id, NULL, refetch_story_cb, &outcomes);
    while (outcomes == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpuint (outcomes->len, ==, 1);
    outcome = g_ptr_array_index (outcomes, 0);
    g_assert_no_error (outcome->error);
    g_assert_cmpint (outcome->source_id, ==, source_id);
    g_assert_cmpstr (outcome->input, ==, url);
    g_assert_false (outcome->report->changed);
    g_assert_cmpint (outcome->report->version_id, ==, changed->version_id);
  }

  /* A version the source does not have. */
  g_assert_null (px_versions_diff (PX_LIBRARY (store), source_id, 1, 3, NULL, &error));
  g_assert_error (error, PX_STORE_ERROR, PX_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The server gone: an error naming the address, nothing stored. */
  g_clear_pointer (&server, px_test_server_free);
  g_assert_null (px_versions_refetch_source (PX_LIBRARY (store), fetcher, source_id, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_clear_error (&error);
  g_clear_pointer (&after, px_source_record_free);
  after = px_store_get_source (store, source_id, &error);
  g_assert_cmpuint (after->n_versions, ==, 2);

  g_assert_true (px_store_close (store, &error));
}

/* An edited headline alone is a new version; each version keeps its own. */
static void
test_headline_version (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(PxStore) store = px_store_open (path, NULL);
  g_autoptr(PxArticle) first = make_article (HEADLINE_1, "Anna Reporter", version_1_text);
  g_autoptr(PxArticle) retitled = make_article (HEADLINE_2, "Anna Reporter", version_1_text);
  g_autoptr(PxArticle) untitled = make_article (NULL, NULL, version_1_text);
  g_autoptr(PxReanchorReport) report = NULL;
  g_autoptr(PxReanchorReport) check = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(PxHistoryDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id = px_store_create_story (store, "Drones", &error);
  gint64 source_id = px_store_add_source (store, story_id, first, NULL, &error);

  g_assert_no_error (error);
  report = px_store_add_source_version (store, source_id, retitled, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (report->changed);

  /* A fetch where no headline was found is not an edit. */
  check = px_store_add_source_version (store, source_id, untitled, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (check->changed);

  versions = px_store_list_source_versions (store, source_id, &error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpstr (((PxSourceVersion *) versions->pdata[0])->title, ==, HEADLINE_1);
  g_assert_cmpstr (((PxSourceVersion *) versions->pdata[1])->title, ==, HEADLINE_2);
  g_assert_cmpstr (((PxSourceVersion *) versions->pdata[1])->byline, ==, "Anna Reporter");

  diff = px_versions_diff (PX_LIBRARY (store), source_id, 1, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (px_history_diff_text_changed (diff));
  g_assert_true (px_history_diff_has_changes (diff));
  g_assert_true (px_history_diff_get_title (diff)->changed);
  g_assert_false (px_history_diff_get_byline (diff)->changed);
  g_assert_cmpuint (px_history_diff_count (diff, PX_HISTORY_UNCHANGED), ==, px_history_diff_get_n_entries (diff));

  g_assert_true (px_store_close (store, &error));
}

/* A database of schema 3, with a source of two versions, opened by this
 * build: the newest version gets its source's headline and byline, the
 * older one stays unknown.
 */
static void
test_migration_from_v3 (void)
{
  g_autofree char *path = make_temp_db ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStore) store = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(PxHistoryDiff) diff = NULL;
  sqlite3 *db = NULL;
  static const char rows[] =
    "INSERT INTO stories (id, title, created_at, updated_at) VALUES (1, 'Drones', '2026-11-01T10:00:00.000Z', "
    "  '2026-11-01T10:00:00.000Z');"
    "INSERT INTO sources (id, story_id, position, input, outlet, title, byline) VALUES (1, 1, 0, "
    "  'https://news.example/drones', 'Example News', 'The newest headline', 'Anna Reporter');"
    "INSERT INTO source_versions (source_id, number, fetched_at, checked_at, sha256, body, text) VALUES "
    "  (1, 1, '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z', 'aa', x'00', 'Ukraine launched 91 drones.'),"
    "  (1, 2, '2026-11-02T10:00:00.000Z', '2026-11-03T10:00:00.000Z', 'bb', x'00', 'Ukraine launched 90 drones.');";

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (_px_store_create_schema_version (db, 3, &error));
  g_assert_true (_px_store_exec (db, rows, path, "Could not fill the fixture", &error));
  g_assert_no_error (error);
  sqlite3_close (db);

  store = px_store_open (path, &error);
  g_assert_no_error (error);
  versions = px_store_list_source_versions (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_null (((PxSourceVersion *) versions->pdata[0])->title);
  g_assert_cmpstr (((PxSourceVersion *) versions->pdata[1])->title, ==, "The newest headline");
  g_assert_cmpstr (((PxSourceVersion *) versions->pdata[1])->byline, ==, "Anna Reporter");
  g_assert_cmpstr (((PxSourceVersion *) versions->pdata[1])->checked_at, ==, "2026-11-03T10:00:00.000Z");

  /* An unknown headline is no change. */
  diff = px_versions_diff (PX_LIBRARY (store), 1, 1, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (px_history_diff_get_title (diff)->changed);
  g_assert_cmpuint (px_history_diff_count (diff, PX_HISTORY_REWORDED), ==, 1);
  g_assert_true (px_store_close (store, &error));

  g_assert_cmpint (px_test_user_version (path), ==, PX_STORE_SCHEMA_VERSION);
  g_assert_cmpint (PX_STORE_SCHEMA_VERSION, ==, 11);
}

/* parallax-cli */

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
find_sentence (JsonArray  *sentences,
               const char *change,
               const char *to_text)
{
  for (guint i = 0; i < json_array_get_length (sentences); i++)
    {
      JsonObject *sentence = json_array_get_object_element (sentences, i);
      JsonObject *to = json_object_get_null_member (sentence, "to") ? NULL
                                                                    : json_object_get_object_member (sentence, "to");
      JsonObject *from = json_object_get_null_member (sentence, "from")
                           ? NULL
                           : json_object_get_object_member (sentence, "from");
      JsonObject *side = to != NULL ? to : from;

      if (g_str_equal (json_object_get_string_member (side, "text"), to_text))
        {
          g_assert_cmpstr (json_object_get_string_member (sentence, "change"), ==, change);
          return sentence;
        }
    }

  g_error ("no sentence “%s” in the JSON", to_text);
  return NULL;
}

static void
test_cli (void)
{
  g_autoptr(PxTestServer) server = px_test_server_new (NULL);
  g_autofree char *url = px_test_server_url (server, "/story");
  g_autofree char *page_1 = make_page (HEADLINE_1, version_1_text);
  g_autofree char *page_2 = make_page (HEADLINE_2, version_2_text);
  g_autofree char *path = make_temp_db ();
  g_autofree char *story = NULL;
  g_autofree char *added = NULL;
  g_autofree char *unchanged = NULL;
  g_autofree char *refetched = NULL;
  g_autofree char *history = NULL;
  g_autofree char *text = NULL;
  g_autofree char *err = NULL;
  g_autofree char *source = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) refetch_parser = json_parser_new ();
  JsonObject *root;
  JsonObject *refetch;
  JsonArray *versions;
  JsonArray *diffs;
  JsonObject *diff;
  JsonArray *sentences;
  JsonObject *sentence;
  JsonArray *differences;
  JsonObject *counts;

  px_test_server_set_story (server, page_1);
  story = px_test_run_cli (0, NULL, "story", "new", "Drones", "--db", path, NULL);
  g_strstrip (story);
  added = px_test_run_cli (0, NULL, "story", "add", story, url, "--db", path, NULL);
  source = g_strndup (added, strcspn (added, "\t"));
  g_free (px_test_run_cli (0, NULL, "annotate", story, "--source", source, "--quote", "Russia would revise", "--db", path,
                   NULL));

  unchanged = px_test_run_cli (0, NULL, "story", "refetch", story, "--db", path, NULL);
  g_assert_true (g_str_has_prefix (unchanged, source));
  g_assert_nonnull (strstr (unchanged, "\tunchanged\t"));

  px_test_server_set_story (server, page_2);
  refetched = px_test_run_cli (0, NULL, "story", "refetch", story, "--source", source, "--format", "json", "--db", path,
                       NULL);
  refetch = parse_object (refetch_parser, refetched);
  g_assert_true (json_object_get_boolean_member (refetch, "changed"));
  g_assert_cmpint (json_object_get_int_member (refetch, "needs_review"), ==, 1);
  g_assert_false (json_object_get_boolean_member (
    json_array_get_object_element (json_object_get_array_member (refetch, "targets"), 0), "attached"));

  history = px_test_run_cli (0, NULL, "history", story, "--source", source, "--format", "json", "--db", path, NULL);
  g_assert_cmpuint (strchr (history, '\n') - history + 1, ==, strlen (history));
  root = parse_object (parser, history);
  g_assert_cmpint (json_object_get_int_member (root, "source"), ==, g_ascii_strtoll (source, NULL, 10));
  versions = json_object_get_array_member (root, "versions");
  g_assert_cmpuint (json_array_get_length (versions), ==, 2);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (versions, 0), "text_changed"));
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (versions, 1), "text_changed"));
  g_assert_cmpuint (strlen (json_object_get_string_member (json_array_get_object_element (versions, 1), "sha256")),
                    ==, 64);

  diffs = json_object_get_array_member (root, "diffs");
  g_assert_cmpuint (json_array_get_length (diffs), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (diffs, 0), "from"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (diffs, 0), "to"), ==, 2);
  diff = json_object_get_object_member (json_array_get_object_element (diffs, 0), "diff");
  counts = json_object_get_object_member (diff, "counts");
  g_assert_cmpint (json_object_get_int_member (counts, "reworded"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (counts, "added"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (counts, "removed"), ==, 2);
  sentences = json_object_get_array_member (diff, "sentences");

  sentence = find_sentence (sentences, "reworded", PARA_NUMBER_2);
  differences = json_object_get_array_member (sentence, "differences");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (differences, 0), "kind"), ==,
                   "number");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (sentence, "added_words"), 0),
                     "text"),
                   ==, "90");
  {
    /* Offsets are characters into the version's text: “ and ” are one each. */
    JsonObject *quote = json_object_get_object_member (find_sentence (sentences, "reworded", QUOTE_2), "to");
    JsonObject *after = json_object_get_object_member (find_sentence (sentences, "added", ADDED_1), "to");

    g_assert_cmpint (json_object_get_int_member (quote, "end") - json_object_get_int_member (quote, "start"), ==,
                     g_utf8_strlen (QUOTE_2, -1));
    g_assert_cmpint (json_object_get_int_member (after, "start"), ==,
                     g_utf8_pointer_to_offset (version_2_text, strstr (version_2_text, ADDED_1)));
  }
  find_sentence (sentences, "reworded", REWORDED_2);
  find_sentence (sentences, "removed", REMOVED_1);
  find_sentence (sentences, "unchanged", KEPT);

  text = px_test_run_cli (0, NULL, "history", story, "--source", source, "--from", "1", "--to", "2", "--db", path, NULL);
  g_assert_nonnull (strstr (text, "version 1 → version 2: 3 reworded, 2 added, 2 removed"));
  g_assert_nonnull (strstr (text, "  - " REMOVED_1 "\n"));
  g_assert_nonnull (strstr (text, "  + " ADDED_1 "\n"));
  g_assert_nonnull (strstr (text, "number: "));

  /* Mistakes */
  g_free (px_test_run_cli (2, &err, "history", story, "--db", path, NULL));
  g_assert_nonnull (strstr (err, "--source"));
  g_clear_pointer (&err, g_free);
  g_free (px_test_run_cli (2, &err, "history", story, "--source", source, "--from", "3", "--db", path, NULL));
  g_assert_nonnull (strstr (err, "no version 3"));
  g_clear_pointer (&err, g_free);
  g_free (px_test_run_cli (1, &err, "history", story, "--source", "99", "--db", path, NULL));
  g_assert_nonnull (strstr (err, "99"));
  g_clear_pointer (&err, g_free);
  g_free (px_test_run_cli (1, &err, "history", "42", "--source", source, "--db", path, NULL));
  g_assert_nonnull (strstr (err, "42"));
  g_clear_pointer (&err, g_free);

  /* A source that cannot be fetched fails alone, with the address named. */
  g_clear_pointer (&server, px_test_server_free);
  g_free (px_test_run_cli (1, &err, "story", "refetch", story, "--db", path, NULL));
  g_assert_nonnull (strstr (err, "127.0.0.1"));
}

/* A file added by a path relative to the folder the command ran in is
 * kept by its whole path: refetched from another folder, the same file
 * is read (not one of the same name there). A row kept as typed before
 * that names no folder: its refetch fails and says so, even where a file
 * of that name is.
 */
static void
test_cli_relative_path (void)
{
  g_autofree char *here = g_get_current_dir ();
  g_autofree char *added_in = px_test_make_temp_dir ("px-history-added-XXXXXX");
  g_autofree char *elsewhere = px_test_make_temp_dir ("px-history-elsewhere-XXXXXX");
  g_autofree char *sub = g_build_filename (added_in, "in", NULL);
  g_autofree char *file = g_build_filename (sub, "report.html", NULL);
  g_autofree char *decoy_sub = g_build_filename (elsewhere, "in", NULL);
  g_autofree char *decoy = g_build_filename (decoy_sub, "report.html", NULL);
  g_autofree char *page_1 = make_page (HEADLINE_1, version_1_text);
  g_autofree char *page_2 = make_page (HEADLINE_2, version_2_text);
  g_autofree char *path = make_temp_db ();
  g_autofree char *story = NULL;
  g_autofree char *added = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *refetched = NULL;
  g_autofree char *err = NULL;
  g_autofree char *old_id = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (decoy_sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, page_1, -1, &error));
  g_assert_true (g_file_set_contents (decoy, page_2, -1, &error));

  g_assert_cmpint (g_chdir (added_in), ==, 0);
  story = px_test_run_cli (0, NULL, "story", "new", "Drones", "--db", path, NULL);
  g_strstrip (story);
  added = px_test_run_cli (0, NULL, "story", "add", story, "./in/../in/report.html", "--db", path, NULL);
  /* told as kept: the whole path, without "." or ".." */
  expected = g_strdup_printf ("\t%s\n", file);
  g_assert_true (g_str_has_suffix (added, expected));

  g_assert_cmpint (g_chdir (elsewhere), ==, 0);
  refetched = px_test_run_cli (0, NULL, "story", "refetch", story, "--db", path, NULL);
  g_assert_nonnull (strstr (refetched, "\tunchanged\t"));

  /* A row kept as typed, as `story add` did before. */
  g_assert_cmpint (g_chdir (added_in), ==, 0);
  {
    g_autoptr(PxStore) store = px_store_open (path, &error);
    g_autoptr(PxArticle) article = NULL;
    gint64 source_id;

    g_assert_no_error (error);
    article = px_extract_html ("in/report.html", page_1, strlen (page_1), NULL, &error);
    g_assert_no_error (error);
    source_id = px_store_add_source (store, g_ascii_strtoll (story, NULL, 10), article, NULL, &error);
    g_assert_no_error (error);
    old_id = g_strdup_printf ("%" G_GINT64_FORMAT, source_id);
  }
  g_free (px_test_run_cli (1, &err, "story", "refetch", story, "--source", old_id, "--db", path, NULL));
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "in/report.html cannot be found: the story keeps this path without the folder"));

  g_assert_cmpint (g_chdir (here), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/diff-edits", test_diff_edits);
  g_test_add_func ("/history/diff-unchanged", test_diff_unchanged);
  g_test_add_func ("/history/diff-bad-input", test_diff_bad_input);
  g_test_add_func ("/history/diff-large", test_diff_large);
  g_test_add_func ("/history/diff-threads", test_diff_threads);
  g_test_add_func ("/history/refetch-server", test_refetch_server);
  g_test_add_func ("/history/headline-version", test_headline_version);
  g_test_add_func ("/history/migration-from-v3", test_migration_from_v3);
  g_test_add_func ("/history/cli", test_cli);
  g_test_add_func ("/history/cli-relative-path", test_cli_relative_path);

  status = g_test_run ();
  px_test_remove_temp_dirs ();
  return status;
}
