/*
 * pdf.c - typesetting on libharu 2.3.0: fonts, UTF-8 text, measuring and wrapping, and the save
 * with the fixes 2.3.0 needs (ToUnicode map, document ID). Knows nothing about memos.
 * SPDX-License-Identifier: MIT
 */
#include "pdf.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hpdf_encrypt.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <zlib.h>

#include "date.h"
#include "diag.h"
#include "outfile.h"
#include "utf8.h"

#ifndef FP_FONTDIR
#define FP_FONTDIR "/usr/local/share/fundplan/fonts"
#endif
#ifndef FP_VERSION
#define FP_VERSION "unknown"
#endif

struct fp_pdf_drawn {
    unsigned char used[65536 / 8]; /* BMP code points drawn: they make the ToUnicode map */
    HPDF_MD5_CTX md5;              /* of everything drawn, and the timestamp: the document ID */
    /* The font and colour last set on `page`: a page's graphics state keeps them (across BT/ET
       too), so setting them again is left out. Any other page, and a new one, starts unknown. */
    HPDF_Page page;
    HPDF_Font font;
    double size, rgb[3];
    int colour_set;
};

/* libharu calls this instead of longjmp-ing: keep the first error, let the caller unwind. */
static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
    struct fp_pdf *p = data;
    if (p->error == HPDF_OK) {
        p->error = error;
        p->detail = detail;
    }
}

/* Every libharu status goes through here: some failures return a code without calling the
   handler (a bad argument caught before the document is touched). */
static int
check(struct fp_pdf *p, HPDF_STATUS st, enum fp_msg what)
{
    if (st != HPDF_OK && p->error == HPDF_OK) {
        p->error = st;
        p->detail = 0;
    }
    if (p->error != HPDF_OK && p->failed_step == FP_M_NONE)
        p->failed_step = what;
    return p->error == HPDF_OK ? 0 : -1;
}

int
fp_pdf_failed(const struct fp_pdf *p)
{
    return p->error != HPDF_OK;
}

/* The message for a recorded error; the codes we can meet get words, others their number. */
static void
report(const struct fp_pdf *p)
{
    struct fp_arg what =
        fp_arg_msg(p->failed_step != FP_M_NONE ? p->failed_step : FP_M_PDF_STEP_PDF);
    char code[16], detail[16];
    snprintf(code, sizeof code, "0x%04X", (unsigned)p->error);
    snprintf(detail, sizeof detail, "%u", (unsigned)p->detail);
    switch (p->error) {
    case HPDF_FAILD_TO_ALLOC_MEM:
        FP_FAIL(p->path, FP_M_PDF_FAIL_OOM, what);
        break;
    case HPDF_FILE_OPEN_ERROR:
    case HPDF_FILE_IO_ERROR:
        FP_FAIL(p->path, FP_M_PDF_FAIL_IO, what, fp_arg_errno((int)p->detail));
        break;
    case HPDF_INVALID_FONTDEF_DATA:
    case HPDF_TTF_INVALID_CMAP:
    case HPDF_TTF_INVALID_FOMAT:
    case HPDF_TTF_MISSING_TABLE:
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
        FP_FAIL(p->path, FP_M_PDF_FAIL_FONT, what, fp_arg_str(code));
        break;
    default:
        FP_FAIL(p->path, FP_M_PDF_FAIL_OTHER, what, fp_arg_str(code), fp_arg_str(detail));
    }
}

/* ==== Fonts ==== */

static int
readable(const char *path)
{
    return access(path, R_OK) == 0;
}

/*
 * Where the font files are: $FUNDPLAN_FONTDIR (only there, so a test or a packager can point at
 * exactly one folder), else beside the program: "fonts" (build/fundplan finds build/fonts
 * without installing) and "../share/fundplan/fonts" (PREFIX/bin/fundplan finds what make install
 * put in PREFIX/share/fundplan/fonts, whatever PREFIX the objects were compiled with), else
 * FP_FONTDIR, set by the Makefile to $(DATADIR)/fonts.
 */
