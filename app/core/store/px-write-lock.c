/* px-write-lock.c: the local library's write lock, taken in turn by the processes that write
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* F_OFD_SETLK and F_OFD_SETLKW */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "px-store"

#include "config.h"

#include "px-write-lock-private.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

/* Two bytes of the lock file, locked with open file description locks:
 * they belong to the open file, not to the process, so two stores of one
 * process exclude each other as two processes do, and the kernel lets them
 * go when the process ends, however it ends (kill -9 included).
 *
 * A writer takes QUEUE_BYTE, then WRITE_BYTE, then lets QUEUE_BYTE go.
 * The kernel wakes a waiter as soon as a lock is let go; but a writer
 * that commits in a loop asks again at once, before a woken waiter on a
 * busy machine has run. Here it has to queue for QUEUE_BYTE, which the
 * waiter holds while it waits for WRITE_BYTE: two writers take turns.
 */
enum
{
  QUEUE_BYTE = 0,
  WRITE_BYTE = 1,
};

typedef enum
{
  STATE_IDLE,
  STATE_WAITING, /* a thread waits for the lock in the kernel */
  STATE_HELD,
  STATE_UNAVAILABLE,
} State;

struct _PxWriteLock
{
  gatomicrefcount ref_count;
  GMutex mutex;
  GCond cond;
  char *database_path;
  char *path;
  int fd;
  State state;
  /* A caller waits for what the waiting thread asked for; when none
   * does (it gave up), the thread lets the lock go as soon as it has it.
   */
  gboolean wanted;
};

char *
_px_write_lock_path (const char *database_path)
{
  return g_strconcat (database_path, "-lock", NULL);
}

PxWriteLock *
_px_write_lock_new (const char *database_path)
{
  PxWriteLock *self = g_new0 (PxWriteLock, 1);

  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  self->database_path = g_strdup (database_path);
  self->path = _px_write_lock_path (database_path);
  self->fd = -1;
  self->state = STATE_IDLE;

  return self;
}

static PxWriteLock *
px_write_lock_ref (PxWriteLock *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
_px_write_lock_unref (PxWriteLock *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  if (self->fd >= 0)
    close (self->fd);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_free (self->database_path);
  g_free (self->path);
  g_free (self);
}

typedef enum
{
  LOCK_TAKEN,
  LOCK_BUSY,
  LOCK_REFUSED, /* the file system does not lock: ENOLCK, EINVAL, EOPNOTSUPP */
} LockOutcome;

static LockOutcome
set_lock (int      fd,
          short    type,
          int      byte,
          gboolean wait)
{
#ifdef F_OFD_SETLKW
  struct flock lock = { .l_type = type, .l_whence = SEEK_SET, .l_start = byte, .l_len = 1, .l_pid = 0 };
  int rc;

  do
    rc = fcntl (fd, wait ? F_OFD_SETLKW : F_OFD_SETLK, &lock);
  while (rc < 0 && errno == EINTR);

  if (rc == 0)
    return LOCK_TAKEN;
  if (!wait && (errno == EAGAIN || errno == EACCES))
    return LOCK_BUSY;
  return LOCK_REFUSED;
#else
  return LOCK_REFUSED;
#endif
}

/* Opens the lock file, made with the database's permissions. A link, a
 * folder or a pipe in its place is not used (and a pipe never waited on).
 */
static gboolean
open_file (PxWriteLock *self)
{
  GStatBuf st;
  int mode = 0644;
  int fd;

  if (g_stat (self->database_path, &st) == 0)
    mode = st.st_mode & 0666;

  fd = g_open (self->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK, mode);
  if (fd < 0)
    {
      g_debug ("Writing without the lock “%s”: %s", self->path, g_strerror (errno));
      return FALSE;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_debug ("Writing without the lock “%s”: not a plain file", self->path);
      close (fd);
      return FALSE;
    }

  self->fd = fd;
  return TRUE;
}

typedef struct
{
  PxWriteLock *lock;
  gboolean queued; /* QUEUE_BYTE is held already */
} Waiter;

static gpointer
wait_thread (gpointer data)
{
  g_autofree Waiter *waiter = data;
  PxWriteLock *self = waiter->lock;
  gboolean taken = (waiter->queued || set_lock (self->fd, F_WRLCK, QUEUE_BYTE, TRUE) == LOCK_TAKEN)
                   && set_lock (self->fd, F_WRLCK, WRITE_BYTE, TRUE) == LOCK_TAKEN;
  int saved_errno = errno;

  set_lock (self->fd, F_UNLCK, QUEUE_BYTE, FALSE);

  g_mutex_lock (&self->mutex);
  if (!taken)
    {
      g_debug ("Writing without the lock “%s”: %s", self->path, g_strerror (saved_errno));
      self->state = STATE_UNAVAILABLE;
    }
  else if (self->wanted)
    self->state = STATE_HELD;
  else
    {
      set_lock (self->fd, F_UNLCK, WRITE_BYTE, FALSE);
      self->state = STATE_IDLE;
    }
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);

  _px_write_lock_unref (self);
  return NULL;
}

