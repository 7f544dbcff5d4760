/* px-source-column.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-source-column.h"

#include "px-cut-label.h"
#include "px-dates.h"
#include "px-extract.h"
#include "px-fetch.h"
#include "px-input.h"
#include "px-menu-button-private.h"
#include "px-safe-text.h"
#include "px-story-view.h"
#include "px-text.h"

#include <adwaita.h>
#include <glib/gi18n.h>

typedef struct
{
  PxHighlightKind kind;
  guint start;
  guint end;
  char *summary;
  char *brief; /* the bar's compact form of @summary, or NULL */
} Highlight;

struct _PxSourceColumn
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkWidget *header;
  GtkLabel *outlet_label;
  char *label; /* px_source_column_set_label() */
  GtkWidget *menu_button;
  GtkLabel *title_label;
  GtkLabel *meta_label;
  GtkLabel *updated_label;
  GtkLabel *charset_label;
  GtkProgressBar *progress_bar;
  GtkStack *stack;
  GtkSpinner *spinner;
  GtkLabel *loading_label;
  AdwStatusPage *error_page;
  GtkButton *choose_button;
  GtkButton *retry_button;
  GtkTextView *text_view;
  GtkRevealer *summary_revealer;
  GtkLabel *summary_label;
  GtkLabel *alone_label;
  gboolean shares_nothing;
  GtkWidget *handle;
  int drag_start_width;

  PxSource *source;
  PxArticle *shown;   /* the article the text view holds */
  GArray *breaks;     /* offsets of the spaces shown as line breaks (show_text()) */
  gboolean press_in_selection; /* the last press was in such a column's selection */
  guint progress_id;
  guint scroll_tick_id; /* the scroll to current_mark, on the next frames */
  guint scroll_frames;
  double scroll_value;   /* where the last of them put the text, */
  double scroll_upper;   /* how tall it measured the text, */
  int scroll_mark_y;     /* and where the mark */
  guint place_tick_id; /* the scroll back to @place, on the next frames */
  gint64 place_since;
  guint place_still;
  int place_width;
  PxColumnPlace place;
  guint shown_start;   /* the passage last revealed */
  guint shown_end;
  gboolean hold_place;
  char *failed_stamp;  /* a failed file's size, time and inode when it failed */
  char *failed_markup; /* and what its error page said */

  GArray *highlights;
  GtkTextTag *tags[PX_N_HIGHLIGHT_KINDS];
  gboolean kind_visible[PX_N_HIGHLIGHT_KINDS];
  GtkTextTag *body_tag;
  GtkTextTag *headline_tag;
  GtkTextTag *current_tag;
  GtkTextMark *current_mark;
  gboolean placing_caret; /* reveal() moving the caret to what it shows */
  GtkWindow *caret_window; /* whose focus-visible shows the caret, not held */
  gboolean keyboard_caret; /* the caret the keyboard showed, kept until a click */
};

G_DEFINE_FINAL_TYPE (PxSourceColumn, px_source_column, GTK_TYPE_WIDGET)

enum {
  REMOVE_REQUESTED,
  RENAME_REQUESTED,
  MOVE_REQUESTED,
  OPEN_ORIGINAL,
  LOAD_REQUESTED,
  REPLACE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
highlight_clear (Highlight *highlight)
{
  g_clear_pointer (&highlight->summary, g_free);
  g_clear_pointer (&highlight->brief, g_free);
}

/* "windows-1252" as people write it: "Windows-1252"; "gb18030" as "GB18030". */
static char *
charset_display_name (const char *charset)
{
  if (g_ascii_strncasecmp (charset, "windows-", strlen ("windows-")) == 0)
    return g_strconcat ("Windows-", charset + strlen ("windows-"), NULL);
  return g_ascii_strup (charset, -1);
}

/* A page whose bytes proved its encoding label wrong was read as the
 * bytes are, not as labelled: the note says so, for a browser following
 * the label shows it otherwise.
 */
static void
set_label_wrong_note (PxSourceColumn *self,
                      const char     *file_name,
                      const char     *charset,
                      guint           n_broken)
{
  g_autofree char *name = charset_display_name (charset);
  g_autofree char *note = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *broken = NULL;

  if (file_name != NULL)
    {
      g_autofree char *safe_name = px_safe_text_isolated (file_name);

      /* Translators: under a column's header; %s is a file's name, then the
       * encoding its bytes are in, which its own label (<meta charset>) got
       * wrong: "page.html: wrong encoding label, read as UTF-8" */
      note = g_strdup_printf (_("%s: wrong encoding label, read as %s"), safe_name, name);
    }
  else
    /* Translators: under a column's header; %s is the encoding a page's
     * bytes are in, which its label (the server's or the page's own) got
     * wrong: "Wrong encoding label: read as UTF-8" */
    note = g_strdup_printf (_("Wrong encoding label: read as %s"), name);

  if (g_ascii_strcasecmp (charset, "utf-8") == 0)
    tooltip = g_strdup (_("The page names another encoding, but its bytes are UTF-8, so Parallax read it as "
                          "UTF-8. A browser that follows the label shows some letters wrongly; here they are "
                          "as the outlet wrote them."));
  else
    /* Translators: %s is an encoding, "Windows-1252" */
    tooltip = g_strdup_printf (_("The server says the page is UTF-8, but it is not, and the page itself names "
                                 "%s, so Parallax read it as %s."), name, name);
  if (n_broken > 0)
    {
      /* Translators: added to a tooltip; %u is how many broken characters a
       * page has, shown as the replacement character � */
      broken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u broken character is shown as �.",
                                             "%u broken characters are shown as �.", n_broken),
                                n_broken);
      g_free (tooltip);
      tooltip = g_strdup_printf ("%s %s", tooltip, broken);
    }

  gtk_label_set_label (self->charset_label, note);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->charset_label), tooltip);
}

/* A file that names no encoding and is not UTF-8 was read in one the
 * extraction assumed: said quietly under the header, for accents and
 * quotation marks that look wrong are then the guess's, not the outlet's.
 * Broken bytes are said too, and a label the bytes proved wrong. All come
 * with the article, so a story opened again from the library says the same.
 */
static void
update_charset_note (PxSourceColumn *self,
                     const char     *file_name)
{
  gboolean ready = px_source_get_state (self->source) == PX_SOURCE_READY;
  PxArticle *article = ready ? px_source_get_article (self->source) : NULL;
  const char *charset = ready ? px_source_get_assumed_charset (self->source) : NULL;
  guint n_broken = ready ? px_source_get_n_broken (self->source) : 0;
  gboolean label_wrong = article != NULL && article->charset != NULL
                         && article->charset_from == PX_CHARSET_FROM_BYTES_OVER_LABEL;
  g_autofree char *name = NULL;
  g_autofree char *safe_name = NULL;
  g_autofree char *note = NULL;
  g_autofree char *tooltip = NULL;
  const char *read_in;

  gtk_widget_set_visible (GTK_WIDGET (self->charset_label), charset != NULL || n_broken > 0 || label_wrong);
  if (label_wrong)
    {
      set_label_wrong_note (self, file_name, article->charset, n_broken);
      return;
    }
  if (charset == NULL && n_broken == 0)
    return;
  if (charset == NULL)
    {
      /* UTF-8 with a few broken bytes: read as UTF-8, the broken ones
       * shown as U+FFFD, which the note names as it looks. */
      if (file_name != NULL)
        {
          safe_name = px_safe_text_isolated (file_name);
          /* Translators: under a column's header; %s is a file's name, %u how many
           * broken characters it has, shown as the replacement character � */
          note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u broken character, shown as �",
                                               "%s: %u broken characters, shown as �", n_broken),
                                  safe_name, n_broken);
        }
      else
        /* Translators: under a column's header; %u is how many broken
         * characters a page has, shown as the replacement character � */
        note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u broken character, shown as �",
                                             "%u broken characters, shown as �", n_broken),
                                n_broken);
      gtk_label_set_label (self->charset_label, note);
      read_in = px_source_get_article (self->source)->charset;
      if (read_in == NULL || g_ascii_strcasecmp (read_in, "utf-8") == 0)
        tooltip = g_strdup (_("Some bytes are not UTF-8 where the rest is: each such character is "
                              "shown as �, as a browser shows it."));
      else
        {
          name = charset_display_name (read_in);
          /* Translators: %s is an encoding, "Shift_JIS" */
          tooltip = g_strdup_printf (_("Some bytes are not valid %s, the encoding the page was read in: each "
                                       "such character is shown as �, as a browser shows it."), name);
        }
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->charset_label), tooltip);
      return;
    }

  name = charset_display_name (charset);
  if (file_name != NULL)
    {
      safe_name = px_safe_text_isolated (file_name);
      /* Translators: under a column's header; %s is a file's name, then
       * the encoding it was read in, "report.txt is not UTF-8: read as Windows-1252" */
      note = g_strdup_printf (_("%s is not UTF-8: read as %s"), safe_name, name);
      /* Translators: %s is an encoding, "Windows-1252" */
      tooltip = g_strdup_printf (_("The file is not UTF-8 and names no other encoding, so Parallax read it as %s. "
                                   "If letters look wrong, save it as UTF-8 and read it again."), name);
    }
  else
    {
      /* Translators: under a column's header; %s is the encoding a page was read in, "Windows-1252" */
      note = g_strdup_printf (_("Not UTF-8: read as %s"), name);
      /* Translators: %s is an encoding, "Windows-1252" */
      tooltip = g_strdup_printf (_("The page is not UTF-8 and names no other encoding, so Parallax read it as %s. "
                                   "If letters look wrong, it may be in another encoding."), name);
    }
  gtk_label_set_label (self->charset_label, note);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->charset_label), tooltip);
}

