/*
 * build.c - `fundplan build`: worker processes build plans, each in a forked process of its own;
 * the parent hands out plans, collects each plan's record (record.h) over a pipe, prints its
 * findings, shows progress, and writes the portfolio (which sorts its rows by plan path, so the
 * order plans finish in does not matter). Every fork, wait and exit of the build is here.
 * SPDX-License-Identifier: MIT
 */
#include "build.h"

#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h> /* mallopt */
#endif

#include "book_portfolio.h"
#include "book_xlsx.h"
#include "checks.h"
#include "diag.h"
#include "ini.h"
#include "memo_pdf.h"
#include "outfile.h"
#include "plan.h"
#include "record.h"
#include "report.h"

/* One plan to build: where it is and what its outputs are called. */
struct job {
    char *path;
    char *stem; /* output name: the file's base name, made unique within the build */
};

/* Plans a worker holds at once: one computing, one waiting for the disk (worker_main). */
#define WORKER_PLANS 2

struct worker {
    pid_t pid;
    int cmd;                /* parent → worker: plan indices; closed when there are no more */
    int res;                /* worker → parent: records */
    long job[WORKER_PLANS]; /* the plans it holds, -1 for a free place */
};

/* ------------------------------------------------------------------------------------------ */
/* Finding the plans and naming their outputs.                                                 */

static int
name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
add_job(struct job **jobs, size_t *n, size_t *cap, const char *path)
{
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 64;
        *jobs = fp_xrealloc(*jobs, *cap * sizeof **jobs);
    }
    (*jobs)[*n].path = fp_xstrdup(path);
    (*jobs)[*n].stem = NULL;
    (*n)++;
}

/* A folder without plans is a mistake (a wrong path, plans not yet copied), not an empty round:
   an error, so that the build does not pass with nothing built. */
static int
no_plans_in(const char *dir)
{
    FP_FAIL(dir, FP_M_BUILD_NO_PLANS);
    return -1;
}

/* A folder's *.ini files, sorted, so the build's order (and the portfolio) is reproducible. */
static int
add_folder(struct job **jobs, size_t *n, size_t *cap, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **names = NULL;
    size_t nn = 0, cn = 0;

    if (d == NULL) {
        FP_FAIL(dir, FP_M_SYS_CANNOT_READ_FOLDER, fp_arg_errno(errno));
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".ini") != 0)
            continue;
        if (nn == cn) {
            cn = cn ? 2 * cn : 64;
            names = fp_xrealloc(names, cn * sizeof *names);
        }
        names[nn++] = fp_xstrdup(e->d_name);
    }
    closedir(d);
    if (nn == 0)
        return no_plans_in(dir);
    if (nn > 1)
        qsort(names, nn, sizeof *names, name_cmp);
    for (size_t i = 0; i < nn; i++) {
        char *p = fp_xmalloc(strlen(dir) + strlen(names[i]) + 2);
        sprintf(p, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
        add_job(jobs, n, cap, p);
        free(p);
        free(names[i]);
    }
    free(names);
    return 0;
}

/*
 * Output names come from the file name, never from its contents. Two plans with the same name
 * (from different folders) or a plan called "portfolio" would overwrite another output: they get
 * "-2", "-3", ... and a note says so.
 */
