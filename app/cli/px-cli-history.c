/* px-cli-history.c: parallax-cli history and story refetch
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-cli-private.h"

#include "px-history.h"
#include "px-json-private.h"
#include "px-versions.h"

#include <stdio.h>

static const char * const formats[] = { "json", "text", NULL };

/* The source @source_id if it is in story @story_id, else NULL with a message. */
static PxSourceRecord *
get_story_source (PxLibrary *store,
                  gint64   story_id,
                  gint64   source_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxStoryInfo) story = px_library_get_story (store, story_id, &error);
  g_autoptr(PxSourceRecord) source = NULL;

  if (story == NULL || (source = px_library_get_source (store, source_id, &error)) == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return NULL;
    }
  if (source->story_id != story_id || source->deleted_at != NULL)
    {
      _px_cli_print_error ("Story %" G_GINT64_FORMAT " (“%s”) has no source %" G_GINT64_FORMAT
                           "; “parallax-cli story show %" G_GINT64_FORMAT "” lists its sources",
                           story_id, story->title, source_id, story_id);
      return NULL;
    }

  return g_steal_pointer (&source);
}

static gboolean
parse_version (const char *text,
               guint       n_versions,
               guint      *number)
{
  guint64 value;

  if (text == NULL)
    return TRUE;
  if (!_px_cli_parse_number ("history", "version", text, G_MAXUINT, &value))
    return FALSE;
  if (value > n_versions)
    {
      _px_cli_print_error ("there is no version %s: the source has %u", text, n_versions);
      return FALSE;
    }

  *number = value;
  return TRUE;
}

static void
print_versions_text (const PxSourceRecord *source,
                     GPtrArray            *versions,
                     const gboolean       *text_changed)
{
  g_autofree char *outlet = _px_cli_field (source->outlet);
  g_autofree char *input = _px_cli_field (source->input);

  _px_cli_print ("Source %" G_GINT64_FORMAT ": %s — %s\n", source->id, outlet, input);
  for (guint i = 0; i < versions->len; i++)
    {
      const PxSourceVersion *version = g_ptr_array_index (versions, i);

      _px_cli_print ("  version %u\tfetched %s\tchecked %s\tsha256 %.12s\t%s\n", version->number, version->fetched_at,
              version->checked_at, version->sha256,
              i == 0 ? "first archived" : text_changed[i] ? "text changed" : "text unchanged");
    }
}

static void
print_words (const char *what,
             GArray     *spans,
             const char *base)
{
  if (spans->len == 0)
    return;

  _px_cli_print ("      %s:", what);
  for (guint i = 0; i < spans->len; i++)
    {
      const PxTextSpan *span = &g_array_index (spans, PxTextSpan, i);

      _px_cli_print ("%s “%.*s”", i > 0 ? "," : "", (int) (span->end - span->start), base + span->start);
    }
  _px_cli_print ("\n");
}

static void
print_differences (GPtrArray *differences)
{
  for (guint i = 0; i < differences->len; i++)
    {
      PxDifference *difference = g_ptr_array_index (differences, i);

      _px_cli_print ("      %s: %s\n", px_difference_kind_to_string (px_difference_get_kind (difference)),
              px_difference_get_summary (difference));
    }
}

static void
print_field (const char           *name,
             const PxHistoryField *field)
{
  if (!field->changed)
    return;

  g_autofree char *from = _px_cli_field (field->from);
  g_autofree char *to = _px_cli_field (field->to);

  _px_cli_print ("  %s: “%s” → “%s”\n", name, from, to);
  print_differences (field->differences);
}

