/*
 * Guidepost's native glue to tree-sitter: one JNI crossing per parsed file.
 *
 * parse() parses a file's UTF-16 text, writes the whole tree into one int array in document
 * (pre-)order, runs the file's native queries on the same tree, frees the tree and returns the
 * array. It parses with a parser of its own, made in the parse arena of the handle it is given for
 * that one call (see "The parse arena"); the handle names the grammar. Nothing native
 * outlives a call except parsers (one per worker thread, freed explicitly) and compiled queries
 * (immutable, shared, freed explicitly).
 *
 * Every entry point checks its handles and arrays and never dereferences a null; when the glue's
 * own arrays cannot be allocated it throws OutOfMemoryError instead of crashing the JVM (memory
 * tree-sitter itself cannot get ends the process, as tree-sitter's own allocator does).
 *
 * Layout of parse()'s result (ints):
 *   [0] node count N, [1] 1 if the tree has errors
 *   then N records of NODE_INTS: symbol | flags << 16, field id, start char, end char, child count
 *     flags: 1 named, 2 missing, 4 error (symbol 0xFFFF is also an error)
 *   then per query: hit count H, then H records: pattern index, capture count C,
 *     then C records of: capture index, symbol, start char, end char
 */
#include <jni.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>
/* the runtime's own headers: the tree is walked through its subtrees (see flatten) */
#include "subtree.h"
#include "language.h"
#include "tree.h"
#include "length.h"

#ifdef _WIN32
/* cross builds may use another platform's jni_md.h: export the entry points from the DLL explicitly */
#undef JNIEXPORT
#define JNIEXPORT __declspec(dllexport)
#undef JNICALL
#define JNICALL
#endif

#define NODE_INTS 5

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_tsx(void);
const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_java(void);
const TSLanguage *tree_sitter_go(void);

/*
 * The parse arena. tree-sitter allocates and frees every subtree, stack node and array of a parse
 * one by one (~12 % of a parse's time went to malloc and free), yet nothing of a parse outlives
 * parse(): the tree is flattened and deleted, and the parser of the parse is deleted with it. So
 * while parse() runs, tree-sitter's allocator (ts_set_allocator, set when the library is loaded)
 * hands out memory from the arena of the parser handle being used, by bumping a pointer, frees
 * nothing one by one, and the arena is emptied when the call ends. Outside a parse (parsers and
 * queries made for Java; the grammars' scanners, which call the C allocator themselves) the C
 * allocator serves as before.
 *
 * Each block carries its size in a 16-byte header (realloc copies that much; the last block of a
 * chunk grows where it is). An arena is a list of chunks, each twice the size of the one before.
 * When a parse ends, chunks together up to ARENA_KEEP bytes are kept, as one, for the handle's next
 * parse, larger ones are freed; deleteParser frees what is kept. A handle is used by one thread at
 * a time (tree-sitter's parsers are not thread-safe either), and the arena of the running parse is
 * found through a thread-local pointer. Running out of memory aborts, as tree-sitter's own
 * allocator does.
 */
#define ARENA_ALIGN 16
#define ARENA_FIRST ((size_t)1 << 20)
#define ARENA_KEEP ((size_t)16 << 20)

typedef struct Chunk {
  struct Chunk *next;
  size_t size;
  size_t used;
  size_t pad; /* keeps the data 16-byte aligned */
} Chunk;

typedef struct {
  Chunk *chunks; /* the one being filled first */
} Arena;

/* What a parser handle given to Java points to. */
typedef struct {
  TSParser *parser; /* names the grammar; parse() parses with a parser of its own */
  Arena arena;
} Handle;

/* The arena of the parse running on this thread, or NULL. */
#if defined(_MSC_VER)
static __declspec(thread) Arena *current;
#else
static _Thread_local Arena *current;
#endif

static unsigned char *chunk_data(Chunk *chunk) {
  return (unsigned char *)(chunk + 1);
}

static void arena_out_of_memory(size_t size) {
  fprintf(stderr, "tree-sitter failed to allocate %zu bytes\n", size);
  abort();
}

static int in_arena(const Arena *arena, const void *block) {
  const unsigned char *at = block;
  for (Chunk *chunk = arena->chunks; chunk != NULL; chunk = chunk->next) {
    if (at >= chunk_data(chunk) && at < chunk_data(chunk) + chunk->size) return 1;
  }
  return 0;
}

