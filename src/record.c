/*
 * record.c - a built plan's record to bytes and back: the one format of the worker pipe and
 * the portfolio spool.
 *
 * Layout, in order: u8 with_findings; i32 status, signal, lang; the two dates as 3 × i32;
 * i64 cpu_ns[FP_PHASE_COUNT], bytes[2]; u64 full count per severity; u32 nyears, then struct
 * fp_figures up to years[], its nyears years and the rest after years[]; the texts
 * (TEXT_FIELDS) each as a string; with findings: u32 n, then n × (i32 severity, code, line;
 * text; note), rendered in the user's language.
 * A string is a u32 length + 1 (0 for NULL) and its bytes with the NUL.
 * SPDX-License-Identifier: MIT
 */
#include "record.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* The text fields in the order they are encoded: one list for both directions. */
#define TEXTS 8
#define TEXT_FIELDS(r)                                                                             \
    {                                                                                              \
        &(r)->path, &(r)->stem, &(r)->name, &(r)->id, &(r)->applicant, &(r)->funder,               \
            &(r)->instrument, &(r)->fig.instrument.name                                            \
    }

void
fp_record_of_plan(struct fp_record *r, const struct fp_plan *plan, const struct fp_figures *fig,
                  const struct fp_diags *diags, const char *stem)
{
    memset(r, 0, sizeof *r);
    r->diags = *diags; /* borrowed: fp_record_free leaves it alone */
    r->fig = *fig;
    r->stem = stem;
    r->path = plan->path;
    r->name = plan->name.text;
    r->id = plan->id.text;
    r->applicant = plan->applicant.text;
    r->funder = plan->funder.text;
    r->instrument = plan->instrument.text;
    r->start = plan->start.date;
    r->end = plan->end.date;
    r->lang = (enum fp_lang)plan->lang.value;
}

/* ==== Encoding ==== */