static void
print_diff_text (PxHistoryDiff *diff)
{
  PxDocument *from = px_history_diff_get_document (diff, PX_HISTORY_FROM);
  PxDocument *to = px_history_diff_get_document (diff, PX_HISTORY_TO);

  _px_cli_print ("\n%s → %s: %u reworded, %u added, %u removed, %u unchanged sentences\n",
          px_history_diff_get_label (diff, PX_HISTORY_FROM), px_history_diff_get_label (diff, PX_HISTORY_TO),
          px_history_diff_count (diff, PX_HISTORY_REWORDED), px_history_diff_count (diff, PX_HISTORY_ADDED),
          px_history_diff_count (diff, PX_HISTORY_REMOVED), px_history_diff_count (diff, PX_HISTORY_UNCHANGED));
  print_field ("headline", px_history_diff_get_title (diff));
  print_field ("byline", px_history_diff_get_byline (diff));

  for (guint i = 0; i < px_history_diff_get_n_entries (diff); i++)
    {
      const PxHistoryEntry *entry = px_history_diff_get_entry (diff, i);
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;

      if (entry->from_sentence != PX_HISTORY_NO_SENTENCE)
        old_text = px_history_diff_dup_sentence_text (diff, PX_HISTORY_FROM, entry->from_sentence);
      if (entry->to_sentence != PX_HISTORY_NO_SENTENCE)
        new_text = px_history_diff_dup_sentence_text (diff, PX_HISTORY_TO, entry->to_sentence);

      switch (entry->change)
        {
        case PX_HISTORY_UNCHANGED:
          break;
        case PX_HISTORY_ADDED:
          _px_cli_print ("  + %s\n", new_text);
          break;
        case PX_HISTORY_REMOVED:
          _px_cli_print ("  - %s\n", old_text);
          break;
        case PX_HISTORY_REWORDED:
          _px_cli_print ("  ~ %s\n    → %s\n", old_text, new_text);
          print_words ("removed", entry->removed_words,
                       from->text + px_document_sentence (from, entry->from_sentence)->start);
          print_words ("added", entry->added_words, to->text + px_document_sentence (to, entry->to_sentence)->start);
          print_differences (entry->differences);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* history STORY --source N [--from V] [--to V] */
int
_px_cli_history (int    argc,
                 char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *format = NULL;
  g_autofree char *source_arg = NULL;
  g_autofree char *from_arg = NULL;
  g_autofree char *to_arg = NULL;
  GOptionEntry entries[] = {
    PX_CLI_DB_OPTION (db),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default) or json", "FORMAT" },
    { "source", 's', 0, G_OPTION_ARG_STRING, &source_arg, "The source's number, as “story show” lists it", "N" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_arg, "Compare from this version (1 = first archived)", "V" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_arg, "Compare up to this version (default: the newest)", "V" },
    { NULL }
  };
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(PxSourceRecord) source = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) diffs = g_ptr_array_new_with_free_func ((GDestroyNotify) px_history_diff_unref);
  g_autoptr(GError) error = NULL;
  g_autofree gboolean *text_changed = NULL;
  g_autofree char *previous_text = NULL;
  gint64 story_id, source_id;
  guint from = 0, to = 0;

  if (!_px_cli_parse_options ("history", "STORY --source N",
                              "Print a source's archived versions in time order and what changed between them:\n"
                              "between each version and the next, or between --from and --to.",
                              entries, &argc, &argv)
      || !_px_cli_check_format ("history", format, formats))
    return PX_CLI_EXIT_USAGE;
  if (argc != 2 || source_arg == NULL)
    {
      fprintf (stderr, "parallax-cli history: give one STORY and --source N\n");
      return PX_CLI_EXIT_USAGE;
    }
  if (!_px_cli_parse_id ("history", "story", argv[1], &story_id)
      || !_px_cli_parse_id ("history", "source", source_arg, &source_id))
    return PX_CLI_EXIT_USAGE;

  if ((store = _px_cli_open_store_existing (db)) == NULL)
    return PX_CLI_EXIT_FAILED;
  if ((source = get_story_source (store, story_id, source_id)) == NULL)
    return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
  if ((versions = px_library_list_source_versions (store, source_id, &error)) == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
    }
  if (!parse_version (from_arg, versions->len, &from) || !parse_version (to_arg, versions->len, &to))
    return _px_cli_close_store (store, PX_CLI_EXIT_USAGE);

  text_changed = g_new0 (gboolean, versions->len);
  for (guint i = 0; i < versions->len; i++)
    {
      const PxSourceVersion *version = g_ptr_array_index (versions, i);
      g_autofree char *text = px_library_get_version_text (store, version->id, &error);

      if (text == NULL)
        {
          _px_cli_print_error ("%s", error->message);
          return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
        }
      text_changed[i] = previous_text != NULL && g_strcmp0 (previous_text, text) != 0;
      g_free (previous_text);
      previous_text = g_steal_pointer (&text);
    }

  /* One pair when either end is given, else every version and the next. */
  if (from_arg != NULL || to_arg != NULL)
    {
      if (to == 0)
        to = versions->len;
      if (from == 0)
        from = to > 1 ? to - 1 : 1;
      if (from == to)
        {
          fprintf (stderr, "parallax-cli history: --from and --to name the same version\n");
          return _px_cli_close_store (store, PX_CLI_EXIT_USAGE);
        }
    }
  for (guint i = 0; from != 0 ? i == 0 : i + 1 < versions->len; i++)
    {
      PxHistoryDiff *diff = px_versions_diff (store, source_id, from != 0 ? from : i + 1, from != 0 ? to : i + 2,
                                              NULL, &error);

      if (diff == NULL)
        {
          _px_cli_print_error ("%s", error->message);
          return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
        }
      g_ptr_array_add (diffs, diff);
    }

  if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "story");
      json_builder_add_int_value (builder, story_id);
      json_builder_set_member_name (builder, "source");
      json_builder_add_int_value (builder, source_id);
      _px_json_add_string_or_null (builder, "input", source->input);
      _px_json_add_string_or_null (builder, "outlet", source->outlet);
      json_builder_set_member_name (builder, "versions");
      json_builder_begin_array (builder);
      for (guint i = 0; i < versions->len; i++)
        {
          const PxSourceVersion *version = g_ptr_array_index (versions, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "number");
          json_builder_add_int_value (builder, version->number);
          _px_json_add_string_or_null (builder, "fetched_at", version->fetched_at);
          _px_json_add_string_or_null (builder, "checked_at", version->checked_at);
          _px_json_add_string_or_null (builder, "sha256", version->sha256);
          _px_json_add_string_or_null (builder, "title", version->title);
          _px_json_add_string_or_null (builder, "byline", version->byline);
          json_builder_set_member_name (builder, "text_changed");
          if (i == 0)
            json_builder_add_null_value (builder);
          else
            json_builder_add_boolean_value (builder, text_changed[i]);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      json_builder_set_member_name (builder, "diffs");
      json_builder_begin_array (builder);
      for (guint i = 0; i < diffs->len; i++)
        {
          guint a = from != 0 ? from : i + 1;
          guint b = from != 0 ? to : i + 2;

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "from");
          json_builder_add_int_value (builder, a);
          json_builder_set_member_name (builder, "to");
          json_builder_add_int_value (builder, b);
          json_builder_set_member_name (builder, "diff");
          px_history_diff_build_json (g_ptr_array_index (diffs, i), builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      _px_cli_print_json_line (root);
    }
  else
    {
      print_versions_text (source, versions, text_changed);
      for (guint i = 0; i < diffs->len; i++)
        print_diff_text (g_ptr_array_index (diffs, i));
      fflush (stdout);
    }

  return _px_cli_close_store (store, PX_CLI_EXIT_OK);
}

static void
print_outcome (PxRefetchOutcome *outcome,
               gboolean          json)
{
  PxReanchorReport *report = outcome->report;

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "source");
      json_builder_add_int_value (builder, outcome->source_id);
      _px_json_add_string_or_null (builder, "input", outcome->input);
      if (report == NULL)
        _px_json_add_string_or_null (builder, "error", outcome->error->message);
      else
        {
          json_builder_set_member_name (builder, "changed");
          json_builder_add_boolean_value (builder, report->changed);
          json_builder_set_member_name (builder, "version_id");
          json_builder_add_int_value (builder, report->version_id);
          json_builder_set_member_name (builder, "needs_review");
          json_builder_add_int_value (builder, report->n_needs_review);
          json_builder_set_member_name (builder, "targets");
          json_builder_begin_array (builder);
          for (guint i = 0; i < report->outcomes->len; i++)
            {
              const PxReanchorOutcome *target = &g_array_index (report->outcomes, PxReanchorOutcome, i);

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "annotation");
              json_builder_add_int_value (builder, target->annotation_id);
              json_builder_set_member_name (builder, "target");
              json_builder_add_int_value (builder, target->target_id);
              json_builder_set_member_name (builder, "attached");
              json_builder_add_boolean_value (builder, target->attached);
              _px_json_add_string_or_null (builder, "method", px_anchor_method_to_string (target->method));
              json_builder_set_member_name (builder, "confidence");
              json_builder_add_double_value (builder, target->confidence);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      _px_cli_print_json_line (root);
    }
  else if (report == NULL)
    _px_cli_print_error ("%s", outcome->error->message);
  else
    {
      g_autofree char *input = _px_cli_field (outcome->input);

      if (report->changed)
        _px_cli_print ("%" G_GINT64_FORMAT "\tnew version\t%u passages re-attached, %u to review\t%s\n",
                       outcome->source_id, report->outcomes->len - report->n_needs_review, report->n_needs_review,
                       input);
      else
        _px_cli_print ("%" G_GINT64_FORMAT "\tunchanged\tchecked\t%s\n", outcome->source_id, input);
      fflush (stdout);
    }
}

