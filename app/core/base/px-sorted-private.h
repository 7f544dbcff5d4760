/* px-sorted-private.h: sorted sets of plain numbers (ids, hashes) in GArrays
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine keeps the features of a passage, a word's WordNet concepts
 * and the like as sorted arrays of numbers, compared by a merge. These
 * macros define the helpers once for every type of number that needs them.
 */
#pragma once

#include <glib.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Defines `static void name (Type *v, gsize n)`, which sorts @n items by
 * their KEY (a KeyType): a quicksort without a callback (g_array_sort()'s
 * merge sort through one was a tenth of the work of comparing 4 sources).
 * Not stable: only for arrays whose items of one key are merged into one
 * after, where the order of equals makes no difference.
 */
#define PX_DEFINE_SORT_BY_KEY(name, Type, KeyType, KEY)                              \
static inline void                                                                   \
name (Type  *v,                                                                      \
      gsize  n)                                                                      \
{                                                                                    \
  while (n > 16)                                                                     \
    {                                                                                \
      KeyType a = KEY (v[0]), b = KEY (v[n / 2]), c = KEY (v[n - 1]);                \
      KeyType pivot = MAX (MIN (a, b), MIN (MAX (a, b), c));                         \
      gsize i = 0, j = n - 1;                                                        \
                                                                                     \
      /* Hoare's partition: [0, j] <= pivot <= [j + 1, n) */                         \
      for (;;)                                                                       \
        {                                                                            \
          Type swap;                                                                 \
                                                                                     \
          while (KEY (v[i]) < pivot)                                                 \
            i++;                                                                     \
          while (KEY (v[j]) > pivot)                                                 \
            j--;                                                                     \
          if (i >= j)                                                                \
            break;                                                                   \
          swap = v[i], v[i] = v[j], v[j] = swap;                                     \
          i++;                                                                       \
          j--;                                                                       \
        }                                                                            \
      /* the smaller side by recursion, the larger in this loop */                   \
      if (j + 1 < n - j - 1)                                                         \
        {                                                                            \
          name (v, j + 1);                                                           \
          v += j + 1;                                                                \
          n -= j + 1;                                                                \
        }                                                                            \
      else                                                                           \
        {                                                                            \
          name (v + j + 1, n - j - 1);                                               \
          n = j + 1;                                                                 \
        }                                                                            \
    }                                                                                \
  for (gsize i = 1; i < n; i++)                                                      \
    {                                                                                \
      Type item = v[i];                                                              \
      gsize k = i;                                                                   \
                                                                                     \
      for (; k > 0 && KEY (v[k - 1]) > KEY (item); k--)                              \
        v[k] = v[k - 1];                                                             \
      v[k] = item;                                                                   \
    }                                                                                \
}

#define PX_SORTED_SET_KEY(x) (x)

/* Defines, for GArrays of the number type Type,
 * `static void sort (Type *v, gsize n)`, as PX_DEFINE_SORT_BY_KEY(), and
 * `static void sort_unique (GArray *array)`, which sorts @array and drops
 * the numbers it holds twice.
 */
#define PX_DEFINE_SORT_UNIQUE(Type, sort, sort_unique)                               \
PX_DEFINE_SORT_BY_KEY (sort, Type, Type, PX_SORTED_SET_KEY)                          \
                                                                                     \
static inline void                                                                   \
sort_unique (GArray *array)                                                          \
{                                                                                    \
  guint n = 0;                                                                       \
                                                                                     \
  sort ((Type *) array->data, array->len);                                           \
  for (guint i = 0; i < array->len; i++)                                             \
    if (n == 0 || g_array_index (array, Type, i) != g_array_index (array, Type, n - 1)) \
      g_array_index (array, Type, n++) = g_array_index (array, Type, i);             \
  g_array_set_size (array, n);                                                       \
}

