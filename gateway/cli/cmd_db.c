/* cmd_db.c — `brigade migrate` and `brigade menu load|show`: the schema and the menu
 * (CSV -> PostgreSQL -> memcached) from the command line. */
#include "io/menu.h"
#include "io/menu_cache.h"
#include "io/menu_source.h"
#include "io/menu_store.h"
#include "io/migrate.h"
#include "io/pg.h"

#include <cJSON.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_migrate(int argc, char **argv);
int cmd_menu(int argc, char **argv);

#define CMD_DB_NAMESPACE_ENV "BRIGADE_MEMCACHED_NAMESPACE"
#define CMD_DB_TTL_MAX       (10LL * 365 * 24 * 3600) /* ten years: beyond is surely a typo */
#define CMD_DB_EXIT_OK       0
#define CMD_DB_EXIT_FAIL     1
#define CMD_DB_EXIT_USAGE    2

enum cmd_db_option {
    CMD_DB_OPTION_PG = 'p',
    CMD_DB_OPTION_MEMCACHED = 'm',
    CMD_DB_OPTION_NAMESPACE = 'n',
    CMD_DB_OPTION_TTL = 't',
    CMD_DB_OPTION_JSON = 'j',
    CMD_DB_OPTION_HELP = 'h',
};

static const struct option cmd_db_options[] = {
    {"pg", required_argument, NULL, CMD_DB_OPTION_PG},
    {"memcached", required_argument, NULL, CMD_DB_OPTION_MEMCACHED},
    {"namespace", required_argument, NULL, CMD_DB_OPTION_NAMESPACE},
    {"ttl", required_argument, NULL, CMD_DB_OPTION_TTL},
    {"json", no_argument, NULL, CMD_DB_OPTION_JSON},
    {"help", no_argument, NULL, CMD_DB_OPTION_HELP},
    {NULL, 0, NULL, 0},
};

struct cmd_db_args {
    const char *pg, *memcached, *ns;
    int64_t ttl_seconds;
    bool json, help;
    int positional; /* index in argv of the first operand after options */
};

static const char cmd_migrate_usage[] =
    "usage: brigade migrate [--pg URI]\n"
    "\n"
    "Applies the migrations compiled into this binary (io/sql/NNN_name.sql) that the database\n"
    "has not recorded in schema_migrations, each in its own transaction. Running it again is\n"
    "a no-op; two instances at once are serialised by an advisory lock.\n"
    "\n"
    "  --pg URI   PostgreSQL URI (env BRIGADE_PG_URI),\n"
    "             e.g. postgresql://brigade@127.0.0.1:25432/brigade\n";

static const char cmd_menu_usage[] =
    "usage: brigade menu load FILE.csv [--pg URI] [--memcached HOSTS] [--namespace NS]\n"
    "                                   [--ttl SECONDS]\n"
    "       brigade menu show [--pg URI] [--memcached HOSTS] [--namespace NS] [--json]\n"
    "\n"
    "load: validates every row of FILE.csv (header name,section,price,description) and writes\n"
    "      nothing if any row is bad; then replaces the menu in PostgreSQL in one transaction\n"
    "      (items missing from the file are kept but marked unavailable), bumps the menu\n"
    "      version and writes every item to memcached.\n"
    "show: reads the menu as serving does: memcached when it holds the current version,\n"
    "      else PostgreSQL (and memcached is refilled). Says source=... on stderr.\n"
    "\n"
    "  --pg URI          PostgreSQL URI (env BRIGADE_PG_URI)\n"
    "  --memcached HOSTS host:port[,host:port...] (env BRIGADE_MEMCACHED; none: skip cache)\n"
    "  --namespace NS    memcached key prefix (env BRIGADE_MEMCACHED_NAMESPACE, default\n"
    "                    brigade): keys NS:menu:item:<key>, NS:menu:index, NS:menu:sections\n"
    "  --ttl SECONDS     memcached expiration, 0 = never (default); above 30 days it is sent\n"
    "                    as an absolute time, as memcached requires\n"
    "  --json            show: one JSON object instead of a table\n";

static int cmd_db_parse_ttl(const char *text, int64_t *ttl)
{
    char *end = NULL;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno || end == text || *end || v < 0 || v > CMD_DB_TTL_MAX)
        return -EINVAL;
    *ttl = v;
    return 0;
}

/* Parses options; argv[0] is the (sub)command name. Returns 0 or CMD_DB_EXIT_USAGE. */
static int cmd_db_parse(int argc, char **argv, const char *shortopts, struct cmd_db_args *args)
{
    memset(args, 0, sizeof(*args));
    args->ns = getenv(CMD_DB_NAMESPACE_ENV);
    optind = 0; /* glibc: 0 re-initialises getopt completely */
    int c;
    while ((c = getopt_long(argc, argv, shortopts, cmd_db_options, NULL)) != -1) {
        switch (c) {
        case CMD_DB_OPTION_PG:
            args->pg = optarg;
            break;
        case CMD_DB_OPTION_MEMCACHED:
            args->memcached = optarg;
            break;
        case CMD_DB_OPTION_NAMESPACE:
            args->ns = optarg;
            break;
        case CMD_DB_OPTION_JSON:
            args->json = true;
            break;
        case CMD_DB_OPTION_HELP:
            args->help = true;
            break;
        case CMD_DB_OPTION_TTL:
            if (cmd_db_parse_ttl(optarg, &args->ttl_seconds) == 0)
                break;
            fprintf(stderr, "brigade: --ttl wants seconds from 0 to %lld, got '%s'\n",
                    CMD_DB_TTL_MAX, optarg);
            return CMD_DB_EXIT_USAGE;
        default:
            return CMD_DB_EXIT_USAGE; /* getopt printed why */
        }
    }
    args->positional = optind;
    return 0;
}