/* story refetch STORY [--source N] */
int
_px_cli_story_refetch (int    argc,
                       char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *format = NULL;
  g_autofree char *source_arg = NULL;
  GOptionEntry entries[] = {
    PX_CLI_DB_OPTION (db),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output format: text (default) or json", "FORMAT" },
    { "source", 's', 0, G_OPTION_ARG_STRING, &source_arg, "Only this source (default: every one)", "N" },
    { NULL }
  };
  g_autoptr(PxLibrary) store = NULL;
  g_autoptr(PxFetcher) fetcher = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story_id, source_id = 0;
  int status = PX_CLI_EXIT_OK;

  if (!_px_cli_parse_options ("story refetch", "STORY",
                              "Fetch or read each source of the story again. A changed article is stored as a\n"
                              "new version and its annotations re-attached; an unchanged one is only marked\n"
                              "as checked. Prints one line per source.",
                              entries, &argc, &argv)
      || !_px_cli_check_format ("story refetch", format, formats))
    return PX_CLI_EXIT_USAGE;
  if (!_px_cli_parse_story_argument ("story refetch", argc, argv, &story_id)
      || (source_arg != NULL && !_px_cli_parse_id ("story refetch", "source", source_arg, &source_id)))
    return PX_CLI_EXIT_USAGE;

  fetcher = _px_cli_new_fetcher ();
  if ((store = _px_cli_open_store_existing (db)) == NULL)
    return PX_CLI_EXIT_FAILED;

  if (source_id != 0)
    {
      g_autoptr(PxSourceRecord) source = get_story_source (store, story_id, source_id);
      PxRefetchOutcome *outcome;

      if (source == NULL)
        return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
      outcome = g_new0 (PxRefetchOutcome, 1);
      outcome->source_id = source_id;
      outcome->input = g_strdup (source->input);
      outcome->report = px_versions_refetch_source (store, fetcher, source_id, NULL, &outcome->error);
      outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) px_refetch_outcome_free);
      g_ptr_array_add (outcomes, outcome);
    }
  else if ((outcomes = px_versions_refetch_story (store, fetcher, story_id, NULL, &error)) == NULL)
    {
      _px_cli_print_error ("%s", error->message);
      return _px_cli_close_store (store, PX_CLI_EXIT_FAILED);
    }

  for (guint i = 0; i < outcomes->len; i++)
    {
      PxRefetchOutcome *outcome = g_ptr_array_index (outcomes, i);

      print_outcome (outcome, g_strcmp0 (format, "json") == 0);
      if (outcome->report == NULL)
        status = PX_CLI_EXIT_FAILED;
    }

  return _px_cli_close_store (store, status);
}
