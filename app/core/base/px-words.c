/* px-words.c: a message kept so that it can be said again in another
 * language
 *
 * A failure kept in the library was kept in the words of the day it
 * happened; a reader who has changed language since would read it in the
 * old one. What is kept beside it is the message as the code writes it
 * and its arguments, and saying it again is gettext's and a substitution
 * of our own: a format read from the library never reaches printf.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-words.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

/* words within words, at most: "%s: %s" around a reason is two */
#define PX_WORDS_MAX_DEPTH 4
#define PX_WORDS_MAX_ARGS 9
/* the longest words read: an address of a few thousand characters and
 * its reason */
#define PX_WORDS_MAX_BYTES 16384

/* One conversion of a format at @p (just after its '%'): its position
 * when written ("%2$s": 2, else 0) into @position, its letter into
 * @letter, its length modifiers into @longs ("l": 1, "ll": 2, "z": 3,
 * "h": -1); the end of it, or NULL for a conversion not supported.
 */
static const char *
read_conversion (const char *p,
                 guint      *position,
                 char       *letter,
                 int        *longs)
{
  *position = 0;
  *longs = 0;
  if (g_ascii_isdigit (p[0]) && p[0] != '0' && p[1] == '$')
    {
      *position = p[0] - '0';
      p += 2;
    }
  if (p[0] == 'l' && p[1] == 'l')
    {
      *longs = 2;
      p += 2;
    }
  else if (p[0] == 'l')
    {
      *longs = 1;
      p++;
    }
  else if (p[0] == 'z')
    {
      *longs = 3;
      p++;
    }
  else if (p[0] == 'h')
    {
      *longs = -1;
      p++;
    }
  if (p[0] != 's' && p[0] != 'd' && p[0] != 'i' && p[0] != 'u')
    return NULL;
  if (p[0] == 's' && *longs != 0)
    return NULL;
  *letter = p[0];
  return p + 1;
}

static char *
words_to_string (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
begin_words (JsonBuilder *builder,
             const char  *context,
             const char  *format)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "context");
  if (context != NULL)
    json_builder_add_string_value (builder, context);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, format);
  json_builder_set_member_name (builder, "args");
  json_builder_begin_array (builder);
}

char *
px_words_newv (const char *context,
               const char *format,
               va_list     args)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = 0;

  g_return_val_if_fail (format != NULL, NULL);

  begin_words (builder, context, format);
  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    {
      guint position;
      char letter;
      int longs;

      if (p[1] == '%')
        {
          p += 2;
          continue;
        }
      if ((p = read_conversion (p + 1, &position, &letter, &longs)) == NULL || ++n > PX_WORDS_MAX_ARGS)
        return NULL;
      /* (the positions of a msgid are in order: the translation moves them) */
      if (position != 0 && position != n)
        return NULL;
      if (letter == 's')
        {
          const char *value = va_arg (args, const char *);

          json_builder_add_string_value (builder, value != NULL ? value : "(null)");
        }
      else
        {
          g_autofree char *value = NULL;

          if (letter == 'u')
            value = longs == 2   ? g_strdup_printf ("%llu", va_arg (args, unsigned long long))
                    : longs == 1 ? g_strdup_printf ("%lu", va_arg (args, unsigned long))
                    : longs == 3 ? g_strdup_printf ("%zu", va_arg (args, size_t))
                                 : g_strdup_printf ("%u", va_arg (args, unsigned int));
          else
            value = longs == 2   ? g_strdup_printf ("%lld", va_arg (args, long long))
                    : longs == 1 ? g_strdup_printf ("%ld", va_arg (args, long))
                    : longs == 3 ? g_strdup_printf ("%zd", va_arg (args, gssize))
                                 : g_strdup_printf ("%d", va_arg (args, int));
          json_builder_add_string_value (builder, value);
        }
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return words_to_string (builder);
}

char *
px_words_new (const char *context,
              const char *format,
              ...)
{
  va_list args;
  char *words;

  va_start (args, format);
  words = px_words_newv (context, format, args);
  va_end (args);
  return words;
}

char *
px_words_new_plural (const char *singular,
                     const char *plural,
                     gulong      n)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *count = g_strdup_printf ("%lu", n);

  g_return_val_if_fail (singular != NULL, NULL);
  g_return_val_if_fail (plural != NULL, NULL);

  begin_words (builder, NULL, singular);
  json_builder_add_string_value (builder, count);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "plural");
  json_builder_add_string_value (builder, plural);
  json_builder_set_member_name (builder, "n");
  json_builder_add_int_value (builder, n);
  json_builder_end_object (builder);
  return words_to_string (builder);
}

