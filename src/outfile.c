/*
 * outfile.c - atomic output: temp file beside the target, fsync, rename; and SOURCE_DATE_EPOCH.
 * The only module that creates, renames or removes output files.
 * SPDX-License-Identifier: MIT
 */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"

/*
 * Temp files not yet committed or aborted. Kept so that an exit from deep inside (out of memory
 * in fp_xmalloc) still removes them: the one piece of global state, and it only ever holds
 * pointers to callers' structs between open and commit/abort.
 */
#define LIVE_MAX 8
static struct fp_outfile *live[LIVE_MAX];
static int cleanup_registered;

static void
remove_live_temps(void)
{
    for (int i = 0; i < LIVE_MAX; i++)
        if (live[i] && live[i]->temp)
            unlink(live[i]->temp);
}

static void
track(struct fp_outfile *of, int on)
{
    if (on && !cleanup_registered)
        cleanup_registered = atexit(remove_live_temps) == 0;
    for (int i = 0; i < LIVE_MAX; i++) {
        if (on ? live[i] == NULL : live[i] == of) {
            live[i] = on ? of : NULL;
            return;
        }
    }
}

int
fp_outfile_open(struct fp_outfile *of, const char *target)
{
    const char *slash = strrchr(target, '/');
    size_t dirlen = slash ? (size_t)(slash - target) : 0;
    const char *base = slash ? slash + 1 : target;
    struct stat st;
    char *dir;

    of->target = NULL;
    of->temp = NULL;
    of->fd = -1;
    if (*base == '\0') {
        FP_FAIL(target, FP_M_SYS_NOT_FILE_NAME);
        return -1;
    }
    dir = slash ? fp_xstrndup(target, dirlen ? dirlen : 1) : fp_xstrdup(".");
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        if (stat(dir, &st) == 0)
            FP_FAIL(target, FP_M_SYS_WRITE_NOT_FOLDER, fp_arg_str(dir));
        else
            FP_FAIL(target, FP_M_SYS_WRITE_NO_FOLDER, fp_arg_str(dir));
        free(dir);
        return -1;
    }
    /* rename() would replace a planted symlink itself, never the file it points to; still,
       refuse to replace anything but a regular file so a mistake does not go unnoticed. */
    if (lstat(target, &st) == 0 && !S_ISREG(st.st_mode)) {
        FP_FAIL(target, FP_M_SYS_WRITE_NOT_REGULAR);
        free(dir);
        return -1;
    }
    of->temp = fp_xmalloc(strlen(dir) + strlen(base) + 10);
    sprintf(of->temp, "%s/.%s.XXXXXX", dir, base);
    free(dir);
    of->fd = mkstemp(of->temp);
    if (of->fd < 0) {
        FP_FAIL(target, FP_M_SYS_CANNOT_WRITE, fp_arg_errno(errno));
        free(of->temp);
        of->temp = NULL;
        return -1;
    }
    /* mkstemp creates 0600; outputs are documents to share */
    if (fchmod(of->fd, 0644) != 0) {
        FP_FAIL(target, FP_M_SYS_CANNOT_WRITE, fp_arg_errno(errno));
        fp_outfile_abort(of);
        return -1;
    }
    of->target = fp_xstrdup(target);
    track(of, 1);
    return 0;
}

