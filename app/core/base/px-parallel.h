/* px-parallel.h: a loop over independent items on the machine's cores
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The comparison's heavy loops (scoring candidate pairs, the differ's
 * claims, analysing the sources) work on items that share nothing they
 * write: each item's results go to a place of its own, so the output does
 * not depend on which thread did what, or when. The calling thread works
 * too, so one worker means no thread at all.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs for item @item on worker @worker (0 to the number of workers - 1:
 * an index into scratch space of the caller's, one per worker).
 */
typedef void (*PxParallelFunc) (guint    item,
                                guint    worker,
                                gpointer user_data);

/* How many workers a loop may use: the processors online, at most 4; the
 * environment's PARALLAX_THREADS (1 to 64) when set, for tests and
 * benchmarks.
 */
guint px_parallel_max_workers (void);

/* Sets the most workers a loop may use from now on, for the whole process;
 * 0 goes back to the default above. For tests (the output must be the same
 * on one worker as on several) and benchmarks.
 */
void px_parallel_set_max_workers (guint n_workers);

/* The workers worth starting for @n_items items when a worker should
 * have at least @min_per_worker of them (starting a thread costs about as
 * much as scoring a few dozen pairs): 1 to px_parallel_max_workers().
 */
guint px_parallel_workers_for (guint n_items,
                               guint min_per_worker);

/* Calls @func once for each item from 0 to @n_items - 1 on @n_workers
 * workers (the caller's thread and @n_workers - 1 threads), handing out
 * @chunk items at a time in order; returns when all are done. When a
 * thread cannot be started the others do its share. @func must check
 * @cancellable itself if it wants to stop early; items left once it is
 * cancelled are not started.
 */
void px_parallel_for (guint           n_items,
                      guint           n_workers,
                      guint           chunk,
                      PxParallelFunc  func,
                      gpointer        user_data,
                      GCancellable   *cancellable);

G_END_DECLS
