/*
 * guidepost-replay: answers an unchanged re-run of `guidepost check` from the run memo without
 * starting a JVM (docs/performance.md, Round 21). The launcher runs it in place of java:
 *
 *   guidepost-replay -- JAVA [JVM-OPTIONS...] -cp JAR dev.guidepost.cli.Main check [ARGS...]
 *
 * It names the command line as the launcher would start it (the launch key: every word after "--",
 * the working folder, which standard streams are terminals, the environment variables that decide
 * Java's options, the cache folder, colour and encodings, and the java and jar files by identity and
 * time) and looks for a launch index of that key in the cache folder, runs/launch-HASH. The index,
 * written by the Java side (dev.guidepost.cache.RunMemo.link) when a run of that key made or replayed
 * a run memo, names the memo. When the memo's key is the one the index names and every input the memo
 * recorded is as it was (as RunMemo.replay checks them: each file's size and time to the millisecond,
 * or its absence; each folder's time, else its entries), and every report file is still as the run
 * left it, it prints the remembered standard output and exits with the remembered code.
 *
 * Anything else (no index, another key, a changed input, a report file to write again, a memo it
 * cannot read) is a miss: it starts JAVA with the same arguments and environment, adding
 * GUIDEPOST_REPLAY_INDEX and GUIDEPOST_REPLAY_KEY so that the Java side can write the index. A miss
 * never prints anything, so the Java run says whatever there is to say.
 *
 *   guidepost-replay --version    prints "guidepost-replay 1" (the launcher's test that it runs here)
 *   guidepost-replay --replay INDEX KEY
 *                                 the replay alone, for tests: answers from the memo that INDEX names
 *                                 for the launch key KEY (hex), or exits with 255 having printed nothing
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define MAIN_CLASS "dev.guidepost.cli.Main"
#define MEMO_MAGIC "guidepost-run-memo"
#define MEMO_FORMAT 3
#define INDEX_MAGIC "guidepost-launch-index"
#define INDEX_FORMAT 1
#define ABSENT (-1LL)
#define FOLDER (-2LL)
#define UNREADABLE INT64_MIN
#define NANOS_PER_MILLI 1000000LL
/* a key longer than this is not passed on: an environment string must stay well below the kernel's limit */
#define MAX_KEY_HEX (64 * 1024)

/* ---- a growing byte buffer (the launch key) ---- */

typedef struct {
    unsigned char *bytes;
    size_t length;
    size_t capacity;
    int failed;
} buffer;

static void put(buffer *b, const void *data, size_t n) {
    if (b->failed) {
        return;
    }
    if (b->length + n > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 1024;
        while (capacity < b->length + n) {
            capacity *= 2;
        }
        unsigned char *grown = realloc(b->bytes, capacity);
        if (!grown) {
            b->failed = 1;
            return;
        }
        b->bytes = grown;
        b->capacity = capacity;
    }
    memcpy(b->bytes + b->length, data, n);
    b->length += n;
}

static void put_u64(buffer *b, uint64_t v) {
    unsigned char bytes[8];
    for (int i = 0; i < 8; i++) {
        bytes[i] = (unsigned char)(v >> (56 - 8 * i));
    }
    put(b, bytes, 8);
}

/* a length-prefixed string, so that no two lists of words share a key */
static void put_string(buffer *b, const char *s) {
    size_t n = strlen(s);
    put_u64(b, n);
    put(b, s, n);
}

/* a file by identity and time: another or rewritten java or jar is another key; 0 when it cannot be named */
static int put_file(buffer *b, const char *path) {
    struct stat st;
    char real[PATH_MAX];
    put_string(b, path);
    if (realpath(path, real) && stat(real, &st) == 0 && S_ISREG(st.st_mode)) {
        put_string(b, real);
        put_u64(b, (uint64_t)st.st_dev);
        put_u64(b, (uint64_t)st.st_ino);
        put_u64(b, (uint64_t)st.st_size);
#ifdef __APPLE__
        put_u64(b, (uint64_t)st.st_mtimespec.tv_sec);
        put_u64(b, (uint64_t)st.st_mtimespec.tv_nsec);
#else
        put_u64(b, (uint64_t)st.st_mtim.tv_sec);
        put_u64(b, (uint64_t)st.st_mtim.tv_nsec);
#endif
        return 1;
    }
    return 0;
}