static int
font_path(const char *name, char *buf, size_t n, const char *target)
{
    static const char *const beside[] = {"fonts", "../share/fundplan/fonts"};
    const char *env = getenv("FUNDPLAN_FONTDIR");
    char exe[PATH_MAX];
    ssize_t k;

    if (env && *env) {
        snprintf(buf, n, "%s/%s", env, name);
        if (readable(buf))
            return 0;
        FP_FAIL(target, FP_M_SYS_FONT_UNREADABLE, fp_arg_str(buf), fp_arg_errno(errno));
        return -1;
    }
    k = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (k > 0) {
        char *slash;
        exe[k] = '\0';
        slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            for (size_t i = 0; i < sizeof beside / sizeof beside[0]; i++) {
                snprintf(buf, n, "%s/%s/%s", exe, beside[i], name);
                if (readable(buf))
                    return 0;
            }
        }
    }
    snprintf(buf, n, "%s/%s", FP_FONTDIR, name);
    if (readable(buf))
        return 0;
    FP_FAIL(target, FP_M_SYS_FONT_MISSING, fp_arg_str(name), fp_arg_str(FP_FONTDIR));
    return -1;
}

/* ==== Fonts set up once (docs/performance.md) ==== */

/*
 * The levers below reach into libharu's internals: a Type 0 font's attributes (hpdf_font.h:
 * map_stream, fontdef, xref), a dictionary's stream, filter and write hooks (hpdf_objects.h),
 * a memory stream's data (hpdf_streams.h), the document's page list and a page's content
 * stream (hpdf_doc.h, hpdf_pages.h). They were checked against 2.3.0 only. Another
 * version: check them (docs/performance.md lists what each relies on) and extend the #if, or
 * build with -DFP_PDF_PORTABLE, which compiles the fallbacks: libharu compresses and subsets
 * the fonts at every save as it always did (slower, the same text).
 */
#if defined(FP_PDF_PORTABLE)
#define FP_PDF_INTERNALS 0
#elif HPDF_VERSION_ID == 20300
#define FP_PDF_INTERNALS 1
#else
#error "libharu is not 2.3.0: check pdf.c's internals (docs/performance.md) or -DFP_PDF_PORTABLE"
#endif

#if FP_PDF_INTERNALS
/*
 * A stream whose bytes are deflated already. libharu's one `filter` both writes /Filter with
 * the dictionary's keys and deflates the bytes, so it is set to FlateDecode while the keys are
 * written (before_write_fn, called first) and cleared before the bytes (write_fn, called
 * between the keys and the bytes): the same object as libharu writes, compressed once.
 */
static HPDF_STATUS
deflated_keys(HPDF_Dict d)
{
    d->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    return HPDF_OK;
}

static HPDF_STATUS
deflated_bytes(HPDF_Dict d, HPDF_Stream s)
{
    (void)s;
    d->filter = HPDF_STREAM_FILTER_NONE;
    return HPDF_OK;
}

/* Replaces the stream's data with raw[0..n) deflated at zlib level `level` in the zlib format
   libharu writes (its default window), marked to be written as it is. */
static void
set_deflated(struct fp_pdf *p, HPDF_Dict d, const unsigned char *raw, size_t n, int level,
             enum fp_msg what)
{
    uLongf len = compressBound((uLong)n);
    unsigned char *z = fp_xmalloc(len);
    int zst = compress2(z, &len, raw, (uLong)n, level);
    if (zst != Z_OK) {
        check(p, HPDF_ZLIB_ERROR, what);
    } else {
        HPDF_MemStream_FreeData(d->stream);
        check(p, HPDF_Stream_Write(d->stream, z, (HPDF_UINT)len), what);
        d->before_write_fn = deflated_keys;
        d->write_fn = deflated_bytes;
    }
    free(z);
}

/* The bytes of a memory stream, to free; NULL when it cannot be read (p->error says why). */
static unsigned char *
stream_bytes(struct fp_pdf *p, HPDF_Stream s, HPDF_UINT32 *n, enum fp_msg what)
{
    HPDF_UINT32 size = HPDF_Stream_Size(s);
    HPDF_UINT got = size;
    unsigned char *raw = fp_xmalloc(size ? size : 1);

    check(p, HPDF_Stream_Seek(s, 0, HPDF_SEEK_SET), what);
    /* 2.3.0 answers HPDF_STREAM_EOF when the read reaches the end, even when it read all */
    if (p->error == HPDF_OK && HPDF_Stream_Read(s, raw, &got) != HPDF_OK && got != size)
        check(p, HPDF_STREAM_EOF, what);
    if (p->error != HPDF_OK) {
        free(raw);
        return NULL;
    }
    *n = size;
    return raw;
}
#endif

/*
 * Lever: the CIDToGIDMap compressed once. libharu 2.3.0 gives a UTF-8 font a map of all 65 535
 * codes (131 070 bytes, the same for every memo) and deflates it again at every save: 0.6-0.8 ms
 * per font. Compressed here, when the font is set up, and written as it is: the same bytes.
 */
