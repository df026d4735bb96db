/* Stands in for java.exe under Wine, to try bin/wsoa.cmd: Windows' own Java cannot run here.
 * -version prints the version in WSOA_STUB_VERSION (as Java does, on standard error); with
 * -XX:ArchiveClassesAtExit=FILE it writes FILE, as the JVM writes its archive; otherwise it prints
 * the archive it was given and the arguments after -jar, and exits with WSOA_STUB_EXIT. Every call
 * is added to the file named by WSOA_STUB_LOG. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    const char *log = getenv("WSOA_STUB_LOG");
    if (log != NULL) {
        FILE *f = fopen(log, "a");
        if (f != NULL) {
            for (int i = 1; i < argc; i++) {
                fprintf(f, "%s[%s]", i > 1 ? " " : "", argv[i]);
            }
            fputc('\n', f);
            fclose(f);
        }
    }
    const char *archive = NULL;
    int jar = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-version") == 0) {
            const char *version = getenv("WSOA_STUB_VERSION");
            fprintf(stderr, "openjdk version \"%s\" 2025-04-15\n", version != NULL ? version : "17.0.15");
            return 0;
        }
        if (strncmp(argv[i], "-XX:ArchiveClassesAtExit=", 25) == 0) {
            if (getenv("WSOA_STUB_NO_ARCHIVE") != NULL) {
                return 0;
            }
            FILE *f = fopen(argv[i] + 25, "w");
            if (f == NULL) {
                return 1;
            }
            fputs("archive", f);
            fclose(f);
            return 0;
        }
        if (strncmp(argv[i], "-XX:SharedArchiveFile=", 22) == 0) {
            archive = argv[i] + 22;
        }
        if (strcmp(argv[i], "-jar") == 0) {
            jar = i + 1;
        }
    }
    printf("archive: %s\n", archive != NULL ? archive : "(none)");
    for (int i = jar; jar > 0 && i < argc; i++) {
        printf("arg: %s\n", argv[i]);
    }
    const char *code = getenv("WSOA_STUB_EXIT");
    return code != NULL ? atoi(code) : 0;
}