static void *arena_alloc(Arena *arena, size_t size) {
  if (size > SIZE_MAX / 2) arena_out_of_memory(size);
  size_t need = ARENA_ALIGN + ((size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1));
  Chunk *chunk = arena->chunks;
  if (chunk == NULL || chunk->size - chunk->used < need) {
    size_t grown = chunk == NULL ? ARENA_FIRST : chunk->size * 2;
    if (grown < need) grown = need;
    Chunk *fresh = malloc(sizeof(Chunk) + grown);
    if (fresh == NULL) arena_out_of_memory(size);
    fresh->next = chunk;
    fresh->size = grown;
    fresh->used = 0;
    arena->chunks = fresh;
    chunk = fresh;
  }
  unsigned char *header = chunk_data(chunk) + chunk->used;
  chunk->used += need;
  memcpy(header, &size, sizeof size);
  return header + ARENA_ALIGN;
}

static size_t arena_size_of(const void *block) {
  size_t size;
  memcpy(&size, (const unsigned char *)block - ARENA_ALIGN, sizeof size);
  return size;
}

static void *ga_malloc(size_t size) {
  if (current != NULL) return arena_alloc(current, size);
  void *block = malloc(size);
  if (block == NULL && size > 0) arena_out_of_memory(size);
  return block;
}

static void *ga_calloc(size_t count, size_t size) {
  if (current != NULL) {
    if (size != 0 && count > SIZE_MAX / size) arena_out_of_memory(SIZE_MAX);
    void *block = arena_alloc(current, count * size);
    memset(block, 0, count * size);
    return block;
  }
  void *block = calloc(count, size);
  if (block == NULL && count > 0 && size > 0) arena_out_of_memory(count * size);
  return block;
}

static void *ga_realloc(void *block, size_t size) {
  if (block == NULL) return ga_malloc(size);
  if (current != NULL && in_arena(current, block)) {
    size_t old = arena_size_of(block);
    if (size <= old) return block;
    Chunk *last = current->chunks;
    unsigned char *end = (unsigned char *)block + ((old + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1));
    size_t grown = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size <= SIZE_MAX / 2 && end == chunk_data(last) + last->used
        && grown <= last->size - (size_t)((unsigned char *)block - chunk_data(last))) {
      /* the chunk's last block grows where it is */
      last->used = (size_t)((unsigned char *)block - chunk_data(last)) + grown;
      memcpy((unsigned char *)block - ARENA_ALIGN, &size, sizeof size);
      return block;
    }
    void *moved = arena_alloc(current, size);
    memcpy(moved, block, old);
    return moved;
  }
  void *moved = realloc(block, size);
  if (moved == NULL && size > 0) arena_out_of_memory(size);
  return moved;
}

static void ga_free(void *block) {
  if (block == NULL || (current != NULL && in_arena(current, block))) return;
  free(block);
}

static void arena_free(Arena *arena) {
  while (arena->chunks != NULL) {
    Chunk *next = arena->chunks->next;
    free(arena->chunks);
    arena->chunks = next;
  }
}

/* Starts a parse on this thread in {@code arena}: tree-sitter's memory comes from it until arena_end. */
static void arena_begin(Arena *arena) {
  current = arena;
}

/* Ends the parse: nothing of it is used any more. */
static void arena_end(Arena *arena) {
  current = NULL;
  size_t total = 0;
  int count = 0;
  for (Chunk *chunk = arena->chunks; chunk != NULL; chunk = chunk->next) {
    total += chunk->size;
    count++;
  }
  if (count == 1 && total <= ARENA_KEEP) {
    arena->chunks->used = 0;
    return;
  }
  arena_free(arena);
  if (total <= ARENA_KEEP) {
    /* one chunk as large as this parse needed: the next one like it fills it without growing */
    Chunk *merged = malloc(sizeof(Chunk) + total);
    if (merged != NULL) {
      merged->next = NULL;
      merged->size = total;
      merged->used = 0;
      arena->chunks = merged;
    }
  }
}

/*
 * Parses UTF-16 text as parse() does: with a parser of its own for the grammar, made in {@code arena}
 * (see the parse arena). The tree, if any, and *parser are then the caller's until arena_parse_end.
 */
