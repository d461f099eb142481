/* cmd_serve.c — `brigade serve`: parse the configuration, open the log, run the server. */
#include <stdio.h>
#include <string.h>

#include "gateway/app/messages.h"
#include "gateway/cli/config.h"
#include "gateway/net/server.h"
#include "gateway/obs/log.h"

int cmd_serve(int argc, char **argv);

int cmd_serve(int argc, char **argv)
{
    static struct config cfg; /* large (paths): kept off the stack, lives for the whole run */
    char err[CONFIG_MESSAGE_BYTES_MAX];
    int ret = config_parse(&cfg, argc, argv, stdout, err, sizeof(err));
    if (ret == 1)
        return 0;
    if (ret < 0) {
        fprintf(stderr, "brigade serve: %s\n", err);
        return 2;
    }
    ret = log_open(cfg.log_file, cfg.log_level);
    if (ret < 0) {
        fprintf(stderr, "brigade serve: cannot open log file %s: %s\n", cfg.log_file,
                strerror(-ret));
        return 2;
    }
    /* The order pipeline (menu, engine) is built before the cores start and outlives them. */
    ret = messages_init(&cfg);
    if (ret == 0)
        ret = server_run(&cfg);
    messages_free();
    log_close();
    return ret;
}
