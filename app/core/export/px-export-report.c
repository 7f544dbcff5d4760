/* px-export-report.c: what the story report says, before it is Markdown or HTML
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-export-private.h"
#include "px-outlets.h"
#include "px-session.h"

#include <stdlib.h>
#include <string.h>

static void
run_free (PxRun *self)
{
  g_free (self->text);
  g_free (self->target);
  g_free (self->style);
  g_free (self);
}

void
_px_block_free (PxBlock *self)
{
  if (self == NULL)
    return;

  g_free (self->label);
  g_free (self->style);
  g_ptr_array_unref (self->runs);
  g_ptr_array_unref (self->children);
  g_free (self);
}

static PxBlock *
block_new (PxBlockKind kind)
{
  PxBlock *self = g_new0 (PxBlock, 1);

  self->kind = kind;
  self->runs = g_ptr_array_new_with_free_func ((GDestroyNotify) run_free);
  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) _px_block_free);
  return self;
}

/* Adds a new block of @kind as the last child of @parent and returns it. */
static PxBlock *
add_block (PxBlock     *parent,
           PxBlockKind  kind)
{
  PxBlock *block = block_new (kind);

  g_ptr_array_add (parent->children, block);
  return block;
}

static PxRun *
add_run (PxBlock    *block,
         PxRunKind   kind,
         const char *text)
{
  PxRun *run = g_new0 (PxRun, 1);

  run->kind = kind;
  run->text = _px_export_clean_text (text != NULL ? text : "");
  g_ptr_array_add (block->runs, run);
  return run;
}

static void
add_styled_run (PxBlock    *block,
                PxRunKind   kind,
                const char *text,
                const char *style)
{
  add_run (block, kind, text)->style = g_strdup (style);
}

static void G_GNUC_PRINTF (2, 3)
add_text (PxBlock    *block,
          const char *format,
          ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  add_run (block, PX_RUN_TEXT, text);
}

static PxBlock *
add_heading (PxBlock    *parent,
             int         level,
             const char *text)
{
  PxBlock *heading = add_block (parent, PX_BLOCK_HEADING);

  heading->level = level;
  if (text != NULL)
    add_run (heading, PX_RUN_TEXT, text);
  return heading;
}

static PxBlock *
add_group (PxBlock    *parent,
           const char *style)
{
  PxBlock *group = add_block (parent, PX_BLOCK_GROUP);

  group->style = g_strdup (style);
  return group;
}

static PxBlock *
add_fact (PxBlock    *facts,
          const char *label)
{
  PxBlock *fact = add_block (facts, PX_BLOCK_FACT);

  fact->label = g_strdup (label);
  return fact;
}

static void
add_text_fact (PxBlock    *facts,
               const char *label,
               PxRunKind   kind,
               const char *value)
{
  if (value != NULL && *value != '\0')
    add_run (add_fact (facts, label), kind, value);
}

/* Multi-line text (a note) with its line breaks kept. */
static void
add_lines (PxBlock    *block,
           const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize len = strlen (lines[i]);

      /* Windows line ends: the break is the line feed. */
      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
      if (i > 0)
        add_run (block, PX_RUN_BREAK, NULL);
      add_run (block, PX_RUN_TEXT, lines[i]);
    }
}

static const char *
plural (guint n,
        const char *one,
        const char *many)
{
  return n == 1 ? one : many;
}

/* Sources */

static void
add_source (PxBlock        *section,
            guint           index,
            PxExportSource *source)
{
  const PxSourceRecord *record = source->record;
  g_autofree char *heading = g_strdup_printf ("%u. %s", index + 1, source->label);
  PxBlock *facts;
  PxBlock *fact;

  add_heading (section, 3, heading);
  facts = add_block (section, PX_BLOCK_FACTS);
  add_text_fact (facts, "Title", PX_RUN_PAGE, record->title);
  add_text_fact (facts, "Byline", PX_RUN_PAGE, record->byline);
  add_text_fact (facts, "Published", PX_RUN_TEXT, record->published);
  /* when the page said it was last changed, as it said it */
  add_text_fact (facts, "Updated", PX_RUN_TEXT, record->updated);
  if (source->web_url != NULL)
    {
      fact = add_fact (facts, "URL");
      add_run (fact, PX_RUN_LINK, source->web_url)->target = g_strdup (source->web_url);
    }
  else
    add_text_fact (facts, "Input", PX_RUN_CODE, record->input);
  if (record->final_url != NULL && g_strcmp0 (record->final_url, source->web_url) != 0
      && !px_input_is_sample (record->input))
    add_text_fact (facts, "Fetched from", PX_RUN_CODE, record->final_url);

  fact = add_fact (facts, "Fetched");
  add_text (fact, "%s", record->fetched_at != NULL ? record->fetched_at : "unknown");
  if (record->n_versions > 1)
    add_text (fact, " (version %u of %u)", record->version, record->n_versions);
  if (record->checked_at != NULL && g_strcmp0 (record->checked_at, record->fetched_at) != 0)
    add_text (fact, "; checked unchanged %s", record->checked_at);

  add_text_fact (facts, "SHA-256", PX_RUN_CODE, record->sha256);
}