static TSTree *arena_parse(Arena *arena, const TSLanguage *grammar, const jchar *text, jsize length,
    TSParser **parser) {
  arena_begin(arena);
  *parser = ts_parser_new();
  return ts_parser_set_language(*parser, grammar)
      ? ts_parser_parse_string_encoding(*parser, NULL, (const char *)text, (uint32_t)length * 2u, TSInputEncodingUTF16LE)
      : NULL;
}

/* Deletes what arena_parse made and ends the parse. */
static void arena_parse_end(Arena *arena, TSParser *parser, TSTree *tree) {
  if (tree != NULL) ts_tree_delete(tree);
  ts_parser_delete(parser);
  arena_end(arena);
}

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
  ts_set_allocator(ga_malloc, ga_calloc, ga_realloc, ga_free);
  return JNI_VERSION_1_8;
}

/* Same order as dev.guidepost.check.source.SourceLanguage. */
static const TSLanguage *language(jint id) {
  switch (id) {
    case 0: return tree_sitter_python();
    case 1: return tree_sitter_typescript();
    case 2: return tree_sitter_tsx();
    case 3: return tree_sitter_javascript();
    case 4: return tree_sitter_java();
    case 5: return tree_sitter_go();
    default: return NULL;
  }
}

typedef struct {
  jint *data;
  size_t size;
  size_t capacity;
  int failed;
} Buffer;

static void reserve(Buffer *b, size_t more) {
  if (b->failed || b->size + more <= b->capacity) return;
  size_t capacity = b->capacity == 0 ? 4096 : b->capacity;
  while (capacity < b->size + more) capacity *= 2;
  jint *data = realloc(b->data, capacity * sizeof(jint));
  if (data == NULL) {
    b->failed = 1;
    return;
  }
  b->data = data;
  b->capacity = capacity;
}

static void put(Buffer *b, jint value) {
  reserve(b, 1);
  if (!b->failed) b->data[b->size++] = value;
}

static void throw_named(JNIEnv *env, const char *cls, const char *message) {
  jclass c = (*env)->FindClass(env, cls);
  if (c != NULL) (*env)->ThrowNew(env, c, message);
}

static jbyteArray joined_names(JNIEnv *env, const char **names, uint32_t count) {
  size_t total = 0;
  for (uint32_t i = 0; i < count; i++) total += (names[i] ? strlen(names[i]) : 0) + 1;
  jbyteArray result = (*env)->NewByteArray(env, (jsize)total);
  if (result == NULL) return NULL;
  size_t at = 0;
  for (uint32_t i = 0; i < count; i++) {
    size_t len = names[i] ? strlen(names[i]) : 0;
    if (len > 0) (*env)->SetByteArrayRegion(env, result, (jsize)at, (jsize)len, (const jbyte *)names[i]);
    at += len;
    jbyte zero = 0;
    (*env)->SetByteArrayRegion(env, result, (jsize)at, 1, &zero);
    at += 1;
  }
  return result;
}

/* Symbol names joined by NUL, index = symbol id. */
JNIEXPORT jbyteArray JNICALL Java_dev_guidepost_check_source_TreeSitterNative_symbolNames(
    JNIEnv *env, jclass cls, jint lang) {
  const TSLanguage *l = language(lang);
  if (l == NULL) { throw_named(env, "java/lang/IllegalArgumentException", "unknown language"); return NULL; }
  uint32_t count = ts_language_symbol_count(l);
  const char **names = malloc(sizeof(char *) * (count ? count : 1));
  if (names == NULL) { throw_named(env, "java/lang/OutOfMemoryError", "symbol names"); return NULL; }
  for (uint32_t i = 0; i < count; i++) names[i] = ts_language_symbol_name(l, (TSSymbol)i);
  jbyteArray result = joined_names(env, names, count);
  free(names);
  return result;
}

/* Per symbol: 0 regular (named), 1 anonymous, 2 supertype, 3 auxiliary. */
JNIEXPORT jintArray JNICALL Java_dev_guidepost_check_source_TreeSitterNative_symbolTypes(
    JNIEnv *env, jclass cls, jint lang) {
  const TSLanguage *l = language(lang);
  if (l == NULL) { throw_named(env, "java/lang/IllegalArgumentException", "unknown language"); return NULL; }
  uint32_t count = ts_language_symbol_count(l);
  jintArray result = (*env)->NewIntArray(env, (jsize)count);
  if (result == NULL) return NULL;
  for (uint32_t i = 0; i < count; i++) {
    jint type = (jint)ts_language_symbol_type(l, (TSSymbol)i);
    (*env)->SetIntArrayRegion(env, result, (jsize)i, 1, &type);
  }
  return result;
}