char *
px_words_new_about (const char *context,
                    const char *format,
                    const char *subject,
                    const char *reason)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (subject != NULL, NULL);

  if (reason == NULL || !json_parser_load_from_data (parser, reason, -1, NULL))
    return NULL;
  begin_words (builder, context, format);
  json_builder_add_string_value (builder, subject);
  json_builder_add_value (builder, json_node_copy (json_parser_get_root (parser)));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return words_to_string (builder);
}

char *
px_words_keep (const char *words,
               const char *message)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonNode *root;

  g_return_val_if_fail (message != NULL, NULL);

  if (words == NULL || strlen (words) > PX_WORDS_MAX_BYTES || !json_parser_load_from_data (parser, words, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (root = json_parser_get_root (parser)))
    return NULL;
  json_object_set_string_member (json_node_get_object (root), "kept-with", message);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

gboolean
px_words_kept_with (const char *words,
                    const char *message)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonNode *kept;

  if (words == NULL || message == NULL || strlen (words) > PX_WORDS_MAX_BYTES
      || !json_parser_load_from_data (parser, words, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (root = json_parser_get_root (parser)))
    return FALSE;
  kept = json_object_get_member (json_node_get_object (root), "kept-with");
  return kept != NULL && JSON_NODE_HOLDS_VALUE (kept) && json_node_get_value_type (kept) == G_TYPE_STRING
         && g_str_equal (json_node_get_string (kept), message);
}

static char *say_node (JsonNode *node,
                       guint     depth);

static char *
say_argument (JsonArray *args,
              guint      index,
              guint      depth)
{
  JsonNode *arg;

  if (index >= json_array_get_length (args))
    return NULL;
  arg = json_array_get_element (args, index);
  if (JSON_NODE_HOLDS_VALUE (arg) && json_node_get_value_type (arg) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (arg));
  return say_node (arg, depth + 1);
}

static char *
say_node (JsonNode *node,
          guint     depth)
{
  JsonObject *object;
  JsonNode *context_node;
  JsonNode *format_node;
  JsonNode *args_node;
  JsonNode *plural_node;
  JsonNode *n_node;
  const char *context = NULL;
  const char *format;
  const char *said;
  JsonArray *args;
  g_autoptr(GString) out = g_string_new (NULL);
  guint next = 0;

  if (depth > PX_WORDS_MAX_DEPTH || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  context_node = json_object_get_member (object, "context");
  format_node = json_object_get_member (object, "format");
  args_node = json_object_get_member (object, "args");
  if (format_node == NULL || !JSON_NODE_HOLDS_VALUE (format_node)
      || json_node_get_value_type (format_node) != G_TYPE_STRING || args_node == NULL
      || !JSON_NODE_HOLDS_ARRAY (args_node))
    return NULL;
  if (context_node != NULL && JSON_NODE_HOLDS_VALUE (context_node)
      && json_node_get_value_type (context_node) == G_TYPE_STRING)
    context = json_node_get_string (context_node);
  format = json_node_get_string (format_node);
  args = json_node_get_array (args_node);
  if (*format == '\0')
    return NULL;

  plural_node = json_object_get_member (object, "plural");
  n_node = json_object_get_member (object, "n");
  if (plural_node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (plural_node) || json_node_get_value_type (plural_node) != G_TYPE_STRING
          || n_node == NULL || !JSON_NODE_HOLDS_VALUE (n_node) || json_node_get_value_type (n_node) != G_TYPE_INT64
          || json_node_get_int (n_node) < 0)
        return NULL;
      said = g_dngettext (GETTEXT_PACKAGE, format, json_node_get_string (plural_node), json_node_get_int (n_node));
    }
  else if (context != NULL)
    said = g_dpgettext2 (GETTEXT_PACKAGE, context, format);
  else
    said = g_dgettext (GETTEXT_PACKAGE, format);

  /* the translation's conversions, in their order or at their positions */
  for (const char *p = said; *p != '\0';)
    {
      const char *percent = strchr (p, '%');
      guint position;
      char letter;
      int longs;
      g_autofree char *value = NULL;

      if (percent == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, percent - p);
      if (percent[1] == '%')
        {
          g_string_append_c (out, '%');
          p = percent + 2;
          continue;
        }
      if ((p = read_conversion (percent + 1, &position, &letter, &longs)) == NULL)
        return NULL;
      if ((value = say_argument (args, position != 0 ? position - 1 : next++, depth)) == NULL)
        return NULL;
      g_string_append (out, value);
    }
  if (!g_utf8_validate (out->str, out->len, NULL))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
px_words_say (const char *words)
{
  g_autoptr(JsonParser) parser = NULL;

  if (words == NULL || *words == '\0' || strlen (words) > PX_WORDS_MAX_BYTES)
    return NULL;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, words, -1, NULL))
    return NULL;
  return say_node (json_parser_get_root (parser), 0);
}