static void
update_header (PxSourceColumn *self)
{
  PxArticle *article = px_source_get_article (self->source);
  /* a page with no article text is dated as it dates itself */
  const PxArticle *shown = article != NULL ? article : px_source_get_failed_page (self->source);
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *date = NULL;
  g_autofree char *update = NULL;
  /* What a page says of itself is shown on one line, its escapes and
   * direction overrides kept from acting on the window.
   */
  g_autofree char *outlet = px_safe_text_line (px_source_column_get_name (self), -1);
  const char *input = px_source_get_kind (self->source) == PX_SOURCE_KIND_INPUT ? px_source_get_input (self->source)
                                                                               : NULL;
  /* A text without a headline is named by its first sentence, the file
   * it was read from (its name: the folders it sits in say nothing of the
   * story) said under it; a file that is loading or failed by its name,
   * the whole path in the tooltip; a page without text by its address.
   */
  g_autofree char *file_name = input != NULL && px_input_classify (input) == PX_INPUT_KIND_FILE
                               ? g_path_get_basename (input) : NULL;
  g_autofree char *named = px_source_dup_title (self->source);
  gboolean untitled = article != NULL && (article->title == NULL || article->title[0] == '\0');
  g_autofree char *title = px_safe_text_line (named != NULL ? named
                                              : file_name != NULL ? file_name
                                              : input != NULL ? input : "", -1);
  g_autofree char *path = (named == NULL || article == NULL) && file_name != NULL ? px_safe_text_line (input, -1) : NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *menu_name = NULL;

  gtk_label_set_label (self->outlet_label, outlet);
  gtk_label_set_label (self->title_label, title);
  /* px_cut_label_init() leaves a label with a tooltip of its own to it */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), path);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->title_label), TRUE);
  /* A plain text's headline is its first line: the text shows it, as its
   * headline, so the header does not show it again.
   */
  gtk_widget_set_visible (GTK_WIDGET (self->title_label),
                          gtk_label_get_label (self->title_label)[0] != '\0'
                          && (article == NULL || !px_article_headline_is_first_paragraph (article)));

  if (shown != NULL)
    {
      if (untitled && named != NULL && file_name != NULL)
        {
          g_autofree char *safe_name = px_safe_text_isolated (file_name);

          g_string_append (meta, safe_name);
        }
      /* "29 December 2007" wrapped after "29" in a narrow column. */
      date = px_format_iso_date_time_unbroken (shown->published, PX_DATE_LONG);
      if (shown->byline != NULL)
        {
          /* Isolated: a right-to-left byline took the date after it
           * into its own direction ("December 2025, 29 · الجزيرة").
           */
          g_autofree char *byline = px_safe_text_isolated (shown->byline);

          if (meta->len > 0)
            g_string_append (meta, " · ");
          g_string_append (meta, byline);
        }
      if (date != NULL)
        {
          if (meta->len > 0)
            g_string_append (meta, " · ");
          g_string_append (meta, date);
        }
      /* The page's own statement that it changed, after the date it
       * amends, as briefly as that date allows ("Updated 09:15").
       */
      update = px_format_iso_update_said (shown->published, shown->updated);
      if (update != NULL)
        {
          if (meta->len > 0)
            g_string_append (meta, " · ");
          g_string_append (meta, update);
        }
    }
  /* The line takes the window's direction, not its first name's: GTK
   * sets a label in the direction of its first letter, isolates or not.
   */
  if (px_safe_text_has_rtl (meta->str))
    g_string_prepend (meta, gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? "\u200F" : "\u200E");
  gtk_label_set_label (self->meta_label, meta->str);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), meta->len > 0);
  update_charset_note (self, file_name);

  /* Translators: the accessible name of a column, %s is an outlet's name */
  accessible = g_strdup_printf (_("%s column"), outlet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, outlet,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->outlet_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, outlet,
                                  -1);
  /* Translators: %s is an outlet's name */
  menu_name = g_strdup_printf (_("Menu for %s"), outlet);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_name,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->updated_label), px_source_get_updated (self->source));
  /* Only a source in the library has versions. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.history", px_source_get_source_id (self->source) > 0);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  PxSourceColumn *self = user_data;
  guint64 received, expected;

  if (!px_source_get_progress (self->source, &received, &expected))
    return G_SOURCE_CONTINUE;

  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  if (expected > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) received / expected));
  else
    gtk_progress_bar_pulse (self->progress_bar);

  if (received > 0)
    {
      g_autofree char *size = g_format_size (received);
      /* Translators: %s is an amount of data, "120 kB" */
      g_autofree char *label = g_strdup_printf (_("Fetching… %s received"), size);

      gtk_label_set_label (self->loading_label, label);
    }

  return G_SOURCE_CONTINUE;
}

/* Pango lays a paragraph out whole: a 500 KiB paragraph of one report
 * took about 9 seconds in a column, the window stalled. A paragraph is
 * shown in lines of about SHOWN_LINE_CHARS characters, each broken at the
 * end of a sentence (a space after ".", "!" or "?", a closing quote or
 * bracket between them; not after a title or an initial, "Mr. Evans",
 * "J. Smith"), else, past twice that, at any space. The space
 * becomes the line break, one character for one, so every offset into
 * the article is the same offset into the text view: highlights and
 * annotations land on their characters. @breaks gets the offsets of the
 * spaces so shown (px_source_column_dup_text() gives them back).
 */
#define SHOWN_LINE_CHARS 1500

static char *
shown_text (const char *text,
            GArray     *breaks)
{
  char *shown = g_strdup (text);
  guint offset = 0;   /* characters from the start */
  guint run = 0;      /* characters since the last line break */
  char last = '\0';  /* the last character before the space that is not a closing mark */
  const char *word = shown;   /* where the word before the space starts */
  const char *last_at = NULL; /* and where @last is */

  for (char *p = shown; *p != '\0'; p++)
    {
      if (((guchar) *p & 0xC0) == 0x80)
        continue;
      if (*p == '\n')
        run = 0;
      else if (*p == ' ' && run >= SHOWN_LINE_CHARS
               && ((last != '\0' && strchr (".!?", last) != NULL
                    && !(last == '.' && last_at >= word && px_text_stops_before_name (word, last_at - word)))
                   || run >= 2 * SHOWN_LINE_CHARS))
        {
          *p = '\n';
          g_array_append_val (breaks, offset);
          run = 0;
        }
      else
        run++;
      /* "said.” Then" and "(in 2025.) Then" end a sentence too: a closing
       * mark is passed over. A multi-byte character leaves its lead byte,
       * which is none of ".!?". */
      if (*p != ' ' && *p != '\n' && strchr ("\"')]", *p) == NULL
          && !g_str_has_prefix (p, "\u201D") && !g_str_has_prefix (p, "\u2019") && !g_str_has_prefix (p, "\u00BB"))
        {
          last = *p;
          last_at = p;
        }
      /* the word starts at its first letter: "(Mr. Evans", "“Mr. Evans" */
      if (*p == ' ' || *p == '\n')
        word = p + 1;
      else if (word == p && (strchr ("\"'([", *p) != NULL || g_str_has_prefix (p, "\u201C")
                             || g_str_has_prefix (p, "\u2018") || g_str_has_prefix (p, "\u00AB")))
        word = g_utf8_next_char (p);
      offset++;
    }
  return shown;
}