/* Field names joined by NUL, index = field id (index 0 is empty: no field). */
JNIEXPORT jbyteArray JNICALL Java_dev_guidepost_check_source_TreeSitterNative_fieldNames(
    JNIEnv *env, jclass cls, jint lang) {
  const TSLanguage *l = language(lang);
  if (l == NULL) { throw_named(env, "java/lang/IllegalArgumentException", "unknown language"); return NULL; }
  uint32_t count = ts_language_field_count(l) + 1;
  const char **names = malloc(sizeof(char *) * count);
  if (names == NULL) { throw_named(env, "java/lang/OutOfMemoryError", "field names"); return NULL; }
  names[0] = NULL;
  for (uint32_t i = 1; i < count; i++) names[i] = ts_language_field_name_for_id(l, (TSFieldId)i);
  jbyteArray result = joined_names(env, names, count);
  free(names);
  return result;
}

JNIEXPORT jlong JNICALL Java_dev_guidepost_check_source_TreeSitterNative_newParser(
    JNIEnv *env, jclass cls, jint lang) {
  const TSLanguage *l = language(lang);
  if (l == NULL) { throw_named(env, "java/lang/IllegalArgumentException", "unknown language"); return 0; }
  Handle *handle = calloc(1, sizeof(Handle));
  if (handle == NULL) { throw_named(env, "java/lang/OutOfMemoryError", "parser"); return 0; }
  handle->parser = ts_parser_new();
  if (!ts_parser_set_language(handle->parser, l)) {
    ts_parser_delete(handle->parser);
    free(handle);
    throw_named(env, "java/lang/IllegalStateException", "grammar not compatible with the tree-sitter runtime");
    return 0;
  }
  return (jlong)(intptr_t)handle;
}

JNIEXPORT void JNICALL Java_dev_guidepost_check_source_TreeSitterNative_deleteParser(
    JNIEnv *env, jclass cls, jlong handle) {
  if (handle != 0) {
    Handle *h = (Handle *)(intptr_t)handle;
    arena_free(&h->arena);
    ts_parser_delete(h->parser);
    free(h);
  }
}

/*
 * One level of the walk: the children of one subtree, the visible node they belong to (the subtree
 * itself when it is visible, else the nearest visible ancestor) and the field a visible node found
 * under a hidden subtree inherits when its own parent's production names none.
 */
typedef struct {
  Subtree parent;
  uint32_t child_index;
  uint32_t structural_child_index;
  Length position;
  const TSSymbol *alias_sequence;
  const TSFieldMapEntry *fields;
  const TSFieldMapEntry *fields_end;
  size_t owner;
  TSFieldId inherited;
} Level;

static int push_level(Level **levels, size_t *depth, size_t *capacity, Subtree parent, Length position,
    const TSLanguage *language, size_t owner, TSFieldId inherited) {
  if (*depth == *capacity) {
    size_t grown_capacity = *capacity * 2;
    Level *grown = realloc(*levels, sizeof(Level) * grown_capacity);
    if (grown == NULL) return 0;
    *levels = grown;
    *capacity = grown_capacity;
  }
  Level *level = &(*levels)[(*depth)++];
  uint16_t production = parent.ptr->production_id;
  level->parent = parent;
  level->child_index = 0;
  level->structural_child_index = 0;
  level->position = position;
  level->alias_sequence = ts_language_alias_sequence(language, production);
  ts_language_field_map(language, production, &level->fields, &level->fields_end);
  level->owner = owner;
  level->inherited = inherited;
  return 1;
}

/* The field of the child at structural index `index` in a level's production (0: none). */
static TSFieldId field_at(const Level *level, uint32_t index) {
  for (const TSFieldMapEntry *map = level->fields; map < level->fields_end; map++) {
    if (!map->inherited && map->child_index == index) return map->field_id;
  }
  return 0;
}

/*
 * Writes the tree's visible nodes in document (pre-)order, each as the node API sees it (symbol,
 * named, missing, error, field, range, visible child count), by walking the subtrees directly:
 * what TSTreeCursor does per node (descending into hidden subtrees that hold visible nodes,
 * aliases by production, fields inherited through hidden subtrees), without its stack of entries
 * rebuilt at every move. An explicit stack, so that no nesting depth can exhaust the C stack.
 */