static void
name_outputs(struct job *jobs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char stem[256], unique[300];
        int k = 1, clash;
        fp_plan_stem(jobs[i].path, stem, sizeof stem);
        snprintf(unique, sizeof unique, "%s", stem);
        do {
            clash = strcmp(unique, "portfolio") == 0;
            for (size_t j = 0; j < i && !clash; j++)
                clash = strcmp(jobs[j].stem, unique) == 0;
            if (clash)
                snprintf(unique, sizeof unique, "%s-%d", stem, ++k);
        } while (clash);
        if (k > 1)
            FP_NOTICE(jobs[i].path, FP_M_BUILD_RENAMED, fp_arg_str(unique), fp_arg_str(stem));
        jobs[i].stem = fp_xstrdup(unique);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The worker side.                                                                            */

static int64_t
cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int
write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

static int
read_all(int fd, void *buf, size_t n)
{
    char *p = buf;
    while (n > 0) {
        ssize_t k = read(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

/*
 * A built plan as it goes through a pipe: a frame of the plan's index (i32) and the record's
 * length (u32), then the record's bytes (record.h).
 */
struct frame_head {
    int32_t index;
    uint32_t len;
};

static void
put_frame(struct fp_record_bytes *b, int32_t index, const struct fp_record *rec)
{
    struct frame_head h = {index, 0};
    if (b->cap < sizeof h) {
        b->cap = 4096;
        b->data = fp_xrealloc(b->data, b->cap);
    }
    b->len = sizeof h; /* the head goes here once the length is known */
    fp_record_encode(rec, 1, b);
    h.len = (uint32_t)(b->len - sizeof h);
    memcpy(b->data, &h, sizeof h);
}

/* Whether b is exactly one frame: what a plan's process that finished its plan wrote. */
static int
whole_frame(const struct fp_record_bytes *b)
{
    struct frame_head h;
    if (b->len < sizeof h)
        return 0;
    memcpy(&h, b->data, sizeof h);
    return b->len - sizeof h == h.len;
}

/* "DIR/STEM.EXT", to free. */
static char *
output_path(const struct fp_build_opts *o, const struct job *job, const char *ext)
{
    char *p = fp_xmalloc(strlen(o->outdir) + strlen(job->stem) + strlen(ext) + 3);
    sprintf(p, "%s/%s.%s", o->outdir, job->stem, ext);
    return p;
}

static int64_t
file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (int64_t)st.st_size : 0;
}

/* The call of --call, read by the parent before the workers are forked. */
static struct fp_call call_read;
static const struct fp_call *call_in_force;

/* A plan being built: what its record points into, until the record is sent. */
struct built {
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags diags;
    struct fp_record rec;
    /* a plan that names its own call (`call =`) is checked against it unless --call is given;
       in a build, a call file with errors shows as the plan's error */
    struct fp_call own_call;
    struct fp_diags own_call_diags;
    const struct fp_call *call;
};

/* Writes the plan's memo and workbook; the record gets the status and times. fonts (NULL: the
   memo sets up its own) are used up by the memo. */
static void
write_outputs(const struct job *job, const struct fp_build_opts *o, struct fp_memo_fonts *fonts,
              struct built *b)
{
    struct fp_report_opts r;
    char *memo = output_path(o, job, "pdf"), *book = output_path(o, job, "xlsx");
    int64_t t;

    if (fp_report_opts_make(o->lang, o->date, &b->plan, &r) != 0) {
        b->rec.status = FP_NOT_WRITTEN;
    } else {
        r.call = b->call;
        t = cpu_now();
        if ((fonts ? fp_memo_write_with(fonts, &b->plan, &b->fig, &b->diags, &r, memo)
                   : fp_memo_write(&b->plan, &b->fig, &b->diags, &r, memo)) != 0)
            b->rec.status = FP_NOT_WRITTEN;
        b->rec.cpu_ns[FP_PHASE_MEMO] = cpu_now() - t;
        t = cpu_now();
        if (fp_book_write_plan(&b->plan, &b->fig, &b->diags, &r, book) != 0)
            b->rec.status = FP_NOT_WRITTEN;
        b->rec.cpu_ns[FP_PHASE_BOOK] = cpu_now() - t;
    }
    free(memo);
    free(book);
}

/* Reads, checks and writes one plan. Findings go into the record, never to stderr here, so the
   parent can print each plan's findings together. */
static void
build_plan(const struct job *job, const struct fp_build_opts *o, struct fp_memo_fonts *fonts,
           struct built *b)
{
    int64_t t = cpu_now();
    int loaded;

    memset(b, 0, sizeof *b);
    b->diags.file = fp_ini_name(job->path);
    loaded = fp_plan_load(job->path, &b->plan, &b->diags) == 0;
    if (loaded && b->plan.ours_instead != FP_M_NONE) {
        /* a call file or a claim kept beside the plans is no plan to build, and no error of the
           build either: one note instead of the reader's error */
        fp_diag_free(&b->diags);
        FP_DIAG(&b->diags, FP_NOTE, FP_F_NOT_A_PLAN, 0, FP_M_BUILD_SKIPPED,
                fp_arg_msg(b->plan.ours_instead));
    } else if (loaded) {
        b->call = call_in_force;
        if (b->call == NULL &&
            fp_call_of_plan(&b->plan, &b->own_call, &b->diags, &b->own_call_diags) > 0)
            b->call = &b->own_call;
        fp_check_plan(&b->plan, b->call, &b->fig, &b->diags);
        fp_diag_sort(&b->diags);
    }
    fp_record_of_plan(&b->rec, &b->plan, &b->fig, &b->diags, job->stem);
    b->rec.path = fp_ini_name(job->path);
    b->rec.cpu_ns[FP_PHASE_CHECK] = cpu_now() - t;
    if (!loaded)
        b->rec.status = FP_NOT_WRITTEN;
    else if (b->plan.ours_instead != FP_M_NONE)
        b->rec.status = FP_SKIPPED;
    else if (b->plan.nothing_read)
        b->rec.status = FP_NOT_A_PLAN;
    else
        write_outputs(job, o, fonts, b);
}

/* Completes the record (status, sizes of the outputs in place), writes its frame to fd and frees
   the plan. 0, or -1 when fd could not be written. */
static int
send_built(struct built *b, int32_t index, const struct job *job, const struct fp_build_opts *o,
           int fd)
{
    struct fp_record_bytes bytes = {0};
    char *memo = output_path(o, job, "pdf"), *book = output_path(o, job, "xlsx");
    int rc;

    if (b->rec.status == FP_BUILT && fp_diag_count(&b->diags, FP_ERROR))
        b->rec.status = FP_BUILT_ERRORS;
    if (b->rec.status == FP_BUILT || b->rec.status == FP_BUILT_ERRORS) {
        b->rec.bytes[0] = file_size(memo);
        b->rec.bytes[1] = file_size(book);
    }
    put_frame(&bytes, index, &b->rec);
    rc = write_all(fd, bytes.data, bytes.len);
    free(bytes.data);
    free(memo);
    free(book);
    fp_plan_free(&b->plan);
    fp_diag_free(&b->diags);
    fp_call_free(&b->own_call);
    fp_diag_free(&b->own_call_diags);
    return rc;
}

/*
 * A plan's process, a forked copy of its worker. It draws the memo on the worker's set-up fonts
 * (which the worker itself never draws on) and queues its outputs' commits: when the plan is
 * computed it tells the worker (one byte), which starts the next plan, and only then waits for
 * the disk (fsync) and renames the outputs into place, so that wait overlaps the next plan's
 * work. Then the record, and _exit(0): anything else (a signal, a cut record, another status)
 * makes the worker report the plan as crashed.
 */
static void
plan_process(int32_t index, const struct job *job, const struct fp_build_opts *o,
             struct fp_memo_fonts *fonts, int fd)
{
    struct built b;
    fp_outfile_queue(1);
    build_plan(job, o, fonts, &b);
    if (write_all(fd, "", 1) != 0)
        _exit(2);
    if (fp_outfile_flush() != 0)
        b.rec.status = FP_NOT_WRITTEN;
    /* _exit: the worker's atexit handlers and stdio buffers are not this process's to run */
    _exit(send_built(&b, index, job, o, fd) == 0 ? 0 : 2);
}

/* A plan's process as its worker sees it. */
struct child {
    pid_t pid; /* 0: none */
    int fd;    /* its pipe: one byte when computed, then the record's frame */
    int32_t index;
};

/* A dead child's temp files, which its process could not remove: outfile.h names them
   ".NAME.XXXXXX" beside their target. Only the plan's own two names (stems are unique in a
   build), so nothing else in the folder is touched. */
static void
remove_temps(const char *outdir, const char *stem)
{
    DIR *d = opendir(outdir);
    struct dirent *e;
    if (d == NULL)
        return;
    while ((e = readdir(d)) != NULL) {
        const char *exts[] = {"pdf", "xlsx"};
        for (int i = 0; i < 2; i++) {
            size_t n = strlen(stem) + strlen(exts[i]) + 3;
            char *prefix = fp_xmalloc(n + 1);
            sprintf(prefix, ".%s.%s.", stem, exts[i]);
            if (strncmp(e->d_name, prefix, n) == 0 && strlen(e->d_name) == n + 6) {
                char *path = fp_xmalloc(strlen(outdir) + strlen(e->d_name) + 2);
                sprintf(path, "%s/%s", outdir, e->d_name);
                unlink(path);
                free(path);
            }
            free(prefix);
        }
    }
    closedir(d);
}

/* The frame of a plan whose process died (wstatus as waitpid gave it): status FP_CRASHED. */
static void
lost_frame(struct fp_record_bytes *b, int32_t index, const struct job *job, int wstatus)
{
    struct built none;
    memset(&none, 0, sizeof none);
    fp_record_of_plan(&none.rec, &none.plan, &none.fig, &none.diags, job->stem);
    none.rec.path = fp_ini_name(job->path);
    none.rec.status = FP_CRASHED;
    none.rec.signal = WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0;
    put_frame(b, index, &none.rec);
}

/* Everything a child wrote until it ended. */
static void
read_to_end(int fd, struct fp_record_bytes *b)
{
    for (;;) {
        ssize_t k;
        if (b->cap - b->len < 4096) {
            b->cap = b->cap ? 2 * b->cap : 16384;
            b->data = fp_xrealloc(b->data, b->cap);
        }
        k = read(fd, b->data + b->len, b->cap - b->len);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return;
        b->len += (size_t)k;
    }
}

/*
 * Starts plan index in a process of its own and returns when it has computed the plan (or
 * died); c->pid is 0 when there is no process: fork failed, so the worker built the plan itself
 * and sent its record (the memo setting up fonts of its own: the worker's stay undrawn).
 */
static void
start_child(int32_t index, const struct job *job, const struct fp_build_opts *o,
            struct fp_memo_fonts *fonts, int res_fd, struct child *c)
{
    int p[2];
    char byte;

    c->pid = -1;
    c->index = index;
    fflush(NULL); /* the child must not write out the worker's buffers again */
    if (pipe(p) == 0) {
        c->pid = fork();
        if (c->pid < 0)
            close(p[0]), close(p[1]);
    }
    if (c->pid < 0) {
        struct built b;
        c->pid = 0;
        build_plan(job, o, NULL, &b);
        if (send_built(&b, index, job, o, res_fd) != 0)
            _exit(2);
        return;
    }
    if (c->pid == 0) {
        close(p[0]);
        plan_process(index, job, o, fonts, p[1]);
    }
    close(p[1]);
    c->fd = p[0];
    while (read(c->fd, &byte, 1) < 0 && errno == EINTR)
        ;
}

/* Waits for the child to end and passes its record on (or, if it died, one saying so). */
static void
finish_child(struct child *c, const struct job *jobs, const struct fp_build_opts *o, int res_fd)
{
    struct fp_record_bytes b = {0};
    int st = 0;

    read_to_end(c->fd, &b);
    close(c->fd);
    while (waitpid(c->pid, &st, 0) < 0 && errno == EINTR)
        ;
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0 || !whole_frame(&b)) {
        lost_frame(&b, c->index, &jobs[c->index], st);
        remove_temps(o->outdir, jobs[c->index].stem);
    }
    if (write_all(res_fd, b.data, b.len) != 0)
        _exit(2);
    free(b.data);
    c->pid = 0;
}

/*
 * Freed memory stays in the process. zlib allocates and frees about 256 KB for each of the ~23
 * streams of a plan (libharu's and libxlsxwriter's), and glibc hands the top of the heap back to
 * the kernel whenever 128 KB are free there, only to fault it in again for the next stream: 414
 * page faults per plan, 243 with this. Set in the worker, inherited by each plan's process,
 * which lives for one plan: nothing is ever given back, so nothing is faulted in twice. The
 * heap grows 1 MB at a time (fewer brk calls) and blocks under 4 MB come from it rather than
 * from mmap. Measured: docs/performance.md. mallopt is glibc's; elsewhere the C library's own
 * policy stays.
 */
static void
keep_freed_memory(void)
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 1 << 20);
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
}