static void
compress_map_once(struct fp_pdf *p, HPDF_Font font)
{
#if FP_PDF_INTERNALS
    HPDF_FontAttr attr = font->attr;
    HPDF_Dict map = attr->map_stream;
    HPDF_UINT32 size;
    unsigned char *raw;

    if (map == NULL || map->stream == NULL) {
        check(p, HPDF_INVALID_OBJECT, FP_M_PDF_STEP_GLYPH_MAP);
        return;
    }
    raw = stream_bytes(p, map->stream, &size, FP_M_PDF_STEP_GLYPH_MAP);
    if (raw != NULL) {
        set_deflated(p, map, raw, size, Z_DEFAULT_COMPRESSION, FP_M_PDF_STEP_GLYPH_MAP);
        attr->map_stream = NULL; /* its font no longer sets its filter: the hooks do */
    }
    free(raw);
#else
    /* libharu deflates the map at every save */
    (void)p, (void)font;
#endif
}

#if FP_PDF_INTERNALS
/* The whole file at path, in memory (to free); NULL with errno set when it cannot be read. */
static unsigned char *
read_whole(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf = NULL;
    long size;
    int err;

    if (f == NULL)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
        buf = fp_xmalloc((size_t)size + 1);
        *n = fread(buf, 1, (size_t)size, f);
        if (*n != (size_t)size) {
            free(buf);
            buf = NULL;
            errno = ferror(f) ? errno : EIO;
        }
    }
    err = errno;
    fclose(f);
    errno = err;
    return buf;
}

/* The font descriptor libharu 2.3.0 makes at the first save (CIDFontType2_BeforeWrite_Func),
   here with the whole font file as its FontFile2: libharu then finds it made and leaves it. */
static void
add_descriptor(struct fp_pdf *p, HPDF_Font font, const unsigned char *ttf, size_t n)
{
    enum fp_msg what = FP_M_PDF_STEP_EMBED;
    HPDF_FontAttr attr = font->attr;
    HPDF_FontDef def = attr->fontdef;
    HPDF_TTFontDefAttr def_attr = def->attr;
    HPDF_Dict desc = HPDF_Dict_New(font->mmgr), data;
    HPDF_STATUS st = HPDF_OK;

    if (desc == NULL || HPDF_Xref_Add(attr->xref, desc) != HPDF_OK) {
        check(p, HPDF_FAILD_TO_ALLOC_MEM, what); /* Xref_Add frees desc when it fails */
        return;
    }
    data = HPDF_DictStream_New(font->mmgr, attr->xref);
    if (data == NULL) {
        check(p, HPDF_FAILD_TO_ALLOC_MEM, what);
        return;
    }
    set_deflated(p, data, ttf, n, Z_DEFAULT_COMPRESSION, what);
    st |= HPDF_Dict_Add(desc, "FontFile2", data);
    st |= HPDF_Dict_AddNumber(data, "Length1", (HPDF_INT32)n);
    st |= HPDF_Dict_AddNumber(data, "Length2", 0);
    st |= HPDF_Dict_AddNumber(data, "Length3", 0);
    st |= HPDF_Dict_AddName(desc, "Type", "FontDescriptor");
    st |= HPDF_Dict_AddNumber(desc, "Ascent", def->ascent);
    st |= HPDF_Dict_AddNumber(desc, "Descent", def->descent);
    st |= HPDF_Dict_AddNumber(desc, "Flags", (HPDF_INT32)def->flags);
    st |= HPDF_Dict_Add(desc, "FontBBox", HPDF_Box_Array_New(font->mmgr, def->font_bbox));
    st |= HPDF_Dict_AddName(desc, "FontName", def_attr->base_font);
    st |= HPDF_Dict_AddNumber(desc, "ItalicAngle", def->italic_angle);
    st |= HPDF_Dict_AddNumber(desc, "StemV", def->stemv);
    st |= HPDF_Dict_AddNumber(desc, "XHeight", def->x_height);
    if (st != HPDF_OK) {
        check(p, HPDF_INVALID_OBJECT, what);
        return;
    }
    def->descriptor = desc;
    /* The subset libharu would make is not made, so it need not know which glyphs are drawn:
       off, its first measure of each glyph no longer reads the font file again to see whether
       the glyph is composite (CheckCompositGryph: ~170 lseeks and ~100 reads per memo, in
       every plan process, as each forked copy marks its glyphs anew). */
    def_attr->embedding = HPDF_FALSE;
}
#endif

/*
 * Lever: the fonts embedded whole, compressed once. At every save libharu 2.3.0 builds a subset
 * of each font from the glyphs drawn, reading the font file again through stdio (~300 lseeks),
 * and deflates it: 0.6-0.7 ms per font. The files are subsets already (make fonts: 355 letters,
 * 33 KB), so they are embedded whole, read and deflated once when the font is set up. Memos
 * grow by about 20 KB, and 2.3.0's failure to save some subsets (FP_PDF_RETRY) cannot happen.
 */
