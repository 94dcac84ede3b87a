/*
 * outfile.h - "never a half-written file": outputs are written to a temp file in the target's
 * folder and renamed over the target only when complete.
 *
 *     struct fp_outfile of;
 *     if (fp_outfile_open(&of, "output/x.pdf") != 0) return -1;   // message printed
 *     ... write to of.fd, or let a library write to the path of.temp ...
 *     if (fp_outfile_commit(&of) != 0) return -1;                  // temp removed, message printed
 *
 * On any failure the target is left as it was and the temp file is removed; temp files still
 * open when the program exits (fp_xmalloc's out-of-memory exit) are removed by an atexit handler.
 * Also reads SOURCE_DATE_EPOCH, the one clock every output is stamped with.
 * SPDX-License-Identifier: MIT
 */
#ifndef FP_OUTFILE_H
#define FP_OUTFILE_H

#include <stddef.h>
#include <stdint.h>

struct fp_outfile {
    char *target; /* owned copy of the final path */
    char *temp;   /* owned: "<dir>/.<name>.XXXXXX" in the target's folder */
    int fd;       /* open on temp, or -1 */
};

/*
 * Creates the temp file beside target. Fails (message printed, -1) when the folder is missing or
 * not writable, or when target exists and is not a regular file (a directory, a symlink planted
 * to redirect the write, a device).
 */
int fp_outfile_open(struct fp_outfile *of, const char *target);

/* Writes all of buf to the temp file. 0, or -1 with the message printed. */
int fp_outfile_write(struct fp_outfile *of, const void *buf, size_t n);

/* fsync + close + rename over the target; on failure removes the temp. 0 or -1 (printed). */
int fp_outfile_commit(struct fp_outfile *of);

/*
 * Commits later, for fundplan build's plan processes: while queueing is on, fp_outfile_commit
 * only takes the written file over (of is then as after a commit) and returns 0; the fsync and
 * rename wait for fp_outfile_flush, which does them in order and returns 0, or -1 when one
 * failed (printed; its temp removed, its target as it was). In between the caller can let other
 * work run while the disk catches up. Queued temps are removed at exit like open ones.
 */
void fp_outfile_queue(int on);
int fp_outfile_flush(void);

/* As fp_outfile_commit, but never replaces an existing target (link(2), not rename(2)):
   fails with "already exists" instead. */
int fp_outfile_commit_new(struct fp_outfile *of);

/* Removes the temp file and frees; the target is untouched. Safe after commit and on NULL. */
void fp_outfile_abort(struct fp_outfile *of);

/*
 * Creates the folder dir and its missing parents (mkdir -p), for an output that goes into it.
 * 0 when dir is (or now is) a folder, also for ""; else -1 with the message printed, naming
 * target (NULL: dir) and the part of the path that is not a folder or could not be created.
 */
int fp_outfile_mkdirs(const char *dir, const char *target);

/* In a forked child: the temp files open now are the parent's, and the child's exit must not
   remove them. */
void fp_outfile_forget_all(void);

/*
 * The time to stamp outputs with: SOURCE_DATE_EPOCH when set (decimal seconds, 0 allowed), else
 * the current time. Returns -1 (message printed) when SOURCE_DATE_EPOCH is set but not a number.
 */
int fp_outfile_epoch(int64_t *out);

#endif
