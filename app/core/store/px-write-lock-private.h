/* px-write-lock-private.h: the local library's write lock, taken in turn by the processes that write
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A lock beside a database ("PATH-lock") that every PxStore takes for the
 * length of a write transaction, whatever process it is in. SQLite's own
 * busy wait polls, and a process that commits in a loop can keep another
 * out past any bound; this lock is waited for in the kernel, behind a
 * second lock that makes the writers queue, so each takes its turn.
 */
typedef struct _PxWriteLock PxWriteLock;

typedef enum
{
  PX_WRITE_LOCK_TAKEN,
  /* The lock file cannot be made or locked here (a read-only folder, a
   * file system without locks): write as without it. */
  PX_WRITE_LOCK_UNAVAILABLE,
  /* Another writer held it past the time allowed. */
  PX_WRITE_LOCK_TIMED_OUT,
} PxWriteLockResult;

/* The lock of the database at @database_path; nothing is opened or made
 * before the first _px_write_lock_acquire().
 */
PxWriteLock *_px_write_lock_new (const char *database_path);
void _px_write_lock_unref (PxWriteLock *self);

/* Waits up to @timeout_us microseconds for the lock. Not recursive: a
 * store takes it under its own mutex, once at a time.
 */
PxWriteLockResult _px_write_lock_acquire (PxWriteLock *self,
                                          gint64       timeout_us);
/* Releases a lock taken with PX_WRITE_LOCK_TAKEN. */
void _px_write_lock_release (PxWriteLock *self);

/* The lock file of the database at @database_path. */
char *_px_write_lock_path (const char *database_path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxWriteLock, _px_write_lock_unref)

G_END_DECLS