static void
add_sources (PxExportData *data,
             PxBlock      *root)
{
  add_heading (root, 2, "Sources");
  if (data->sources->len == 0)
    add_text (add_block (root, PX_BLOCK_PARAGRAPH), "The story has no sources yet.");

  for (guint i = 0; i < data->sources->len; i++)
    add_source (root, i, g_ptr_array_index (data->sources, i));
}

/* Claims */

static const char *
kind_style (PxDifferenceKind kind)
{
  static const char * const styles[] = {
    [PX_DIFFERENCE_NUMBER] = "kind-number",
    [PX_DIFFERENCE_TIME] = "kind-time",
    [PX_DIFFERENCE_QUOTE] = "kind-quote",
    [PX_DIFFERENCE_HEDGING] = "kind-hedging",
    [PX_DIFFERENCE_CONTRADICTION] = "kind-contradiction",
    [PX_DIFFERENCE_ENTITY] = "kind-entity",
  };

  return kind < G_N_ELEMENTS (styles) ? styles[kind] : "kind-other";
}

typedef struct
{
  guint start;
  guint end;
  PxDifferenceKind kind;
} Mark;

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *ma = a;
  const Mark *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  return ma->end < mb->end ? 1 : ma->end > mb->end ? -1 : 0;
}

/* Appends @length characters of @text from character @start, as @kind. */
static void
add_chars (PxBlock     *block,
           PxRunKind    kind,
           const char  *text,
           guint        start,
           guint        end,
           const char  *style)
{
  const char *from = g_utf8_offset_to_pointer (text, start);
  const char *to = g_utf8_offset_to_pointer (text, end);
  g_autofree char *part = NULL;

  if (end <= start)
    return;

  part = g_strndup (from, to - from);
  add_styled_run (block, kind, part, style);
}

/* One sentence, with the words its claim's differences point at marked. */
static void
add_sentence (PxBlock      *block,
              PxComparison *comparison,
              PxClaim      *claim,
              guint         source,
              guint         sentence)
{
  g_autofree char *text = px_comparison_dup_sentence_text (comparison, source, sentence);
  guint length = g_utf8_strlen (text, -1);
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  guint done = 0;

  for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
    {
      PxDifference *difference = px_claim_get_difference (claim, d);
      guint n_spans;
      const PxTextSpan *spans = px_difference_get_spans (difference, &n_spans);

      for (guint s = 0; s < n_spans; s++)
        if (spans[s].source == source && spans[s].sentence == sentence)
          {
            Mark mark = { MIN (spans[s].char_start, length), MIN (spans[s].char_end, length),
                          px_difference_get_kind (difference) };

            g_array_append_val (marks, mark);
          }
    }
  g_array_sort (marks, compare_marks);

  /* Overlapping spans: the one that starts first (the longest) wins. */
  for (guint m = 0; m < marks->len; m++)
    {
      const Mark *mark = &g_array_index (marks, Mark, m);

      if (mark->end <= done)
        continue;
      add_chars (block, PX_RUN_PAGE, text, done, MAX (mark->start, done), NULL);
      add_chars (block, PX_RUN_MARK, text, MAX (mark->start, done), mark->end, kind_style (mark->kind));
      done = mark->end;
    }
  add_chars (block, PX_RUN_PAGE, text, done, length, NULL);
}