static void
embed_font_whole(struct fp_pdf *p, HPDF_Font font, const char *path)
{
#if FP_PDF_INTERNALS
    size_t n = 0;
    unsigned char *ttf = read_whole(path, &n);
    if (ttf == NULL) {
        check(p, HPDF_FILE_IO_ERROR, FP_M_PDF_STEP_EMBED);
        p->detail = (HPDF_STATUS)errno;
        return;
    }
    add_descriptor(p, font, ttf, n);
    free(ttf);
#else
    /* libharu embeds a subset, made again at every save */
    (void)p, (void)font, (void)path;
#endif
}

static HPDF_Font
load_font(struct fp_pdf *p, const char *file)
{
    char path[PATH_MAX + 64];
    const char *name;
    HPDF_Font font;

    if (font_path(file, path, sizeof path, p->path) != 0)
        return NULL;
    p->failed_step = FP_M_NONE;
    name = HPDF_LoadTTFontFromFile(p->doc, path, HPDF_TRUE);
    if (name == NULL) {
        check(p, HPDF_INVALID_FONTDEF_DATA, FP_M_PDF_STEP_LOAD_FONT);
        return NULL;
    }
    font = HPDF_GetFont(p->doc, name, "UTF-8");
    if (font == NULL)
        check(p, HPDF_INVALID_FONT_NAME, FP_M_PDF_STEP_LOAD_FONT);
    if (font != NULL)
        compress_map_once(p, font);
    if (font != NULL && p->error == HPDF_OK)
        embed_font_whole(p, font, path);
    return p->error == HPDF_OK ? font : NULL;
}

int
fp_pdf_open(struct fp_pdf *p, const char *path)
{
    memset(p, 0, sizeof *p);
    p->path = path;
    p->doc = HPDF_New(on_error, p);
    if (p->doc == NULL) {
        FP_FAIL(path, FP_M_PDF_FAIL_CREATE);
        return -1;
    }
    /* Compression must be on before the fonts load: the font streams take the mode they are
       created with, and an uncompressed font is most of a five times larger file. */
    check(p, HPDF_SetCompressionMode(p->doc, HPDF_COMP_ALL), FP_M_PDF_STEP_COMPRESSION);
    if (p->error == HPDF_OK)
        check(p, HPDF_UseUTFEncodings(p->doc), FP_M_PDF_STEP_UTF8);
    if (p->error == HPDF_OK)
        check(p, HPDF_SetCurrentEncoder(p->doc, "UTF-8"), FP_M_PDF_STEP_UTF8);
    if (p->error == HPDF_OK) {
        p->regular = load_font(p, FP_PDF_FONT_REGULAR);
        if (p->regular)
            p->bold = load_font(p, FP_PDF_FONT_BOLD);
    }
    if (p->error != HPDF_OK)
        report(p);
    if (p->regular == NULL || p->bold == NULL) {
        fp_pdf_close(p);
        return -1;
    }
    p->drawn = fp_xmalloc(sizeof *p->drawn);
    memset(p->drawn, 0, sizeof *p->drawn);
    HPDF_MD5Init(&p->drawn->md5);
    return 0;
}

void
fp_pdf_adopt(struct fp_pdf *p, const char *path)
{
    p->path = path;
    p->doc->error.user_data = p;
}

void
fp_pdf_close(struct fp_pdf *p)
{
    if (p->doc)
        HPDF_Free(p->doc);
    free(p->drawn);
    p->doc = NULL;
    p->drawn = NULL;
    p->regular = p->bold = NULL;
}

HPDF_Page
fp_pdf_add_page(struct fp_pdf *p)
{
    HPDF_Page page;
    if (p->error != HPDF_OK)
        return NULL;
    page = HPDF_AddPage(p->doc);
    if (page == NULL) {
        check(p, HPDF_INVALID_PAGE, FP_M_PDF_STEP_PAGE);
        return NULL;
    }
    if (check(p, HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT),
              FP_M_PDF_STEP_PAGE))
        return NULL;
    return page;
}

/* ==== Text ==== */

static size_t
length(const char *s, size_t n)
{
    return n == FP_PDF_ALL ? strlen(s) : n;
}