/*
 * A worker: sets the memo's fonts up once, then builds the plans the parent sends (indices; -1
 * or the end of the pipe: no more), each in a process of its own. While one plan's process
 * waits for the disk, the next one computes: at most two at a time, one of them computing.
 */
static void
worker_main(const struct job *jobs, const struct fp_build_opts *o, int cmd_fd, int res_fd)
{
    int32_t index;
    struct fp_memo_fonts *fonts;
    struct child prev = {0}, cur;

    keep_freed_memory();
    /* libxlsxwriter stamps each workbook through localtime(), which reads /etc/localtime the
       first time in a process: read once here, each plan's process inherits it */
    tzset();
    /* fonts set up once per worker; without them each memo sets up its own (and says why not) */
    fonts = fp_memo_fonts_open(o->outdir);
    while (read_all(cmd_fd, &index, sizeof index) == 0 && index >= 0) {
        start_child(index, &jobs[index], o, fonts, res_fd, &cur);
        if (prev.pid > 0)
            finish_child(&prev, jobs, o, res_fd);
        prev = cur;
    }
    if (prev.pid > 0)
        finish_child(&prev, jobs, o, res_fd);
    fp_memo_fonts_free(fonts);
    _exit(0);
}

/* ------------------------------------------------------------------------------------------ */
/* The parent side.                                                                            */