static char *
join_labels (PxExportData *data,
             const guint  *sources,
             guint         n_sources)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_sources; i++)
    {
      PxExportSource *source = g_ptr_array_index (data->sources, sources[i]);

      if (i > 0)
        g_string_append (text, i + 1 == n_sources ? " and " : ", ");
      g_string_append (text, source->label);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Where a claim's section starts ("claim-3"), as GitHub's Markdown also
 * names its "Claim 3" heading.
 */
static char *
claim_anchor (guint    claim_number,
              gboolean as_link)
{
  return g_strdup_printf ("%sclaim-%u", as_link ? "#" : "", claim_number);
}

/* How sure Parallax is of @difference, in the window's words (its
 * tooltip's "Parallax is fairly sure this difference is real."): a report
 * had given "Ten dead vs Several die" (0.56) as flatly as 0.97.
 */
static void
add_certainty (PxBlock      *item,
               PxDifference *difference)
{
  double confidence = px_difference_get_confidence (difference);

  add_text (item, " — %s", confidence >= PX_SESSION_SURE ? "Parallax is confident"
                           : confidence >= PX_DIFFERENCE_CONFIDENT ? "Parallax is fairly sure"
                           : "less certain");
}

static void
add_difference (PxBlock      *list,
                PxDifference *difference,
                guint         claim_number)
{
  PxDifferenceKind kind = px_difference_get_kind (difference);
  PxBlock *item = add_block (list, PX_BLOCK_ITEM);

  add_styled_run (item, PX_RUN_BADGE, px_difference_kind_to_string (kind), kind_style (kind));
  add_text (item, " ");
  add_run (item, PX_RUN_PAGE, px_difference_get_summary (difference));
  if (claim_number > 0)
    {
      g_autofree char *text = g_strdup_printf ("claim %u", claim_number);

      add_text (item, " (");
      add_run (item, PX_RUN_LINK, text)->target = claim_anchor (claim_number, TRUE);
      add_text (item, ")");
    }
  add_certainty (item, difference);
}

/* A claim's number, linked to its section when it has one (claims that
 * more than one outlet carries).
 */
static void
add_claim_number (PxBlock      *item,
                  PxComparison *comparison,
                  guint         index)
{
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  guint n_sources;

  px_claim_get_sources (px_comparison_get_claim (comparison, index), &n_sources);
  if (n_sources > 1)
    add_run (item, PX_RUN_LINK, number)->target = claim_anchor (index + 1, TRUE);
  else
    add_run (item, PX_RUN_TEXT, number);
}

/* A slot link: a difference between a sentence of claim @index and one of
 * another claim, as "(claims 4 and 7)" after the summary, the way
 * `parallax-cli compare` lists it.
 */
static void
add_linked_difference (PxBlock      *list,
                       PxComparison *comparison,
                       PxDifference *difference,
                       guint         index)
{
  PxDifferenceKind kind = px_difference_get_kind (difference);
  PxBlock *item = add_block (list, PX_BLOCK_ITEM);
  guint other = index, n_spans;
  const PxTextSpan *spans = px_difference_get_spans (difference, &n_spans);

  for (guint i = 0; i < n_spans; i++)
    {
      guint where = px_comparison_get_sentence_claim (comparison, spans[i].source, spans[i].sentence);

      if (where != index && where < px_comparison_get_n_claims (comparison))
        other = where;
    }

  add_styled_run (item, PX_RUN_BADGE, px_difference_kind_to_string (kind), kind_style (kind));
  add_text (item, " ");
  add_run (item, PX_RUN_PAGE, px_difference_get_summary (difference));
  add_text (item, " (claims ");
  add_claim_number (item, comparison, MIN (index, other));
  add_text (item, " and ");
  add_claim_number (item, comparison, MAX (index, other));
  add_text (item, ")");
  add_certainty (item, difference);
}

static void
add_shared_claim (PxExportData *data,
                  PxBlock      *section,
                  guint         index)
{
  PxComparison *comparison = data->comparison;
  PxClaim *claim = px_comparison_get_claim (comparison, index);
  guint n_sources, n_missing, n_members;
  const guint *sources = px_claim_get_sources (claim, &n_sources);
  const guint *missing = px_claim_get_missing (claim, &n_missing);
  const PxSentenceRef *members = px_claim_get_members (claim, &n_members);
  g_autofree char *heading = g_strdup_printf ("Claim %u", index + 1);
  g_autofree char *carried = join_labels (data, sources, n_sources);
  PxBlock *group = add_group (section, "claim");
  PxBlock *paragraph;
  PxBlock *list;

  group->label = claim_anchor (index + 1, FALSE);

  add_heading (group, 4, heading);
  paragraph = add_block (group, PX_BLOCK_PARAGRAPH);
  add_run (paragraph, PX_RUN_STRONG, "Carried by ");
  add_text (paragraph, "%s", carried);
  if (n_missing > 0)
    {
      g_autofree char *absent = join_labels (data, missing, n_missing);

      add_text (paragraph, "; ");
      add_run (paragraph, PX_RUN_STRONG, "not reported by ");
      add_text (paragraph, "%s", absent);
    }
  add_text (paragraph, ".");

  list = add_block (group, PX_BLOCK_LIST);
  for (guint m = 0; m < n_members; m++)
    {
      PxExportSource *source = g_ptr_array_index (data->sources, members[m].source);
      PxBlock *item = add_block (list, PX_BLOCK_ITEM);

      add_run (item, PX_RUN_STRONG, source->label);
      add_text (item, ": ");
      add_sentence (item, comparison, claim, members[m].source, members[m].sentence);
    }

  if (px_claim_get_n_differences (claim) > 0)
    {
      paragraph = add_block (group, PX_BLOCK_PARAGRAPH);
      add_run (paragraph, PX_RUN_STRONG, "How they differ:");
      list = add_block (group, PX_BLOCK_LIST);
      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        add_difference (list, px_claim_get_difference (claim, d), 0);
    }
}

/* One row per claim, one column per source. */
static void
add_claims_table (PxExportData *data,
                  PxBlock      *section)
{
  PxComparison *comparison = data->comparison;
  PxBlock *table = add_block (section, PX_BLOCK_TABLE);
  PxBlock *row = add_block (table, PX_BLOCK_ROW);

  add_run (add_block (row, PX_BLOCK_CELL), PX_RUN_TEXT, "Claim");
  for (guint s = 0; s < data->sources->len; s++)
    add_run (add_block (row, PX_BLOCK_CELL), PX_RUN_TEXT,
             ((PxExportSource *) g_ptr_array_index (data->sources, s))->label);

  for (guint c = 0; c < px_comparison_get_n_claims (comparison); c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);
      guint n_members, n_sources;
      const PxSentenceRef *members = px_claim_get_members (claim, &n_members);
      g_autofree char *number = NULL;
      gboolean furniture;
      PxBlock *cell;

      row = add_block (table, PX_BLOCK_ROW);
      cell = add_block (row, PX_BLOCK_CELL);
      number = g_strdup_printf ("%u", c + 1);
      px_claim_get_sources (claim, &n_sources);
      furniture = px_claim_is_furniture (claim);
      /* Claims more than one outlet carries have a section of their own. */
      if (n_sources > 1 && !furniture)
        add_run (cell, PX_RUN_LINK, number)->target = claim_anchor (c + 1, TRUE);
      else
        add_run (cell, PX_RUN_TEXT, number);
      /* A date line or byline is a line of the page: the other outlets
       * did not leave out a claim by not carrying it. */
      if (furniture)
        {
          add_text (cell, " ");
          add_run (cell, PX_RUN_MISSING, "a date line or byline, not a claim");
        }
      for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
        {
          PxDifferenceKind kind = px_difference_get_kind (px_claim_get_difference (claim, d));

          add_text (cell, " ");
          add_styled_run (cell, PX_RUN_BADGE, px_difference_kind_to_string (kind), kind_style (kind));
        }

      for (guint s = 0; s < data->sources->len; s++)
        {
          gboolean first = TRUE;

          cell = add_block (row, PX_BLOCK_CELL);
          for (guint m = 0; m < n_members; m++)
            {
              if (members[m].source != s)
                continue;
              if (!first)
                add_text (cell, " ");
              add_sentence (cell, comparison, claim, s, members[m].sentence);
              first = FALSE;
            }
          if (first && !furniture)
            add_run (cell, PX_RUN_MISSING, "not reported");
        }
    }
}