/* Defines `static guint count_shared (const GArray *a, const GArray *b)`:
 * the numbers two sorted sets of Type (PX_DEFINE_SORT_UNIQUE()) have in
 * common.
 */
#define PX_DEFINE_COUNT_SHARED(Type, count_shared)                                   \
static inline guint                                                                  \
count_shared (const GArray *a,                                                       \
              const GArray *b)                                                       \
{                                                                                    \
  const Type *x = (const Type *) a->data, *y = (const Type *) b->data;               \
  guint i = 0, j = 0, shared = 0, na = a->len, nb = b->len;                          \
                                                                                     \
  /* without branches on the values: of sets of hashes (trigrams), which      \
   * side steps next is a coin toss the processor cannot predict */             \
  while (i < na && j < nb)                                                           \
    {                                                                                \
      Type u = x[i], v = y[j];                                                       \
                                                                                     \
      shared += u == v;                                                              \
      i += u <= v;                                                                   \
      j += v <= u;                                                                   \
    }                                                                                \
  return shared;                                                                     \
}

/* The numbers two sorted sets of 32-bit numbers (PX_DEFINE_SORT_UNIQUE():
 * no number twice in one) have in common, @x of @na and @y of @nb: what
 * PX_DEFINE_COUNT_SHARED()'s merge counts, four numbers a side at a time
 * where the processor compares four pairs at once (SSE2). Each block of
 * four of one side meets each block of the other at most once, and a
 * block is let go only when its largest number is at most the other's:
 * none of its numbers is in a later block of the other side. The last
 * few are merged one by one.
 */
static inline guint
px_count_shared_uint32 (const guint32 *x,
                        guint          na,
                        const guint32 *y,
                        guint          nb)
{
  guint i = 0, j = 0, shared = 0;

#ifdef __SSE2__
  /* how many lanes of four matched, by their mask (without POPCNT, which
   * x86-64's baseline lacks) */
  static const guint8 lanes[16] = { 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4 };

  while (i + 4 <= na && j + 4 <= nb)
    {
      __m128i a = _mm_loadu_si128 ((const __m128i *) (x + i));
      __m128i b = _mm_loadu_si128 ((const __m128i *) (y + j));
      __m128i equal = _mm_cmpeq_epi32 (a, b);
      guint32 last_a = x[i + 3], last_b = y[j + 3];

      /* every number of @a against every number of @b: @b turned a lane at a time */
      equal = _mm_or_si128 (equal, _mm_cmpeq_epi32 (a, _mm_shuffle_epi32 (b, _MM_SHUFFLE (0, 3, 2, 1))));
      equal = _mm_or_si128 (equal, _mm_cmpeq_epi32 (a, _mm_shuffle_epi32 (b, _MM_SHUFFLE (1, 0, 3, 2))));
      equal = _mm_or_si128 (equal, _mm_cmpeq_epi32 (a, _mm_shuffle_epi32 (b, _MM_SHUFFLE (2, 1, 0, 3))));
      shared += lanes[_mm_movemask_ps (_mm_castsi128_ps (equal))];
      i += 4 * (last_a <= last_b);
      j += 4 * (last_b <= last_a);
    }
#endif
  while (i < na && j < nb)
    {
      guint32 u = x[i], v = y[j];

      shared += u == v;
      i += u <= v;
      j += v <= u;
    }
  return shared;
}


/* A GHashFunc for a pair of 32-bit ids kept as one guint64 (`a << 32 | b`,
 * g_int64_equal() to compare): g_int64_hash() folds the halves by XOR, so
 * the pairs of a few hundred small ids fall on a few hundred hashes and
 * the table's lookups grow with its size (a sentence of 500 figures had
 * the differ's pair set take 0.5 s). The halves are mixed first
 * (MurmurHash3's 64-bit finaliser).
 */
static inline guint
px_pair_id_hash (gconstpointer v)
{
  guint64 x = *(const guint64 *) v;

  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  x ^= x >> 33;
  return (guint) x;
}
