/*
 * inject.c - an LD_PRELOAD shim that makes chosen I/O calls fail, for tests/fault/run.
 *
 *     FP_INJECT=fsync FP_INJECT_AFTER=0 LD_PRELOAD=build/inject.so fundplan memo plan.ini
 *
 * FP_INJECT names the calls to fail, separated by commas: write fwrite fsync close fclose
 * rename link mkstemp. FP_INJECT_AFTER=N lets the first N calls of each named kind succeed
 * (default 0: the first one fails). Calls on stdin, stdout and stderr always pass, so the
 * program's own messages still arrive, and write, fsync and close fail only on regular files:
 * a full disk does not break the pipes between `fundplan build` and its workers. Errors: ENOSPC for
 * writes (a full disk), EIO for fsync/close/fclose, EACCES for rename/link, EROFS for mkstemp (a
 * read-only folder). close and fclose really close before they report failure, as Linux does. Calls
 * made inside libc (fwrite's own write) are not seen; calls from fundplan, libharu and
 * libxlsxwriter are. The idea is jq's tests/inject_errors.c.
 *
 * FP_INJECT_CRASH=TEXT makes the process die of SIGSEGV when it renames a file into a path that
 * holds TEXT: a library crashing while it writes that output.
 * SPDX-License-Identifier: MIT
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum call { C_WRITE, C_FWRITE, C_FSYNC, C_CLOSE, C_FCLOSE, C_RENAME, C_LINK, C_MKSTEMP, C_COUNT };

static const char *const call_names[C_COUNT] = {
    "write", "fwrite", "fsync", "close", "fclose", "rename", "link", "mkstemp",
};

static long seen[C_COUNT];

/* Whether this call of kind c is to fail: named in FP_INJECT and past FP_INJECT_AFTER. */
static int
failing(enum call c)
{
    const char *list = getenv("FP_INJECT"), *after = getenv("FP_INJECT_AFTER");
    size_t n = strlen(call_names[c]);
    long skip = after ? strtol(after, NULL, 10) : 0;

    for (const char *p = list; p && *p;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == n && strncmp(p, call_names[c], n) == 0)
            return seen[c]++ >= skip;
        p = comma ? comma + 1 : p + len;
    }
    return 0;
}

/* A regular file other than the standard ones: what a full disk or a failing one affects. */
static int
disk_fd(int fd)
{
    struct stat st;
    return fd > 2 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

static int
std_stream(FILE *f)
{
    return f == stdin || f == stdout || f == stderr;
}

/* The libc function this one stands in for. dlsym returns an object pointer; copying it is
   the POSIX way to get a function pointer. */
#define REAL(name)                                                                                 \
    static __typeof__(&name) real_##name;                                                          \
    if (real_##name == NULL) {                                                                     \
        void *sym = dlsym(RTLD_NEXT, #name);                                                       \
        memcpy(&real_##name, &sym, sizeof sym);                                                    \
    }

ssize_t
write(int fd, const void *buf, size_t n)
{
    REAL(write);
    if (disk_fd(fd) && failing(C_WRITE)) {
        errno = ENOSPC;
        return -1;
    }
    return real_write(fd, buf, n);
}

size_t
fwrite(const void *buf, size_t size, size_t n, FILE *f)
{
    REAL(fwrite);
    if (!std_stream(f) && failing(C_FWRITE)) {
        errno = ENOSPC;
        return 0;
    }
    return real_fwrite(buf, size, n, f);
}

int
fsync(int fd)
{
    REAL(fsync);
    if (disk_fd(fd) && failing(C_FSYNC)) {
        errno = EIO;
        return -1;
    }
    return real_fsync(fd);
}

int
close(int fd)
{
    REAL(close);
    if (disk_fd(fd) && failing(C_CLOSE)) {
        real_close(fd);
        errno = EIO;
        return -1;
    }
    return real_close(fd);
}

int
fclose(FILE *f)
{
    REAL(fclose);
    if (!std_stream(f) && failing(C_FCLOSE)) {
        real_fclose(f);
        errno = EIO;
        return EOF;
    }
    return real_fclose(f);
}

int
rename(const char *from, const char *to)
{
    const char *crash = getenv("FP_INJECT_CRASH");
    REAL(rename);
    if (crash && *crash && strstr(to, crash))
        raise(SIGSEGV);
    if (failing(C_RENAME)) {
        errno = EACCES;
        return -1;
    }
    return real_rename(from, to);
}

int
link(const char *from, const char *to)
{
    REAL(link);
    if (failing(C_LINK)) {
        errno = EACCES;
        return -1;
    }
    return real_link(from, to);
}

int
mkstemp(char *template)
{
    REAL(mkstemp);
    if (failing(C_MKSTEMP)) {
        errno = EROFS;
        return -1;
    }
    return real_mkstemp(template);
}