char *
px_source_column_dup_text (PxSourceColumn    *self,
                           const GtkTextIter *start,
                           const GtkTextIter *end)
{
  GtkTextBuffer *buffer;
  char *text;
  guint from, to, first = 0, last;

  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  text = gtk_text_buffer_get_slice (buffer, start, end, FALSE);
  from = MIN (gtk_text_iter_get_offset (start), gtk_text_iter_get_offset (end));
  to = MAX (gtk_text_iter_get_offset (start), gtk_text_iter_get_offset (end));
  /* the first break at or after @from */
  last = self->breaks->len;
  while (first < last)
    {
      guint mid = first + (last - first) / 2;

      if (g_array_index (self->breaks, guint, mid) < from)
        first = mid + 1;
      else
        last = mid;
    }
  if (first < self->breaks->len && g_array_index (self->breaks, guint, first) < to)
    {
      guint offset = from;

      for (char *p = text; *p != '\0' && first < self->breaks->len; p = g_utf8_next_char (p), offset++)
        if (offset == g_array_index (self->breaks, guint, first))
          {
            *p = ' ';
            first++;
          }
    }
  return text;
}

static void
fill_buffer (PxSourceColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  PxArticle *article = px_source_get_article (self->source);
  GtkTextIter start, end;

  if (article == self->shown)
    return;
  g_clear_pointer (&self->shown, px_article_unref);
  self->shown = article != NULL ? px_article_ref (article) : NULL;

  px_source_column_clear_highlights (self);
  g_array_set_size (self->breaks, 0);
  if (article != NULL)
    {
      g_autofree char *text = shown_text (article->text, self->breaks);

      gtk_text_buffer_set_text (buffer, text, -1);
    }
  else
    gtk_text_buffer_set_text (buffer, "", -1);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->body_tag, &start, &end);
  if (article != NULL && px_article_headline_is_first_paragraph (article))
    {
      const PxSpan *first = &g_array_index (article->paragraphs, PxSpan, 0);
      GtkTextIter head_start, head_end;

      gtk_text_buffer_get_iter_at_offset (buffer, &head_start,
                                          g_utf8_pointer_to_offset (article->text, article->text + first->start));
      gtk_text_buffer_get_iter_at_offset (buffer, &head_end,
                                          g_utf8_pointer_to_offset (article->text, article->text + first->end));
      gtk_text_buffer_apply_tag (buffer, self->headline_tag, &head_start, &head_end);
    }
  gtk_text_buffer_place_cursor (buffer, &start);
}

/* What tells a file's versions apart: its size, modification time and
 * inode ("" when it is not there), or NULL for a source that is no file.
 */
static char *
file_stamp (PxSourceColumn *self)
{
  const char *input = px_source_get_input (self->source);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;

  if (px_source_get_kind (self->source) != PX_SOURCE_KIND_INPUT || input == NULL
      || px_input_classify (input) != PX_INPUT_KIND_FILE)
    return NULL;
  /* a path kept without its folder names no file (px_source_read()) */
  if (!g_path_is_absolute (input))
    return g_strdup ("");
  file = g_file_new_for_path (input);
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                            G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC "," G_FILE_ATTRIBUTE_UNIX_INODE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return g_strdup ("");
  return g_strdup_printf ("%" G_GOFFSET_FORMAT " %" G_GUINT64_FORMAT ".%06u %" G_GUINT64_FORMAT,
                          g_file_info_get_size (info),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE));
}

/* What a failed source offers. A file that is empty, binary or gone is
 * not read any better the same way again until it changes: another file
 * comes first, reading it again second. A web address that serves binary
 * data or a kind of document that is not a page (a PDF, an image, a
 * video) serves it again: the browser shows what
 * it is, and trying again is not offered (it had been, as the first
 * choice). Any other page: trying again.
 */
static void
sync_retry (PxSourceColumn *self,
            gboolean        file,
            gboolean        binary_page)
{
  gtk_widget_set_visible (GTK_WIDGET (self->choose_button), file);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retry_button),
                                  binary_page ? "column.open-browser" : "column.retry");
  gtk_button_set_label (self->retry_button, file ? _("_Read Again")
                                            : binary_page ? _("Open in _Browser") : _("_Try Again"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->retry_button),
                               file ? _("Read the file again, once it has changed")
                               : binary_page ? _("See what this address serves in your web browser") : NULL);
  if (file)
    gtk_widget_remove_css_class (GTK_WIDGET (self->retry_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->retry_button), "suggested-action");
}

/* The column shows what its source is: loading, its text, or why it failed. */
static void
sync_state (PxSourceColumn *self)
{
  PxSourceState state = px_source_get_state (self->source);
  gboolean loading = state == PX_SOURCE_LOADING;

  gtk_spinner_set_spinning (self->spinner, loading);
  if (loading && self->progress_id == 0)
    {
      gboolean url = px_source_get_kind (self->source) == PX_SOURCE_KIND_INPUT
                     && px_input_classify (px_source_get_input (self->source)) == PX_INPUT_KIND_URL;

      gtk_label_set_label (self->loading_label, url ? _("Fetching…") : _("Reading…"));
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
      self->progress_id = g_timeout_add (100, progress_tick_cb, self);
    }
  if (!loading)
    {
      g_clear_handle_id (&self->progress_id, g_source_remove);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
    }
  if (state == PX_SOURCE_FAILED && px_source_get_error (self->source) != NULL)
    {
      const char *input = px_source_get_input (self->source);
      g_autofree char *reason = px_source_describe_failure (self->source);
      gboolean file = px_source_get_kind (self->source) == PX_SOURCE_KIND_INPUT
                      && px_input_classify (input) == PX_INPUT_KIND_FILE;
      /* A file by its name, as in the header (its whole path is the
       * header's tooltip). */
      g_autofree char *name = file ? g_path_get_basename (input) : g_strdup (input);
      g_autofree char *description = NULL;
      g_autofree char *safe = NULL;
      g_autofree char *markup = NULL;

      /* What failed is named, whatever the reason says. */
      if (strstr (reason, input) == NULL)
        /* Translators: the source's address or file, then why it could not be loaded */
        description = g_strdup_printf (C_("input that failed, why", "%s: %s"), name, reason);
      else
        {
          g_auto(GStrv) parts = g_strsplit (reason, input, -1);

          description = g_strjoinv (name, parts);
        }
      /* A name or a reason from outside may carry terminal escapes or
       * direction overrides: neither acts on the page. The description
       * is markup. */
      safe = px_safe_text_line (description, -1);
      markup = g_markup_escape_text (safe, -1);
      adw_status_page_set_description (self->error_page, markup);
      sync_retry (self, file,
                  !file && px_input_classify (input) == PX_INPUT_KIND_URL
                  && (g_error_matches (px_source_get_error (self->source), PX_EXTRACT_ERROR, PX_EXTRACT_ERROR_BINARY)
                      || g_error_matches (px_source_get_error (self->source), PX_FETCH_ERROR,
                                          PX_FETCH_ERROR_UNSUPPORTED_TYPE)));
      g_free (self->failed_stamp);
      self->failed_stamp = file_stamp (self);
      g_free (self->failed_markup);
      self->failed_markup = g_steal_pointer (&markup);
    }
  if (state == PX_SOURCE_READY)
    fill_buffer (self);

  gtk_stack_set_visible_child_name (self->stack,
                                    state == PX_SOURCE_LOADING ? "loading"
                                    : state == PX_SOURCE_FAILED ? "error" : "text");
  /* A file is read again, not fetched: the menu says which (it had said
   * "Fetch Again" of a file). */
  {
    gboolean can = !loading && px_source_can_refetch (self->source);
    gboolean file = can && px_input_classify (px_source_get_input (self->source)) == PX_INPUT_KIND_FILE;

    gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.refetch", can && !file);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.reread", can && file);
  }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.retry", state == PX_SOURCE_FAILED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.rename", state == PX_SOURCE_READY);
  update_header (self);
}