/* ---- reading the memo and the index: big-endian numbers and length-prefixed UTF-8 strings ---- */

typedef struct {
    const unsigned char *at;
    const unsigned char *end;
    int bad;
} cursor;

static int64_t read_i64(cursor *c, int bytes) {
    if (c->bad || c->end - c->at < bytes) {
        c->bad = 1;
        return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++) {
        v = v << 8 | c->at[i];
    }
    c->at += bytes;
    return bytes == 4 ? (int64_t)(int32_t)(uint32_t)v : (int64_t)v;
}

static int32_t read_int(cursor *c) {
    return (int32_t)read_i64(c, 4);
}

static int64_t read_long(cursor *c) {
    return read_i64(c, 8);
}

static int read_bool(cursor *c) {
    if (c->bad || c->at >= c->end) {
        c->bad = 1;
        return 0;
    }
    return *c->at++ != 0;
}

/* a count of items: none negative, none more than the bytes left could hold */
static int32_t read_count(cursor *c) {
    int32_t n = read_int(c);
    if (n < 0 || n > c->end - c->at) {
        c->bad = 1;
        return 0;
    }
    return n;
}

/* a string in place (not NUL-terminated); its length in *n */
static const unsigned char *read_bytes(cursor *c, int32_t *n) {
    *n = read_count(c);
    if (c->bad) {
        return NULL;
    }
    const unsigned char *s = c->at;
    c->at += *n;
    return s;
}

/* a string copied with a NUL; NULL when bad or when it holds a NUL (no path does) */
static char *read_cstring(cursor *c) {
    int32_t n;
    const unsigned char *s = read_bytes(c, &n);
    if (!s || memchr(s, 0, (size_t)n)) {
        c->bad = 1;
        return NULL;
    }
    char *copy = malloc((size_t)n + 1);
    if (!copy) {
        c->bad = 1;
        return NULL;
    }
    memcpy(copy, s, (size_t)n);
    copy[n] = 0;
    return copy;
}

static int same_bytes(const unsigned char *a, int32_t n, const char *b) {
    return (size_t)n == strlen(b) && memcmp(a, b, (size_t)n) == 0;
}

static unsigned char *read_whole(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    unsigned char *bytes = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && (uint64_t)st.st_size < (1ULL << 31)) {
        bytes = malloc((size_t)st.st_size);
        size_t got = 0;
        while (bytes && got < (size_t)st.st_size) {
            ssize_t n = read(fd, bytes + got, (size_t)st.st_size - got);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                free(bytes);
                bytes = NULL;
                break;
            }
            got += (size_t)n;
        }
        *length = got;
    }
    close(fd);
    return bytes;
}

/* ---- the inputs, checked as RunMemo.replay checks them ---- */

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* java.io.File.lastModified(): milliseconds, 0 when the file cannot be read */
static int64_t millis(const struct stat *st) {
#ifdef __APPLE__
    return (int64_t)st->st_mtimespec.tv_sec * 1000 + st->st_mtimespec.tv_nsec / NANOS_PER_MILLI;
#else
    return (int64_t)st->st_mtim.tv_sec * 1000 + st->st_mtim.tv_nsec / NANOS_PER_MILLI;
#endif
}

/* RunMemo.current: absent still absent, a folder (anything not a file) with the same time, a file with the same size and time */
static int file_current(const char *path, int64_t size, int64_t modified) {
    struct stat st;
    int found = stat(path, &st) == 0;
    if (size == ABSENT) {
        return !found;
    }
    if (!found) {
        return 0;
    }
    if (size == FOLDER) {
        return !S_ISREG(st.st_mode) && millis(&st) == modified / NANOS_PER_MILLI;
    }
    int64_t time = millis(&st);
    return time != 0 && time == floor_div(modified, NANOS_PER_MILLI) && S_ISREG(st.st_mode)
            && (int64_t)st.st_size == size;
}