/* Reads one frame: the plan's index and its record. -1 when the worker is gone (EOF, or a cut
   or broken frame). */
static int
recv_record(int fd, long *index, struct fp_record *rec)
{
    struct frame_head h;
    char *buf;
    int rc;
    if (read_all(fd, &h, sizeof h) != 0)
        return -1;
    *index = h.index;
    buf = fp_xmalloc(h.len ? h.len : 1);
    rc = read_all(fd, buf, h.len) == 0 ? fp_record_decode(rec, buf, h.len) : -1;
    free(buf);
    return rc;
}

static double
wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* What the parent keeps while building. */
struct run {
    const struct fp_build_opts *o;
    struct job *jobs;
    size_t njobs, next, done, errors, warnings, failed, written;
    size_t skipped; /* call files and claims among the files: not plans, not counted as ones */
    struct fp_book_portfolio *pf; /* sorts its rows itself: results go in as they arrive */
    int64_t cpu_ns[FP_PHASE_COUNT], bytes[2], max_bytes[2];
    double started;
    int progress_shown;
};

static void
clear_progress(struct run *r)
{
    if (r->progress_shown) {
        fputs("\r\033[K", stderr);
        r->progress_shown = 0;
    }
}

static void
show_progress(struct run *r)
{
    double t = wall_now() - r->started, rate = t > 0 ? (double)r->done / t : 0;
    double left = rate > 0 ? (double)(r->njobs - r->done) / rate : 0;
    struct fp_arg a[5];
    char line[256];
    if (!r->o->progress)
        return;
    a[0] = fp_arg_int((int64_t)r->done);
    a[1] = fp_arg_int((int64_t)r->njobs);
    a[2] = fp_arg_int((int64_t)r->errors);
    a[3] = fp_arg_int((int64_t)(rate + 0.5));
    a[4] = fp_arg_int((int64_t)(left + 0.5));
    fp_msg_render(line, sizeof line, fp_msg_lang, fp_msg_text(fp_msg_lang, FP_M_BUILD_PROGRESS), a,
                  5);
    fprintf(stderr, "\r\033[Kfundplan: %s", line);
    r->progress_shown = 1;
}