static void
add_claims (PxExportData *data,
            PxBlock      *root)
{
  PxComparison *comparison = data->comparison;
  guint n_claims, n_everywhere = 0, n_shared = 0, n_furniture = 0, n_differences;
  PxBlock *paragraph;
  PxBlock *list;

  add_heading (root, 2, "Claims");
  paragraph = add_block (root, PX_BLOCK_PARAGRAPH);
  if (comparison == NULL)
    {
      add_text (paragraph, "The sources could not be compared: %s.",
                data->comparison_problem != NULL ? data->comparison_problem : "no comparison");
      return;
    }

  n_claims = px_comparison_get_n_claims (comparison);
  n_differences = px_comparison_get_n_differences (comparison);
  for (guint c = 0; c < n_claims; c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);
      guint n_sources;

      /* A date line or byline is neither a claim nor one outlet's alone. */
      if (px_claim_is_furniture (claim))
        {
          n_furniture++;
          continue;
        }
      px_claim_get_sources (claim, &n_sources);
      if (n_sources > 1)
        n_shared++;
      if (n_sources == data->sources->len)
        n_everywhere++;
    }
  add_text (paragraph, "%u %s: %u carried by every source, %u by some of them, %u by one source only; ",
            n_claims - n_furniture, plural (n_claims - n_furniture, "claim", "claims"), n_everywhere,
            n_shared - n_everywhere, n_claims - n_furniture - n_shared);
  if (n_furniture > 0)
    add_text (paragraph, "%u %s; ", n_furniture,
              plural (n_furniture, "date line or byline, not a claim", "date lines or bylines, not claims"));
  add_text (paragraph, "%u %s between the outlets.", n_differences,
            plural (n_differences, "difference", "differences"));

  if (n_differences > 0)
    {
      add_heading (root, 3, "Differences");
      list = add_block (root, PX_BLOCK_LIST);
      for (guint c = 0; c < n_claims; c++)
        {
          PxClaim *claim = px_comparison_get_claim (comparison, c);

          for (guint d = 0; d < px_claim_get_n_differences (claim); d++)
            add_difference (list, px_claim_get_difference (claim, d), c + 1);
        }
    }

  /* Differences between sentences of two claims (slot links), apart, as
   * the compare reports list them: the claims' own stay as they were. */
  for (guint c = 0, first = TRUE; c < n_claims; c++)
    {
      PxClaim *claim = px_comparison_get_claim (comparison, c);

      for (guint d = 0; d < px_claim_get_n_linked_differences (claim); d++)
        {
          if (first)
            {
              add_heading (root, 3, "Differences between claims");
              list = add_block (root, PX_BLOCK_LIST);
            }
          first = FALSE;
          add_linked_difference (list, comparison, px_claim_get_linked_difference (claim, d), c);
        }
    }

  if (n_shared > 0)
    {
      add_heading (root, 3, "Claims carried by more than one outlet");
      for (guint c = 0; c < n_claims; c++)
        {
          PxClaim *claim = px_comparison_get_claim (comparison, c);
          guint n_sources;

          px_claim_get_sources (claim, &n_sources);
          if (n_sources > 1 && !px_claim_is_furniture (claim))
            add_shared_claim (data, root, c);
        }
    }

  add_heading (root, 3, "All claims side by side");
  add_claims_table (data, root);
}