static void flatten(TSTree *tree, Buffer *out) {
  TSNode root_node = ts_tree_root_node(tree);
  int has_error = ts_node_has_error(root_node);
  const TSLanguage *language = tree->language;
  Subtree root = tree->root;
  /* the array at its final size at once (the root and its visible descendants, two ints before them) */
  reserve(out, 2 + (size_t)NODE_INTS * ts_node_descendant_count(root_node));
  put(out, 0);
  put(out, has_error ? 1 : 0);
  size_t record = out->size;
  reserve(out, NODE_INTS);
  if (out->failed) return;
  TSSymbol root_symbol = ts_language_public_symbol(language, ts_subtree_symbol(root));
  jint root_flags = 0;
  if (ts_subtree_named(root)) root_flags |= 1;
  if (has_error && ts_subtree_missing(root)) root_flags |= 2;
  if (root_symbol == ts_builtin_sym_error) root_flags |= 4;
  uint32_t root_start = ts_subtree_padding(root).bytes;
  out->data[out->size++] = (jint)root_symbol | (root_flags << 16);
  out->data[out->size++] = 0;
  out->data[out->size++] = (jint)(root_start / 2);
  out->data[out->size++] = (jint)((root_start + ts_subtree_size(root).bytes) / 2);
  out->data[out->size++] = 0;
  jint count = 1;
  if (ts_subtree_child_count(root) > 0) {
    size_t capacity = 64, depth = 0;
    Level *levels = malloc(sizeof(Level) * capacity);
    if (levels == NULL || !push_level(&levels, &depth, &capacity, root, ts_subtree_padding(root), language,
        record, 0)) {
      free(levels);
      out->failed = 1;
      return;
    }
    while (depth > 0 && !out->failed) {
      Level *level = &levels[depth - 1];
      if (level->child_index == level->parent.ptr->child_count) {
        depth--;
        continue;
      }
      Subtree *children = ts_subtree_children(level->parent);
      Subtree child = children[level->child_index];
      Length position = level->position;
      uint32_t structural_index = level->structural_child_index;
      int extra = ts_subtree_extra(child);
      TSSymbol alias = 0;
      if (!extra) {
        if (level->alias_sequence) alias = level->alias_sequence[structural_index];
        level->structural_child_index++;
      }
      level->position = length_add(level->position, ts_subtree_size(child));
      level->child_index++;
      if (level->child_index < level->parent.ptr->child_count) {
        level->position = length_add(level->position, ts_subtree_padding(children[level->child_index]));
      }
      int visible = ts_subtree_visible(child) || alias != 0;
      if (visible) {
        TSSymbol symbol = ts_language_public_symbol(language, alias ? alias : ts_subtree_symbol(child));
        int named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(child);
        jint flags = 0;
        if (named) flags |= 1;
        if (has_error && ts_subtree_missing(child)) flags |= 2;
        if (symbol == ts_builtin_sym_error) flags |= 4;
        TSFieldId field = 0;
        if (!extra) {
          field = field_at(level, structural_index);
          if (field == 0) field = level->inherited;
        }
        size_t child_record = out->size;
        reserve(out, NODE_INTS);
        if (out->failed) break;
        out->data[out->size++] = (jint)symbol | (flags << 16);
        out->data[out->size++] = (jint)field;
        out->data[out->size++] = (jint)(position.bytes / 2);
        out->data[out->size++] = (jint)((position.bytes + ts_subtree_size(child).bytes) / 2);
        out->data[out->size++] = 0;
        out->data[level->owner + 4] += 1;
        count++;
        if (ts_subtree_child_count(child) > 0
            && !push_level(&levels, &depth, &capacity, child, position, language, child_record, 0)) {
          out->failed = 1;
        }
      } else if (ts_subtree_visible_child_count(child) > 0) {
        /* a hidden subtree: its visible nodes are its owner's children, and inherit its field */
        TSFieldId inherited = 0;
        if (!extra) {
          inherited = field_at(level, structural_index);
          if (inherited == 0) inherited = level->inherited;
        }
        if (!push_level(&levels, &depth, &capacity, child, position, language, level->owner, inherited)) {
          out->failed = 1;
        }
      }
    }
    free(levels);
  }
  if (!out->failed) out->data[0] = count;
}