static void
put(struct fp_record_bytes *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2;
        b->data = fp_xrealloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void
put_i32(struct fp_record_bytes *b, int64_t v)
{
    int32_t x = (int32_t)v;
    put(b, &x, sizeof x);
}

static void
put_str(struct fp_record_bytes *b, const char *s)
{
    uint32_t n = s ? (uint32_t)strlen(s) + 1 : 0;
    put(b, &n, sizeof n);
    if (n)
        put(b, s, n);
}

/* The figures without the years the plan does not have (most have none or a few of 16). */
static void
put_figures(struct fp_record_bytes *b, const struct fp_figures *fig)
{
    struct fp_figures f;
    size_t head = offsetof(struct fp_figures, years), tail = head + sizeof f.years;
    uint32_t ny = fig->nyears <= FP_MAX_YEARS ? (uint32_t)fig->nyears : FP_MAX_YEARS;
    memcpy(&f, fig, sizeof f); /* memcpy, not =: the padding goes out as it was set */
    f.instrument.name = NULL;  /* a pointer means nothing in another process */
    put(b, &ny, sizeof ny);
    put(b, &f, head);
    put(b, f.years, ny * sizeof f.years[0]);
    put(b, (const char *)&f + tail, sizeof f - tail);
}

void
fp_record_encode(const struct fp_record *r, int with_findings, struct fp_record_bytes *out)
{
    const char *const *text[TEXTS] = TEXT_FIELDS(r);
    unsigned char wf = with_findings != 0;
    uint64_t count[FP_ERROR + 1];

    put(out, &wf, 1);
    put_i32(out, r->status);
    put_i32(out, r->signal);
    put_i32(out, r->lang);
    put_i32(out, r->start.year), put_i32(out, r->start.month), put_i32(out, r->start.day);
    put_i32(out, r->end.year), put_i32(out, r->end.month), put_i32(out, r->end.day);
    put(out, r->cpu_ns, sizeof r->cpu_ns);
    put(out, r->bytes, sizeof r->bytes);
    for (int s = 0; s <= FP_ERROR; s++)
        count[s] = fp_diag_count(&r->diags, (enum fp_severity)s);
    put(out, count, sizeof count);
    put_figures(out, &r->fig);
    for (int i = 0; i < TEXTS; i++)
        put_str(out, *text[i]);
    if (!with_findings)
        return;
    {
        uint32_t n = (uint32_t)r->diags.count;
        put(out, &n, sizeof n);
    }
    for (size_t i = 0; i < r->diags.count; i++) {
        const struct fp_finding *f = &r->diags.list[i];
        put_i32(out, f->severity);
        put_i32(out, f->code);
        put_i32(out, f->line);
        {
            /* rendered here, in the user's language: the other side prints them as they are */
            char *msg = fp_diag_text(f, fp_msg_lang, FP_VOICE_PREPARER);
            char *note = fp_diag_note_text(f, fp_msg_lang);
            put_str(out, msg);
            put_str(out, note);
            free(msg);
            free(note);
        }
    }
}

/* ==== Decoding ==== */

/* The bytes left to read; every read checks that they are there. */
struct in {
    const char *p;
    size_t left;
    int bad;
};

static void
get(struct in *in, void *out, size_t n)
{
    if (in->bad || n > in->left) {
        in->bad = 1;
        memset(out, 0, n);
        return;
    }
    memcpy(out, in->p, n);
    in->p += n;
    in->left -= n;
}

static int32_t
get_i32(struct in *in)
{
    int32_t x;
    get(in, &x, sizeof x);
    return x;
}

/* A string's bytes, where they are in the input (they are copied by the caller); NULL for NULL
   and on bad input. */
static const char *
get_str(struct in *in, uint32_t *size)
{
    const char *s;
    get(in, size, sizeof *size);
    if (in->bad || *size == 0)
        return NULL;
    if (*size > in->left || in->p[*size - 1] != '\0') {
        in->bad = 1;
        return NULL;
    }
    s = in->p;
    in->p += *size;
    in->left -= *size;
    return s;
}

static void
get_figures(struct in *in, struct fp_figures *fig)
{
    size_t head = offsetof(struct fp_figures, years), tail = head + sizeof fig->years;
    uint32_t ny;
    get(in, &ny, sizeof ny);
    if (ny > FP_MAX_YEARS)
        in->bad = 1;
    memset(fig, 0, sizeof *fig);
    get(in, fig, head);
    get(in, fig->years, in->bad ? 0 : ny * sizeof fig->years[0]);
    get(in, (char *)fig + tail, sizeof *fig - tail);
    if (fig->nyears != ny)
        in->bad = 1;
}

/* The texts, copied into one allocation (r->mem) that the fields point into. */
static void
get_texts(struct in *in, struct fp_record *r)
{
    const char **field[TEXTS] = TEXT_FIELDS(r);
    const char *at[TEXTS];
    uint32_t size[TEXTS];
    size_t total = 1, o = 0;

    for (int i = 0; i < TEXTS; i++) {
        at[i] = get_str(in, &size[i]);
        total += at[i] ? size[i] : 0;
    }
    r->mem = fp_xmalloc(total);
    for (int i = 0; i < TEXTS; i++) {
        *field[i] = NULL;
        if (at[i] == NULL || in->bad)
            continue;
        memcpy(r->mem + o, at[i], size[i]);
        *field[i] = r->mem + o;
        o += size[i];
    }
}

static void
get_findings(struct in *in, struct fp_diags *d)
{
    uint32_t n;
    get(in, &n, sizeof n);
    for (uint32_t i = 0; i < n && !in->bad; i++) {
        int32_t sev = get_i32(in), code = get_i32(in), line = get_i32(in);
        uint32_t size;
        const char *text = get_str(in, &size), *hint = get_str(in, &size);
        if (in->bad || sev < FP_NOTE || sev > FP_ERROR || code < 0 || code >= FP_F_CODE_COUNT ||
            text == NULL) {
            in->bad = 1;
            return;
        }
        fp_diag_add_text(d, (enum fp_severity)sev, (enum fp_code)code, line, text, hint);
    }
}

int
fp_record_decode(struct fp_record *r, const void *data, size_t n)
{
    struct in in = {data, n, 0};
    unsigned char with_findings = 0;
    uint64_t count[FP_ERROR + 1];
    int32_t lang;

    memset(r, 0, sizeof *r);
    get(&in, &with_findings, 1);
    r->status = (enum fp_record_status)get_i32(&in);
    r->signal = get_i32(&in);
    lang = get_i32(&in);
    r->start.year = get_i32(&in), r->start.month = get_i32(&in), r->start.day = get_i32(&in);
    r->end.year = get_i32(&in), r->end.month = get_i32(&in), r->end.day = get_i32(&in);
    get(&in, r->cpu_ns, sizeof r->cpu_ns);
    get(&in, r->bytes, sizeof r->bytes);
    get(&in, count, sizeof count);
    get_figures(&in, &r->fig);
    get_texts(&in, r); /* after the figures: one of them is fig.instrument.name */
    if (with_findings)
        get_findings(&in, &r->diags);
    if (lang < 0 || lang >= FP_LANG_COUNT || r->status < FP_BUILT || r->status > FP_CRASHED)
        in.bad = 1;
    for (int s = 0; s <= FP_ERROR && !in.bad; s++) {
        if (count[s] < r->diags.kept[s])
            in.bad = 1;
        else
            r->diags.dropped[s] = (size_t)(count[s] - r->diags.kept[s]);
    }
    if (in.bad || in.left != 0) {
        fp_record_free(r);
        return -1;
    }
    r->lang = (enum fp_lang)lang;
    r->diags.file = r->path;
    return 0;
}

void
fp_record_free(struct fp_record *r)
{
    if (r == NULL || r->mem == NULL)
        return;
    free(r->mem);
    fp_diag_free(&r->diags);
    memset(r, 0, sizeof *r);
}