static void
style_tags (PxSourceColumn *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  for (guint i = 0; i < PX_N_HIGHLIGHT_KINDS; i++)
    {
      /* A column that shares nothing says so once, above its text
       * (px_source_column_set_shares_nothing()): its sentences are shown
       * plain, each still "only this outlet" on hovering. */
      if (self->kind_visible[i] && !(i == PX_HIGHLIGHT_UNIQUE && self->shares_nothing))
        {
          px_highlight_kind_style_tag (i, self->tags[i], dark);
        }
      else
        g_object_set (self->tags[i],
                      "background-set", FALSE,
                      "underline", PANGO_UNDERLINE_NONE,
                      "overline", PANGO_OVERLINE_NONE,
                      "style-set", FALSE,
                      NULL);
    }
}

/* The claim shown is bold, its sentences faintly tinted where no
 * highlight colours them: bold alone left a headline (bold already)
 * unmarked, so that a claim of two headlines showed nothing in either
 * column.
 */
static void
style_current_tag (PxSourceColumn *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA tint = { 0.21f, 0.52f, 0.89f, dark ? 0.22f : 0.12f };

  g_object_set (self->current_tag, "background-rgba", &tint, NULL);
}

static void
dark_changed_cb (PxSourceColumn *self)
{
  style_tags (self);
  style_current_tag (self);
}

/* What is at @offset, one highlight a line, or NULL when nothing is.
 * @brief: the bar's compact form instead, or NULL when no highlight there
 * has one (a mark of the only outlet with a claim says all in one line).
 */
static GString *
describe_offset (PxSourceColumn *self,
                 guint           offset,
                 gboolean        brief)
{
  GString *text = NULL;
  gboolean any_brief = FALSE;

  for (guint i = 0; i < self->highlights->len; i++)
    {
      const Highlight *h = &g_array_index (self->highlights, Highlight, i);

      if (offset < h->start || offset >= h->end || !self->kind_visible[h->kind])
        continue;

      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append_c (text, '\n');
      if (brief && h->brief != NULL)
        {
          g_string_append (text, h->brief);
          any_brief = TRUE;
        }
      else if (brief && h->summary != NULL)
        {
          g_auto(GStrv) lines = g_strsplit (h->summary, "\n", -1);
          g_autofree char *joined = g_strjoinv (" · ", lines);

          g_string_append (text, joined);
        }
      /* a difference's summary is its whole description already, kind,
       * claims and confidence ("Number: 91 drones (RT) vs dozens (BBC)…")
       */
      else if (h->summary != NULL)
        g_string_append (text, h->summary);
      else
        /* Translators: a kind of highlight and what it means, "Only this outlet: …" */
        g_string_append_printf (text, C_("kind of difference, what it is", "%s: %s"), px_highlight_kind_get_label (h->kind),
                                px_highlight_kind_get_description (h->kind));
    }

  if (brief && text != NULL && !any_brief)
    {
      g_string_free (text, TRUE);
      text = NULL;
    }
  return text;
}

/* TRUE while a popover that takes the pointer points into the text (the
 * annotation popover): the text's tooltips would cover it. The small
 * Annotate button by a selection does not count: it stays up as long as
 * the selection does, and the passage's tooltip appears beside it.
 */
static gboolean
popover_open (PxSourceColumn *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), PX_TYPE_STORY_VIEW);

  return view != NULL && px_story_view_get_popover_over (PX_STORY_VIEW (view), GTK_WIDGET (self));
}

static gboolean
query_tooltip_cb (PxSourceColumn *self,
                  int             x,
                  int             y,
                  gboolean        keyboard,
                  GtkTooltip     *tooltip)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GString) text = NULL;
  GtkTextIter iter;
  int bx, by;

  if (popover_open (self))
    return FALSE;

  if (keyboard)
    gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  else
    {
      gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
        return FALSE;
    }

  text = describe_offset (self, gtk_text_iter_get_offset (&iter), FALSE);
  if (text == NULL)
    return FALSE;

  /* Plain text: words from the pages are never read as markup. */
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

char *
px_source_column_dup_tooltip_at (PxSourceColumn *self,
                                 guint           offset)
{
  GString *text;

  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  text = describe_offset (self, offset, FALSE);
  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

/* The bar under the text is one paragraph that wraps: what a tooltip
 * shows on lines of its own (a difference, how sure Parallax is) is
 * joined with middle dots.
 */
static void
set_summary (PxSourceColumn *self,
             const char     *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *joined = g_strjoinv (" · ", lines);

  gtk_label_set_ellipsize (self->summary_label, PANGO_ELLIPSIZE_NONE);
  gtk_label_set_lines (self->summary_label, -1);
  gtk_label_set_label (self->summary_label, joined);
}

/* Lines of a compact bar's paragraph at most: its first two paragraphs
 * (the kind and the wordings, the words around the other side's) four
 * lines in all, whatever the language and the column's width.
 */
#define COMPACT_PARAGRAPH_LINES 2

/* A bar whose whole is in its tooltip: at most two paragraphs of @text,
 * each kept to COMPACT_PARAGRAPH_LINES lines (Pango counts the lines of
 * an ellipsized layout per paragraph) and cut with an ellipsis there.
 * The words are shortened for English; German's longer ones made five
 * lines of a 240 px column.
 */
static void
set_compact_summary (PxSourceColumn *self,
                     const char     *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", 3);

  if (lines[0] != NULL && lines[1] != NULL && lines[2] != NULL)
    g_clear_pointer (&lines[2], g_free);
  gtk_label_set_ellipsize (self->summary_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (self->summary_label, COMPACT_PARAGRAPH_LINES);
  {
    g_autofree char *kept = g_strjoinv ("\n", lines);

    gtk_label_set_label (self->summary_label, kept);
  }
}

/* The whole of what the bar shortens, in its tooltip and for a screen
 * reader. */
static void
set_summary_detail (PxSourceColumn *self,
                    const char     *detail)
{
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->summary_label), detail);
  if (detail != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->summary_label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The text's own accessible description is the whole of what the bar
 * under it says (a difference's kind, every outlet's wording, how sure
 * Parallax is), or nothing when the bar is hidden. A screen reader on the
 * text hears it when the text takes the focus and when it changes there
 * (Orca speaks a change of the focused object's description); the bar is
 * a label beside the text, which nothing announces, and the highlight
 * itself reaches the screen reader only as an underline.
 */
static void
set_text_description (PxSourceColumn *self,
                      const char     *description)
{
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* A keyboard user moving the caret into a highlight reads its summary in
 * the bar under the text, which is announced like any label.
 */
static void
cursor_moved_cb (PxSourceColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GString) text = NULL;
  g_autoptr(GString) brief = NULL;
  GtkTextIter iter;

  if (self->placing_caret || !gtk_widget_has_focus (GTK_WIDGET (self->text_view)))
    return;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  text = describe_offset (self, gtk_text_iter_get_offset (&iter), FALSE);
  brief = describe_offset (self, gtk_text_iter_get_offset (&iter), TRUE);
  /* the bar as Alt+Down shows it, the whole in its tooltip */
  if (brief != NULL)
    set_compact_summary (self, brief->str);
  else if (text != NULL)
    set_summary (self, text->str);
  set_summary_detail (self, brief != NULL ? text->str : NULL);
  set_text_description (self, text != NULL ? text->str : NULL);
  gtk_revealer_set_reveal_child (self->summary_revealer, text != NULL);
}

/* The text has a caret while its window shows where the focus is, as it
 * does once the keyboard is used (Tab, an arrow key) and not after a
 * click: a reader who never touches the mouse moves it with the arrow
 * keys into a highlight (the bar then describes it), selects a passage
 * with Shift and annotates it with Ctrl+M, and sees where the focus is
 * (the text draws no focus ring). Without it the arrow keys only scrolled
 * the text, no passage could be selected from the keyboard, and Tab into
 * a column showed nothing. A mouse reader's text stays as before, without
 * a blinking caret in a page they only read.
 */
static void
update_caret (PxSourceColumn *self)
{
  gboolean visible = self->caret_window != NULL && gtk_window_get_focus_visible (self->caret_window);

  /* GTK stops showing where the focus is three seconds after a key moved
   * it, and keys that move no focus (the arrows, in a text) do not show it
   * again: the caret went with it, and a reader who had tabbed into a
   * column and read for a moment could only scroll, select nothing
   * (2026-12-07, window37). The keyboard's caret stays until a click. */
  if (visible)
    self->keyboard_caret = TRUE;
  visible |= self->keyboard_caret;
  if (gtk_text_view_get_cursor_visible (self->text_view) != visible)
    gtk_text_view_set_cursor_visible (self->text_view, visible);
}

/* A click in the text: the reader is using the mouse, the caret goes. */
static void
caret_press_cb (PxSourceColumn *self)
{
  self->keyboard_caret = FALSE;
  update_caret (self);
}

static void
caret_root_cb (PxSourceColumn *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self->text_view));
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  if (window != self->caret_window)
    {
      if (self->caret_window != NULL)
        g_signal_handlers_disconnect_by_func (self->caret_window, update_caret, self);
      g_set_weak_pointer (&self->caret_window, window);
      if (window != NULL)
        g_signal_connect_object (window, "notify::focus-visible", G_CALLBACK (update_caret), self,
                                 G_CONNECT_SWAPPED);
    }
  /* A text leaving its window (closing) is left as it is. */
  if (window != NULL)
    update_caret (self);
}

void
px_source_column_clear_highlights (PxSourceColumn *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint i = 0; i < PX_N_HIGHLIGHT_KINDS; i++)
    gtk_text_buffer_remove_tag (buffer, self->tags[i], &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &start, &end);
  g_array_set_size (self->highlights, 0);
  set_text_description (self, NULL);
  gtk_revealer_set_reveal_child (self->summary_revealer, FALSE);
  px_source_column_set_shares_nothing (self, FALSE);
}