static void run_query(const TSQuery *query, TSTree *tree, Buffer *out) {
  size_t count_at = out->size;
  put(out, 0);
  TSQueryCursor *cursor = ts_query_cursor_new();
  if (cursor == NULL) { out->failed = 1; return; }
  ts_query_cursor_exec(cursor, query, ts_tree_root_node(tree));
  TSQueryMatch match;
  jint hits = 0;
  while (!out->failed && ts_query_cursor_next_match(cursor, &match)) {
    put(out, (jint)match.pattern_index);
    put(out, (jint)match.capture_count);
    for (uint16_t i = 0; i < match.capture_count; i++) {
      TSNode node = match.captures[i].node;
      put(out, (jint)match.captures[i].index);
      put(out, (jint)ts_node_symbol(node));
      put(out, (jint)(ts_node_start_byte(node) / 2));
      put(out, (jint)(ts_node_end_byte(node) / 2));
    }
    hits++;
  }
  ts_query_cursor_delete(cursor);
  if (!out->failed) out->data[count_at] = hits;
}

JNIEXPORT jintArray JNICALL Java_dev_guidepost_check_source_TreeSitterNative_parse(
    JNIEnv *env, jclass cls, jlong handle, jcharArray text, jlongArray queries) {
  if (handle == 0 || text == NULL) {
    throw_named(env, "java/lang/IllegalArgumentException", "no parser or no text");
    return NULL;
  }
  Handle *own = (Handle *)(intptr_t)handle;
  const TSLanguage *grammar = ts_parser_language(own->parser);
  if (grammar == NULL) {
    throw_named(env, "java/lang/IllegalArgumentException", "a parser without a language");
    return NULL;
  }
  jsize length = (*env)->GetArrayLength(env, text);
  jchar *chars = (*env)->GetCharArrayElements(env, text, NULL);
  if (chars == NULL) return NULL;
  /* a parser of its own for this parse, in the arena: it goes with the tree (see the parse arena) */
  TSParser *parser;
  TSTree *tree = arena_parse(&own->arena, grammar, chars, length, &parser);
  (*env)->ReleaseCharArrayElements(env, text, chars, JNI_ABORT);
  if (tree == NULL) {
    arena_parse_end(&own->arena, parser, NULL);
    throw_named(env, "java/lang/IllegalStateException", "the parser gave no tree");
    return NULL;
  }
  Buffer out = {0};
  flatten(tree, &out);
  jsize query_count = queries == NULL ? 0 : (*env)->GetArrayLength(env, queries);
  for (jsize q = 0; q < query_count && !out.failed; q++) {
    jlong query;
    (*env)->GetLongArrayRegion(env, queries, q, 1, &query);
    if (query == 0) put(&out, 0);
    else run_query((const TSQuery *)(intptr_t)query, tree, &out);
  }
  arena_parse_end(&own->arena, parser, tree);
  if (out.failed) {
    free(out.data);
    throw_named(env, "java/lang/OutOfMemoryError", "tree too large for native memory");
    return NULL;
  }
  jintArray result = (*env)->NewIntArray(env, (jsize)out.size);
  if (result != NULL) (*env)->SetIntArrayRegion(env, result, 0, (jsize)out.size, out.data);
  free(out.data);
  return result;
}

/*
 * Compiles a query. On an error returns 0 and writes {error offset in bytes, error type} into
 * errorOut (type as TSQueryError: 1 syntax, 2 node type, 3 field, 4 capture, 5 structure, 6 language).
 */
JNIEXPORT jlong JNICALL Java_dev_guidepost_check_source_TreeSitterNative_newQuery(
    JNIEnv *env, jclass cls, jint lang, jbyteArray source, jintArray errorOut) {
  const TSLanguage *l = language(lang);
  if (l == NULL || source == NULL || errorOut == NULL || (*env)->GetArrayLength(env, errorOut) < 2) {
    throw_named(env, "java/lang/IllegalArgumentException", "bad query arguments");
    return 0;
  }
  jsize length = (*env)->GetArrayLength(env, source);
  jbyte *bytes = (*env)->GetByteArrayElements(env, source, NULL);
  if (bytes == NULL) return 0;
  uint32_t offset = 0;
  TSQueryError error = TSQueryErrorNone;
  TSQuery *query = ts_query_new(l, (const char *)bytes, (uint32_t)length, &offset, &error);
  (*env)->ReleaseByteArrayElements(env, source, bytes, JNI_ABORT);
  jint info[2] = {(jint)offset, (jint)error};
  (*env)->SetIntArrayRegion(env, errorOut, 0, 2, info);
  return (jlong)(intptr_t)query;
}