typedef struct {
    const char *folder;
    int32_t folder_length;
    const char *name;
    int32_t name_length;
} written_name;

typedef struct {
    const unsigned char *block_end;
    const written_name *written;
    int32_t written_count;
} inputs;

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int left_out(const inputs *in, const char *folder, const char *name) {
    for (int32_t i = 0; i < in->written_count; i++) {
        const written_name *w = &in->written[i];
        if ((size_t)w->folder_length == strlen(folder) && memcmp(w->folder, folder, (size_t)w->folder_length) == 0
                && (size_t)w->name_length == strlen(name) && memcmp(w->name, name, (size_t)w->name_length) == 0) {
            return 1;
        }
    }
    return 0;
}

/* FolderListing.unchanged after its time differed: the folder's entries now, against those recorded */
static int same_listing(const inputs *in, const char *folder, cursor *c, int32_t recorded) {
    char **was = calloc((size_t)recorded + 1, sizeof(char *));
    int32_t was_count = 0;
    int same = was != NULL;
    for (int32_t i = 0; i < recorded; i++) {
        char *name = read_cstring(c);
        if (!name) {
            same = 0;
            break;
        }
        if (same && !left_out(in, folder, name)) {
            was[was_count++] = name;
        } else {
            free(name);
        }
    }
    DIR *dir = same ? opendir(folder) : NULL;
    if (!dir) {
        same = 0;
    }
    int32_t now_count = 0;
    size_t now_capacity = (size_t)was_count + 1;
    char **now = same ? calloc(now_capacity, sizeof(char *)) : NULL;
    struct dirent *entry;
    while (same && now && (entry = readdir(dir)) != NULL) {
        const char *name = entry->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || left_out(in, folder, name)) {
            continue;
        }
        if (now_count >= was_count) {
            same = 0; /* more entries than recorded */
            break;
        }
        now[now_count] = strdup(name);
        if (!now[now_count]) {
            same = 0;
            break;
        }
        now_count++;
    }
    if (dir) {
        closedir(dir);
    }
    if (same && now && now_count == was_count) {
        qsort(was, (size_t)was_count, sizeof(char *), compare_names);
        qsort(now, (size_t)now_count, sizeof(char *), compare_names);
        for (int32_t i = 0; i < was_count && same; i++) {
            same = strcmp(was[i], now[i]) == 0;
        }
    } else {
        same = 0;
    }
    for (int32_t i = 0; i < was_count; i++) {
        free(was[i]);
    }
    for (int32_t i = 0; now && i < now_count; i++) {
        free(now[i]);
    }
    free(was);
    free(now);
    return same;
}

/* a run of the memo's files, checked on a thread of its own */
typedef struct {
    cursor files;
    int32_t count;
    volatile int *stop;
    int result;
} file_run;

static void *check_files(void *argument) {
    file_run *run = argument;
    cursor *c = &run->files;
    char path[PATH_MAX];
    run->result = 1;
    for (int32_t i = 0; i < run->count; i++) {
        if ((i & 63) == 0 && *run->stop) {
            run->result = 0;
            break;
        }
        int32_t n;
        const unsigned char *name = read_bytes(c, &n);
        int64_t size = read_long(c);
        int64_t modified = read_long(c);
        if (c->bad || n >= PATH_MAX || memchr(name, 0, (size_t)n)) {
            run->result = 0;
            break;
        }
        memcpy(path, name, (size_t)n);
        path[n] = 0;
        if (!file_current(path, size, modified)) {
            run->result = 0;
            break;
        }
    }
    if (!run->result) {
        *run->stop = 1;
    }
    return NULL;
}

/* skips one file record; 0 when the block ends early */
static int skip_file(cursor *c) {
    int32_t n;
    read_bytes(c, &n);
    read_long(c);
    read_long(c);
    return !c->bad;
}

