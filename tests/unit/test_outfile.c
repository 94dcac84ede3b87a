/*
 * test_outfile.c - fp_outfile_mkdirs: a folder and its missing parents, what is there already,
 * and a file in the way (named in the message, nothing created beyond it).
 * SPDX-License-Identifier: MIT
 */
#include "outfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "t.h"

static char root[64];

static int
is_dir(const char *rel)
{
    char p[256];
    struct stat st;
    snprintf(p, sizeof p, "%s/%s", root, rel);
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int
mkdirs(const char *rel)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", root, rel);
    return fp_outfile_mkdirs(p, NULL);
}

static void
missing_parents_are_created(void)
{
    T_CHECK(mkdirs("a/b/c") == 0);
    T_CHECK(is_dir("a") && is_dir("a/b") && is_dir("a/b/c"));
    T_CHECK(mkdirs("trailing/slash/") == 0);
    T_CHECK(is_dir("trailing/slash"));
    T_CHECK(mkdirs("double//slash") == 0);
    T_CHECK(is_dir("double/slash"));
}

static void
an_existing_folder_is_fine(void)
{
    T_CHECK(mkdirs("a/b") == 0);
    T_CHECK(mkdirs(".") == 0);
    T_CHECK(fp_outfile_mkdirs("", NULL) == 0);
    T_CHECK(fp_outfile_mkdirs("/", NULL) == 0);
    T_CHECK(fp_outfile_mkdirs(root, NULL) == 0);
}

static void
a_file_in_the_way_fails_and_creates_nothing_beyond(void)
{
    char p[256];
    FILE *f;
    snprintf(p, sizeof p, "%s/file", root);
    f = fopen(p, "w");
    T_CHECK(f != NULL);
    if (f)
        fclose(f);
    T_CHECK(mkdirs("file") == -1);
    T_CHECK(mkdirs("file/sub/deeper") == -1);
    T_CHECK(!is_dir("file/sub"));
}

int
main(void)
{
    static const struct t_case cases[] = {
        T_CASE(missing_parents_are_created),
        T_CASE(an_existing_folder_is_fine),
        T_CASE(a_file_in_the_way_fails_and_creates_nothing_beyond),
    };
    int rc;
    char cmd[128];

    snprintf(root, sizeof root, "/tmp/fp-test-outfile.XXXXXX");
    if (mkdtemp(root) == NULL) {
        printf("not ok mkdtemp\n");
        return 1;
    }
    /* the failures print their messages: not this test's output */
    if (freopen("/dev/null", "w", stderr) == NULL)
        return 1;
    rc = t_main(cases, sizeof cases / sizeof cases[0]);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0)
        printf("# could not remove %s\n", root);
    return rc;
}