/* With the mutex held, in STATE_IDLE: takes the lock at once when no one
 * holds or waits for it, else has a thread wait for it in the kernel.
 */
static void
start_taking (PxWriteLock *self)
{
  Waiter *waiter;
  LockOutcome outcome;
  GThread *thread;

  outcome = set_lock (self->fd, F_WRLCK, QUEUE_BYTE, FALSE);
  if (outcome == LOCK_REFUSED)
    {
      g_debug ("Writing without the lock “%s”: %s", self->path, g_strerror (errno));
      self->state = STATE_UNAVAILABLE;
      return;
    }

  waiter = g_new0 (Waiter, 1);
  waiter->queued = outcome == LOCK_TAKEN;
  if (waiter->queued)
    {
      outcome = set_lock (self->fd, F_WRLCK, WRITE_BYTE, FALSE);
      if (outcome == LOCK_REFUSED)
        g_debug ("Writing without the lock “%s”: %s", self->path, g_strerror (errno));
      if (outcome != LOCK_BUSY)
        {
          set_lock (self->fd, F_UNLCK, QUEUE_BYTE, FALSE);
          self->state = outcome == LOCK_TAKEN ? STATE_HELD : STATE_UNAVAILABLE;
          g_free (waiter);
          return;
        }
    }

  waiter->lock = px_write_lock_ref (self);
  self->state = STATE_WAITING;
  thread = g_thread_try_new ("px-write-lock", wait_thread, waiter, NULL);
  if (thread == NULL)
    {
      /* Not even a thread to wait in: written as without the lock. */
      set_lock (self->fd, F_UNLCK, QUEUE_BYTE, FALSE);
      self->state = STATE_IDLE;
      _px_write_lock_unref (self);
      g_free (waiter);
      return;
    }
  g_thread_unref (thread);
}

PxWriteLockResult
_px_write_lock_acquire (PxWriteLock *self,
                        gint64       timeout_us)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);
  gint64 deadline = g_get_monotonic_time () + timeout_us;

  g_assert (self->state != STATE_HELD);

  if (self->state == STATE_IDLE && self->fd < 0 && !open_file (self))
    self->state = STATE_UNAVAILABLE;
  if (self->state == STATE_IDLE)
    {
      start_taking (self);
      if (self->state == STATE_IDLE)
        return PX_WRITE_LOCK_UNAVAILABLE;
    }

  /* A thread left waiting by a caller who gave up is waited for as if
   * this call had started it. */
  self->wanted = TRUE;
  while (self->state == STATE_WAITING)
    if (!g_cond_wait_until (&self->cond, &self->mutex, deadline) && self->state == STATE_WAITING)
      {
        self->wanted = FALSE;
        return PX_WRITE_LOCK_TIMED_OUT;
      }
  self->wanted = FALSE;

  return self->state == STATE_HELD ? PX_WRITE_LOCK_TAKEN : PX_WRITE_LOCK_UNAVAILABLE;
}

void
_px_write_lock_release (PxWriteLock *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->mutex);

  g_assert (self->state == STATE_HELD);
  set_lock (self->fd, F_UNLCK, WRITE_BYTE, FALSE);
  self->state = STATE_IDLE;
}
