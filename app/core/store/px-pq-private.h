/* px-pq-private.h: libpq, the team library's client, opened the first time it is needed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Include this instead of <libpq-fe.h>: every function of it the engine calls
 * is listed here and reached through a table filled by _px_pq_open() (see
 * px-lazy-private.h). A file that calls one must have called _px_pq_open()
 * first, on the path that leads there. Adding a call of another function
 * means adding it to the list; the link of parallax-cli fails until then.
 */
#pragma once

#include <libpq-fe.h>

#include <glib.h>

G_BEGIN_DECLS

#define PX_PQ_FUNCTIONS(X) \
  X (PQbackendPID) \
  X (PQclear) \
  X (PQcmdTuples) \
  X (PQconnectdbParams) \
  X (PQconninfoFree) \
  X (PQconninfoParse) \
  X (PQconsumeInput) \
  X (PQerrorMessage) \
  X (PQexec) \
  X (PQexecParams) \
  X (PQfinish) \
  X (PQfreemem) \
  X (PQgetisnull) \
  X (PQgetvalue) \
  X (PQnotifies) \
  X (PQntuples) \
  X (PQresultErrorField) \
  X (PQresultErrorMessage) \
  X (PQresultStatus) \
  X (PQsetClientEncoding) \
  X (PQsetNoticeProcessor) \
  X (PQsocket) \
  X (PQstatus) \
  X (PQtransactionStatus) \
  X (PQunescapeBytea)

typedef struct
{
#define PX_PQ_FUNCTIONS_SLOT(name) __typeof__ (name) *name;
  PX_PQ_FUNCTIONS (PX_PQ_FUNCTIONS_SLOT)
#undef PX_PQ_FUNCTIONS_SLOT
} PxPqFunctions;

extern PxPqFunctions _px_pq;

/* Opens libpq the first time; FALSE with @error set when it cannot be. */
gboolean _px_pq_open (GError **error);

G_END_DECLS

#ifndef PX_PQ_NO_NAMES
#define PQbackendPID (_px_pq.PQbackendPID)
#define PQclear (_px_pq.PQclear)
#define PQcmdTuples (_px_pq.PQcmdTuples)
#define PQconnectdbParams (_px_pq.PQconnectdbParams)
#define PQconninfoFree (_px_pq.PQconninfoFree)
#define PQconninfoParse (_px_pq.PQconninfoParse)
#define PQconsumeInput (_px_pq.PQconsumeInput)
#define PQerrorMessage (_px_pq.PQerrorMessage)
#define PQexec (_px_pq.PQexec)
#define PQexecParams (_px_pq.PQexecParams)
#define PQfinish (_px_pq.PQfinish)
#define PQfreemem (_px_pq.PQfreemem)
#define PQgetisnull (_px_pq.PQgetisnull)
#define PQgetvalue (_px_pq.PQgetvalue)
#define PQnotifies (_px_pq.PQnotifies)
#define PQntuples (_px_pq.PQntuples)
#define PQresultErrorField (_px_pq.PQresultErrorField)
#define PQresultErrorMessage (_px_pq.PQresultErrorMessage)
#define PQresultStatus (_px_pq.PQresultStatus)
#define PQsetClientEncoding (_px_pq.PQsetClientEncoding)
#define PQsetNoticeProcessor (_px_pq.PQsetNoticeProcessor)
#define PQsocket (_px_pq.PQsocket)
#define PQstatus (_px_pq.PQstatus)
#define PQtransactionStatus (_px_pq.PQtransactionStatus)
#define PQunescapeBytea (_px_pq.PQunescapeBytea)
#endif
