/* main.c — `brigade SUBCOMMAND ...`: dispatch to the subcommand table in commands.c. */
#include "gateway/cli/commands.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *out)
{
    fprintf(out, "usage: brigade SUBCOMMAND [OPTIONS]\n\nsubcommands:\n");
    for (const struct brigade_command *c = brigade_commands; c->name; c++)
        fprintf(out, "  %-10s %s\n", c->name, c->summary);
    fprintf(out, "\n`brigade SUBCOMMAND --help` describes each one's options.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("brigade 0.1.0\n");
        return 0;
    }
    for (const struct brigade_command *c = brigade_commands; c->name; c++)
        if (strcmp(argv[1], c->name) == 0)
            return c->run(argc - 1, argv + 1);
    fprintf(stderr, "brigade: unknown subcommand '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