/* A report that shares no claim with the others, every sentence its
 * own (most often a report of another event), had been grey italic from
 * top to bottom, hard to read: its text is shown plain under a line
 * that says it shares nothing.
 */
void
px_source_column_set_shares_nothing (PxSourceColumn *self,
                                     gboolean        shares_nothing)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  shares_nothing = !!shares_nothing;
  if (self->shares_nothing == shares_nothing)
    return;
  self->shares_nothing = shares_nothing;
  gtk_widget_set_visible (GTK_WIDGET (self->alone_label), shares_nothing);
  style_tags (self);
}

gboolean
px_source_column_get_shares_nothing (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);

  return self->shares_nothing;
}

void
px_source_column_add_highlight (PxSourceColumn *self,
                                PxHighlightKind kind,
                                guint           start,
                                guint           end,
                                const char     *summary)
{
  px_source_column_add_highlight_brief (self, kind, start, end, summary, NULL);
}

void
px_source_column_add_highlight_brief (PxSourceColumn *self,
                                      PxHighlightKind kind,
                                      guint           start,
                                      guint           end,
                                      const char     *summary,
                                      const char     *brief)
{
  GtkTextBuffer *buffer;
  GtkTextIter start_iter, end_iter;
  Highlight highlight = { kind, start, end, g_strdup (summary), g_strdup (brief) };

  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));
  g_return_if_fail (kind < PX_N_HIGHLIGHT_KINDS);
  g_return_if_fail (start <= end);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  gtk_text_buffer_apply_tag (buffer, self->tags[kind], &start_iter, &end_iter);
  g_array_append_val (self->highlights, highlight);
}

void
px_source_column_set_kind_visible (PxSourceColumn *self,
                                   PxHighlightKind kind,
                                   gboolean        visible)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));
  g_return_if_fail (kind < PX_N_HIGHLIGHT_KINDS);

  if (self->kind_visible[kind] == !!visible)
    return;

  self->kind_visible[kind] = !!visible;
  style_tags (self);
}

/* At 60 frames a second, a second at most: a column is laid out by then. */
#define SCROLL_MAX_FRAMES 60

/* Scrolls the text to put the current mark a quarter down the view,
 * setting the adjustment itself: gtk_text_view_scroll_to_mark() queued
 * behind a change of the bar's height under the text was undone (three
 * quick Alt+Down left a column where the first difference had been, under
 * a bar that described the third). Done again on the next frames, until
 * the place comes out the same twice: the lines above it measured rather
 * than estimated, and in a column just made (a search hit's story opened)
 * the view given its size at all; two frames had left such a column near
 * its top, the match selected out of sight (page 0, then upper 892 for a
 * mark at 708).
 */
static gboolean
scroll_to_current_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  PxSourceColumn *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));
  GtkTextIter iter, top;
  GdkRectangle location, top_location;
  double page, lower, upper, value;
  gboolean settled;
  int x, edge;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, self->current_mark);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  page = gtk_adjustment_get_page_size (vadjustment);
  lower = gtk_adjustment_get_lower (vadjustment);
  upper = MAX (lower, gtk_adjustment_get_upper (vadjustment) - page);
  value = CLAMP (location.y - 0.25 * page, lower, upper);
  /* The line at the top edge whole: one cut there read as text slid under
   * the header. The buffer's y at the edge is the value plus an offset (the
   * top margin) measured where the view is now.
   */
  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, 0, 0, &x, &edge);
  edge += (int) (value - gtk_adjustment_get_value (vadjustment));
  gtk_text_view_get_iter_at_location (self->text_view, &top, gtk_text_view_get_left_margin (self->text_view) + 1,
                                      edge);
  gtk_text_view_get_iter_location (self->text_view, &top, &top_location);
  if (top_location.y < edge && top_location.y + top_location.height > edge)
    value = MAX (lower, value - (edge - top_location.y));
  gtk_adjustment_set_value (vadjustment, value);
  settled = page > 0 && self->scroll_frames > 0 && value == self->scroll_value && location.y == self->scroll_mark_y
            && gtk_adjustment_get_upper (vadjustment) == self->scroll_upper;
  self->scroll_value = value;
  self->scroll_mark_y = location.y;
  self->scroll_upper = gtk_adjustment_get_upper (vadjustment);
  if (!settled && ++self->scroll_frames < SCROLL_MAX_FRAMES)
    return G_SOURCE_CONTINUE;
  self->scroll_tick_id = 0;
  return G_SOURCE_REMOVE;
}

#define PLACE_MAX_USEC (5 * G_USEC_PER_SEC)

/* The buffer's y at the top edge of the text's view. */
static int
top_edge (PxSourceColumn *self)
{
  int x, y;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, 0, 0, &x, &y);
  return y;
}

gboolean
px_source_column_get_place (PxSourceColumn *self,
                            PxColumnPlace  *place)
{
  GtkTextBuffer *buffer;
  GtkTextIter top, caret;
  GdkRectangle location;
  int edge;

  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);
  g_return_val_if_fail (place != NULL, FALSE);

  if (self->shown == NULL)
    return FALSE;
  /* Not laid out yet: where it was to go. */
  if (self->place_tick_id != 0)
    {
      *place = self->place;
      return TRUE;
    }
  buffer = gtk_text_view_get_buffer (self->text_view);
  edge = top_edge (self);
  gtk_text_view_get_iter_at_location (self->text_view, &top, gtk_text_view_get_left_margin (self->text_view) + 1,
                                      edge);
  gtk_text_view_get_iter_location (self->text_view, &top, &location);
  gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
  place->top = gtk_text_iter_get_offset (&top);
  place->top_delta = edge - location.y;
  place->caret = gtk_text_iter_get_offset (&caret);
  place->shown_start = self->shown_start;
  place->shown_end = self->shown_end;
  return TRUE;
}