double
fp_pdf_width(const struct fp_pdf *p, HPDF_Font font, double size, const char *s, size_t n)
{
    HPDF_TextWidth tw;
    (void)p;
    n = length(s, n);
    if (n == 0)
        return 0;
    tw = HPDF_Font_TextWidth(font, (const HPDF_BYTE *)s, (HPDF_UINT)n);
    return tw.width * size / 1000.0;
}

size_t
fp_pdf_fit(const struct fp_pdf *p, HPDF_Font font, double size, const char *s, size_t n,
           double width)
{
    HPDF_REAL real;
    HPDF_UINT k;
    uint32_t cp;
    (void)p;
    if (n == 0)
        return 0;
    k = HPDF_Font_MeasureText(font, (const HPDF_BYTE *)s, (HPDF_UINT)n, (HPDF_REAL)width,
                              (HPDF_REAL)size, 0, 0, HPDF_TRUE, &real);
    /* 0: the first word alone is wider than the line (a URL, a long compound word). Break it
       between letters rather than overflow the margin. */
    if (k == 0)
        k = HPDF_Font_MeasureText(font, (const HPDF_BYTE *)s, (HPDF_UINT)n, (HPDF_REAL)width,
                                  (HPDF_REAL)size, 0, 0, HPDF_FALSE, &real);
    if (k == 0)
        k = (HPDF_UINT)fp_utf8_next(s, n, &cp, NULL);
    return k;
}

/*
 * The text as libharu may be given it: valid UTF-8 of the BMP only (2.3.0's encoder has no
 * surrogates), no control characters; everything else becomes U+FFFD, which the font has.
 * Records the code points for the ToUnicode map and feeds the document ID. Returns a string
 * to free with free() if it is not buf.
 */
static char *
clean(struct fp_pdf *p, const char *s, size_t n, char *buf, size_t bufsize)
{
    char *out = n * 3 + 1 <= bufsize ? buf : fp_xmalloc(n * 3 + 1);
    size_t i = 0, o = 0;
    while (i < n) {
        uint32_t c;
        i += fp_utf8_next(s + i, n - i, &c, NULL);
        if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            continue;
        if (c > 0xFFFF)
            c = FP_UTF8_REPLACEMENT;
        p->drawn->used[c >> 3] |= (unsigned char)(1u << (c & 7));
        o += fp_utf8_put(out + o, c);
    }
    out[o] = '\0';
    HPDF_MD5Update(&p->drawn->md5, (const HPDF_BYTE *)out, (HPDF_UINT32)o + 1);
    return out;
}

/* The font and colour kept for `page` (fp_pdf_drawn); drawing on another page forgets them. */
static struct fp_pdf_drawn *
state_of(struct fp_pdf *p, HPDF_Page page)
{
    struct fp_pdf_drawn *s = p->drawn;
    if (s->page != page) {
        s->page = page;
        s->font = NULL;
        s->colour_set = 0;
    }
    return s;
}

static void
show(struct fp_pdf *p, HPDF_Page page, HPDF_Font font, double size, double x, double y,
     const char *s, size_t n)
{
    char buf[1024];
    char *t;
    if (p->error != HPDF_OK || page == NULL)
        return;
    t = clean(p, s, n, buf, sizeof buf);
    if (check(p, HPDF_Page_BeginText(page), FP_M_PDF_STEP_TEXT) == 0) {
        struct fp_pdf_drawn *st = state_of(p, page);
        if (st->font != font || st->size != size) {
            if (check(p, HPDF_Page_SetFontAndSize(page, font, (HPDF_REAL)size),
                      FP_M_PDF_STEP_TEXT) == 0) {
                st->font = font;
                st->size = size;
            }
        }
        check(p, HPDF_Page_TextOut(page, (HPDF_REAL)x, (HPDF_REAL)y, t), FP_M_PDF_STEP_TEXT);
        check(p, HPDF_Page_EndText(page), FP_M_PDF_STEP_TEXT);
    }
    if (t != buf)
        free(t);
}

void
fp_pdf_text(struct fp_pdf *p, HPDF_Page page, HPDF_Font font, double size, double x, double y,
            const char *s, size_t n)
{
    show(p, page, font, size, x, y, s, length(s, n));
}

void
fp_pdf_text_right(struct fp_pdf *p, HPDF_Page page, HPDF_Font font, double size, double x, double y,
                  const char *s, size_t n)
{
    n = length(s, n);
    show(p, page, font, size, x - fp_pdf_width(p, font, size, s, n), y, s, n);
}

/* ==== Shapes ==== */