/* every input as recorded: the folders here, the files in two halves (the second on a thread) */
static int unchanged(const unsigned char *block, size_t length) {
    cursor c = {block, block + length, 0};
    int32_t file_count = read_count(&c);
    cursor files = c;
    cursor second = c;
    int32_t half = file_count / 2;
    for (int32_t i = 0; i < file_count; i++) {
        if (i == half) {
            second = c;
        }
        if (!skip_file(&c)) {
            return 0;
        }
    }
    int32_t folder_count = read_count(&c);
    cursor folders = c;
    for (int32_t i = 0; i < folder_count && !c.bad; i++) {
        int32_t n;
        read_bytes(&c, &n);
        read_long(&c);
        int32_t names = read_count(&c);
        for (int32_t k = 0; k < names && !c.bad; k++) {
            read_bytes(&c, &n);
        }
    }
    int32_t written_count = read_count(&c);
    if (c.bad) {
        return 0;
    }
    written_name *written = calloc((size_t)written_count + 1, sizeof(written_name));
    if (!written) {
        return 0;
    }
    for (int32_t i = 0; i < written_count && !c.bad; i++) {
        written[i].folder = (const char *)read_bytes(&c, &written[i].folder_length);
        written[i].name = (const char *)read_bytes(&c, &written[i].name_length);
    }
    inputs in = {block + length, written, written_count};
    int same = !c.bad;

    volatile int stop = 0;
    file_run runs[2] = {{files, half, &stop, 0}, {second, file_count - half, &stop, 0}};
    pthread_t thread;
    int threaded = same && file_count >= 256 && pthread_create(&thread, NULL, check_files, &runs[1]) == 0;

    char path[PATH_MAX];
    for (int32_t i = 0; i < folder_count && same && !stop; i++) {
        int32_t n;
        const unsigned char *name = read_bytes(&folders, &n);
        int64_t modified = read_long(&folders);
        int32_t names = read_count(&folders);
        if (folders.bad || n >= PATH_MAX || memchr(name, 0, (size_t)n) || modified == UNREADABLE) {
            same = 0;
            break;
        }
        memcpy(path, name, (size_t)n);
        path[n] = 0;
        struct stat st;
        if (stat(path, &st) == 0 && millis(&st) == floor_div(modified, NANOS_PER_MILLI)) {
            for (int32_t k = 0; k < names && !folders.bad; k++) {
                read_bytes(&folders, &n);
            }
            same = !folders.bad;
        } else {
            same = same_listing(&in, path, &folders, names);
        }
    }
    if (!same) {
        stop = 1;
    }
    if (same) {
        if (threaded) {
            check_files(&runs[0]);
        } else {
            runs[0].count = file_count; /* both halves here */
            check_files(&runs[0]);
        }
        same = runs[0].result;
    }
    if (threaded) {
        pthread_join(thread, NULL);
        same = same && runs[1].result;
    }
    free(written);
    return same;
}

/* ---- the replay ---- */

static int write_all(const unsigned char *bytes, size_t n) {
    while (n > 0) {
        ssize_t w = write(STDOUT_FILENO, bytes, n);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            return 0;
        }
        bytes += w;
        n -= (size_t)w;
    }
    return 1;
}

/*
 * Answers from the memo the index names, when the index is of this key. Returns the exit code, or -1
 * for a miss (nothing printed).
 */
