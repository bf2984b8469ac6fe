/*
 * A differential check of guidepost_ts.c's flatten(), which walks tree-sitter's subtrees directly:
 * for every file named on standard input it writes the flat array once with flatten() and once
 * with the reference below, which asks tree-sitter's public cursor API for every node (what the
 * glue did before), and a third time as parse() makes it, by a parser of its own in the parse arena
 * (tree-sitter's allocator set to the glue's, as when Java loads the library), and reports any file
 * whose arrays differ. Built and run by flatten-check.sh;
 * re-run whenever the runtime or a grammar changes version (flatten() reads the runtime's
 * internal subtree layout).
 *
 *   flatten-check LANGUAGE < list-of-files
 */
#include <stdio.h>
#include "../src/main/native/guidepost_ts.c"

static void reference_flatten(TSTree *tree, Buffer *out) {
  TSNode root = ts_tree_root_node(tree);
  int has_error = ts_node_has_error(root);
  put(out, 0);
  put(out, has_error ? 1 : 0);
  size_t depth_capacity = 64, depth = 0;
  size_t *stack = malloc(sizeof(size_t) * depth_capacity);
  if (stack == NULL) { out->failed = 1; return; }
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  jint count = 0;
  for (;;) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    TSSymbol symbol = ts_node_symbol(node);
    jint flags = 0;
    if (ts_node_is_named(node)) flags |= 1;
    if (has_error && ts_node_is_missing(node)) flags |= 2;
    if (symbol == (TSSymbol)-1 || ts_node_is_error(node)) flags |= 4;
    size_t record = out->size;
    reserve(out, NODE_INTS);
    if (out->failed) break;
    out->data[out->size++] = (jint)symbol | (flags << 16);
    out->data[out->size++] = depth == 0 ? 0 : (jint)ts_tree_cursor_current_field_id(&cursor);
    out->data[out->size++] = (jint)(ts_node_start_byte(node) / 2);
    out->data[out->size++] = (jint)(ts_node_end_byte(node) / 2);
    out->data[out->size++] = 0;
    if (depth > 0) out->data[stack[depth - 1] + 4] += 1;
    count++;
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      if (depth == depth_capacity) {
        depth_capacity *= 2;
        size_t *grown = realloc(stack, sizeof(size_t) * depth_capacity);
        if (grown == NULL) { out->failed = 1; break; }
        stack = grown;
      }
      stack[depth++] = record;
      continue;
    }
    int done = 0;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (depth == 0 || !ts_tree_cursor_goto_parent(&cursor)) { done = 1; break; }
      depth--;
    }
    if (done || depth == 0) break;
  }
  ts_tree_cursor_delete(&cursor);
  free(stack);
  if (!out->failed) out->data[0] = count;
}

/* The file as UTF-16 code units, as Java hands it over (a malformed byte becomes U+FFFD). */
static uint16_t *utf16(const unsigned char *b, long n, long *units) {
  uint16_t *u = malloc(sizeof(uint16_t) * (size_t)(2 * n + 2));
  long m = 0;
  for (long i = 0; i < n;) {
    unsigned char c = b[i];
    uint32_t cp = 0xFFFD;
    int k = 1;
    if (c < 0x80) cp = c;
    else if ((c & 0xE0) == 0xC0 && i + 1 < n) { cp = ((c & 0x1Fu) << 6) | (b[i + 1] & 0x3Fu); k = 2; }
    else if ((c & 0xF0) == 0xE0 && i + 2 < n) { cp = ((c & 0x0Fu) << 12) | ((b[i + 1] & 0x3Fu) << 6) | (b[i + 2] & 0x3Fu); k = 3; }
    else if ((c & 0xF8) == 0xF0 && i + 3 < n) {
      cp = ((c & 0x07u) << 18) | ((b[i + 1] & 0x3Fu) << 12) | ((b[i + 2] & 0x3Fu) << 6) | (b[i + 3] & 0x3Fu);
      k = 4;
    }
    if (cp >= 0x10000 && cp < 0x110000) {
      cp -= 0x10000;
      u[m++] = (uint16_t)(0xD800 | (cp >> 10));
      u[m++] = (uint16_t)(0xDC00 | (cp & 0x3FF));
    } else {
      u[m++] = (uint16_t)(cp >= 0x110000 ? 0xFFFD : cp);
    }
    i += k;
  }
  *units = m;
  return u;
}

int main(int argc, char **argv) {
  static const char *names[] = {"python", "typescript", "tsx", "javascript", "java", "go"};
  int id = -1;
  for (int i = 0; argc > 1 && i < 6; i++) if (strcmp(argv[1], names[i]) == 0) id = i;
  if (id < 0) { fprintf(stderr, "usage: flatten-check python|typescript|tsx|javascript|java|go < files\n"); return 2; }
  ts_set_allocator(ga_malloc, ga_calloc, ga_realloc, ga_free); /* as JNI_OnLoad does */
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, language(id));
  char path[8192];
  long files = 0, nodes = 0, differ = 0;
  Arena arena = {0}; /* as a parser handle's: kept between files */
  while (fgets(path, sizeof path, stdin)) {
    path[strcspn(path, "\n")] = 0;
    FILE *f = fopen(path, "rb");
    if (f == NULL) continue;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *bytes = malloc((size_t)size + 1);
    size_t got = fread(bytes, 1, (size_t)size, f);
    fclose(f);
    long units;
    uint16_t *text = utf16(bytes, (long)got, &units);
    TSTree *tree = ts_parser_parse_string_encoding(parser, NULL, (const char *)text, (uint32_t)units * 2u,
        TSInputEncodingUTF16LE);
    Buffer direct = {0}, reference = {0}, arena_made = {0};
    flatten(tree, &direct);
    reference_flatten(tree, &reference);
    TSParser *own;
    TSTree *arena_tree = arena_parse(&arena, language(id), (const jchar *)text, (jsize)units, &own);
    if (arena_tree == NULL) arena_made.failed = 1;
    else flatten(arena_tree, &arena_made);
    arena_parse_end(&arena, own, arena_tree);
    files++;
    nodes += reference.size > 0 ? reference.data[0] : 0;
    if (arena_made.failed || arena_made.size != reference.size
        || memcmp(arena_made.data, reference.data, arena_made.size * sizeof(jint)) != 0) {
      if (++differ <= 10) fprintf(stderr, "differs in the arena: %s\n", path);
    } else if (direct.failed || reference.failed || direct.size != reference.size
        || memcmp(direct.data, reference.data, direct.size * sizeof(jint)) != 0) {
      size_t i = 0;
      while (i < direct.size && i < reference.size && direct.data[i] == reference.data[i]) i++;
      if (++differ <= 10) {
        fprintf(stderr, "differs: %s at node %zu, int %zu\n", path, i < 2 ? 0 : (i - 2) / NODE_INTS,
            i < 2 ? i : (i - 2) % NODE_INTS);
      }
    }
    free(direct.data);
    free(reference.data);
    free(arena_made.data);
    ts_tree_delete(tree);
    free(text);
    free(bytes);
  }
  ts_parser_delete(parser);
  arena_free(&arena);
  printf("%s: %ld files, %ld nodes, %ld differ\n", names[id], files, nodes, differ);
  return differ == 0 ? 0 : 1;
}
