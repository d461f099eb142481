/* commands.c — the subcommand table. Adding a subcommand is one declaration and one row. */
#include "gateway/cli/commands.h"

#include <stddef.h>

int cmd_migrate(int argc, char **argv);
int cmd_menu(int argc, char **argv);
int cmd_embed(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_analyze(int argc, char **argv);

const struct brigade_command brigade_commands[] = {
    {"migrate", "apply the database migrations in io/sql (idempotent)", cmd_migrate},
    {"menu", "menu load FILE.csv | menu show: the menu in PostgreSQL and memcached", cmd_menu},
    {"embed", "texts on stdin -> embeddings as JSON lines (--model DIR, --backend)", cmd_embed},
    {"serve", "run the HTTP gateway (io_uring, one thread per core)", cmd_serve},
    {"analyze", "messages on stdin -> order/inquiry/other results as JSON lines", cmd_analyze},
    {NULL, NULL, NULL},
};
