/* commands.h — the `brigade` subcommands. Each returns the process exit status:
 * 0 on success, 1 on a runtime failure (message already printed), 2 on a usage error. */
#ifndef BRIGADE_GATEWAY_COMMANDS_H
#define BRIGADE_GATEWAY_COMMANDS_H

struct brigade_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv); /* argv[0] is the subcommand's name */
};

/* The table main() dispatches on, terminated by a zeroed entry (commands.c). */
extern const struct brigade_command brigade_commands[];

#endif