/* A plan whose process died (signal 0: it ended without a record): reported like an I/O
   error, so the others go on. */
static void
say_lost(const char *path, int signal)
{
    if (signal)
        FP_FAIL(path, FP_M_BUILD_CRASHED, fp_arg_int(signal));
    else
        FP_FAIL(path, FP_M_BUILD_STOPPED);
}

static void
add_to_portfolio(struct run *r, const struct fp_record *rec)
{
    if (r->pf && (rec->status == FP_BUILT || rec->status == FP_BUILT_ERRORS) &&
        fp_book_portfolio_add(r->pf, rec) != 0) {
        fp_book_portfolio_abort(r->pf);
        r->pf = NULL;
        r->failed++;
    }
}

static void
take_result(struct run *r, const struct fp_record *rec)
{
    clear_progress(r);
    if (rec->status == FP_CRASHED)
        say_lost(rec->path, rec->signal);
    fp_diag_print(&rec->diags, stderr, fp_msg_lang);
    r->done++;
    r->errors += fp_diag_count(&rec->diags, FP_ERROR) > 0;
    r->warnings += fp_diag_count(&rec->diags, FP_WARNING) > 0;
    if (rec->status == FP_BUILT || rec->status == FP_BUILT_ERRORS)
        r->written += 2;
    else if (rec->status == FP_SKIPPED)
        r->skipped++;
    else if (rec->status != FP_NOT_A_PLAN) /* that one counts as a plan with errors */
        r->failed++;
    for (int p = 0; p < FP_PHASE_COUNT; p++)
        r->cpu_ns[p] += rec->cpu_ns[p];
    for (int k = 0; k < 2; k++) {
        r->bytes[k] += rec->bytes[k];
        if (rec->bytes[k] > r->max_bytes[k])
            r->max_bytes[k] = rec->bytes[k];
    }
    add_to_portfolio(r, rec);
    show_progress(r);
}