/* Annotations */

static const char *
verdict_style (PxVerdict verdict)
{
  switch (verdict)
    {
    case PX_VERDICT_ACCURATE:
      return "verdict-accurate";
    case PX_VERDICT_MISLEADING:
      return "verdict-misleading";
    case PX_VERDICT_FALSE:
      return "verdict-false";
    case PX_VERDICT_NEEDS_CONTEXT:
      return "verdict-needs-context";
    case PX_VERDICT_OPINION:
      return "verdict-opinion";
    case PX_VERDICT_UNVERIFIED:
    default:
      return "verdict-unverified";
    }
}

static void
add_target (PxExportData       *data,
            PxBlock            *list,
            PxAnnotationTarget *target)
{
  PxExportSource *source = _px_export_data_find_source (data, target->source_id);
  PxSourceVersion *version;
  PxBlock *item;

  if (source == NULL)
    return;
  version = _px_export_source_find_version (source, target->version_id);
  item = add_block (list, PX_BLOCK_ITEM);

  add_run (item, PX_RUN_STRONG, source->label);
  add_text (item, ", characters %u to %u", target->selector->start, target->selector->end);
  if (version != NULL && source->record->n_versions > 1)
    add_text (item, " of version %u", version->number);
  if (target->state == PX_ANNOTATION_STATE_NEEDS_REVIEW)
    add_text (item, " (needs review: not found again in the page as fetched later; best match %.0f%%)",
              target->confidence * 100);
  add_text (item, ": “");
  if (target->selector->prefix != NULL && *target->selector->prefix != '\0')
    {
      add_text (item, "…");
      add_run (item, PX_RUN_PAGE, target->selector->prefix);
    }
  add_styled_run (item, PX_RUN_MARK, target->selector->exact, "annotated");
  if (target->selector->suffix != NULL && *target->selector->suffix != '\0')
    {
      add_run (item, PX_RUN_PAGE, target->selector->suffix);
      add_text (item, "…");
    }
  add_text (item, "”");
}