static void cmd_db_quiet(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

static PGconn *cmd_db_connect(const char *flag)
{
    const char *uri = pg_uri_pick(flag);
    if (!uri) {
        fprintf(stderr, "brigade: no PostgreSQL URI: pass --pg or set %s\n", PG_URI_ENV);
        return NULL;
    }
    PGconn *conn = NULL;
    char err[PG_ERROR_MAX];
    if (pg_connect(uri, NULL, &conn, err, sizeof(err)) < 0)
        fprintf(stderr, "brigade: PostgreSQL: %s\n", err);
    else
        PQsetNoticeProcessor(conn, cmd_db_quiet, NULL); /* "relation already exists, skipping" */
    return conn;
}

int cmd_migrate(int argc, char **argv)
{
    struct cmd_db_args args;
    if (cmd_db_parse(argc, argv, "h", &args) != 0 || args.positional != argc) {
        fputs(cmd_migrate_usage, stderr);
        return CMD_DB_EXIT_USAGE;
    }
    if (args.help) {
        fputs(cmd_migrate_usage, stdout);
        return CMD_DB_EXIT_OK;
    }
    PGconn *conn = cmd_db_connect(args.pg);
    if (!conn)
        return CMD_DB_EXIT_FAIL;
    struct migrate_result result;
    char err[PG_ERROR_MAX];
    int rc = migrate_apply(conn, &result, err, sizeof(err));
    PQfinish(conn);
    if (rc < 0) {
        fprintf(stderr, "brigade migrate: %s\n", err);
        return CMD_DB_EXIT_FAIL;
    }
    printf("migrate: applied %d migration(s); schema version %d (was %d)\n", result.applied_count,
           result.version_current, result.version_before);
    return CMD_DB_EXIT_OK;
}

/* Opens the cache when one is configured. Returns 0 with *cache (NULL: none configured),
 * or -EINVAL after printing why. */
static int cmd_db_cache_open(const struct cmd_db_args *args, struct menu_cache **cache)
{
    const char *servers = args->memcached ? args->memcached : getenv(MENU_CACHE_ENV);
    *cache = NULL;
    if (!servers || !servers[0])
        return 0;
    char err[MENU_ERROR_MAX];
    int rc = menu_cache_open(servers, args->ns && args->ns[0] ? args->ns : NULL, cache, err,
                             sizeof(err));
    if (rc < 0)
        fprintf(stderr, "brigade menu: %s\n", err);
    return rc;
}

static int cmd_menu_load(const struct cmd_db_args *args, const char *path)
{
    struct menu menu = {0};
    char err[PG_ERROR_MAX];
    if (menu_load_csv_file(path, &menu, err, sizeof(err)) < 0) {
        fprintf(stderr, "brigade menu load: %s\n", err);
        return CMD_DB_EXIT_FAIL;
    }
    struct menu_cache *cache = NULL;
    PGconn *conn = NULL;
    int status = CMD_DB_EXIT_FAIL;
    if (menu.count == 0)
        fprintf(stderr, "brigade menu load: %s: no items (refusing to retire the menu)\n", path);
    else if (cmd_db_cache_open(args, &cache) < 0)
        status = CMD_DB_EXIT_USAGE;
    else if ((conn = cmd_db_connect(args->pg)) != NULL) {
        if (menu_store_replace(conn, &menu, path, err, sizeof(err)) < 0)
            fprintf(stderr, "brigade menu load: PostgreSQL: %s\n", err);
        else
            status = CMD_DB_EXIT_OK;
    }
    if (status == CMD_DB_EXIT_OK) {
        printf("menu: %zu items stored in PostgreSQL as version %" PRId64 "\n", menu.count,
               menu.version);
        /* PostgreSQL is the source of truth and already committed: a cache failure is only
         * a warning, since readers check the version and fall back to PostgreSQL. */
        if (!cache)
            printf("menu: memcached not configured, cache not written\n");
        else if (menu_cache_write(cache, &menu, args->ttl_seconds, err, sizeof(err)) < 0)
            fprintf(stderr, "brigade menu load: warning: cache not written: %s\n", err);
        else
            printf("menu: %zu items written to memcached (ttl %" PRId64 " s)\n", menu.count,
                   args->ttl_seconds);
    }
    PQfinish(conn);
    menu_cache_close(cache);
    menu_free(&menu);
    return status;
}

static void cmd_menu_print_table(const struct menu *menu)
{
    int key_w = 3, section_w = 7;
    for (size_t i = 0; i < menu->count; i++) {
        int k = (int)strlen(menu->items[i].key), s = (int)strlen(menu->items[i].section);
        key_w = k > key_w ? k : key_w;
        section_w = s > section_w ? s : section_w;
    }
    printf("%-*s  %-*s  %9s  %s\n", key_w, "KEY", section_w, "SECTION", "PRICE", "NAME");
    for (size_t i = 0; i < menu->count; i++) {
        const struct menu_item *item = &menu->items[i];
        char price[MENU_PRICE_TEXT_MAX];
        menu_format_price(item->price_cents, price, sizeof(price));
        printf("%-*s  %-*s  %9s  %s\n", key_w, item->key, section_w, item->section, price,
               item->name);
    }
    printf("(%zu items, menu version %" PRId64 ")\n", menu->count, menu->version);
}

static void *cmd_db_xcheck(void *p)
{
    if (!p) {
        fprintf(stderr, "%s:%d: out of memory\n", __FILE__, __LINE__);
        abort();
    }
    return p;
}

static void cmd_menu_print_json(const struct menu *menu, enum menu_source source)
{
    cJSON *root = cmd_db_xcheck(cJSON_CreateObject());
    cJSON_AddNumberToObject(root, "version", (double)menu->version);
    cJSON_AddStringToObject(root, "source", menu_source_name(source));
    cJSON *items = cmd_db_xcheck(cJSON_AddArrayToObject(root, "items"));
    for (size_t i = 0; i < menu->count; i++) {
        const struct menu_item *item = &menu->items[i];
        char price[MENU_PRICE_TEXT_MAX];
        menu_format_price(item->price_cents, price, sizeof(price));
        cJSON *o = cmd_db_xcheck(cJSON_CreateObject());
        cJSON_AddStringToObject(o, "key", item->key);
        cJSON_AddStringToObject(o, "name", item->name);
        cJSON_AddStringToObject(o, "section", item->section);
        cJSON_AddStringToObject(o, "description", item->description);
        cJSON_AddStringToObject(o, "price", price);
        cJSON_AddNumberToObject(o, "price_cents", item->price_cents);
        cJSON_AddItemToArray(items, o);
    }
    char *text = cmd_db_xcheck(cJSON_PrintUnformatted(root));
    puts(text);
    cJSON_free(text);
    cJSON_Delete(root);
}

static void cmd_menu_report(const struct menu_source_report *report, const struct menu *menu)
{
    fprintf(stderr, "source=%s version=%" PRId64 " items=%zu\n", menu_source_name(report->source),
            menu->version, menu->count);
    if (report->cache_rc < 0)
        fprintf(stderr, "cache: %s\n", report->cache_error);
    if (report->repopulate_rc == 0)
        fprintf(stderr, "cache: refilled from PostgreSQL\n");
    else if (report->repopulate_rc < 0)
        fprintf(stderr, "cache: refill failed: %s\n", report->repopulate_error);
}

static int cmd_menu_show(const struct cmd_db_args *args)
{
    struct menu_cache *cache = NULL;
    if (cmd_db_cache_open(args, &cache) < 0)
        return CMD_DB_EXIT_USAGE;
    PGconn *conn = pg_uri_pick(args->pg) ? cmd_db_connect(args->pg) : NULL;
    if (!conn && !cache) {
        fprintf(stderr, "brigade menu show: neither PostgreSQL nor memcached is available\n");
        return CMD_DB_EXIT_FAIL;
    }
    struct menu menu = {0};
    struct menu_source_report report;
    char err[PG_ERROR_MAX];
    int status = CMD_DB_EXIT_OK;
    if (menu_source_read(conn, cache, args->ttl_seconds, &menu, &report, err, sizeof(err)) < 0) {
        fprintf(stderr, "brigade menu show: %s\n", err);
        status = CMD_DB_EXIT_FAIL;
    } else {
        cmd_menu_report(&report, &menu);
        if (args->json)
            cmd_menu_print_json(&menu, report.source);
        else
            cmd_menu_print_table(&menu);
    }
    menu_free(&menu);
    PQfinish(conn);
    menu_cache_close(cache);
    return status;
}

int cmd_menu(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(cmd_menu_usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? CMD_DB_EXIT_USAGE : CMD_DB_EXIT_OK;
    }
    struct cmd_db_args args;
    if (cmd_db_parse(argc - 1, argv + 1, "h", &args) != 0) {
        fputs(cmd_menu_usage, stderr);
        return CMD_DB_EXIT_USAGE;
    }
    if (args.help) {
        fputs(cmd_menu_usage, stdout);
        return CMD_DB_EXIT_OK;
    }
    int operands = argc - 1 - args.positional;
    if (strcmp(argv[1], "load") == 0 && operands == 1)
        return cmd_menu_load(&args, argv[1 + args.positional]);
    if (strcmp(argv[1], "show") == 0 && operands == 0)
        return cmd_menu_show(&args);
    fprintf(stderr, "brigade menu: want 'load FILE.csv' or 'show'\n");
    fputs(cmd_menu_usage, stderr);
    return CMD_DB_EXIT_USAGE;
}