static int replay(const char *index_path, const char *key_hex) {
    size_t index_length = 0;
    unsigned char *index = read_whole(index_path, &index_length);
    if (!index) {
        return -1;
    }
    cursor ic = {index, index + index_length, 0};
    int32_t n;
    const unsigned char *magic = read_bytes(&ic, &n);
    int ok = magic && same_bytes(magic, n, INDEX_MAGIC) && read_int(&ic) == INDEX_FORMAT;
    const unsigned char *key = ok ? read_bytes(&ic, &n) : NULL;
    ok = ok && key && same_bytes(key, n, key_hex);
    char *memo_path = ok ? read_cstring(&ic) : NULL;
    int32_t memo_key_length = 0;
    const unsigned char *memo_key = memo_path ? read_bytes(&ic, &memo_key_length) : NULL;
    if (!memo_key || ic.bad) {
        free(memo_path);
        free(index);
        return -1;
    }
    size_t memo_length = 0;
    unsigned char *memo = read_whole(memo_path, &memo_length);
    free(memo_path);
    if (!memo) {
        free(index);
        return -1;
    }
    cursor c = {memo, memo + memo_length, 0};
    int code = -1;
    magic = read_bytes(&c, &n);
    if (magic && same_bytes(magic, n, MEMO_MAGIC) && read_int(&c) == MEMO_FORMAT) {
        const unsigned char *stored_key = read_bytes(&c, &n);
        int exit_code = read_int(&c);
        int32_t block_length;
        const unsigned char *block = read_bytes(&c, &block_length);
        if (!c.bad && n == memo_key_length && memcmp(stored_key, memo_key, (size_t)n) == 0
                && unchanged(block, (size_t)block_length)) {
            /* report files first: each must be as the remembered run left it, else Java writes it again */
            int32_t outputs = read_count(&c);
            const unsigned char *printed = NULL;
            int32_t printed_length = 0;
            int fit = !c.bad;
            for (int32_t i = 0; i < outputs && fit; i++) {
                if (read_bool(&c)) {
                    char *target = read_cstring(&c);
                    int64_t size = read_long(&c);
                    int64_t modified = read_long(&c);
                    read_bytes(&c, &n);
                    fit = target && !c.bad && size >= 0 && file_current(target, size, modified);
                    free(target);
                } else {
                    /* RunMemo keeps at most one; a memo with more is of another shape */
                    fit = printed == NULL;
                    printed = read_bytes(&c, &printed_length);
                    fit = fit && !c.bad;
                }
            }
            if (fit && !c.bad) {
                if (printed && !write_all(printed, (size_t)printed_length)) {
                    perror("guidepost: cannot write to standard output");
                    exit(2);
                }
                code = exit_code & 0xff;
            }
        }
    }
    free(memo);
    free(index);
    return code;
}

/* ---- the launch key and where its index is ---- */

static const char *const KEY_VARIABLES[] = {
    "NO_COLOR", "TERM", "GUIDEPOST_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
    "_JAVA_OPTIONS", "LANG", "LC_ALL", "LC_CTYPE", NULL,
};

static uint64_t fnv1a(const unsigned char *bytes, size_t n) {
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        hash = (hash ^ bytes[i]) * 0x100000001b3ULL;
    }
    return hash;
}

static int non_blank(const char *s) {
    for (; s && *s; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' && *s != '\f' && *s != '\v') {
            return 1;
        }
    }
    return 0;
}

/* the cache folder the check uses (as CheckMemo.cacheDirectory and CacheDirectory.forUser find it) */
static char *cache_folder(char **java, int main_at, int argc, const char *cwd) {
    const char *chosen = NULL;
    char *joined = NULL;
    for (int i = main_at + 1; i < argc; i++) {
        if (strcmp(java[i], "--cache-dir") == 0 && i + 1 < argc) {
            chosen = java[i + 1];
            break;
        }
        if (strncmp(java[i], "--cache-dir=", 12) == 0) {
            chosen = java[i] + 12;
            break;
        }
    }
    for (int i = 1; !chosen && i < main_at; i++) {
        if (strncmp(java[i], "-Dguidepost.cacheDir=", 21) == 0 && non_blank(java[i] + 21)) {
            chosen = java[i] + 21;
        }
    }
    if (!chosen && non_blank(getenv("GUIDEPOST_CACHE_DIR"))) {
        chosen = getenv("GUIDEPOST_CACHE_DIR");
    }
    if (chosen) {
        if (chosen[0] == '/') {
            return strdup(chosen);
        }
        if (asprintf(&joined, "%s/%s", cwd, chosen) < 0) {
            return NULL;
        }
        return joined;
    }
    const char *home = getenv("HOME");
    if (!home || !*home) {
        struct passwd *user = getpwuid(getuid());
        home = user ? user->pw_dir : NULL;
    }
#ifdef __APPLE__
    if (home && asprintf(&joined, "%s/Library/Caches/guidepost", home) >= 0) {
        return joined;
    }
#else
    const char *xdg = getenv("XDG_CACHE_HOME");
    if (non_blank(xdg) && xdg[0] == '/') {
        return asprintf(&joined, "%s/guidepost", xdg) >= 0 ? joined : NULL;
    }
    if (home && asprintf(&joined, "%s/.cache/guidepost", home) >= 0) {
        return joined;
    }
#endif
    return NULL;
}

