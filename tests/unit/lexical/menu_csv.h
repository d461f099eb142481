/* menu_csv.h — reads bench/data/menu.csv (name,section,price,"description") for tests.
 *
 * A test helper, not the menu module: it knows just enough CSV (double-quoted fields with ""
 * escapes, no newlines inside fields) for the sample menu. Aborts on a malformed file. */
#ifndef BRIGADE_TESTS_MENU_CSV_H
#define BRIGADE_TESTS_MENU_CSV_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    MENU_CSV_ITEMS_MAX = 64,
    MENU_CSV_FIELD_MAX = 512,
    MENU_CSV_LINE_MAX = 2048,
};

struct menu_csv {
    size_t n;
    char name[MENU_CSV_ITEMS_MAX][MENU_CSV_FIELD_MAX];
    char description[MENU_CSV_ITEMS_MAX][MENU_CSV_FIELD_MAX];
    char name_desc[MENU_CSV_ITEMS_MAX][2 * MENU_CSV_FIELD_MAX + 4]; /* "name. description" */
    const char *names[MENU_CSV_ITEMS_MAX];
    const char *name_descs[MENU_CSV_ITEMS_MAX];
};

/* Copies field `index` of a CSV line into out; returns 0 or -1 when absent. */
static inline int menu_csv_field(const char *line, int index, char *out, size_t cap)
{
    int field = 0;
    size_t o = 0;
    int quoted = 0;
    for (const char *p = line; *p && *p != '\n' && *p != '\r'; p++) {
        if (quoted && p[0] == '"' && p[1] == '"') {
            if (field == index && o + 1 < cap)
                out[o++] = '"';
            p++;
        } else if (*p == '"') {
            quoted = !quoted;
        } else if (*p == ',' && !quoted) {
            if (field == index)
                break;
            field++;
        } else if (field == index && o + 1 < cap) {
            out[o++] = *p;
        }
    }
    out[o] = '\0';
    return field == index ? 0 : -1;
}

/* Loads $BRIGADE_SOURCE_DIR/bench/data/menu.csv (or ./bench/data/menu.csv). */
static inline void menu_csv_load(struct menu_csv *m)
{
    const char *src = getenv("BRIGADE_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof(path), "%s/bench/data/menu.csv", src ? src : ".");
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        abort();
    }
    char line[MENU_CSV_LINE_MAX];
    m->n = 0;
    for (int first = 1; fgets(line, sizeof(line), f); first = 0) {
        if (first || line[0] == '\n')
            continue;
        if (m->n == MENU_CSV_ITEMS_MAX)
            abort();
        size_t i = m->n++;
        if (menu_csv_field(line, 0, m->name[i], MENU_CSV_FIELD_MAX) != 0 ||
            menu_csv_field(line, 3, m->description[i], MENU_CSV_FIELD_MAX) != 0)
            abort();
        snprintf(m->name_desc[i], sizeof(m->name_desc[i]), "%s. %s", m->name[i], m->description[i]);
        m->names[i] = m->name[i];
        m->name_descs[i] = m->name_desc[i];
    }
    fclose(f);
}

#endif