/* A plan whose worker died with it. */
static void
lost_plan(struct run *r, long index, int wstatus)
{
    clear_progress(r);
    say_lost(r->jobs[index].path, WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0);
    r->done++;
    r->failed++;
}

static int
spawn(struct worker *w, struct run *r)
{
    int cmd[2], res[2];
    if (pipe(cmd) != 0)
        return -1;
    if (pipe(res) != 0) {
        close(cmd[0]);
        close(cmd[1]);
        return -1;
    }
    fflush(NULL);
    w->pid = fork();
    if (w->pid < 0) {
        close(cmd[0]), close(cmd[1]), close(res[0]), close(res[1]);
        return -1;
    }
    if (w->pid == 0) {
        fp_outfile_forget_all(); /* the portfolio's temp file is the parent's to remove */
        close(cmd[1]);
        close(res[0]);
        worker_main(r->jobs, r->o, cmd[0], res[1]);
    }
    close(cmd[0]);
    close(res[1]);
    w->cmd = cmd[1];
    w->res = res[0];
    for (int k = 0; k < WORKER_PLANS; k++)
        w->job[k] = -1;
    return 0;
}

static int
holds(const struct worker *w)
{
    int n = 0;
    for (int k = 0; k < WORKER_PLANS; k++)
        n += w->job[k] >= 0;
    return n;
}

/* Gives the worker the next plan, into a free place; with none left, tells it so (-1) and
   closes its command pipe. */
static void
dispatch(struct worker *w, struct run *r)
{
    int32_t index = r->next < r->njobs ? (int32_t)r->next : -1;
    if (w->cmd < 0 || holds(w) == WORKER_PLANS)
        return;
    if (write_all(w->cmd, &index, sizeof index) != 0)
        index = -1;
    if (index >= 0) {
        for (int k = 0; k < WORKER_PLANS; k++)
            if (w->job[k] < 0) {
                w->job[k] = index;
                break;
            }
        r->next++;
    } else {
        close(w->cmd);
        w->cmd = -1;
    }
}

/* Takes the plan off the worker's places; 0, or -1 when the worker does not hold it. */
static int
release(struct worker *w, long index)
{
    for (int k = 0; k < WORKER_PLANS; k++)
        if (w->job[k] == index && index >= 0) {
            w->job[k] = -1;
            return 0;
        }
    return -1;
}

/* Ends a worker: its pipes closed, its process waited for; the plans it still held are lost
   (reported with how it ended). */
static void
retire(struct worker *w, struct run *r)
{
    int st = 0;
    if (w->cmd >= 0)
        close(w->cmd);
    close(w->res);
    while (waitpid(w->pid, &st, 0) < 0 && errno == EINTR)
        ;
    for (int k = 0; k < WORKER_PLANS; k++)
        if (w->job[k] >= 0)
            lost_plan(r, w->job[k], st);
    w->pid = 0;
    w->cmd = w->res = -1;
}

/* Starts a worker in place of w and fills it with plans. 0, or -1 (w->pid 0). */
static int
start_worker(struct worker *w, struct run *r)
{
    if (spawn(w, r) != 0) {
        w->pid = 0;
        return -1;
    }
    for (int k = 0; k < WORKER_PLANS; k++)
        dispatch(w, r);
    return 0;
}

/* One frame from worker w: the plan's record taken in and the worker given another plan. When
   the worker is gone or wrote nonsense, it is retired and (with plans left) replaced. */
static void
hear_from(struct worker *w, struct run *r, int *live)
{
    struct fp_record rec;
    long index = -1;
    if (recv_record(w->res, &index, &rec) == 0) {
        int ours = release(w, index) == 0;
        if (ours)
            take_result(r, &rec);
        fp_record_free(&rec);
        if (ours) {
            dispatch(w, r);
            return;
        }
    }
    retire(w, r);
    (*live)--;
    if (r->next < r->njobs && start_worker(w, r) == 0)
        (*live)++;
}