/* Scrolled on the next frames, until the top line stays put: a column
 * made anew has no size on its first frame, then its lines are
 * estimated before they are measured.
 */
static gboolean
scroll_to_place_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  PxSourceColumn *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));
  GtkTextIter top;
  GdkRectangle location;
  double lower, upper, value, target;

  if (self->place_since == 0)
    self->place_since = gdk_frame_clock_get_frame_time (clock);
  /* Not laid out yet: the view is scrolled once it has its size. */
  if (gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0)
    return gdk_frame_clock_get_frame_time (clock) - self->place_since < PLACE_MAX_USEC ? G_SOURCE_CONTINUE
                                                                                      : (self->place_tick_id = 0, G_SOURCE_REMOVE);
  gtk_text_buffer_get_iter_at_offset (buffer, &top, self->place.top);
  gtk_text_view_get_iter_location (self->text_view, &top, &location);
  lower = gtk_adjustment_get_lower (vadjustment);
  upper = MAX (lower, gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment));
  value = gtk_adjustment_get_value (vadjustment);
  target = value + (location.y + self->place.top_delta - top_edge (self));
  /* In place for a few frames running (its lines measured: not where
   * the end of a text not laid out yet stopped it); or given up on after
   * a few seconds.
   */
  /* Lines wrap again at another width: not still. */
  if (ABS (target - value) < 1 && gtk_widget_get_width (GTK_WIDGET (self->text_view)) == self->place_width)
    self->place_still++;
  else
    self->place_still = 0;
  self->place_width = gtk_widget_get_width (GTK_WIDGET (self->text_view));
  gtk_adjustment_set_value (vadjustment, CLAMP (target, lower, upper));
  if (self->place_still < 5 && gdk_frame_clock_get_frame_time (clock) - self->place_since < PLACE_MAX_USEC)
    return G_SOURCE_CONTINUE;
  self->place_tick_id = 0;
  return G_SOURCE_REMOVE;
}

void
px_source_column_set_place (PxSourceColumn      *self,
                            const PxColumnPlace *place)
{
  GtkTextBuffer *buffer;
  GtkTextIter caret;

  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));
  g_return_if_fail (place != NULL);

  if (self->shown == NULL)
    return;
  buffer = gtk_text_view_get_buffer (self->text_view);
  if (!gtk_text_buffer_get_has_selection (buffer))
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &caret, place->caret);
      self->placing_caret = TRUE;
      gtk_text_buffer_place_cursor (buffer, &caret);
      self->placing_caret = FALSE;
    }
  self->place = *place;
  self->shown_start = place->shown_start;
  self->shown_end = place->shown_end;
  self->place_since = 0;
  self->place_still = 0;
  self->place_width = -1;
  if (self->place_tick_id == 0)
    self->place_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), scroll_to_place_cb, self, NULL);
}

void
px_source_column_hold_place (PxSourceColumn *self,
                             gboolean        hold)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  self->hold_place = !!hold;
}

/* With @detail, @summary shown as it is; without, its lines joined. */
static void
reveal (PxSourceColumn *self,
        guint           start,
        guint           end,
        const char     *summary,
        const char     *detail);

void
px_source_column_reveal (PxSourceColumn *self,
                         guint           start,
                         guint           end,
                         const char     *summary)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  reveal (self, start, end, summary, NULL);
}

void
px_source_column_reveal_detailed (PxSourceColumn *self,
                                  guint           start,
                                  guint           end,
                                  const char     *summary,
                                  const char     *detail)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  reveal (self, start, end, summary, detail);
}

static void
reveal (PxSourceColumn *self,
        guint           start,
        guint           end,
        const char     *summary,
        const char     *detail)
{
  GtkTextBuffer *buffer;
  GtkTextIter start_iter, end_iter;

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start_iter, &end_iter);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &start_iter, &end_iter);

  if (summary != NULL && detail != NULL)
    set_compact_summary (self, summary);
  else if (summary != NULL)
    set_summary (self, summary);
  set_summary_detail (self, summary != NULL ? detail : NULL);
  set_text_description (self, detail != NULL ? detail : summary);
  gtk_revealer_set_reveal_child (self->summary_revealer, summary != NULL);

  if (start >= end)
    {
      self->shown_start = self->shown_end = 0;
      return;
    }

  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  gtk_text_buffer_apply_tag (buffer, self->current_tag, &start_iter, &end_iter);
  gtk_text_buffer_move_mark (buffer, self->current_mark, &start_iter);
  /* The passage it shows already, or the one it is being put back at. */
  if (self->hold_place && (self->place_tick_id != 0 || (start == self->shown_start && end == self->shown_end)))
    return;
  self->shown_start = start;
  self->shown_end = end;
  /* The caret goes where the column now shows: a keyboard user reads on
   * from the difference (Alt+Down had left it at the top of the text, a
   * screen reader reading the first line), and Tab into the column lands
   * there. A selection the reader made is kept. The bar already says what
   * is shown: the caret's own description of the highlight at it waits
   * for the reader to move it.
   */
  if (!gtk_text_buffer_get_has_selection (buffer))
    {
      self->placing_caret = TRUE;
      gtk_text_buffer_place_cursor (buffer, &start_iter);
      self->placing_caret = FALSE;
    }
  /* On the next frames, for the last reveal of a frame. */
  self->scroll_frames = 0;
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), scroll_to_current_cb, self,
                                                         NULL);
}

void
px_source_column_mark_current (PxSourceColumn *self,
                               guint           start,
                               guint           end)
{
  GtkTextBuffer *buffer;
  GtkTextIter start_iter, end_iter;

  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  if (start >= end)
    return;
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  gtk_text_buffer_apply_tag (buffer, self->current_tag, &start_iter, &end_iter);
}

const char *
px_source_column_get_summary_detail (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->summary_revealer))
    return NULL;

  return gtk_widget_get_tooltip_text (GTK_WIDGET (self->summary_label));
}

const char *
px_source_column_get_summary (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->summary_revealer))
    return NULL;

  return gtk_label_get_label (self->summary_label);
}

/* Where @needle first stands in @haystack, letter case aside (each
 * character lowered, as one): its first character's offset in *@start and
 * the offset after its last in *@end.
 */
static gboolean
find_caseless (const char *haystack,
               const char *needle,
               guint      *start,
               guint      *end)
{
  g_autofree gunichar *wanted = NULL;
  glong n_wanted = 0;
  guint offset = 0;

  wanted = g_utf8_to_ucs4_fast (needle, -1, &n_wanted);
  if (n_wanted == 0)
    return FALSE;
  for (glong i = 0; i < n_wanted; i++)
    wanted[i] = g_unichar_tolower (wanted[i]);

  for (const char *p = haystack; *p != '\0'; p = g_utf8_next_char (p), offset++)
    {
      const char *q = p;
      glong i = 0;

      while (i < n_wanted && *q != '\0' && g_unichar_tolower (g_utf8_get_char (q)) == wanted[i])
        {
          q = g_utf8_next_char (q);
          i++;
        }
      if (i == n_wanted)
        {
          *start = offset;
          *end = offset + n_wanted;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
px_source_column_reveal_text (PxSourceColumn *self,
                              const char     *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter match_start, match_end;
  guint start, end;

  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  /* Looked for in the article's own text, whose offsets are the view's
   * (shown_text()): words across a line shown are found, and first where
   * they first are; nothing is copied, however long the page.
   */
  if (self->shown == NULL || !find_caseless (self->shown->text, text, &start, &end))
    return FALSE;

  buffer = gtk_text_view_get_buffer (self->text_view);
  px_source_column_reveal (self, start, end, NULL);
  gtk_text_buffer_get_iter_at_offset (buffer, &match_start, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &match_end, end);
  gtk_text_buffer_select_range (buffer, &match_start, &match_end);
  return TRUE;
}

void
px_source_column_set_text_scale (PxSourceColumn *self,
                                 double          scale)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  g_object_set (self->body_tag, "scale", CLAMP (scale, 0.5, 3.0), NULL);
}

void
px_source_column_set_can_move (PxSourceColumn *self,
                               gboolean        left,
                               gboolean        right)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.move-left", left);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.move-right", right);
}

