/* menu_csv.h — the sample menu (bench/data/menu.csv) as the arrays of texts the embedding
 * tests feed to the engine, read through the real CSV parser in io/menu.h. Aborts when the
 * file is missing or invalid: every embedding test depends on it. */
#ifndef BRIGADE_TESTS_MENU_CSV_H
#define BRIGADE_TESTS_MENU_CSV_H

#include <stdio.h>
#include <stdlib.h>

#include "io/menu.h"
#include "test_util.h"

enum {
    MENU_CSV_ITEMS_MAX = 64,
    MENU_CSV_NAME_DESC_MAX = 1024,
};

struct menu_csv {
    struct menu menu; /* owns the strings the arrays below point into */
    size_t n;
    const char *name[MENU_CSV_ITEMS_MAX];
    const char *description[MENU_CSV_ITEMS_MAX];
    char name_desc[MENU_CSV_ITEMS_MAX][MENU_CSV_NAME_DESC_MAX]; /* "name. description" */
    const char *names[MENU_CSV_ITEMS_MAX];
    const char *name_descs[MENU_CSV_ITEMS_MAX];
};

/* Loads $BRIGADE_SOURCE_DIR/bench/data/menu.csv (or ./bench/data/menu.csv). */
static inline void menu_csv_load(struct menu_csv *m)
{
    char path[TEST_PATH_BYTES], err[256];
    test_source_path(path, sizeof(path), "bench/data/menu.csv");
    if (menu_load_csv_file(path, &m->menu, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s: %s\n", path, err);
        abort();
    }
    if (m->menu.count > MENU_CSV_ITEMS_MAX)
        abort();
    m->n = m->menu.count;
    for (size_t i = 0; i < m->n; i++) {
        const struct menu_item *it = &m->menu.items[i];
        m->name[i] = m->names[i] = it->name;
        m->description[i] = it->description;
        snprintf(m->name_desc[i], sizeof(m->name_desc[i]), "%s. %s", it->name, it->description);
        m->name_descs[i] = m->name_desc[i];
    }
}

#endif