static long
processors(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

/* "5 plans, 0 with errors, 1 with warnings, 0 failed; 11 files written; 0.52 s" in the user's
   language and its plurals; a plan that could not be read or built counts as failed. */
static void
print_counts(const struct run *r, double wall)
{
    enum fp_lang l = fp_msg_lang;
    char plans[64], files[64], secs[32], hundredths[8], line[512];
    long long cs = (long long)(wall * 100 + 0.5);
    struct fp_arg a[6];

    a[0] = fp_arg_int((int64_t)(r->njobs - r->skipped));
    fp_msg_render(
        plans, sizeof plans, l,
        fp_msg_plural(l, FP_M_BUILD_PLANS1, FP_M_BUILD_PLANS, (int64_t)(r->njobs - r->skipped)), a,
        1);
    a[0] = fp_arg_int((int64_t)r->written);
    fp_msg_render(files, sizeof files, l,
                  fp_msg_plural(l, FP_M_BUILD_FILES1, FP_M_BUILD_FILES, (int64_t)r->written), a, 1);
    snprintf(hundredths, sizeof hundredths, "%02lld", cs % 100);
    a[0] = fp_arg_int(cs / 100);
    a[1] = fp_arg_str(hundredths);
    fp_msg_render(secs, sizeof secs, l, fp_msg_text(l, FP_M_BUILD_SECONDS), a, 2);
    a[0] = fp_arg_str(plans);
    a[1] = fp_arg_int((int64_t)r->errors);
    a[2] = fp_arg_int((int64_t)r->warnings);
    a[3] = fp_arg_int((int64_t)r->failed);
    a[4] = fp_arg_str(files);
    a[5] = fp_arg_str(secs);
    fp_msg_render(line, sizeof line, l, fp_msg_text(l, FP_M_BUILD_SUMMARY), a, 6);
    fprintf(stderr, "fundplan: %s\n", line);
}

static double
seconds(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static void
print_summary(struct run *r)
{
    double t = wall_now() - r->started;
    size_t n = r->njobs ? r->njobs : 1;
    clear_progress(r);
    print_counts(r, t);
    if (r->o->stats) {
        struct rusage self, kids;
        getrusage(RUSAGE_SELF, &self);
        getrusage(RUSAGE_CHILDREN, &kids);
        fprintf(stderr,
                "fundplan: CPU per plan: read+check %.3f ms, memo %.3f ms, workbook %.3f ms; "
                "memo %.1f KB (largest %.1f KB), workbook %.1f KB (largest %.1f KB); "
                "%.0f plans/s\n",
                (double)r->cpu_ns[FP_PHASE_CHECK] / 1e6 / (double)n,
                (double)r->cpu_ns[FP_PHASE_MEMO] / 1e6 / (double)n,
                (double)r->cpu_ns[FP_PHASE_BOOK] / 1e6 / (double)n,
                (double)r->bytes[0] / 1024.0 / (double)n, (double)r->max_bytes[0] / 1024.0,
                (double)r->bytes[1] / 1024.0 / (double)n, (double)r->max_bytes[1] / 1024.0,
                t > 0 ? (double)r->njobs / t : 0);
        /* every process of the run, forks and kernel time included: what the user waits for */
        fprintf(stderr, "fundplan: CPU per plan, all processes: %.3f ms (user %.3f, system %.3f)\n",
                (seconds(self.ru_utime) + seconds(kids.ru_utime) + seconds(self.ru_stime) +
                 seconds(kids.ru_stime)) *
                    1e3 / (double)n,
                (seconds(self.ru_utime) + seconds(kids.ru_utime)) * 1e3 / (double)n,
                (seconds(self.ru_stime) + seconds(kids.ru_stime)) * 1e3 / (double)n);
        fprintf(stderr,
                "fundplan: peak RSS: build process %.1f MB, largest worker or plan process "
                "%.1f MB\n",
                (double)self.ru_maxrss / 1024.0, (double)kids.ru_maxrss / 1024.0);
    }
}

static int
collect_jobs(struct run *r, char *const *paths, size_t npaths)
{
    size_t cap = 0;
    int status = 0;
    for (size_t i = 0; i < npaths; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            if (add_folder(&r->jobs, &r->njobs, &cap, paths[i]) != 0)
                status = 2;
        } else {
            add_job(&r->jobs, &r->njobs, &cap, paths[i]);
        }
    }
    name_outputs(r->jobs, r->njobs);
    return status;
}

/* Runs nw workers until every plan is built (or lost): hands out plans, takes records in as
   they come, replaces workers that die, retires those with nothing left to do. */
static void
run_workers(struct run *r, long nw)
{
    struct worker *w = fp_xmalloc((size_t)nw * sizeof *w);
    struct pollfd *fds = fp_xmalloc((size_t)nw * sizeof *fds);
    int live = 0;

    for (long i = 0; i < nw; i++) {
        w[i].pid = 0;
        if (r->next >= r->njobs)
            continue;
        if (start_worker(&w[i], r) == 0)
            live++;
        else
            FP_FAIL(NULL, FP_M_BUILD_NO_WORKER, fp_arg_errno(errno));
    }
    while (live > 0) {
        for (long i = 0; i < nw; i++) {
            fds[i].fd = w[i].pid > 0 ? w[i].res : -1;
            fds[i].events = POLLIN;
            fds[i].revents = 0;
        }
        if (poll(fds, (nfds_t)nw, -1) < 0) {
            if (errno == EINTR)
                continue;
            FP_FAIL(NULL, FP_M_BUILD_POLL, fp_arg_errno(errno));
            exit(2);
        }
        for (long i = 0; i < nw; i++)
            if (fds[i].fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                hear_from(&w[i], r, &live);
        /* a worker told there is no more and holding nothing ends: retire it */
        for (long i = 0; i < nw; i++)
            if (w[i].pid > 0 && w[i].cmd < 0 && holds(&w[i]) == 0) {
                retire(&w[i], r);
                live--;
            }
    }
    /* plans no worker could take (every worker gone and none could be started again) */
    for (; r->next < r->njobs; r->next++) {
        FP_FAIL(r->jobs[r->next].path, FP_M_BUILD_NOT_BUILT);
        r->failed++;
    }
    free(w);
    free(fds);
}

static void
free_jobs(struct run *r)
{
    for (size_t i = 0; i < r->njobs; i++) {
        free(r->jobs[i].path);
        free(r->jobs[i].stem);
    }
    free(r->jobs);
}

int
fp_build_run(char *const *paths, size_t npaths, const struct fp_build_opts *o)
{
    struct run r;
    struct fp_report_opts ropts;
    struct fp_plan none;
    struct sigaction ign;
    char *pfpath;
    struct stat st;
    long nw;
    int status, made_outdir;

    memset(&r, 0, sizeof r);
    memset(&none, 0, sizeof none);
    r.o = o;
    r.started = wall_now();
    status = collect_jobs(&r, paths, npaths);
    /* the output folder is made only now, and removed again if nothing went into it: a build
       of nothing creates nothing */
    made_outdir = stat(o->outdir, &st) != 0;
    if (r.njobs == 0 || fp_outfile_mkdirs(o->outdir, NULL) != 0) {
        print_summary(&r);
        free_jobs(&r);
        return 2;
    }
    if (fp_report_opts_make(o->lang, o->date, &none, &ropts) != 0)
        return 2;
    if (o->call) {
        struct fp_diags cd = {0};
        cd.file = o->call;
        if (fp_call_load(o->call, &call_read, &cd) != 0)
            return 2;
        fp_diag_sort(&cd);
        fp_diag_print(&cd, stderr, fp_msg_lang);
        fp_diag_free(&cd); /* a call with errors makes every plan's check fail, saying why */
        call_in_force = &call_read;
        ropts.call = call_in_force;
    }
    pfpath = fp_xmalloc(strlen(o->outdir) + 16);
    sprintf(pfpath, "%s/portfolio.xlsx", o->outdir);
    r.pf = fp_book_portfolio_open(pfpath, &ropts);
    if (r.pf == NULL)
        status = 2;
    /* a worker that dies must not kill the parent with SIGPIPE */
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ign, NULL);

    nw = o->jobs > 0 ? o->jobs : processors();
    if ((size_t)nw > r.njobs)
        nw = r.njobs > 0 ? (long)r.njobs : 1;
    run_workers(&r, nw);
    if (r.pf && r.written == 0) {
        /* not one plan built: an empty portfolio would only look like a result */
        fp_book_portfolio_abort(r.pf);
    } else if (r.pf) {
        if (fp_book_portfolio_close(r.pf) != 0)
            status = 2;
        else
            r.written++;
    }
    if (r.written == 0 && made_outdir)
        rmdir(o->outdir); /* fails, harmlessly, if something else went into it meanwhile */
    print_summary(&r);
    if (r.skipped == r.njobs) { /* call files and claims only: nothing to build is a mistake */
        FP_FAIL(NULL, FP_M_BUILD_ONLY_OTHERS);
        status = 2;
    }
    if (status == 0 && r.failed)
        status = 2;
    if (status == 0 && r.errors)
        status = 1;
    free_jobs(&r);
    free(pfpath);
    fp_call_free(&call_read);
    return status;
}