void
fp_pdf_color(struct fp_pdf *p, HPDF_Page page, double r, double g, double b)
{
    struct fp_pdf_drawn *st;
    if (p->error != HPDF_OK || page == NULL)
        return;
    st = state_of(p, page);
    if (st->colour_set && st->rgb[0] == r && st->rgb[1] == g && st->rgb[2] == b)
        return;
    if (check(p, HPDF_Page_SetRGBFill(page, (HPDF_REAL)r, (HPDF_REAL)g, (HPDF_REAL)b),
              FP_M_PDF_STEP_COLOUR) == 0 &&
        check(p, HPDF_Page_SetRGBStroke(page, (HPDF_REAL)r, (HPDF_REAL)g, (HPDF_REAL)b),
              FP_M_PDF_STEP_COLOUR) == 0) {
        st->rgb[0] = r;
        st->rgb[1] = g;
        st->rgb[2] = b;
        st->colour_set = 1;
    }
}

void
fp_pdf_fill_rect(struct fp_pdf *p, HPDF_Page page, double x, double y, double w, double h)
{
    if (p->error != HPDF_OK || page == NULL)
        return;
    if (check(p, HPDF_Page_Rectangle(page, (HPDF_REAL)x, (HPDF_REAL)y, (HPDF_REAL)w, (HPDF_REAL)h),
              FP_M_PDF_STEP_DRAW) == 0)
        check(p, HPDF_Page_Fill(page), FP_M_PDF_STEP_DRAW);
}

void
fp_pdf_stroke_rect(struct fp_pdf *p, HPDF_Page page, double x, double y, double w, double h,
                   double lw)
{
    if (p->error != HPDF_OK || page == NULL)
        return;
    if (check(p, HPDF_Page_SetLineWidth(page, (HPDF_REAL)lw), FP_M_PDF_STEP_DRAW) == 0 &&
        check(p, HPDF_Page_Rectangle(page, (HPDF_REAL)x, (HPDF_REAL)y, (HPDF_REAL)w, (HPDF_REAL)h),
              FP_M_PDF_STEP_DRAW) == 0)
        check(p, HPDF_Page_Stroke(page), FP_M_PDF_STEP_DRAW);
}

void
fp_pdf_line(struct fp_pdf *p, HPDF_Page page, double x1, double y1, double x2, double y2, double lw)
{
    if (p->error != HPDF_OK || page == NULL)
        return;
    if (check(p, HPDF_Page_SetLineWidth(page, (HPDF_REAL)lw), FP_M_PDF_STEP_DRAW) == 0 &&
        check(p, HPDF_Page_MoveTo(page, (HPDF_REAL)x1, (HPDF_REAL)y1), FP_M_PDF_STEP_DRAW) == 0 &&
        check(p, HPDF_Page_LineTo(page, (HPDF_REAL)x2, (HPDF_REAL)y2), FP_M_PDF_STEP_DRAW) == 0)
        check(p, HPDF_Page_Stroke(page), FP_M_PDF_STEP_DRAW);
}

/* ==== Save ==== */

static int
used(const struct fp_pdf *p, uint32_t c)
{
    return p->drawn->used[c >> 3] >> (c & 7) & 1;
}

/*
 * libharu 2.3.0 gives a UTF-8 font a copy of its *encoding* CMap as /ToUnicode, written with
 * begincidrange, an operator a ToUnicode CMap may not use (poppler: "Invalid 'begincidrange'
 * operator in ToUnicode CMap"; text extraction then guesses from the font). The codes it
 * writes in content streams are the UTF-16 code units of the text (Identity-H over the BMP),
 * so the correct map is the identity on the code points drawn, as bfrange runs that do not
 * cross a 256-code block. The stream object is reused: it keeps its number and compression.
 */
