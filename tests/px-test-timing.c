/* px-test-timing.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-test-timing.h"

#include <time.h>

double
px_test_thread_cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

void
px_test_assert_linear (const char     *what,
                       guint           size,
                       PxTestWorkFunc  work,
                       gpointer        user_data)
{
  /* a floor for the small run: thread CPU clocks count in ticks of a few
   * microseconds, and a ratio of two ticks says nothing
   */
  const double floor = 1e-3;
  double small = G_MAXDOUBLE, large = G_MAXDOUBLE;

  g_assert_cmpuint (size, >, 0);
  g_assert_cmpuint (size, <=, G_MAXUINT / 4);

  for (guint attempt = 0; attempt < 3; attempt++)
    {
      small = MIN (small, work (size, user_data));
      large = MIN (large, work (4 * size, user_data));
      g_test_message ("%s: %u in %.4f s of CPU, %u in %.4f s (x%.1f)", what, size, small, 4 * size, large,
                      large / MAX (small, floor));
      if (large / MAX (small, floor) < PX_TEST_MAX_GROWTH)
        return;
    }
  g_assert_cmpfloat (large / MAX (small, floor), <, PX_TEST_MAX_GROWTH);
}
