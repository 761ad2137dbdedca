/* libyaml's bare event loop over files named on standard input, one path a line: the floor that
 * `tthc check` is measured against (issue 16). Each file is read whole and parsed; nothing is built.
 *
 *   cc -O2 -o /tmp/bare_libyaml Benchmarks/Scripts/bare_libyaml.c -lyaml
 *   find Catalog -name '*.yaml' | sort | /tmp/bare_libyaml
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

int main(void) {
    char path[4096];
    long events = 0, files = 0, errors = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *f = fopen(path, "rb");
        if (!f) { perror(path); return 2; }
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        unsigned char *bytes = malloc(size > 0 ? size : 1);
        if (fread(bytes, 1, size, f) != (size_t)size) { perror(path); return 2; }
        fclose(f);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, bytes, size);
        for (;;) {
            if (!yaml_parser_parse(&parser, &event)) { errors++; break; }
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
            if (done) break;
        }
        yaml_parser_delete(&parser);
        free(bytes);
        files++;
    }
    printf("%ld files, %ld events, %ld parse errors\n", files, events, errors);
    return 0;
}