static void
write_tounicode(struct fp_pdf *p, HPDF_Font font)
{
    static const char *const drop[] = {"Type", "CMapName", "CIDSystemInfo", "WMode"};
    static const char head[] = "/CIDInit /ProcSet findresource begin\n"
                               "12 dict begin\n"
                               "begincmap\n"
                               "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 "
                               ">> def\n"
                               "/CMapName /Adobe-Identity-UCS def\n"
                               "/CMapType 2 def\n"
                               "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    static const char tail[] = "endcmap\n"
                               "CMapName currentdict /CMap defineresource pop\n"
                               "end\n"
                               "end\n";
    uint32_t from[1024], to[1024];
    size_t nruns = 0;
    HPDF_Dict cmap;
    char line[64];

    if (p->error != HPDF_OK)
        return;
    cmap = HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT);
    if (cmap == NULL || cmap->stream == NULL) {
        check(p, HPDF_DICT_ITEM_NOT_FOUND, FP_M_PDF_STEP_TOUNICODE);
        return;
    }
    /* the keys of an encoding CMap; a ToUnicode stream has none of them */
    for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++) {
        HPDF_STATUS st = HPDF_Dict_RemoveElement(cmap, drop[i]);
        if (st != HPDF_DICT_ITEM_NOT_FOUND)
            check(p, st, FP_M_PDF_STEP_TOUNICODE);
    }

    for (uint32_t c = 0; c <= 0xFFFF && nruns < 1024; c++) {
        if (p->drawn->used[c >> 3] == 0) { /* eight codes not drawn: most of the map */
            c |= 7;
            continue;
        }
        if (!used(p, c))
            continue;
        if (nruns > 0 && to[nruns - 1] + 1 == c && (c & 0xFF) != 0)
            to[nruns - 1] = c;
        else
            from[nruns] = to[nruns] = c, nruns++;
    }

    HPDF_MemStream_FreeData(cmap->stream);
    check(p, HPDF_Stream_WriteStr(cmap->stream, head), FP_M_PDF_STEP_TOUNICODE);
    for (size_t i = 0; i < nruns && p->error == HPDF_OK; i += 100) {
        size_t m = nruns - i < 100 ? nruns - i : 100;
        snprintf(line, sizeof line, "%zu beginbfrange\n", m);
        check(p, HPDF_Stream_WriteStr(cmap->stream, line), FP_M_PDF_STEP_TOUNICODE);
        for (size_t j = i; j < i + m; j++) {
            snprintf(line, sizeof line, "<%04X> <%04X> <%04X>\n", (unsigned)from[j],
                     (unsigned)to[j], (unsigned)from[j]);
            check(p, HPDF_Stream_WriteStr(cmap->stream, line), FP_M_PDF_STEP_TOUNICODE);
        }
        check(p, HPDF_Stream_WriteStr(cmap->stream, "endbfrange\n"), FP_M_PDF_STEP_TOUNICODE);
    }
    check(p, HPDF_Stream_WriteStr(cmap->stream, tail), FP_M_PDF_STEP_TOUNICODE);
}

/*
 * Lever: the pages' content streams deflated at zlib level 3. libharu deflates them at the
 * default level (6) at every save, about 0.45 ms for a memo's 18 KB of operators; level 3 takes
 * 0.2 ms for 20 % more bytes (about 0.6 KB a memo). Measured: docs/performance.md.
 */
#define FP_PDF_CONTENT_LEVEL 3

static void
deflate_contents(struct fp_pdf *p)
{
#if FP_PDF_INTERNALS
    HPDF_List pages = p->doc->page_list;
    for (HPDF_UINT i = 0; i < pages->count && p->error == HPDF_OK; i++) {
        HPDF_Page page = HPDF_List_ItemAt(pages, i);
        HPDF_Dict c = ((HPDF_PageAttr)page->attr)->contents;
        HPDF_UINT32 size;
        unsigned char *raw;
        /* a stream someone else hooks is left to libharu */
        if (c == NULL || c->stream == NULL || c->filter != HPDF_STREAM_FILTER_FLATE_DECODE ||
            c->before_write_fn != NULL || c->write_fn != NULL)
            continue;
        raw = stream_bytes(p, c->stream, &size, FP_M_PDF_STEP_COMPRESSION);
        if (raw != NULL)
            set_deflated(p, c, raw, size, FP_PDF_CONTENT_LEVEL, FP_M_PDF_STEP_COMPRESSION);
        free(raw);
    }
#else
    (void)p; /* libharu deflates them at its default level */
#endif
}

/*
 * libharu 2.3.0 writes /ID only for encrypted files (from the time and a random key). Readers
 * and archives want one, and it must not vary between runs: MD5 of all text drawn and the
 * timestamp, so a different memo or date gives a different ID and the same inputs the same.
 */
static void
write_id(struct fp_pdf *p, int64_t epoch)
{
    HPDF_BYTE digest[16];
    char stamp[32];
    HPDF_Array id;

    if (p->error != HPDF_OK)
        return;
    snprintf(stamp, sizeof stamp, "%lld", (long long)epoch);
    HPDF_MD5Update(&p->drawn->md5, (const HPDF_BYTE *)stamp, (HPDF_UINT32)strlen(stamp));
    HPDF_MD5Final(digest, &p->drawn->md5);
    id = HPDF_Array_New(p->doc->mmgr);
    if (id == NULL) {
        check(p, HPDF_FAILD_TO_ALLOC_MEM, FP_M_PDF_STEP_ID);
        return;
    }
    if (check(p, HPDF_Dict_Add(p->doc->trailer, "ID", id), FP_M_PDF_STEP_ID) != 0)
        return;
    for (int i = 0; i < 2; i++)
        check(p, HPDF_Array_Add(id, HPDF_Binary_New(p->doc->mmgr, digest, sizeof digest)),
              FP_M_PDF_STEP_ID);
}