int
fp_outfile_write(struct fp_outfile *of, const void *buf, size_t n)
{
    const char *p = buf;
    while (n > 0) {
        ssize_t k = write(of->fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            /* write(2) returning 0 for a regular file: the device took nothing */
            FP_FAIL(of->target, FP_M_SYS_CANNOT_WRITE, fp_arg_errno(k < 0 ? errno : EIO));
            return -1;
        }
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

/* fsync + close: the part of a commit shared by both ways of putting the file in place. */
static int
finish(struct fp_outfile *of)
{
    int fd = of->fd;
    of->fd = -1;
    if (fsync(fd) != 0 && errno != EINVAL) {
        FP_FAIL(of->target, FP_M_SYS_CANNOT_WRITE, fp_arg_errno(errno));
        close(fd);
        fp_outfile_abort(of);
        return -1;
    }
    if (close(fd) != 0) {
        FP_FAIL(of->target, FP_M_SYS_CANNOT_WRITE, fp_arg_errno(errno));
        fp_outfile_abort(of);
        return -1;
    }
    return 0;
}

/*
 * Commits queued by fp_outfile_commit while queueing is on: files written, still open, not yet
 * synced or renamed, owned here (and tracked as live, so an exit removes them).
 */
#define QUEUE_MAX 4
static struct fp_outfile queue[QUEUE_MAX];
static int queueing, nqueued;

void
fp_outfile_queue(int on)
{
    queueing = on;
}

/* fsync + close + rename, now. */
static int
commit_now(struct fp_outfile *of)
{
    if (finish(of) != 0)
        return -1;
    if (rename(of->temp, of->target) != 0) {
        FP_FAIL(of->target, FP_M_SYS_CANNOT_WRITE, fp_arg_errno(errno));
        fp_outfile_abort(of);
        return -1;
    }
    free(of->temp);
    of->temp = NULL;
    fp_outfile_abort(of);
    return 0;
}

int
fp_outfile_commit(struct fp_outfile *of)
{
    if (!queueing || nqueued == QUEUE_MAX)
        return commit_now(of);
    track(of, 0);
    queue[nqueued] = *of;
    track(&queue[nqueued++], 1);
    of->target = of->temp = NULL;
    of->fd = -1;
    return 0;
}

int
fp_outfile_flush(void)
{
    int rc = 0;
    for (int i = 0; i < nqueued; i++)
        if (commit_now(&queue[i]) != 0)
            rc = -1;
    nqueued = 0;
    return rc;
}

int
fp_outfile_commit_new(struct fp_outfile *of)
{
    if (finish(of) != 0)
        return -1;
    if (link(of->temp, of->target) != 0) {
        if (errno == EEXIST)
            FP_FAIL(of->target, FP_M_SYS_EXISTS);
        else
            FP_FAIL(of->target, FP_M_SYS_CANNOT_WRITE, fp_arg_errno(errno));
        fp_outfile_abort(of);
        return -1;
    }
    fp_outfile_abort(of); /* removes the temp name; the target keeps the data */
    return 0;
}

void
fp_outfile_abort(struct fp_outfile *of)
{
    if (of == NULL)
        return;
    track(of, 0);
    if (of->fd >= 0)
        close(of->fd);
    if (of->temp)
        unlink(of->temp);
    free(of->temp);
    free(of->target);
    of->temp = NULL;
    of->target = NULL;
    of->fd = -1;
}

/* Whether path names an existing folder (following symbolic links: a link to a folder is one). */
static int
is_folder(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int
fp_outfile_mkdirs(const char *dir, const char *target)
{
    char *p;
    const char *what = target ? target : dir;
    int rc = 0;

    if (*dir == '\0' || is_folder(dir))
        return 0;
    p = fp_xstrdup(dir);
    /* each prefix ending before a '/' (and the whole path), leading '/' skipped */
    for (char *s = p + 1;; s++) {
        char c = *s;
        if (c != '/' && c != '\0')
            continue;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            if (errno == ENOTDIR)
                FP_FAIL(what, FP_M_SYS_WRITE_NOT_FOLDER, fp_arg_str(p));
            else
                FP_FAIL(what, FP_M_SYS_CANNOT_MKDIR, fp_arg_str(p), fp_arg_errno(errno));
            rc = -1;
        } else if (!is_folder(p)) {
            /* EEXIST: something is there already; it must be a folder to hold what follows */
            FP_FAIL(what, FP_M_SYS_WRITE_NOT_FOLDER, fp_arg_str(p));
            rc = -1;
        }
        *s = c;
        if (rc != 0 || c == '\0')
            break;
    }
    free(p);
    return rc;
}

void
fp_outfile_forget_all(void)
{
    for (int i = 0; i < LIVE_MAX; i++)
        live[i] = NULL;
}

int
fp_outfile_epoch(int64_t *out)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    char *end;
    long long v;

    if (s == NULL || *s == '\0') {
        *out = (int64_t)time(NULL);
        return 0;
    }
    errno = 0;
    v = strtoll(s, &end, 10);
    /* The reproducible-builds spec: decimal seconds; reject what it does not allow. */
    if (errno != 0 || *end != '\0' || v < 0 || v > 253402300799LL || !(*s >= '0' && *s <= '9')) {
        FP_FAIL(NULL, FP_M_U_BAD_EPOCH, fp_arg_str(s));
        return -1;
    }
    *out = (int64_t)v;
    return 0;
}
