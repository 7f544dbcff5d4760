/* px-test-timing.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-test-timing.h"

#include <malloc.h>
#include <stdlib.h>
#include <time.h>

double
px_test_thread_cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

gsize
px_test_heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
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
  const char *perturb = g_getenv ("MALLOC_PERTURB_");
  double small = G_MAXDOUBLE, large = G_MAXDOUBLE;

  g_assert_cmpuint (size, >, 0);
  g_assert_cmpuint (size, <=, G_MAXUINT / 4);

  /* meson test sets MALLOC_PERTURB_, and glibc then fills every block it
   * hands out or takes back: what that costs follows the allocator's
   * history in this process (a buffer grown in place or moved through
   * memory freed by the tests before), not the work measured, and a late
   * run saw a page of 20,000 boxes cost sixty times a page of 5,000 for
   * it alone. The fill is off while the work is timed.
   */
  mallopt (M_PERTURB, 0);
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      small = MIN (small, work (size, user_data));
      large = MIN (large, work (4 * size, user_data));
      g_test_message ("%s: %u in %.4f s of CPU, %u in %.4f s (x%.1f)", what, size, small, 4 * size, large,
                      large / MAX (small, floor));
      if (large / MAX (small, floor) < PX_TEST_MAX_GROWTH)
        break;
    }
  mallopt (M_PERTURB, perturb != NULL ? atoi (perturb) : 0);
  g_assert_cmpfloat (large / MAX (small, floor), <, PX_TEST_MAX_GROWTH);
}