static void
set_dates(struct fp_pdf *p, int64_t epoch)
{
    struct fp_date day = fp_date_from_unix(epoch);
    int64_t secs = epoch % 86400;
    HPDF_Date d;
    if (secs < 0)
        secs += 86400;
    memset(&d, 0, sizeof d);
    d.year = day.year;
    d.month = day.month;
    d.day = day.day;
    d.hour = (HPDF_INT)(secs / 3600);
    d.minutes = (HPDF_INT)(secs / 60 % 60);
    d.seconds = (HPDF_INT)(secs % 60);
    d.ind = 'Z';
    check(p, HPDF_SetInfoDateAttr(p->doc, HPDF_INFO_CREATION_DATE, d), FP_M_PDF_STEP_DATES);
    check(p, HPDF_SetInfoDateAttr(p->doc, HPDF_INFO_MOD_DATE, d), FP_M_PDF_STEP_DATES);
}

/* Info strings go through the UTF-8 encoder too: bad bytes would be dropped silently. */
static void
set_info(struct fp_pdf *p, HPDF_InfoType type, const char *value)
{
    char buf[1024];
    char *t;
    size_t n = strlen(value), i = 0, o = 0;
    if (p->error != HPDF_OK)
        return;
    t = n * 3 + 1 <= sizeof buf ? buf : fp_xmalloc(n * 3 + 1);
    while (i < n) {
        uint32_t c;
        i += fp_utf8_next(value + i, n - i, &c, NULL);
        if (c < 0x20 || c > 0xFFFF)
            c = c < 0x20 ? ' ' : FP_UTF8_REPLACEMENT;
        o += fp_utf8_put(t + o, c);
    }
    t[o] = '\0';
    check(p, HPDF_SetInfoAttr(p->doc, type, t), FP_M_PDF_STEP_INFO);
    if (t != buf)
        free(t);
}

int
fp_pdf_save(struct fp_pdf *p, const char *title, const char *author, const char *subject,
            int64_t epoch)
{
    struct fp_outfile of;
    HPDF_BYTE *buf;
    HPDF_UINT32 size, got;
    int rc;

    set_info(p, HPDF_INFO_TITLE, title);
    set_info(p, HPDF_INFO_AUTHOR, author);
    set_info(p, HPDF_INFO_SUBJECT, subject);
    set_info(p, HPDF_INFO_CREATOR, "fundplan " FP_VERSION);
    set_dates(p, epoch);
    write_tounicode(p, p->regular);
    write_tounicode(p, p->bold);
    write_id(p, epoch);
    deflate_contents(p);
    if (p->error == HPDF_OK && check(p, HPDF_SaveToStream(p->doc), FP_M_PDF_STEP_SAVE) != 0 &&
        p->error == HPDF_INVALID_OBJECT)
        return FP_PDF_RETRY;
    if (p->error != HPDF_OK) {
        report(p);
        return -1;
    }
    size = HPDF_GetStreamSize(p->doc);
    buf = fp_xmalloc(size ? size : 1);
    got = size;
    /* 2.3.0 answers HPDF_STREAM_EOF when the read reaches the end, even when it read all */
    if (HPDF_ReadFromStream(p->doc, buf, &got) != HPDF_OK && got != size) {
        check(p, HPDF_STREAM_EOF, FP_M_PDF_STEP_SAVE);
        report(p);
        free(buf);
        return -1;
    }
    rc = fp_outfile_open(&of, p->path);
    if (rc == 0) {
        rc = fp_outfile_write(&of, buf, size);
        rc = rc == 0 ? fp_outfile_commit(&of) : -1;
        if (rc != 0)
            fp_outfile_abort(&of);
    }
    free(buf);
    return rc;
}

void
fp_pdf_pad(struct fp_pdf *p, HPDF_Page page, int pad)
{
    /* rarely drawn signs: each adds its glyph to a subset that lacks it */
    static const char *const spare[FP_PDF_PADS] = {"\xc2\xa4", "\xc2\xa6", "\xc2\xa8", "\xc2\xaf"};
    const char *s = spare[pad < 1 ? 0 : pad > FP_PDF_PADS ? FP_PDF_PADS - 1 : pad - 1];
    fp_pdf_text(p, page, p->regular, 1, -50, -50, s, strlen(s));
    fp_pdf_text(p, page, p->bold, 1, -50, -50, s, strlen(s));
}