static void
add_annotation (PxExportData *data,
                PxBlock      *section,
                guint         index,
                PxAnnotation *annotation)
{
  PxBlock *group = add_group (section, "annotation");
  PxBlock *heading = add_heading (group, 3, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  PxBlock *paragraph;
  PxBlock *list;

  for (guint t = 0; t < annotation->targets->len; t++)
    {
      PxAnnotationTarget *target = g_ptr_array_index (annotation->targets, t);
      PxExportSource *source = _px_export_data_find_source (data, target->source_id);

      if (source != NULL && !g_ptr_array_find (labels, source->label, NULL))
        g_ptr_array_add (labels, source->label);
    }

  add_text (heading, "%u. ", index + 1);
  add_styled_run (heading, PX_RUN_BADGE, _px_export_verdict_label (annotation->verdict),
                  verdict_style (annotation->verdict));
  if (labels->len > 0)
    {
      g_ptr_array_add (labels, NULL);
      g_autofree char *joined = g_strjoinv (", ", (char **) labels->pdata);

      add_text (heading, " on %s", joined);
    }
  if (annotation->targets->len > 1)
    add_text (heading, " (a claim, %u passages)", annotation->targets->len);

  paragraph = add_block (group, PX_BLOCK_PARAGRAPH);
  if (annotation->author != NULL)
    add_text (paragraph, "Created by %s %s", annotation->author, annotation->created_at);
  else
    add_text (paragraph, "Created %s", annotation->created_at);
  if (g_strcmp0 (annotation->updated_at, annotation->created_at) != 0)
    {
      if (annotation->updated_by != NULL && g_strcmp0 (annotation->updated_by, annotation->author) != 0)
        add_text (paragraph, ", changed by %s %s", annotation->updated_by, annotation->updated_at);
      else
        add_text (paragraph, ", changed %s", annotation->updated_at);
    }
  add_text (paragraph, ".");
  if (annotation->reviewed_by != NULL)
    add_text (paragraph, " Verdict reviewed by %s %s.", annotation->reviewed_by, annotation->reviewed_at);
  if (annotation->state == PX_ANNOTATION_STATE_NEEDS_REVIEW)
    {
      add_text (paragraph, " ");
      add_run (paragraph, PX_RUN_STRONG, "Needs review:");
      add_text (paragraph, " the page changed since; a passage below is quoted as it was.");
    }
  else if (annotation->state == PX_ANNOTATION_STATE_DISMISSED)
    {
      add_text (paragraph, " ");
      add_run (paragraph, PX_RUN_STRONG, "Dismissed.");
    }

  if (annotation->note != NULL && *annotation->note != '\0')
    add_lines (add_block (group, PX_BLOCK_QUOTE), annotation->note);

  list = add_block (group, PX_BLOCK_LIST);
  for (guint t = 0; t < annotation->targets->len; t++)
    add_target (data, list, g_ptr_array_index (annotation->targets, t));
}

static void
add_annotations (PxExportData *data,
                 PxBlock      *root)
{
  add_heading (root, 2, "Annotations");
  if (data->annotations->len == 0)
    add_text (add_block (root, PX_BLOCK_PARAGRAPH), "No annotations.");

  for (guint i = 0; i < data->annotations->len; i++)
    add_annotation (data, root, i, g_ptr_array_index (data->annotations, i));
}

PxBlock *
_px_export_build_report (PxExportData *data)
{
  g_autoptr(PxBlock) root = block_new (PX_BLOCK_GROUP);
  PxBlock *paragraph;

  add_heading (root, 1, data->story->title);

  paragraph = add_block (root, PX_BLOCK_PARAGRAPH);
  add_text (paragraph, "A Parallax report, made %s", data->generated_at);
  if (data->author != NULL)
    add_text (paragraph, " by %s", data->author);
  add_text (paragraph, ". The story was started %s and last changed %s. "
            "%u %s, %u %s. Quoted text is the text Parallax extracted from each page; "
            "character offsets count in it.",
            data->story->created_at, data->story->updated_at,
            data->sources->len, plural (data->sources->len, "source", "sources"),
            data->annotations->len, plural (data->annotations->len, "annotation", "annotations"));

  add_sources (data, root);
  add_claims (data, root);
  add_annotations (data, root);

  return g_steal_pointer (&root);
}