gint64
px_source_column_get_source_id (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), 0);

  return px_source_get_source_id (self->source);
}

/* The header above the text: the story view gives the headers of the
 * columns whose text starts with its lede one height (see
 * px_source_column_header_lines_up()).
 */
GtkWidget *
px_source_column_get_header (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->header;
}

/* Whether the column's text starts with its lede, its headline above it
 * in the header: such headers share one height, so the ledes start on
 * one line. A plain text's headline is the first line of its text, and a
 * column loading or failed has no text: their headers are only as tall
 * as what they show (a text column had been as tall as a failed page's
 * outlet, headline and dates, 100 pixels empty in a narrow window).
 */
gboolean
px_source_column_header_lines_up (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);

  return px_source_get_state (self->source) == PX_SOURCE_READY
         && gtk_widget_get_visible (GTK_WIDGET (self->title_label));
}

gboolean
px_source_column_is_sample (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);

  return px_source_is_sample (self->source);
}

PxSource *
px_source_column_get_source (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->source;
}

PxSourceColumnState
px_source_column_get_state (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), PX_SOURCE_COLUMN_FAILED);

  return (PxSourceColumnState) px_source_get_state (self->source);
}

double
px_source_column_get_progress (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), -1);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->progress_bar)))
    return -1;

  return gtk_progress_bar_get_fraction (self->progress_bar);
}

const char *
px_source_column_get_input (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return px_source_get_input (self->source);
}

const char *
px_source_column_get_outlet (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return px_source_get_outlet (self->source);
}

void
px_source_column_set_label (PxSourceColumn *self,
                            const char     *label)
{
  g_return_if_fail (PX_IS_SOURCE_COLUMN (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (label);
  update_header (self);
}

const char *
px_source_column_get_name (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->label != NULL ? self->label : px_source_get_outlet (self->source);
}

const char *
px_source_column_get_error_message (PxSourceColumn *self)
{
  const GError *error;

  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  error = px_source_get_error (self->source);
  return px_source_get_state (self->source) == PX_SOURCE_FAILED && error != NULL ? error->message : NULL;
}

PxArticle *
px_source_column_get_article (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return px_source_get_article (self->source);
}

PxSnapshot *
px_source_column_get_snapshot (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return px_source_get_snapshot (self->source);
}

GtkTextView *
px_source_column_get_text_view (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return self->text_view;
}

/* Pasted text has no page behind it; every other source's page is shown
 * as it was kept, by whoever owns the story ("open-original").
 */
static void
open_original_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (px_source_get_kind (self->source) != PX_SOURCE_KIND_TEXT)
    {
      g_signal_emit (self, signals[OPEN_ORIGINAL], 0);
      return;
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("No Original Page"),
                                   _("This source is text that was pasted; there is no page to show."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
refetch_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (widget);
  gint64 source_id = px_source_get_source_id (self->source);

  /* A source in the library is fetched again by the window, which keeps
   * every version and reloads the story.
   */
  if (source_id > 0 && (g_str_equal (action_name, "column.refetch") || g_str_equal (action_name, "column.reread"))
      && gtk_widget_activate_action (widget, "win.refetch-source", "x", source_id))
    return;
  g_signal_emit (self, signals[LOAD_REQUESTED], 0);
}

/* Read Again on a file that has not changed since it failed: it would
 * fail the same way (a moment of "Reading…", then the same words), so the
 * error page says so instead.
 */
static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (widget);
  g_autofree char *stamp = self->failed_stamp != NULL ? file_stamp (self) : NULL;

  if (stamp != NULL && g_str_equal (stamp, self->failed_stamp) && self->failed_markup != NULL)
    {
      g_autofree char *markup = NULL;

      markup = g_strdup_printf ("%s\n\n%s", self->failed_markup,
                                stamp[0] == '\0' ? _("The file is still not there.")
                                                  : _("The file has not changed since it was read."));
      adw_status_page_set_description (self->error_page, markup);
      return;
    }
  refetch_action (widget, action_name, parameter);
}

static void
browser_launched_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(PxSourceColumn) self = g_weak_ref_get (ref);
  g_autoptr(GError) error = NULL;
  g_autofree char *safe = NULL;
  g_autofree char *markup = NULL;

  g_weak_ref_clear (ref);
  g_free (ref);

  if (g_app_info_launch_default_for_uri_finish (result, &error) || self == NULL || self->failed_markup == NULL)
    return;
  /* why, under what failed */
  safe = px_safe_text_line (error->message, -1);
  /* Translators: under a source's error, %s says why its address could not be opened in a browser */
  markup = g_markup_printf_escaped (_("No browser could open it: %s"), safe);
  {
    g_autofree char *whole = g_strdup_printf ("%s\n\n%s", self->failed_markup, markup);

    adw_status_page_set_description (self->error_page, whole);
  }
}

static void
open_browser_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (widget);
  const char *input = px_source_get_input (self->source);
  g_autoptr(GAppLaunchContext) context = NULL;
  GWeakRef *ref;

  if (input == NULL || px_input_classify (input) != PX_INPUT_KIND_URL)
    return;
  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (widget)));
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  g_app_info_launch_default_for_uri_async (input, context, NULL, browser_launched_cb, ref);
}

const char *
px_source_column_get_error_description (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), NULL);

  return adw_status_page_get_description (self->error_page);
}

void
px_source_column_add_file_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) pages = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  gtk_file_filter_set_name (pages, _("Web pages and text"));
  gtk_file_filter_add_mime_type (pages, "text/html");
  gtk_file_filter_add_mime_type (pages, "application/xhtml+xml");
  gtk_file_filter_add_mime_type (pages, "text/plain");
  gtk_file_filter_add_suffix (pages, "html");
  gtk_file_filter_add_suffix (pages, "htm");
  gtk_file_filter_add_suffix (pages, "txt");
  gtk_file_chooser_add_filter (chooser, pages);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

static void
file_chosen_cb (GtkNativeDialog *dialog,
                int              response,
                PxSourceColumn  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL && px_source_get_state (self->source) == PX_SOURCE_FAILED)
        g_signal_emit (self, signals[REPLACE_REQUESTED], 0, path);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* Another file in the place of one that could not be read, starting in
 * its folder. */
static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  const char *input = px_source_get_input (self->source);
  /* in the file's folder, when the story knows it */
  g_autoptr(GFile) file = g_path_is_absolute (input) ? g_file_new_for_path (input) : NULL;
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;

  chooser = gtk_file_chooser_native_new (_("Choose Another File"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  px_source_column_add_file_filters (GTK_FILE_CHOOSER (chooser));
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.source-history", "x",
                              px_source_get_source_id (PX_SOURCE_COLUMN (widget)->source));
}

gboolean
px_source_column_get_updated (PxSourceColumn *self)
{
  g_return_val_if_fail (PX_IS_SOURCE_COLUMN (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->updated_label));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE_REQUESTED], 0);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[RENAME_REQUESTED], 0);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE_REQUESTED], 0, g_str_equal (action_name, "column.move-left") ? -1 : 1);
}

#define MIN_WIDTH 240
#define MAX_WIDTH 1400

static void
resize_begin_cb (PxSourceColumn *self)
{
  self->drag_start_width = gtk_widget_get_width (GTK_WIDGET (self));
}

static void
resize_update_cb (PxSourceColumn *self,
                  double          offset_x,
                  double          offset_y)
{
  int width = CLAMP (self->drag_start_width + (int) offset_x, MIN_WIDTH, MAX_WIDTH);

  gtk_widget_set_size_request (GTK_WIDGET (self), width, -1);
}

/* Laid out as a GtkBinLayout would, but as wide as its narrowest: a
 * column asks for no more than its minimum width, whatever its headline
 * or the height offered, so the story's columns share the width equally
 * (a long headline had made its column 16 pixels wider than the next at
 * 700 pixels, and the headers, one height across the columns, came out a
 * line too tall in the narrower one). A column dragged wider keeps its
 * width: that is its minimum.
 */
static GtkSizeRequestMode
px_source_column_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
px_source_column_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->box, orientation, -1, minimum, NULL, NULL, NULL);
      *natural = *minimum;
      return;
    }
  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
