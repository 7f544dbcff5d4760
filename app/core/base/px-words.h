/* px-words.h: a message kept so that it can be said again in another
 * language: its untranslated form and its arguments
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Words are a JSON text: {"context": ..., "format": ..., "args": [...]},
 * where "format" is a message as the source code writes it (the msgid,
 * "context" its msgctxt or null) and each argument a string or words of
 * its own ("%s: %s": an address, then the reason in words). They say the
 * message in the language of the day they are said, as gettext has it.
 */

/* The words of @format (untranslated; conversions %s, %d, %i, %u with
 * "l", "ll", "z" or "h" before the letter, and "%N$" positions) with the
 * arguments in @args, as printf would take them; NULL when @format has
 * any other conversion.
 */
char *px_words_newv (const char *context,
                     const char *format,
                     va_list     args);
char *px_words_new (const char *context,
                    const char *format,
                    ...);

/* The words of a message whose form depends on a count, @n, its one
 * argument (%u): @singular and @plural as ngettext takes them.
 */
char *px_words_new_plural (const char *singular,
                           const char *plural,
                           gulong      n);

/* The words of @format, whose two arguments are @subject (a string, an
 * address) and @reason (words): "%s: %s" said again says the reason again.
 */
char *px_words_new_about (const char *context,
                          const char *format,
                          const char *subject,
                          const char *reason);

/* @words with the message they were said in when kept (@message), so
 * that words read back beside another message (replaced by a client that
 * keeps none) are known for another failure's: NULL when @words are not
 * words. px_words_kept_with() tells whether @words were kept with @message.
 */
char *px_words_keep (const char *words,
                     const char *message);
gboolean px_words_kept_with (const char *words,
                             const char *message);

/* @words said in the current language: NULL when they are not words
 * (not JSON, a field missing or of another type, an argument missing for
 * a conversion, nested too deep), so that the caller says what it had
 * kept instead. No format from @words ever reaches printf.
 */
char *px_words_say (const char *words);

/* Defines the error domain TypeName (an extended one, whose errors carry
 * their words) and type_name_get_words (const GError *error), which
 * returns them or NULL, and type_name_set_words (GError *error, char
 * *words), which takes them. TypeName##Private is defined here.
 */
#define PX_WORDS_DEFINE_ERROR(TypeName, type_name)                                          \
  typedef struct                                                                            \
  {                                                                                         \
    char *words;                                                                            \
  } TypeName##Private;                                                                      \
  static void type_name##_private_init (TypeName##Private *priv)                           \
  {                                                                                         \
    priv->words = NULL;                                                                     \
  }                                                                                         \
  static void type_name##_private_copy (const TypeName##Private *from, TypeName##Private *to) \
  {                                                                                         \
    to->words = g_strdup (from->words);                                                     \
  }                                                                                         \
  static void type_name##_private_clear (TypeName##Private *priv)                          \
  {                                                                                         \
    g_clear_pointer (&priv->words, g_free);                                                 \
  }                                                                                         \
  G_DEFINE_EXTENDED_ERROR (TypeName, type_name)                                             \
  const char *type_name##_get_words (const GError *error)                                   \
  {                                                                                         \
    TypeName##Private *priv;                                                                \
    if (error == NULL || error->domain != type_name##_quark ())                             \
      return NULL;                                                                          \
    priv = type_name##_get_private (error);                                                 \
    return priv != NULL ? priv->words : NULL;                                               \
  }                                                                                         \
  void type_name##_set_words (GError *error, char *words)                                   \
  {                                                                                         \
    TypeName##Private *priv = type_name##_get_private (error);                              \
    g_return_if_fail (priv != NULL);                                                        \
    g_free (priv->words);                                                                   \
    priv->words = words;                                                                    \
  }

G_END_DECLS