static void run_java(char **java) {
    if (strchr(java[0], '/')) {
        execv(java[0], java);
    } else {
        execvp(java[0], java);
    }
    fprintf(stderr, "guidepost: cannot run %s: %s\n", java[0], strerror(errno));
    exit(2);
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--version") == 0) {
        puts("guidepost-replay 1");
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "--replay") == 0) {
        int code = replay(argv[2], argv[3]);
        return code >= 0 ? code : 255;
    }
    if (argc < 3 || strcmp(argv[1], "--") != 0) {
        fputs("usage: guidepost-replay -- JAVA [JVM-OPTIONS...] -cp JAR " MAIN_CLASS " check [ARGS...]\n", stderr);
        return 2;
    }
    char **java = argv + 2;
    int count = argc - 2;
    unsetenv("GUIDEPOST_REPLAY_INDEX");
    unsetenv("GUIDEPOST_REPLAY_KEY");
    int main_at = -1;
    const char *jar = NULL;
    int argument_file = 0;
    for (int i = 1; i < count && main_at < 0; i++) {
        if (strcmp(java[i], MAIN_CLASS) == 0) {
            main_at = i;
        } else if ((strcmp(java[i], "-cp") == 0 || strcmp(java[i], "-classpath") == 0
                || strcmp(java[i], "--class-path") == 0) && i + 1 < count) {
            jar = java[++i];
        } else if (java[i][0] == '@') {
            argument_file = 1; /* java reads options from that file: not named by the words here */
        }
    }
    char cwd[PATH_MAX];
    if (main_at < 0 || main_at + 1 >= count || strcmp(java[main_at + 1], "check") != 0 || !jar || argument_file
            || !getcwd(cwd, sizeof cwd)) {
        run_java(java);
    }

    buffer key = {0};
    put_string(&key, "guidepost-replay 1");
    put_string(&key, cwd);
    for (int i = 0; i < count; i++) {
        put_string(&key, java[i]);
    }
    unsigned char terminals[3] = {(unsigned char)isatty(0), (unsigned char)isatty(1), (unsigned char)isatty(2)};
    put(&key, terminals, 3);
    for (int i = 0; KEY_VARIABLES[i]; i++) {
        const char *value = getenv(KEY_VARIABLES[i]);
        put_string(&key, KEY_VARIABLES[i]);
        put(&key, value ? "+" : "-", 1);
        put_string(&key, value ? value : "");
    }
    int named = put_file(&key, java[0]) && put_file(&key, jar);
    char *folder = cache_folder(java, main_at, count, cwd);
    if (!named || key.failed || !folder || key.length * 2 > MAX_KEY_HEX) {
        run_java(java);
    }
    put_string(&key, folder);

    static const char digits[] = "0123456789abcdef";
    char *hex = malloc(key.length * 2 + 1);
    if (!hex) {
        run_java(java);
    }
    for (size_t i = 0; i < key.length; i++) {
        hex[2 * i] = digits[key.bytes[i] >> 4];
        hex[2 * i + 1] = digits[key.bytes[i] & 15];
    }
    hex[key.length * 2] = 0;
    char *index = NULL;
    if (asprintf(&index, "%s/runs/launch-%016llx", folder, (unsigned long long)fnv1a(key.bytes, key.length)) < 0) {
        run_java(java);
    }
    int code = replay(index, hex);
    if (code >= 0) {
        if (getenv("GUIDEPOST_REPLAY_TRACE")) {
            fputs("guidepost-replay: answered from the run memo\n", stderr);
        }
        return code;
    }
    if (getenv("GUIDEPOST_REPLAY_TRACE")) {
        fputs("guidepost-replay: no current memo; starting java\n", stderr);
    }
    setenv("GUIDEPOST_REPLAY_INDEX", index, 1);
    setenv("GUIDEPOST_REPLAY_KEY", hex, 1);
    run_java(java);
    return 2;
}
