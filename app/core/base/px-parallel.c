/* px-parallel.c
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-parallel.h"

#include "px-env.h"

#include <stdlib.h>

/* More threads than this gain little on a comparison of 32 sources and
 * take cores from the window and the rest of the desktop.
 */
#define MAX_WORKERS 4

static int chosen; /* px_parallel_set_max_workers(), 0 for none (atomic) */

void
px_parallel_set_max_workers (guint n_workers)
{
  g_atomic_int_set (&chosen, (int) MIN (n_workers, 64));
}

guint
px_parallel_max_workers (void)
{
  static gsize workers;

  if (g_atomic_int_get (&chosen) > 0)
    return (guint) g_atomic_int_get (&chosen);
  if (g_once_init_enter (&workers))
    {
      guint64 n = MIN ((guint) g_get_num_processors (), MAX_WORKERS);

      /* A bad value is the default here; the programs say it is bad. */
      px_env_get_number (PX_ENV_THREADS, &n, NULL);
      g_once_init_leave (&workers, MAX (n, 1));
    }
  return (guint) workers;
}

guint
px_parallel_workers_for (guint n_items,
                         guint min_per_worker)
{
  guint n = n_items / MAX (min_per_worker, 1);

  return CLAMP (n, 1, px_parallel_max_workers ());
}

typedef struct
{
  guint n_items;
  guint chunk;
  PxParallelFunc func;
  gpointer user_data;
  GCancellable *cancellable;
  int next;                 /* the first item not yet handed out (atomic) */
} Loop;

typedef struct
{
  Loop *loop;
  guint worker;
} Worker;

static void
work (Loop *loop,
      guint worker)
{
  for (;;)
    {
      guint first, end;

      if (g_cancellable_is_cancelled (loop->cancellable))
        return;
      first = (guint) g_atomic_int_add (&loop->next, (int) loop->chunk);
      if (first >= loop->n_items)
        return;
      end = MIN (first + loop->chunk, loop->n_items);
      for (guint item = first; item < end; item++)
        loop->func (item, worker, loop->user_data);
    }
}

static gpointer
worker_cb (gpointer data)
{
  Worker *worker = data;

  work (worker->loop, worker->worker);
  return NULL;
}

void
px_parallel_for (guint           n_items,
                 guint           n_workers,
                 guint           chunk,
                 PxParallelFunc  func,
                 gpointer        user_data,
                 GCancellable   *cancellable)
{
  Loop loop = { n_items, CLAMP (chunk, 1, MAX (n_items, 1)), func, user_data, cancellable, 0 };
  g_autofree GThread **threads = NULL;
  g_autofree Worker *workers = NULL;

  g_return_if_fail (func != NULL);
  g_return_if_fail (n_items <= G_MAXINT / 2);

  n_workers = CLAMP (n_workers, 1, MAX (n_items, 1));
  threads = g_new0 (GThread *, n_workers);
  workers = g_new (Worker, n_workers);
  for (guint w = 1; w < n_workers; w++)
    {
      workers[w].loop = &loop;
      workers[w].worker = w;
      /* without it, the others (at least this thread) do its share */
      threads[w] = g_thread_try_new ("px-compare", worker_cb, &workers[w], NULL);
    }
  work (&loop, 0);
  for (guint w = 1; w < n_workers; w++)
    if (threads[w] != NULL)
      g_thread_join (threads[w]);
}