px_source_column_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  gtk_widget_allocate (PX_SOURCE_COLUMN (widget)->box, width, height, baseline, NULL);
}

static void
px_source_column_dispose (GObject *object)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (object);

  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->scroll_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->scroll_tick_id);
  self->scroll_tick_id = 0;
  if (self->place_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->place_tick_id);
  self->place_tick_id = 0;
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  if (self->caret_window != NULL)
    g_signal_handlers_disconnect_by_func (self->caret_window, update_caret, self);
  g_clear_weak_pointer (&self->caret_window);
  gtk_widget_dispose_template (GTK_WIDGET (object), PX_TYPE_SOURCE_COLUMN);

  G_OBJECT_CLASS (px_source_column_parent_class)->dispose (object);
}

static void
px_source_column_finalize (GObject *object)
{
  PxSourceColumn *self = PX_SOURCE_COLUMN (object);

  g_clear_object (&self->source);
  g_clear_pointer (&self->shown, px_article_unref);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_clear_pointer (&self->breaks, g_array_unref);
  g_free (self->label);
  g_free (self->failed_stamp);
  g_free (self->failed_markup);

  G_OBJECT_CLASS (px_source_column_parent_class)->finalize (object);
}

static void
px_source_column_class_init (PxSourceColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_source_column_dispose;
  object_class->finalize = px_source_column_finalize;

  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The reader gives the outlet its name: whoever owns the story asks it. */
  signals[RENAME_REQUESTED] =
    g_signal_new ("rename-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[OPEN_ORIGINAL] =
    g_signal_new ("open-original", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Retry, or fetch again a source the library does not keep. */
  signals[LOAD_REQUESTED] =
    g_signal_new ("load-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Another file, chosen for a file that could not be read, in its place. */
  signals[REPLACE_REQUESTED] =
    g_signal_new ("replace-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[MOVE_REQUESTED] =
    g_signal_new ("move-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, PX_RESOURCE_PREFIX "/ui/px-source-column.ui");
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, box);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, header);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, meta_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, updated_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, charset_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, stack);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, spinner);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, error_page);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, choose_button);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, retry_button);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, text_view);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, summary_revealer);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, alone_label);
  gtk_widget_class_bind_template_child (widget_class, PxSourceColumn, handle);

  gtk_widget_class_install_action (widget_class, "column.open-original", NULL, open_original_action);
  gtk_widget_class_install_action (widget_class, "column.refetch", NULL, refetch_action);
  gtk_widget_class_install_action (widget_class, "column.reread", NULL, refetch_action);
  gtk_widget_class_install_action (widget_class, "column.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "column.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "column.open-browser", NULL, open_browser_action);
  gtk_widget_class_install_action (widget_class, "column.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "column.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "column.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "column.move-left", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "column.move-right", NULL, move_action);

  widget_class->get_request_mode = px_source_column_get_request_mode;
  widget_class->measure = px_source_column_measure;
  widget_class->size_allocate = px_source_column_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "pxsourcecolumn");
}

/* A paragraph shown in lines (shown_text()) has line breaks where the
 * article has spaces: a selection copied gives the article's own text,
 * as whatever else quotes the view does. A text without such breaks is
 * copied as GTK copies it.
 */
static void
copy_clipboard_cb (PxSourceColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->breaks->len == 0 || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  text = px_source_column_dup_text (self, &start, &end);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self->text_view)), text);
  g_signal_stop_emission_by_name (self->text_view, "copy-clipboard");
}

/* A selection dragged out of a paragraph shown in lines is the article's
 * own text too: GTK's text view drags the view's text, line breaks and
 * all. This drag source, before the view's own gestures, takes a drag that
 * starts in the selection of such a column; any other drag is the view's
 * (one that starts outside the selection makes a selection).
 */
static void
drag_press_cb (GtkGestureClick *click,
               int              n_press,
               double           x,
               double           y,
               PxSourceColumn  *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end, at;
  int buffer_x, buffer_y;

  /* asked at the press, before the view moves the cursor there */
  self->press_in_selection = FALSE;
  if (self->breaks->len == 0 || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x, &buffer_y);
  self->press_in_selection = gtk_text_view_get_iter_at_location (self->text_view, &at, buffer_x, buffer_y)
                             && gtk_text_iter_in_range (&at, &start, &end);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource  *source,
                 double          x,
                 double          y,
                 PxSourceColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (!self->press_in_selection || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;
  text = px_source_column_dup_text (self, &start, &end);
  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static void
px_source_column_init (PxSourceColumn *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkGesture *drag;
  GtkDragSource *source;
  GtkGesture *press;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* A long outlet's name or headline is cut to the column: whole in its tooltip. */
  px_cut_label_init (self->outlet_label);
  px_cut_label_init (self->title_label);
  _px_menu_button_quiet_tooltip (GTK_MENU_BUTTON (self->menu_button));

  drag = gtk_gesture_drag_new ();
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (resize_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (resize_update_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->handle, GTK_EVENT_CONTROLLER (drag));

  self->highlights = g_array_new (FALSE, FALSE, sizeof (Highlight));
  self->breaks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_set_clear_func (self->highlights, (GDestroyNotify) highlight_clear);

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->body_tag = gtk_text_buffer_create_tag (buffer, "px-body",
                                               "line-height", 1.45f,
                                               NULL);
  self->headline_tag = gtk_text_buffer_create_tag (buffer, "px-headline",
                                                   "weight", PANGO_WEIGHT_BOLD,
                                                   "pixels-below-lines", 6,
                                                   NULL);
  for (guint i = 0; i < PX_N_HIGHLIGHT_KINDS; i++)
    {
      self->tags[i] = gtk_text_buffer_create_tag (buffer, px_highlight_kind_get_tag_name (i), NULL);
      self->kind_visible[i] = TRUE;
    }
  /* Hedging, contradiction, attribution and a sentence only this outlet
   * carries often mark a whole sentence: the number, time, quote and name
   * highlights inside it go over them, so both show (a tag made later
   * wins). Attribution turned on had hidden "91 drones" and "overnight"
   * in RT's first sentence under its tint.
   */
  {
    const PxHighlightKind wide[] = { PX_HIGHLIGHT_ATTRIBUTION, PX_HIGHLIGHT_UNIQUE, PX_HIGHLIGHT_CONTRADICTION,
                                     PX_HIGHLIGHT_HEDGING };

    for (guint i = 0; i < G_N_ELEMENTS (wide); i++)
      gtk_text_tag_set_priority (self->tags[wide[i]], 0);
  }
  /* Its weight wins where the highlights meet it (none sets one); its
   * tint goes under their colours.
   */
  self->current_tag = gtk_text_buffer_create_tag (buffer, "px-current",
                                                  "weight", PANGO_WEIGHT_BOLD,
                                                  NULL);
  gtk_text_tag_set_priority (self->current_tag, 0);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->current_mark = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
  style_tags (self);
  style_current_tag (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->text_view, "query-tooltip",
                           G_CALLBACK (query_tooltip_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->text_view, "copy-clipboard",
                           G_CALLBACK (copy_clipboard_cb), self, G_CONNECT_SWAPPED);
  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (source), GTK_PHASE_CAPTURE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (source));
  press = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (press), "px-column-press");
  g_signal_connect_object (press, "pressed", G_CALLBACK (drag_press_cb), self, 0);
  g_signal_connect_object (press, "pressed", G_CALLBACK (caret_press_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (press));
  g_signal_connect_object (buffer, "notify::cursor-position",
                           G_CALLBACK (cursor_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->text_view, "notify::root",
                           G_CALLBACK (caret_root_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.retry", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.history", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "column.rename", FALSE);
  px_source_column_set_can_move (self, FALSE, FALSE);
}

PxSourceColumn *
px_source_column_new (PxSource *source)
{
  PxSourceColumn *self;

  g_return_val_if_fail (PX_IS_SOURCE (source), NULL);

  self = g_object_new (PX_TYPE_SOURCE_COLUMN, NULL);
  self->source = g_object_ref (source);
  g_signal_connect_object (source, "notify::state", G_CALLBACK (sync_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (source, "notify::outlet", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (source, "notify::source-id", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  sync_state (self);

  return self;
}