JNIEXPORT void JNICALL Java_dev_guidepost_check_source_TreeSitterNative_deleteQuery(
    JNIEnv *env, jclass cls, jlong handle) {
  if (handle != 0) ts_query_delete((TSQuery *)(intptr_t)handle);
}

/* Capture names joined by NUL, index = capture id. */
JNIEXPORT jbyteArray JNICALL Java_dev_guidepost_check_source_TreeSitterNative_captureNames(
    JNIEnv *env, jclass cls, jlong handle) {
  if (handle == 0) { throw_named(env, "java/lang/IllegalArgumentException", "no query"); return NULL; }
  const TSQuery *query = (const TSQuery *)(intptr_t)handle;
  uint32_t count = ts_query_capture_count(query);
  const char **names = malloc(sizeof(char *) * (count ? count : 1));
  if (names == NULL) { throw_named(env, "java/lang/OutOfMemoryError", "capture names"); return NULL; }
  for (uint32_t i = 0; i < count; i++) {
    uint32_t len;
    names[i] = ts_query_capture_name_for_id(query, i, &len);
  }
  jbyteArray result = joined_names(env, names, count);
  free(names);
  return result;
}

/* String values joined by NUL, index = string id. */
JNIEXPORT jbyteArray JNICALL Java_dev_guidepost_check_source_TreeSitterNative_stringValues(
    JNIEnv *env, jclass cls, jlong handle) {
  if (handle == 0) { throw_named(env, "java/lang/IllegalArgumentException", "no query"); return NULL; }
  const TSQuery *query = (const TSQuery *)(intptr_t)handle;
  uint32_t count = ts_query_string_count(query);
  const char **names = malloc(sizeof(char *) * (count ? count : 1));
  if (names == NULL) { throw_named(env, "java/lang/OutOfMemoryError", "string values"); return NULL; }
  for (uint32_t i = 0; i < count; i++) {
    uint32_t len;
    names[i] = ts_query_string_value_for_id(query, i, &len);
  }
  jbyteArray result = joined_names(env, names, count);
  free(names);
  return result;
}

JNIEXPORT jint JNICALL Java_dev_guidepost_check_source_TreeSitterNative_patternCount(
    JNIEnv *env, jclass cls, jlong handle) {
  if (handle == 0) { throw_named(env, "java/lang/IllegalArgumentException", "no query"); return 0; }
  return (jint)ts_query_pattern_count((const TSQuery *)(intptr_t)handle);
}

/* The predicate steps of one pattern as pairs: type (0 done, 1 capture, 2 string), value id. */
JNIEXPORT jintArray JNICALL Java_dev_guidepost_check_source_TreeSitterNative_predicateSteps(
    JNIEnv *env, jclass cls, jlong handle, jint pattern) {
  if (handle == 0) { throw_named(env, "java/lang/IllegalArgumentException", "no query"); return NULL; }
  const TSQuery *query = (const TSQuery *)(intptr_t)handle;
  if (pattern < 0 || (uint32_t)pattern >= ts_query_pattern_count(query)) {
    throw_named(env, "java/lang/IllegalArgumentException", "no such pattern");
    return NULL;
  }
  uint32_t count = 0;
  const TSQueryPredicateStep *steps = ts_query_predicates_for_pattern(query, (uint32_t)pattern, &count);
  jintArray result = (*env)->NewIntArray(env, (jsize)(count * 2));
  if (result == NULL) return NULL;
  for (uint32_t i = 0; i < count; i++) {
    jint pair[2] = {(jint)steps[i].type, (jint)steps[i].value_id};
    (*env)->SetIntArrayRegion(env, result, (jsize)(i * 2), 2, pair);
  }
  return result;
}

JNIEXPORT jint JNICALL Java_dev_guidepost_check_source_TreeSitterNative_abiVersion(JNIEnv *env, jclass cls) {
  return TREE_SITTER_LANGUAGE_VERSION;
}
