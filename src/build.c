/*
 * build.c - `fundplan build`: worker processes build plans; the parent hands out plans, collects
 * each plan's figures and findings over a pipe, prints them, shows progress, and writes the
 * portfolio (which sorts its rows by plan path, so the order plans finish in does not matter).
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

struct worker {
    pid_t pid;
    int cmd;  /* parent → worker: plan indices */
    int res;  /* worker → parent: results */
    long job; /* the plan it is building, or -1 */
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

/* A folder's *.ini files, sorted, so the build's order (and the portfolio) is reproducible. */
static int
add_folder(struct job **jobs, size_t *n, size_t *cap, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **names = NULL;
    size_t nn = 0, cn = 0;

    if (d == NULL) {
        fp_diag_fail(dir, "cannot read the folder: %s", strerror(errno));
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
            fprintf(stderr,
                    "fundplan: %s: note: its outputs are named %s.*: another plan or the "
                    "portfolio has the name %s\n",
                    jobs[i].path, unique, stem);
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

/* A record as it goes through a pipe: its length (u32), then its bytes (record.h). */
static void
put_frame(struct fp_record_bytes *b, const struct fp_record *rec)
{
    uint32_t len;
    if (b->cap < sizeof len) {
        b->cap = 4096;
        b->data = fp_xrealloc(b->data, b->cap);
    }
    b->len = sizeof len; /* the length goes here once it is known */
    fp_record_encode(rec, 1, b);
    len = (uint32_t)(b->len - sizeof len);
    memcpy(b->data, &len, sizeof len);
}

static int64_t
file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (int64_t)st.st_size : 0;
}

/* Writes the plan's memo and workbook; the record gets the status, times and sizes. fonts (NULL:
   the memo sets up its own) are used up by the memo. */
static void
write_outputs(const struct job *job, const struct fp_build_opts *o, struct fp_memo_fonts *fonts,
              const struct fp_plan *plan, struct fp_record *rec)
{
    struct fp_report_opts r;
    char *memo = fp_xmalloc(strlen(o->outdir) + strlen(job->stem) + 8);
    char *book = fp_xmalloc(strlen(o->outdir) + strlen(job->stem) + 8);
    int64_t t;

    sprintf(memo, "%s/%s.pdf", o->outdir, job->stem);
    sprintf(book, "%s/%s.xlsx", o->outdir, job->stem);
    if (fp_report_opts_make(o->lang, o->date, plan, &r) != 0) {
        rec->status = FP_NOT_WRITTEN;
    } else {
        t = cpu_now();
        if ((fonts ? fp_memo_write_with(fonts, plan, &rec->fig, &rec->diags, &r, memo)
                   : fp_memo_write(plan, &rec->fig, &rec->diags, &r, memo)) != 0)
            rec->status = FP_NOT_WRITTEN;
        rec->cpu_ns[FP_PHASE_MEMO] = cpu_now() - t;
        t = cpu_now();
        if (fp_book_write_plan(plan, &rec->fig, &rec->diags, &r, book) != 0)
            rec->status = FP_NOT_WRITTEN;
        rec->cpu_ns[FP_PHASE_BOOK] = cpu_now() - t;
        rec->bytes[0] = file_size(memo);
        rec->bytes[1] = file_size(book);
    }
    free(memo);
    free(book);
}

/* Builds one plan and writes its record, framed, to fd. Findings go to the parent, never to
   stderr here, so the parent can print each plan's findings together. 0, or -1 when fd could
   not be written. */
static int
build_one(const struct job *job, const struct fp_build_opts *o, struct fp_memo_fonts *fonts, int fd)
{
    struct fp_plan plan;
    struct fp_figures fig;
    struct fp_diags diags = {0};
    struct fp_record rec;
    struct fp_record_bytes b = {0};
    int64_t t = cpu_now();
    int loaded, rc;

    memset(&fig, 0, sizeof fig);
    diags.file = job->path;
    loaded = fp_plan_load(job->path, &plan, &diags) == 0;
    if (loaded) {
        fp_check_plan(&plan, &fig, &diags);
        fp_diag_sort(&diags);
    }
    fp_record_of_plan(&rec, &plan, &fig, &diags, job->stem);
    rec.path = job->path;
    rec.cpu_ns[FP_PHASE_CHECK] = cpu_now() - t;
    if (!loaded)
        rec.status = FP_NOT_WRITTEN;
    else
        write_outputs(job, o, fonts, &plan, &rec);
    if (rec.status == FP_BUILT && fp_diag_count(&diags, FP_ERROR))
        rec.status = FP_BUILT_ERRORS;
    put_frame(&b, &rec);
    rc = write_all(fd, b.data, b.len);
    free(b.data);
    fp_plan_free(&plan);
    fp_diag_free(&diags);
    return rc;
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

/* Whether b is exactly one frame (put_frame): what a child that finished its plan wrote. */
static int
whole_frame(const struct fp_record_bytes *b)
{
    uint32_t len;
    if (b->len < sizeof len)
        return 0;
    memcpy(&len, b->data, sizeof len);
    return b->len - sizeof len == len;
}

/* The record of a plan whose process died (wstatus as waitpid gave it). */
static void
lost_frame(struct fp_record_bytes *b, const struct job *job, int wstatus)
{
    struct fp_record rec;
    struct fp_figures fig;
    struct fp_diags none = {0};
    struct fp_plan plan;
    memset(&fig, 0, sizeof fig);
    memset(&plan, 0, sizeof plan);
    fp_record_of_plan(&rec, &plan, &fig, &none, job->stem);
    rec.path = job->path;
    rec.status = FP_CRASHED;
    rec.signal = WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0;
    put_frame(b, &rec);
}

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

/*
 * Builds one plan in a process of its own, a copy of the worker: a plan that crashes a library
 * costs that plan only, and each copy draws its memo on the worker's set-up fonts (which the
 * worker itself never draws on). The child writes its record to a pipe and ends with _exit(0);
 * anything else (a signal, a cut record, another status) reports the plan as crashed. The
 * worker passes the record on to the parent. Without a process (fork failing), the worker builds
 * the plan itself, the memo setting up fonts of its own.
 */
static void
build_in_child(const struct job *job, const struct fp_build_opts *o, struct fp_memo_fonts *fonts,
               int res_fd)
{
    struct fp_record_bytes b = {0};
    int p[2], st = 0;
    pid_t pid = -1;

    fflush(NULL); /* the child must not write out the worker's buffers again */
    if (pipe(p) == 0) {
        pid = fork();
        if (pid < 0)
            close(p[0]), close(p[1]);
    }
    if (pid < 0) {
        if (build_one(job, o, NULL, res_fd) != 0)
            _exit(2);
        return;
    }
    if (pid == 0) {
        close(p[0]);
        /* _exit: the worker's atexit handlers and stdio buffers are not the child's to run */
        _exit(build_one(job, o, fonts, p[1]) == 0 ? 0 : 2);
    }
    close(p[1]);
    read_to_end(p[0], &b);
    close(p[0]);
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0 || !whole_frame(&b)) {
        lost_frame(&b, job, st);
        remove_temps(o->outdir, job->stem);
    }
    if (write_all(res_fd, b.data, b.len) != 0)
        _exit(2);
    free(b.data);
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

static void
worker_main(const struct job *jobs, const struct fp_build_opts *o, int cmd_fd, int res_fd)
{
    int32_t index;
    struct fp_memo_fonts *fonts;

    keep_freed_memory();
    /* fonts set up once per worker; without them each memo sets up its own (and says why not) */
    fonts = fp_memo_fonts_open(o->outdir);
    while (read_all(cmd_fd, &index, sizeof index) == 0 && index >= 0)
        build_in_child(&jobs[index], o, fonts, res_fd);
    fp_memo_fonts_free(fonts);
    _exit(0);
}

/* ------------------------------------------------------------------------------------------ */
/* The parent side.                                                                            */

/* Reads one framed record. -1 when the worker is gone (EOF, or a cut or broken record). */
static int
recv_record(int fd, struct fp_record *rec)
{
    uint32_t len;
    char *buf;
    int rc;
    if (read_all(fd, &len, sizeof len) != 0)
        return -1;
    buf = fp_xmalloc(len ? len : 1);
    rc = read_all(fd, buf, len) == 0 ? fp_record_decode(rec, buf, len) : -1;
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
    if (!r->o->progress)
        return;
    fprintf(stderr, "\r\033[Kfundplan: %zu/%zu plans, %zu with errors, %.0f plans/s, %.0f s left",
            r->done, r->njobs, r->errors, rate, left);
    r->progress_shown = 1;
}

/* A plan whose process died (signal 0: it ended without a record): reported like an I/O
   error, so the others go on. */
static void
say_lost(const char *path, int signal)
{
    if (signal)
        fp_diag_fail(path, "building it crashed (signal %d); other plans go on", signal);
    else
        fp_diag_fail(path, "building it stopped unexpectedly");
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
    fp_diag_print(&rec->diags, stderr);
    r->done++;
    r->errors += fp_diag_count(&rec->diags, FP_ERROR) > 0;
    r->warnings += fp_diag_count(&rec->diags, FP_WARNING) > 0;
    if (rec->status == FP_BUILT || rec->status == FP_BUILT_ERRORS)
        r->written += 2;
    else
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
    w->job = -1;
    return 0;
}

static void
dispatch(struct worker *w, struct run *r)
{
    int32_t index = r->next < r->njobs ? (int32_t)r->next : -1;
    if (write_all(w->cmd, &index, sizeof index) != 0)
        index = -1;
    if (index >= 0) {
        w->job = index;
        r->next++;
    } else {
        w->job = -1;
        close(w->cmd);
        w->cmd = -1;
    }
}

static void
retire(struct worker *w)
{
    int st;
    if (w->cmd >= 0)
        close(w->cmd);
    close(w->res);
    waitpid(w->pid, &st, 0);
    w->pid = 0;
    w->cmd = w->res = -1;
}

static long
processors(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
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
    fprintf(stderr,
            "fundplan: %zu plans, %zu with errors, %zu with warnings; %zu files written; "
            "%.2f s\n",
            r->njobs, r->errors, r->warnings, r->written, t);
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

int
fp_build_run(char *const *paths, size_t npaths, const struct fp_build_opts *o)
{
    struct run r;
    struct worker *w;
    struct pollfd *fds;
    struct fp_report_opts ropts;
    struct fp_plan none;
    char *pfpath;
    long nw;
    int status, live = 0;
    struct sigaction ign;

    memset(&r, 0, sizeof r);
    memset(&none, 0, sizeof none);
    r.o = o;
    r.started = wall_now();
    status = collect_jobs(&r, paths, npaths);
    if (fp_report_opts_make(o->lang, o->date, &none, &ropts) != 0)
        return 2;
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
    w = fp_xmalloc((size_t)nw * sizeof *w);
    fds = fp_xmalloc((size_t)nw * sizeof *fds);
    for (long i = 0; i < nw && r.next < r.njobs; i++) {
        if (spawn(&w[i], &r) != 0) {
            fp_diag_fail(NULL, "cannot start a worker: %s", strerror(errno));
            w[i].pid = 0;
            continue;
        }
        live++;
        dispatch(&w[i], &r);
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
            fp_diag_fail(NULL, "poll: %s", strerror(errno));
            exit(2);
        }
        for (long i = 0; i < nw; i++) {
            struct fp_record rec;
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            if (recv_record(w[i].res, &rec) == 0) {
                take_result(&r, &rec);
                fp_record_free(&rec);
                dispatch(&w[i], &r);
                continue;
            }
            /* the worker is gone: its plan is lost, a new worker takes over the rest */
            {
                long job = w[i].job;
                int st = 0;
                if (w[i].cmd >= 0)
                    close(w[i].cmd);
                close(w[i].res);
                waitpid(w[i].pid, &st, 0);
                w[i].pid = 0;
                live--;
                if (job >= 0)
                    lost_plan(&r, job, st);
            }
            if (r.next < r.njobs && spawn(&w[i], &r) == 0) {
                live++;
                dispatch(&w[i], &r);
            }
        }
        /* workers told to stop close their result pipes: retire them */
        for (long i = 0; i < nw; i++) {
            if (w[i].pid > 0 && w[i].job < 0 && w[i].cmd < 0) {
                retire(&w[i]);
                live--;
            }
        }
    }
    /* plans no worker could take (every worker gone and none could be started again) */
    for (; r.next < r.njobs; r.next++) {
        fp_diag_fail(r.jobs[r.next].path, "not built: no worker process could take it");
        r.failed++;
    }
    if (r.pf) {
        if (fp_book_portfolio_close(r.pf) != 0)
            status = 2;
        else
            r.written++;
    }
    print_summary(&r);
    if (status == 0 && r.failed)
        status = 2;
    if (status == 0 && r.errors)
        status = 1;
    for (size_t i = 0; i < r.njobs; i++) {
        free(r.jobs[i].path);
        free(r.jobs[i].stem);
    }
    free(r.jobs);
    free(w);
    free(fds);
    free(pfpath);
    return status;
}
