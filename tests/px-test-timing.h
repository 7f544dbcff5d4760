/* px-test-timing.h: what the tests that judge the cost of work share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many times longer than on a plain build a wait may take on this
 * one: AddressSanitizer's checks make the program several times slower,
 * so a bound that says "this has hung" is stretched by it, never one that
 * says "this took too long" (those are benchmarks, under tests/bench).
 */
#if defined(__SANITIZE_ADDRESS__)
#define PX_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PX_TEST_ASAN 1
#endif
#endif
#ifndef PX_TEST_ASAN
#define PX_TEST_ASAN 0
#endif

#define PX_TEST_SLOWDOWN (PX_TEST_ASAN ? 4 : 1)

/* This thread's CPU time in seconds: what other programs on a loaded
 * machine do not add to.
 */
double px_test_thread_cpu_seconds (void);

/* The heap in use (malloc's small blocks and mapped ones), for a test that
 * bounds what a piece of work keeps per item: memory held, not time taken.
 */
gsize px_test_heap_in_use (void);

/* Does the work being judged on an input of @size (items, bytes: any
 * measure the work should be linear in) and returns the thread CPU
 * seconds the work itself took, building the input left out.
 */
typedef double (*PxTestWorkFunc) (guint    size,
                                  gpointer user_data);

/* Fails the test when @work on an input four times @size costs more than
 * PX_TEST_MAX_GROWTH times what it costs on @size: linear work gives
 * about 4, quadratic work 16, whatever the machine's load or build.
 * Each size is timed again, up to three times, while the ratio of the
 * best times is above the bound, so one run slowed by a cache flushed
 * elsewhere is not taken for growth.
 */
#define PX_TEST_MAX_GROWTH 8.0

void px_test_assert_linear (const char     *what,
                            guint           size,
                            PxTestWorkFunc  work,
                            gpointer        user_data);

G_END_DECLS
