/* px-entities.h: named people, places and organisations in a sentence
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-text.h"

G_BEGIN_DECLS

typedef enum
{
  PX_ENTITY_OTHER,
  PX_ENTITY_PERSON,
  PX_ENTITY_PLACE,
  PX_ENTITY_ORGANISATION,
} PxEntityKind;

typedef struct
{
  guint start;        /* bytes into the text: the name without its title */
  guint end;
  guint first_token;  /* tokens of the name, end exclusive */
  guint end_token;
  const char *key;    /* how mentions are matched: a person's surname, else
                       * the whole name, lower case ("lavrov", "white house") */
  PxEntityKind kind;
  guint titled : 1;   /* "President", "Foreign Minister" before the name */
  guint after_preposition : 1; /* "in Kyiv", "at Mar-a-Lago" */
  guint unconfirmed : 1; /* capitalised only as a title-case headline's words are, and named
                          * nowhere else in the text: "Review of Harbour Plan Delayed" */
  guint ambiguous : 1;   /* a surname alone that two people of the text have: "Whitlow" where
                          * "Dana Whitlow" and "Mark Whitlow" are named */
} PxEntity;

/* Finds the names in @sentence and stores them in its entities array. */
void px_entities_scan (PxDocument *doc,
                       PxSentence *sentence);

/* Gives every mention of a name the kind its clearest mention shows
 * ("Lavrov" is a person once "Foreign Minister Sergei Lavrov" is seen).
 */
void px_entities_resolve (PxDocument *doc);

/* Whether two entity keys are names of one country or body that spelling
 * alone does not tell: "uk" and "britain", "u.s" and "american".
 */
gboolean px_entities_aliases (const char *key_a,
                              const char *key_b);

/* The kind of way a name's last word says it is, spelled out ("road" for
 * "Rd"), or NULL: "Harlow Road" is a road, "Harlo Street" a street. */
const char *px_entities_way_kind (const char *norm);

/* The entity in @sentence with @key, or NULL. */
const PxEntity *px_entities_find (PxSentence *sentence,
                                  const char *key);

G_END_DECLS
