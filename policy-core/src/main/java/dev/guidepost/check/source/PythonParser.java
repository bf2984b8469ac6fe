package dev.guidepost.check.source;

import static dev.guidepost.check.source.PythonKeywords.*;

/**
 * Guidepost's own Python front end: parses Python source in Java into exactly the flat node array
 * that tree-sitter-python 0.23.4 gives through {@link TreeSitterNative#parse} (same node kinds,
 * fields, ranges, extras and document order), or gives up (returns null) on anything it cannot
 * reproduce node for node, such as a syntax error or a construct it does not know (match
 * statements, Python 2 print statements, type parameter lists), and the caller parses the file with
 * tree-sitter. A recursive descent over {@link PythonLexer}'s tokens, with tree-sitter-python's
 * precedences and its choices where the grammar is ambiguous; {@code bench/python-fidelity.sh}
 * compares it with tree-sitter on every Python file of real repositories.
 *
 * <p>Owned by one thread; each {@link #parse} is independent.
 */
final class PythonParser {

    static final int NODE_INTS = TreeSitterNative.NODE_INTS;

    /** {@code -Dguidepost.python.debug=true}: say where the parser gives up (a diagnostic for bench/python-fidelity.sh). */
    private static final boolean DEBUG = Boolean.getBoolean("guidepost.python.debug");

    /** Thrown inside the parser when it gives up on a file; never escapes {@link #parse}. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final int O_LPAREN = PythonLexer.operatorIndex("(");
    private static final int O_RPAREN = PythonLexer.operatorIndex(")");
    private static final int O_LBRACKET = PythonLexer.operatorIndex("[");
    private static final int O_RBRACKET = PythonLexer.operatorIndex("]");
    private static final int O_LBRACE = PythonLexer.operatorIndex("{");
    private static final int O_RBRACE = PythonLexer.operatorIndex("}");
    private static final int O_COMMA = PythonLexer.operatorIndex(",");
    private static final int O_COLON = PythonLexer.operatorIndex(":");
    private static final int O_DOT = PythonLexer.operatorIndex(".");
    private static final int O_SEMICOLON = PythonLexer.operatorIndex(";");
    private static final int O_ASSIGN = PythonLexer.operatorIndex("=");
    private static final int O_WALRUS = PythonLexer.operatorIndex(":=");
    private static final int O_ARROW = PythonLexer.operatorIndex("->");
    private static final int O_STAR = PythonLexer.operatorIndex("*");
    private static final int O_POWER = PythonLexer.operatorIndex("**");
    private static final int O_AT = PythonLexer.operatorIndex("@");
    private static final int O_PIPE = PythonLexer.operatorIndex("|");
    private static final int O_SLASH = PythonLexer.operatorIndex("/");
    private static final int O_ELLIPSIS = PythonLexer.operatorIndex("...");
    private static final int O_PLUS = PythonLexer.operatorIndex("+");
    private static final int O_MINUS = PythonLexer.operatorIndex("-");
    private static final int O_TILDE = PythonLexer.operatorIndex("~");

    private final GiveUp giveUp = new GiveUp();
    /** The NEWLINE after a trailing comma that {@link #expressionItems} found to end its statement (-1: none). */
    private int commaNewline;
    private final PythonSymbols symbols;
    private final int[] operatorWord;
    private final int[] keywordWord;
    private final int notInWord;
    /** A backslash in a string that starts no escape sequence: tree-sitter shows it as an anonymous node. */
    private final int backslashWord;
    private final int isNotWord;
    private final int[] binaryPrecedence;
    private final boolean[] comparison;
    private final boolean[] augmented;

    // named kinds
    private final int kModule;
    private final int kExpressionStatement;
    private final int kAssignment;
    private final int kAugmentedAssignment;
    private final int kIdentifier;
    private final int kInteger;
    private final int kFloat;
    private final int kString;
    private final int kStringStart;
    private final int kStringContent;
    private final int kStringEnd;
    private final int kEscapeSequence;
    private final int kEscapeInterpolation;
    private final int kInterpolation;
    private final int kFormatSpecifier;
    private final int kFormatExpression;
    private final int kTypeConversion;
    private final int kConcatenatedString;
    private final int kTrue;
    private final int kFalse;
    private final int kNone;
    private final int kEllipsis;
    private final int kComment;
    private final int kLineContinuation;
    private final int kAttribute;
    private final int kSubscript;
    private final int kSlice;
    private final int kCall;
    private final int kArgumentList;
    private final int kKeywordArgument;
    private final int kListSplat;
    private final int kDictionarySplat;
    private final int kGeneratorExpression;
    private final int kList;
    private final int kListComprehension;
    private final int kDictionary;
    private final int kDictionaryComprehension;
    private final int kPair;
    private final int kSet;
    private final int kSetComprehension;
    private final int kTuple;
    private final int kParenthesizedExpression;
    private final int kForInClause;
    private final int kIfClause;
    private final int kBinaryOperator;
    private final int kUnaryOperator;
    private final int kBooleanOperator;
    private final int kNotOperator;
    private final int kComparisonOperator;
    private final int kConditionalExpression;
    private final int kNamedExpression;
    private final int kLambda;
    private final int kLambdaParameters;
    private final int kAwait;
    private final int kYield;
    private final int kExpressionList;
    private final int kPatternList;
    private final int kTuplePattern;
    private final int kListPattern;
    private final int kListSplatPattern;
    private final int kDictionarySplatPattern;
    private final int kAsPattern;
    private final int kAsPatternTarget;
    private final int kType;
    private final int kGenericType;
    private final int kTypeParameter;
    private final int kUnionType;
    private final int kImportStatement;
    private final int kImportFromStatement;
    private final int kFutureImportStatement;
    private final int kRelativeImport;
    private final int kImportPrefix;
    private final int kDottedName;
    private final int kAliasedImport;
    private final int kWildcardImport;
    private final int kReturnStatement;
    private final int kDeleteStatement;
    private final int kRaiseStatement;
    private final int kPassStatement;
    private final int kBreakStatement;
    private final int kContinueStatement;
    private final int kGlobalStatement;
    private final int kNonlocalStatement;
    private final int kAssertStatement;
    private final int kIfStatement;
    private final int kElifClause;
    private final int kElseClause;
    private final int kForStatement;
    private final int kWhileStatement;
    private final int kTryStatement;
    private final int kExceptClause;
    private final int kFinallyClause;
    private final int kWithStatement;
    private final int kWithClause;
    private final int kWithItem;
    private final int kFunctionDefinition;
    private final int kParameters;
    private final int kTypedParameter;
    private final int kDefaultParameter;
    private final int kTypedDefaultParameter;
    private final int kKeywordSeparator;
    private final int kPositionalSeparator;
    private final int kClassDefinition;
    private final int kDecoratedDefinition;
    private final int kDecorator;
    private final int kBlock;

    // fields
    private final int fLeft;
    private final int fRight;
    private final int fOperator;
    private final int fArgument;
    private final int fOperators;
    private final int fName;
    private final int fValue;
    private final int fAlias;
    private final int fBody;
    private final int fCondition;
    private final int fConsequence;
    private final int fAlternative;
    private final int fObject;
    private final int fAttribute;
    private final int fFunction;
    private final int fArguments;
    private final int fSubscript;
    private final int fKey;
    private final int fParameters;
    private final int fReturnType;
    private final int fType;
    private final int fSuperclasses;
    private final int fDefinition;
    private final int fModuleName;
    private final int fCause;
    private final int fExpression;
    private final int fTypeConversion;
    private final int fFormatSpecifier;

    // per parse
    private PythonLexer lexer;
    private PythonTree tree;
    private int[] tokenWord;
    /** The lexer, tree and token words of the last parse, whose arrays the next one takes over (or null). */
    private PythonLexer spentLexer;
    private PythonTree spentTree;
    private int[] spentWords;
    private int[] type;
    private int[] code;
    private int pos;
    private int depth;
    /** The next atom is {@code *name}, read as a primary (see {@link #starred}). */
    private boolean splatPrimary;

    /**
     * @param tables tree-sitter-python's grammar tables
     * @param reference the native parse (text to flat array), used once to settle symbol ids
     * @throws IllegalStateException if the tables are not tree-sitter-python 0.23.4's
     */
    PythonParser(TreeSitterNative.Tables tables, java.util.function.Function<char[], int[]> reference) {
        symbols = new PythonSymbols(tables, reference);
        operatorWord = new int[PythonLexer.OPERATORS.length];
        for (int i = 0; i < operatorWord.length; i++) {
            operatorWord[i] = symbols.anonymous(PythonLexer.OPERATORS[i]);
        }
        keywordWord = new int[WORDS.length + 1];
        for (int i = 0; i < WORDS.length; i++) {
            keywordWord[i + 1] = symbols.anonymous(WORDS[i]);
        }
        notInWord = symbols.anonymous("not in");
        backslashWord = symbols.anonymous("\\");
        isNotWord = symbols.anonymous("is not");
        binaryPrecedence = new int[PythonLexer.OPERATORS.length];
        java.util.Arrays.fill(binaryPrecedence, -1);
        precedence("|", 14);
        precedence("&", 15);
        precedence("^", 16);
        precedence("<<", 17);
        precedence(">>", 17);
        precedence("+", 18);
        precedence("-", 18);
        precedence("*", 19);
        precedence("@", 19);
        precedence("/", 19);
        precedence("%", 19);
        precedence("//", 19);
        comparison = new boolean[PythonLexer.OPERATORS.length];
        for (String op : new String[] {"<", "<=", "==", "!=", ">=", ">"}) {
            comparison[PythonLexer.operatorIndex(op)] = true;
        }
        augmented = new boolean[PythonLexer.OPERATORS.length];
        for (String op : new String[] {"+=", "-=", "*=", "/=", "@=", "//=", "%=", "**=", ">>=", "<<=", "&=", "^=", "|="}) {
            augmented[PythonLexer.operatorIndex(op)] = true;
        }
        kModule = symbols.named("module");
        kExpressionStatement = symbols.named("expression_statement");
        kAssignment = symbols.named("assignment");
        kAugmentedAssignment = symbols.named("augmented_assignment");
        kIdentifier = symbols.named("identifier");
        kInteger = symbols.named("integer");
        kFloat = symbols.named("float");
        kString = symbols.named("string");
        kStringStart = symbols.named("string_start");
        kStringContent = symbols.named("string_content");
        kStringEnd = symbols.named("string_end");
        kEscapeSequence = symbols.named("escape_sequence");
        kEscapeInterpolation = symbols.named("escape_interpolation");
        kInterpolation = symbols.named("interpolation");
        kFormatSpecifier = symbols.named("format_specifier");
        kFormatExpression = symbols.named("format_expression");
        kTypeConversion = symbols.named("type_conversion");
        kConcatenatedString = symbols.named("concatenated_string");
        kTrue = symbols.named("true");
        kFalse = symbols.named("false");
        kNone = symbols.named("none");
        kEllipsis = symbols.named("ellipsis");
        kComment = symbols.named("comment");
        kLineContinuation = symbols.named("line_continuation");
        kAttribute = symbols.named("attribute");
        kSubscript = symbols.named("subscript");
        kSlice = symbols.named("slice");
        kCall = symbols.named("call");
        kArgumentList = symbols.named("argument_list");
        kKeywordArgument = symbols.named("keyword_argument");
        kListSplat = symbols.named("list_splat");
        kDictionarySplat = symbols.named("dictionary_splat");
        kGeneratorExpression = symbols.named("generator_expression");
        kList = symbols.named("list");
        kListComprehension = symbols.named("list_comprehension");
        kDictionary = symbols.named("dictionary");
        kDictionaryComprehension = symbols.named("dictionary_comprehension");
        kPair = symbols.named("pair");
        kSet = symbols.named("set");
        kSetComprehension = symbols.named("set_comprehension");
        kTuple = symbols.named("tuple");
        kParenthesizedExpression = symbols.named("parenthesized_expression");
        kForInClause = symbols.named("for_in_clause");
        kIfClause = symbols.named("if_clause");
        kBinaryOperator = symbols.named("binary_operator");
        kUnaryOperator = symbols.named("unary_operator");
        kBooleanOperator = symbols.named("boolean_operator");
        kNotOperator = symbols.named("not_operator");
        kComparisonOperator = symbols.named("comparison_operator");
        kConditionalExpression = symbols.named("conditional_expression");
        kNamedExpression = symbols.named("named_expression");
        kLambda = symbols.named("lambda");
        kLambdaParameters = symbols.named("lambda_parameters");
        kAwait = symbols.named("await");
        kYield = symbols.named("yield");
        kExpressionList = symbols.named("expression_list");
        kPatternList = symbols.named("pattern_list");
        kTuplePattern = symbols.named("tuple_pattern");
        kListPattern = symbols.named("list_pattern");
        kListSplatPattern = symbols.named("list_splat_pattern");
        kDictionarySplatPattern = symbols.named("dictionary_splat_pattern");
        kAsPattern = symbols.named("as_pattern");
        kAsPatternTarget = symbols.named("as_pattern_target");
        kType = symbols.named("type");
        kGenericType = symbols.named("generic_type");
        kTypeParameter = symbols.named("type_parameter");
        kUnionType = symbols.named("union_type");
        kImportStatement = symbols.named("import_statement");
        kImportFromStatement = symbols.named("import_from_statement");
        kFutureImportStatement = symbols.named("future_import_statement");
        kRelativeImport = symbols.named("relative_import");
        kImportPrefix = symbols.named("import_prefix");
        kDottedName = symbols.named("dotted_name");
        kAliasedImport = symbols.named("aliased_import");
        kWildcardImport = symbols.named("wildcard_import");
        kReturnStatement = symbols.named("return_statement");
        kDeleteStatement = symbols.named("delete_statement");
        kRaiseStatement = symbols.named("raise_statement");
        kPassStatement = symbols.named("pass_statement");
        kBreakStatement = symbols.named("break_statement");
        kContinueStatement = symbols.named("continue_statement");
        kGlobalStatement = symbols.named("global_statement");
        kNonlocalStatement = symbols.named("nonlocal_statement");
        kAssertStatement = symbols.named("assert_statement");
        kIfStatement = symbols.named("if_statement");
        kElifClause = symbols.named("elif_clause");
        kElseClause = symbols.named("else_clause");
        kForStatement = symbols.named("for_statement");
        kWhileStatement = symbols.named("while_statement");
        kTryStatement = symbols.named("try_statement");
        kExceptClause = symbols.named("except_clause");
        kFinallyClause = symbols.named("finally_clause");
        kWithStatement = symbols.named("with_statement");
        kWithClause = symbols.named("with_clause");
        kWithItem = symbols.named("with_item");
        kFunctionDefinition = symbols.named("function_definition");
        kParameters = symbols.named("parameters");
        kTypedParameter = symbols.named("typed_parameter");
        kDefaultParameter = symbols.named("default_parameter");
        kTypedDefaultParameter = symbols.named("typed_default_parameter");
        kKeywordSeparator = symbols.named("keyword_separator");
        kPositionalSeparator = symbols.named("positional_separator");
        kClassDefinition = symbols.named("class_definition");
        kDecoratedDefinition = symbols.named("decorated_definition");
        kDecorator = symbols.named("decorator");
        kBlock = symbols.named("block");
        fLeft = symbols.field("left");
        fRight = symbols.field("right");
        fOperator = symbols.field("operator");
        fArgument = symbols.field("argument");
        fOperators = symbols.field("operators");
        fName = symbols.field("name");
        fValue = symbols.field("value");
        fAlias = symbols.field("alias");
        fBody = symbols.field("body");
        fCondition = symbols.field("condition");
        fConsequence = symbols.field("consequence");
        fAlternative = symbols.field("alternative");
        fObject = symbols.field("object");
        fAttribute = symbols.field("attribute");
        fFunction = symbols.field("function");
        fArguments = symbols.field("arguments");
        fSubscript = symbols.field("subscript");
        fKey = symbols.field("key");
        fParameters = symbols.field("parameters");
        fReturnType = symbols.field("return_type");
        fType = symbols.field("type");
        fSuperclasses = symbols.field("superclasses");
        fDefinition = symbols.field("definition");
        fModuleName = symbols.field("module_name");
        fCause = symbols.field("cause");
        fExpression = symbols.field("expression");
        fTypeConversion = symbols.field("type_conversion");
        fFormatSpecifier = symbols.field("format_specifier");
    }

    private void precedence(String op, int level) {
        binaryPrecedence[PythonLexer.operatorIndex(op)] = level;
    }

    /**
     * The flat array (layout of {@link TreeSitterNative#parse}, no query hits) or null when this
     * parser does not reproduce tree-sitter's tree for {@code text} (well-formed UTF-16).
     */
    int[] parse(char[] text) {
        try {
            lexer = new PythonLexer(text, giveUp, spentLexer);
            lexer.run();
            type = lexer.type;
            code = lexer.code;
            tokenWord = spentWords != null && spentWords.length >= lexer.count ? spentWords : new int[lexer.count];
            java.util.Arrays.fill(tokenWord, 0, lexer.count, -1);
            tree = new PythonTree(lexer, tokenWord, spentTree);
            pos = 0;
            depth = 0;
            splatPrimary = false; // a parse given up halfway may have left it set
            commaNewline = -1;
            skipExtras();
            int root = module();
            return tree.write(root, text.length, kComment, kLineContinuation);
        } catch (GiveUp | StackOverflowError e) {
            if (DEBUG) {
                int at = lexer == null || lexer.count == 0 ? 0 : lexer.start[Math.min(pos, lexer.count - 1)];
                System.err.println("python parser gives up at char " + at + " (token " + pos + " of " + (lexer == null ? 0 : lexer.count) + ")");
            }
            return null;
        } finally {
            // their arrays serve the next file
            spentLexer = lexer != null ? lexer : spentLexer;
            spentTree = tree != null ? tree : spentTree;
            spentWords = tokenWord != null ? tokenWord : spentWords;
            lexer = null;
            tree = null;
            tokenWord = null;
            type = null;
            code = null;
        }
    }

    // ---- token access

    private void skipExtras() {
        while (type[pos] == PythonLexer.COMMENT || type[pos] == PythonLexer.CONTINUATION) {
            pos++;
        }
    }

    private int peekIndex(int ahead) {
        int i = pos;
        for (int k = 0; k < ahead; k++) {
            if (type[i] == PythonLexer.END) {
                return i;
            }
            i++;
            while (type[i] == PythonLexer.COMMENT || type[i] == PythonLexer.CONTINUATION) {
                i++;
            }
        }
        return i;
    }

    private boolean isOp(int op) {
        return type[pos] == PythonLexer.OP && code[pos] == op;
    }

    private boolean isOpAt(int index, int op) {
        return type[index] == PythonLexer.OP && code[index] == op;
    }

    private boolean isKeyword(int keyword) {
        return type[pos] == PythonLexer.NAME && code[pos] == keyword;
    }

    private boolean isKeywordAt(int index, int keyword) {
        return type[index] == PythonLexer.NAME && code[index] == keyword;
    }

    /** Takes the current token as a child with record word {@code word} (-1: hidden). */
    private void take(int word) {
        if (type[pos] == PythonLexer.END) {
            throw giveUp;
        }
        tokenWord[pos] = word;
        tree.token(pos);
        pos++;
        skipExtras();
    }

    /** Takes the current operator or keyword as an anonymous child. */
    private void takeAnonymous() {
        int word = type[pos] == PythonLexer.OP ? operatorWord[code[pos]]
                : type[pos] == PythonLexer.NAME && code[pos] != 0 ? keywordWord[code[pos]] : -2;
        if (word < 0) {
            throw giveUp;
        }
        take(word);
    }

    private void expectOp(int op) {
        if (!isOp(op)) {
            throw giveUp;
        }
        takeAnonymous();
    }

    private void expectKeyword(int keyword) {
        if (!isKeyword(keyword)) {
            throw giveUp;
        }
        takeAnonymous();
    }

    /** Takes a name as an identifier; hard keywords are never identifiers. */
    private void identifier() {
        if (type[pos] != PythonLexer.NAME || reserved(code[pos])) {
            throw giveUp;
        }
        take(kIdentifier);
    }

    private boolean atStatementEnd() {
        return type[pos] == PythonLexer.NEWLINE || isOp(O_SEMICOLON);
    }

    private boolean startsExpression() {
        int t = type[pos];
        if (t == PythonLexer.NAME) {
            int c = code[pos];
            return !reserved(c) || c == TRUE || c == FALSE || c == NONE || c == NOT || c == LAMBDA || c == AWAIT;
        }
        if (t == PythonLexer.INTEGER || t == PythonLexer.FLOAT || t == PythonLexer.STRING_START) {
            return true;
        }
        if (t == PythonLexer.OP) {
            int c = code[pos];
            return c == O_LPAREN || c == O_LBRACKET || c == O_LBRACE || c == O_MINUS || c == O_PLUS || c == O_TILDE
                    || c == O_STAR || c == O_ELLIPSIS;
        }
        return false;
    }

    private void enter() {
        if (++depth > 200) {
            throw giveUp;
        }
    }

    // ---- statements

    private int module() {
        int m = tree.mark();
        while (type[pos] != PythonLexer.END) {
            statement();
        }
        tokenWord[pos] = -1;
        tree.token(pos);
        return tree.finish(kModule, m);
    }

    private void statement() {
        if (type[pos] == PythonLexer.NAME) {
            int c = code[pos];
            if (c == IF) {
                ifStatement();
                return;
            }
            if (c == FOR) {
                forStatement(tree.mark());
                return;
            }
            if (c == WHILE) {
                whileStatement();
                return;
            }
            if (c == TRY) {
                tryStatement();
                return;
            }
            if (c == WITH) {
                withStatement(tree.mark());
                return;
            }
            if (c == DEF) {
                functionDefinition();
                return;
            }
            if (c == CLASS) {
                classDefinition();
                return;
            }
            if (c == ASYNC) {
                int next = peekIndex(1);
                int m = tree.mark();
                if (isKeywordAt(next, DEF)) {
                    functionDefinition();
                    return;
                }
                if (isKeywordAt(next, FOR)) {
                    takeAnonymous();
                    forStatement(m);
                    return;
                }
                if (isKeywordAt(next, WITH)) {
                    takeAnonymous();
                    withStatement(m);
                    return;
                }
                throw giveUp;
            }
            if ((c == PRINT || c == EXEC) && !isOpAt(peekIndex(1), O_LPAREN)) {
                throw giveUp;
            }
            if (c == TYPE && !typeIsName()) {
                throw giveUp;
            }
        } else if (isOp(O_AT)) {
            decoratedDefinition();
            return;
        }
        simpleStatements();
    }

    /**
     * Whether a statement that starts with {@code type} uses it as a plain name: tree-sitter takes
     * {@code type X = ...}, and even {@code type(x).y = ...}, as a type alias statement.
     */
    private boolean typeIsName() {
        int next = peekIndex(1);
        if (type[next] == PythonLexer.NEWLINE || isOpAt(next, O_ASSIGN) || isOpAt(next, O_DOT) || isOpAt(next, O_COMMA)
                || isOpAt(next, O_COLON) || isOpAt(next, O_SEMICOLON)
                || type[next] == PythonLexer.OP && augmented[code[next]]) {
            return true;
        }
        // type(...) or type[...] is a call or subscript unless an '=' follows at the top level
        for (int i = next, level = 0; type[i] != PythonLexer.NEWLINE && type[i] != PythonLexer.END; i++) {
            if (type[i] == PythonLexer.OP) {
                int c = code[i];
                if (c == O_LPAREN || c == O_LBRACKET || c == O_LBRACE) {
                    level++;
                } else if (c == O_RPAREN || c == O_RBRACKET || c == O_RBRACE) {
                    level--;
                } else if (level == 0 && (c == O_ASSIGN || c == O_SEMICOLON)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void simpleStatements() {
        while (true) {
            simpleStatement();
            if (isOp(O_SEMICOLON)) {
                takeAnonymous();
                if (type[pos] == PythonLexer.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (type[pos] != PythonLexer.NEWLINE
                || (code[pos] & PythonLexer.AFTER_COMMA) != 0 && commaNewline != pos) {
            throw giveUp;
        }
        take(-1);
    }

    private void simpleStatement() {
        int m = tree.mark();
        if (type[pos] == PythonLexer.NAME) {
            int c = code[pos];
            if (c == IMPORT) {
                takeAnonymous();
                importList();
                tree.finish(kImportStatement, m);
                return;
            }
            if (c == FROM) {
                importFrom(m);
                return;
            }
            if (c == RETURN) {
                takeAnonymous();
                if (!atStatementEnd()) {
                    expressions();
                }
                tree.finish(kReturnStatement, m);
                return;
            }
            if (c == DEL) {
                takeAnonymous();
                expressions();
                tree.finish(kDeleteStatement, m);
                return;
            }
            if (c == RAISE) {
                takeAnonymous();
                if (!atStatementEnd() && !isKeyword(FROM)) {
                    expressions();
                }
                if (isKeyword(FROM)) {
                    takeAnonymous();
                    expression();
                    tree.field(fCause);
                }
                tree.finish(kRaiseStatement, m);
                return;
            }
            if (c == PASS || c == BREAK || c == CONTINUE) {
                takeAnonymous();
                tree.finish(c == PASS ? kPassStatement : c == BREAK ? kBreakStatement : kContinueStatement, m);
                return;
            }
            if (c == GLOBAL || c == NONLOCAL) {
                takeAnonymous();
                identifier();
                while (isOp(O_COMMA)) {
                    takeAnonymous();
                    identifier();
                }
                tree.finish(c == GLOBAL ? kGlobalStatement : kNonlocalStatement, m);
                return;
            }
            if (c == ASSERT) {
                takeAnonymous();
                expression();
                while (isOp(O_COMMA)) {
                    takeAnonymous();
                    expression();
                }
                tree.finish(kAssertStatement, m);
                return;
            }
        }
        expressionStatement(m);
    }

    private void expressionStatement(int m) {
        if (isKeyword(YIELD)) {
            yieldExpression();
            tree.finish(kExpressionStatement, m);
            return;
        }
        int items = expressionItems(false);
        boolean single = items == 1 && tree.mark() == m + 1;
        if (isOp(O_ASSIGN)) {
            toPatterns(m);
            tree.fieldAt(m, fLeft);
            takeAnonymous();
            rightHandSide();
            tree.field(fRight);
            tree.finish(kAssignment, m);
        } else if (isOp(O_COLON)) {
            if (!single) {
                throw giveUp;
            }
            toPatterns(m);
            tree.fieldAt(m, fLeft);
            takeAnonymous();
            type();
            tree.field(fType);
            if (isOp(O_ASSIGN)) {
                takeAnonymous();
                rightHandSide();
                tree.field(fRight);
            }
            tree.finish(kAssignment, m);
        } else if (type[pos] == PythonLexer.OP && augmented[code[pos]]) {
            if (!single) {
                throw giveUp;
            }
            toPatterns(m);
            tree.fieldAt(m, fLeft);
            takeAnonymous();
            tree.field(fOperator);
            rightHandSide();
            tree.field(fRight);
            tree.finish(kAugmentedAssignment, m);
        }
        tree.finish(kExpressionStatement, m);
    }

    /**
     * Expressions separated by commas (with a trailing comma allowed); returns how many. {@code
     * rightSide}: they are the right side of an assignment.
     */
    private int expressionItems(boolean rightSide) {
        int m = tree.mark();
        int first = pos;
        starExpression();
        int items = 1;
        while (isOp(O_COMMA)) {
            takeAnonymous();
            if (!startsExpression()) {
                if (type[pos] == PythonLexer.NEWLINE && (code[pos] & PythonLexer.AFTER_COMMA) != 0) {
                    if (rightSide) {
                        commaNewline = pos; // every reading of a right side may end there
                    } else {
                        trailingCommaAtLineEnd(m, first);
                    }
                }
                break;
            }
            starExpression();
            items++;
        }
        return items;
    }

    /**
     * A trailing comma ends the line after the items since {@code m} (whose first token is
     * {@code first}) that start a statement. tree-sitter ends the statement there when no reading
     * of the items as assignment targets is left, that is when one of them cannot be a target;
     * while all could ({@code a, b.c,}), it reads on into the next line when that completes an
     * assignment ({@code a, / b = 1}) and not otherwise ({@code a, / f()}): left to it. So are statements
     * that start with {@code print} or {@code exec}, which it may read as Python 2 statements.
     */
    private void trailingCommaAtLineEnd(int m, int first) {
        if (type[first] == PythonLexer.NAME && (code[first] == PRINT || code[first] == EXEC)) {
            throw giveUp;
        }
        int end = tree.mark();
        for (int i = m; i < end; i++) {
            int item = tree.itemAt(i);
            if (item < 0 ? tokenWord[~item] != kIdentifier && tokenWord[~item] != operatorWord[O_COMMA]
                    : !couldBeTarget(tree.symbol(item))) {
                commaNewline = pos;
                return;
            }
        }
        throw giveUp;
    }

    /** Whether tree-sitter may read an expression of this kind as an assignment target too. */
    private boolean couldBeTarget(int symbol) {
        return symbol == kAttribute || symbol == kSubscript || symbol == kListSplat || symbol == kTuple
                || symbol == kParenthesizedExpression || symbol == kList || symbol == kExpressionList;
    }

    /**
     * The pending items since {@code m} become an assignment target: one pattern, or a pattern
     * list when there are several or a trailing comma.
     */
    private void toPatterns(int m) {
        int end = tree.mark();
        if (end == m + 1) {
            toPattern(tree.itemAt(m));
            return;
        }
        for (int i = m; i < end; i++) {
            int item = tree.itemAt(i);
            if (item < 0 && tokenWord[~item] == operatorWord[O_COMMA]) {
                continue;
            }
            toPattern(item);
        }
        tree.finish(kPatternList, m);
    }

    /** Turns an expression already built into the pattern tree-sitter builds for a target. */
    private void toPattern(int item) {
        if (item < 0) {
            if (tokenWord[~item] != kIdentifier) {
                throw giveUp;
            }
            return;
        }
        int symbol = tree.symbol(item);
        if (symbol == kAttribute || symbol == kSubscript) {
            if (onSplat(item)) {
                throw giveUp; // tree-sitter reads a target's *a.b otherwise
            }
            return;
        }
        if (symbol == kTuple || symbol == kParenthesizedExpression || symbol == kList
                || symbol == kExpressionList) {
            tree.relabel(item, symbol == kList ? kListPattern : symbol == kExpressionList ? kPatternList : kTuplePattern);
            int count = tree.childCountOf(item);
            for (int k = 0; k < count; k++) {
                int child = tree.childOf(item, k);
                if (child < 0 && tokenWord[~child] != kIdentifier) {
                    int word = tokenWord[~child];
                    if (word == operatorWord[O_COMMA] || word == operatorWord[O_LPAREN] || word == operatorWord[O_RPAREN]
                            || word == operatorWord[O_LBRACKET] || word == operatorWord[O_RBRACKET]) {
                        continue;
                    }
                    throw giveUp;
                }
                toPattern(child);
            }
            return;
        }
        if (symbol == kListSplat) {
            tree.relabel(item, kListSplatPattern);
            splatTarget(tree.childOf(item, tree.childCountOf(item) - 1));
            return;
        }
        throw giveUp;
    }

    /**
     * What may follow {@code *} in a target. tree-sitter-python allows an attribute or subscript
     * too, but parses {@code *a.b} as an attribute of {@code *a}: only identifiers are taken.
     */
    private void splatTarget(int item) {
        if (item >= 0 || tokenWord[~item] != kIdentifier) {
            throw giveUp;
        }
    }

    /** tree-sitter-python's {@code _right_hand_side}, pushed as one item. */
    private void rightHandSide() {
        int m = tree.mark();
        if (isKeyword(YIELD)) {
            yieldExpression();
            return;
        }
        int items = expressionItems(true);
        if (isOp(O_ASSIGN)) {
            toPatterns(m);
            tree.fieldAt(m, fLeft);
            takeAnonymous();
            rightHandSide();
            tree.field(fRight);
            tree.finish(kAssignment, m);
            return;
        }
        if (type[pos] == PythonLexer.OP && augmented[code[pos]]) {
            throw giveUp;
        }
        if (items > 1 || tree.mark() > m + 1) {
            tree.finish(kExpressionList, m);
        }
    }

    /** tree-sitter-python's {@code _expressions}: one expression or an expression list. */
    private void expressions() {
        int m = tree.mark();
        starExpression();
        if (isOp(O_COMMA)) {
            while (isOp(O_COMMA)) {
                takeAnonymous();
                if (!startsExpression()) {
                    break;
                }
                starExpression();
            }
            tree.finish(kExpressionList, m);
        }
    }

    /** An expression, or {@code *name} (tree-sitter's list_splat_pattern, shown as list_splat). */
    private void starExpression() {
        if (isOp(O_STAR)) {
            int m = tree.mark();
            takeAnonymous();
            starredName(m);
            return;
        }
        expression();
    }

    /**
     * After {@code *} (taken, pending at {@code m}) in an unbracketed expression list: a name on its
     * own. There tree-sitter reads {@code *a.b} as a splat of the whole or as the attribute of
     * {@code *a} depending on more than the tokens around it ({@code for x in *a.b:} takes the
     * latter, {@code return *a.b} the former), and {@code *"s"} is an error: those are left to it.
     */
    private void starredName(int m) {
        int next = peekIndex(1);
        if (type[pos] != PythonLexer.NAME || isOpAt(next, O_DOT) || isOpAt(next, O_LPAREN) || isOpAt(next, O_LBRACKET)
                || type[next] == PythonLexer.OP && (binaryPrecedence[code[next]] >= 0 || code[next] == O_POWER
                        || comparison[code[next]])
                || type[next] == PythonLexer.NAME) {
            throw giveUp;
        }
        identifier();
        tree.finish(kListSplat, m);
    }

    /** Where a starred element of a display stands, which decides how tree-sitter reads {@code *a.b} there. */
    private static final int SPLAT_WHOLE = 0;
    private static final int SPLAT_FIRST_IN_DISPLAY = 1;

    /**
     * {@code *} and what follows in a list, set or tuple display, as tree-sitter-python reads it.
     * {@code *(a)}, {@code *"s"} and a name on its own are a splat of the whole expression. A name
     * with trailers or operators ({@code *a.b}, {@code *f(x)}, {@code *a + b}) is, as its grammar's
     * conflicts fall, either that ({@code list_splat(attribute)}) or the expression built on
     * {@code *a} as a primary ({@code attribute(list_splat(a), b)}): the latter when it is the first
     * element of a list or set display followed by its closing bracket or a comprehension; in a
     * tuple or after another element of a display, the former. Returns whether the primary reading
     * was taken (the element is then an ordinary expression).
     *
     * @param close the display's closing bracket ({@link #SPLAT_FIRST_IN_DISPLAY} only)
     */
    private boolean starred(int context, int close) {
        int start = pos;
        int startDepth = depth;
        int m = tree.mark();
        takeAnonymous();
        boolean name = type[pos] == PythonLexer.NAME;
        expression();
        int splat = tree.finish(kListSplat, m);
        if (!name || tree.childOf(splat, tree.childCountOf(splat) - 1) < 0) {
            return false;
        }
        boolean primary = context == SPLAT_FIRST_IN_DISPLAY && (isOp(close) || atComprehension());
        if (!primary) {
            return false;
        }
        pos = start;
        depth = startDepth;
        tree.reset(m);
        splatPrimary = true;
        expression();
        if (splatPrimary) {
            throw giveUp; // no atom took it
        }
        return true;
    }

    /** Whether a finished expression is built on a {@code *name} primary (its leftmost operand is a splat). */
    private boolean onSplat(int item) {
        while (item >= 0) {
            if (tree.symbol(item) == kListSplat) {
                return true;
            }
            if (tree.childCountOf(item) == 0) {
                return false;
            }
            item = tree.childOf(item, 0);
        }
        return false;
    }

    private void yieldExpression() {
        int m = tree.mark();
        takeAnonymous();
        if (isKeyword(FROM)) {
            takeAnonymous();
            expression();
        } else if (startsExpression()) {
            expressions();
        }
        tree.finish(kYield, m);
    }

    private void importList() {
        importItem();
        while (isOp(O_COMMA)) {
            takeAnonymous();
            if (type[pos] != PythonLexer.NAME) {
                break;
            }
            importItem();
        }
    }

    private void importItem() {
        int m = tree.mark();
        dottedName();
        if (isKeyword(AS)) {
            tree.fieldAt(m, fName);
            takeAnonymous();
            identifier();
            tree.field(fAlias);
            tree.finish(kAliasedImport, m);
        }
        tree.field(fName);
    }

    private void dottedName() {
        int m = tree.mark();
        identifier();
        while (isOp(O_DOT)) {
            takeAnonymous();
            identifier();
        }
        tree.finish(kDottedName, m);
    }

    private void importFrom(int m) {
        takeAnonymous();
        if (isKeyword(FUTURE)) {
            takeAnonymous();
            expectKeyword(IMPORT);
            importNames();
            tree.finish(kFutureImportStatement, m);
            return;
        }
        if (isOp(O_DOT)) {
            int relative = tree.mark();
            while (isOp(O_DOT)) {
                takeAnonymous();
            }
            tree.finish(kImportPrefix, relative);
            if (!isKeyword(IMPORT)) {
                dottedName();
            }
            tree.finish(kRelativeImport, relative);
        } else {
            dottedName();
        }
        tree.field(fModuleName);
        expectKeyword(IMPORT);
        if (isOp(O_STAR)) {
            int w = tree.mark();
            takeAnonymous();
            tree.finish(kWildcardImport, w);
        } else {
            importNames();
        }
        tree.finish(kImportFromStatement, m);
    }

    private void importNames() {
        if (isOp(O_LPAREN)) {
            takeAnonymous();
            importList();
            expectOp(O_RPAREN);
        } else {
            importList();
        }
    }

    // ---- compound statements

    /** A block after a colon: an indented block, or simple statements on the same line. */
    private void suite(int field) {
        if (type[pos] == PythonLexer.INDENT) {
            take(-1);
            int m = tree.mark();
            do {
                statement();
            } while (type[pos] != PythonLexer.DEDENT && type[pos] != PythonLexer.END);
            if (type[pos] != PythonLexer.DEDENT) {
                throw giveUp;
            }
            take(-1);
            tree.finish(kBlock, m);
        } else if (type[pos] == PythonLexer.NEWLINE || type[pos] == PythonLexer.END) {
            throw giveUp;
        } else {
            int m = tree.mark();
            simpleStatements();
            tree.finish(kBlock, m);
        }
        if (field > 0) {
            tree.field(field);
        }
    }

    private void ifStatement() {
        int m = tree.mark();
        takeAnonymous();
        expression();
        tree.field(fCondition);
        expectOp(O_COLON);
        suite(fConsequence);
        while (isKeyword(ELIF)) {
            int e = tree.mark();
            takeAnonymous();
            expression();
            tree.field(fCondition);
            expectOp(O_COLON);
            suite(fConsequence);
            tree.finish(kElifClause, e);
            tree.field(fAlternative);
        }
        if (isKeyword(ELSE)) {
            elseClause();
            tree.field(fAlternative);
        }
        tree.finish(kIfStatement, m);
    }

    private void elseClause() {
        int m = tree.mark();
        takeAnonymous();
        expectOp(O_COLON);
        suite(fBody);
        tree.finish(kElseClause, m);
    }

    private void forStatement(int m) {
        expectKeyword(FOR);
        targets();
        tree.field(fLeft);
        expectKeyword(IN);
        expressions();
        tree.field(fRight);
        expectOp(O_COLON);
        suite(fBody);
        if (isKeyword(ELSE)) {
            elseClause();
            tree.field(fAlternative);
        }
        tree.finish(kForStatement, m);
    }

    private void whileStatement() {
        int m = tree.mark();
        takeAnonymous();
        expression();
        tree.field(fCondition);
        expectOp(O_COLON);
        suite(fBody);
        if (isKeyword(ELSE)) {
            elseClause();
            tree.field(fAlternative);
        }
        tree.finish(kWhileStatement, m);
    }

    private void tryStatement() {
        int m = tree.mark();
        takeAnonymous();
        expectOp(O_COLON);
        suite(fBody);
        boolean handlers = false;
        while (isKeyword(EXCEPT)) {
            handlers = true;
            int e = tree.mark();
            takeAnonymous();
            if (isOp(O_STAR)) {
                throw giveUp;
            }
            if (!isOp(O_COLON)) {
                int value = tree.mark();
                expression();
                if (isKeyword(AS)) {
                    asPattern(value);
                } else if (isOp(O_COMMA)) {
                    throw giveUp;
                }
            }
            expectOp(O_COLON);
            suite(0);
            tree.finish(kExceptClause, e);
        }
        if (handlers && isKeyword(ELSE)) {
            elseClause();
        }
        if (isKeyword(FINALLY)) {
            int f = tree.mark();
            takeAnonymous();
            expectOp(O_COLON);
            suite(0);
            tree.finish(kFinallyClause, f);
        } else if (!handlers) {
            throw giveUp;
        }
        tree.finish(kTryStatement, m);
    }

    /** {@code value as target} after the value (pending at {@code m}). */
    private void asPattern(int m) {
        takeAnonymous();
        int t = tree.mark();
        expression();
        tree.finish(kAsPatternTarget, t);
        tree.field(fAlias);
        tree.finish(kAsPattern, m);
    }

    private void withStatement(int m) {
        expectKeyword(WITH);
        int clause = tree.mark();
        boolean done = false;
        if (isOp(O_LPAREN)) {
            int saved = pos;
            int savedDepth = depth;
            boolean ambiguous = false;
            try {
                takeAnonymous();
                int items = 0;
                boolean trailing = false;
                while (true) {
                    withItem();
                    items++;
                    if (isOp(O_COMMA)) {
                        takeAnonymous();
                        if (isOp(O_RPAREN)) {
                            trailing = true;
                            break;
                        }
                        continue;
                    }
                    break;
                }
                expectOp(O_RPAREN);
                if (!isOp(O_COLON)) {
                    throw giveUp;
                }
                // "with (a):" or "with (a as b):": tree-sitter's choice is not known here
                ambiguous = items == 1 && !trailing;
                done = !ambiguous;
            } catch (GiveUp e) {
                pos = saved;
                depth = savedDepth;
                tree.reset(clause);
            }
            if (ambiguous) {
                throw giveUp;
            }
        }
        if (!done) {
            withItem();
            while (isOp(O_COMMA)) {
                takeAnonymous();
                if (isOp(O_COLON)) {
                    break;
                }
                withItem();
            }
        }
        tree.finish(kWithClause, clause);
        expectOp(O_COLON);
        suite(fBody);
        tree.finish(kWithStatement, m);
    }

    private void withItem() {
        int m = tree.mark();
        expression();
        if (isKeyword(AS)) {
            asPattern(m);
        }
        tree.field(fValue);
        tree.finish(kWithItem, m);
    }

    private void functionDefinition() {
        int m = tree.mark();
        if (isKeyword(ASYNC)) {
            takeAnonymous();
        }
        expectKeyword(DEF);
        identifier();
        tree.field(fName);
        if (isOp(O_LBRACKET)) {
            throw giveUp;
        }
        parameters();
        tree.field(fParameters);
        if (isOp(O_ARROW)) {
            takeAnonymous();
            type();
            tree.field(fReturnType);
        }
        expectOp(O_COLON);
        suite(fBody);
        tree.finish(kFunctionDefinition, m);
    }

    private void parameters() {
        int m = tree.mark();
        expectOp(O_LPAREN);
        while (!isOp(O_RPAREN)) {
            parameter(true);
            if (isOp(O_COMMA)) {
                takeAnonymous();
            } else {
                break;
            }
        }
        expectOp(O_RPAREN);
        tree.finish(kParameters, m);
    }

    private void parameter(boolean typed) {
        int m = tree.mark();
        if (isOp(O_STAR) || isOp(O_POWER)) {
            boolean star = isOp(O_STAR);
            int next = peekIndex(1);
            if (star && (isOpAt(next, O_COMMA) || isOpAt(next, O_RPAREN) || isOpAt(next, O_COLON))) {
                takeAnonymous();
                tree.finish(kKeywordSeparator, m);
                return;
            }
            takeAnonymous();
            identifier();
            tree.finish(star ? kListSplatPattern : kDictionarySplatPattern, m);
            if (typed && isOp(O_COLON)) {
                takeAnonymous();
                type();
                tree.field(fType);
                tree.finish(kTypedParameter, m);
            }
            return;
        }
        if (isOp(O_SLASH)) {
            takeAnonymous();
            tree.finish(kPositionalSeparator, m);
            return;
        }
        identifier();
        if (typed && isOp(O_COLON)) {
            takeAnonymous();
            type();
            tree.field(fType);
            if (isOp(O_ASSIGN)) {
                tree.fieldAt(m, fName);
                takeAnonymous();
                expression();
                tree.field(fValue);
                tree.finish(kTypedDefaultParameter, m);
            } else {
                tree.finish(kTypedParameter, m);
            }
            return;
        }
        if (isOp(O_ASSIGN)) {
            tree.fieldAt(m, fName);
            takeAnonymous();
            expression();
            tree.field(fValue);
            tree.finish(kDefaultParameter, m);
        }
    }

    private void classDefinition() {
        int m = tree.mark();
        takeAnonymous();
        identifier();
        tree.field(fName);
        if (isOp(O_LBRACKET)) {
            throw giveUp;
        }
        if (isOp(O_LPAREN)) {
            arguments(false);
            tree.field(fSuperclasses);
        }
        expectOp(O_COLON);
        suite(fBody);
        tree.finish(kClassDefinition, m);
    }

    private void decoratedDefinition() {
        int m = tree.mark();
        while (isOp(O_AT)) {
            int d = tree.mark();
            takeAnonymous();
            expression();
            if (type[pos] != PythonLexer.NEWLINE || code[pos] != 0) {
                throw giveUp;
            }
            take(-1);
            tree.finish(kDecorator, d);
        }
        if (isKeyword(CLASS)) {
            classDefinition();
        } else if (isKeyword(DEF) || isKeyword(ASYNC) && isKeywordAt(peekIndex(1), DEF)) {
            functionDefinition();
        } else {
            throw giveUp;
        }
        tree.field(fDefinition);
        tree.finish(kDecoratedDefinition, m);
    }

    // ---- types

    /**
     * A type: a generic type ({@code name[...]}), unions of generic types (left-associative; a
     * union whose next member is not generic takes the rest as one type), or an expression.
     */
    private void type() {
        int m = tree.mark();
        if (!atGeneric()) {
            expression();
            tree.finish(kType, m);
            return;
        }
        genericType();
        while (isOp(O_PIPE)) {
            tree.finish(kType, m);
            takeAnonymous();
            int right = tree.mark();
            if (atGeneric()) {
                genericType();
                tree.finish(kType, right);
                tree.finish(kUnionType, m);
                continue;
            }
            type();
            tree.finish(kUnionType, m);
            break;
        }
        if (isOp(O_DOT) || isOp(O_LBRACKET) || isOp(O_LPAREN)) {
            throw giveUp;
        }
        tree.finish(kType, m);
    }

    private boolean atGeneric() {
        return type[pos] == PythonLexer.NAME && code[pos] == 0 && isOpAt(peekIndex(1), O_LBRACKET);
    }

    private void genericType() {
        int m = tree.mark();
        take(kIdentifier);
        typeParameter();
        tree.finish(kGenericType, m);
        if (isOp(O_DOT) || isOp(O_LBRACKET) || isOp(O_LPAREN)) {
            throw giveUp;
        }
    }

    private void typeParameter() {
        int m = tree.mark();
        expectOp(O_LBRACKET);
        type();
        while (isOp(O_COMMA)) {
            takeAnonymous();
            if (isOp(O_RBRACKET)) {
                break;
            }
            type();
        }
        expectOp(O_RBRACKET);
        tree.finish(kTypeParameter, m);
    }

    // ---- expressions

    private void expression() {
        expression(true);
    }

    /** An expression; without {@code conditional}, one that stops before {@code if} (comprehension clauses). */
    private void expression(boolean conditional) {
        enter();
        if (isKeyword(LAMBDA)) {
            if (!conditional) {
                throw giveUp;
            }
            lambda();
            depth--;
            return;
        }
        int m = tree.mark();
        orTest();
        if (isOp(O_WALRUS)) {
            int item = tree.itemAt(m);
            if (tree.mark() != m + 1 || item >= 0 || tokenWord[~item] != kIdentifier) {
                throw giveUp;
            }
            tree.fieldAt(m, fName);
            takeAnonymous();
            expression();
            tree.field(fValue);
            tree.finish(kNamedExpression, m);
        } else if (conditional && isKeyword(IF)) {
            takeAnonymous();
            orTest();
            expectKeyword(ELSE);
            expression();
            tree.finish(kConditionalExpression, m);
        }
        depth--;
    }

    private void lambda() {
        int m = tree.mark();
        takeAnonymous();
        if (!isOp(O_COLON)) {
            int p = tree.mark();
            while (true) {
                parameter(false);
                if (isOp(O_COMMA)) {
                    takeAnonymous();
                    if (isOp(O_COLON)) {
                        break;
                    }
                } else {
                    break;
                }
            }
            tree.finish(kLambdaParameters, p);
            tree.field(fParameters);
        }
        expectOp(O_COLON);
        expression();
        tree.field(fBody);
        tree.finish(kLambda, m);
    }

    private void orTest() {
        int m = tree.mark();
        andTest();
        while (isKeyword(OR)) {
            tree.fieldAt(m, fLeft);
            takeAnonymous();
            tree.field(fOperator);
            andTest();
            tree.field(fRight);
            tree.finish(kBooleanOperator, m);
        }
    }

    private void andTest() {
        int m = tree.mark();
        notTest();
        while (isKeyword(AND)) {
            tree.fieldAt(m, fLeft);
            takeAnonymous();
            tree.field(fOperator);
            notTest();
            tree.field(fRight);
            tree.finish(kBooleanOperator, m);
        }
    }

    private void notTest() {
        if (isKeyword(NOT)) {
            enter();
            int m = tree.mark();
            takeAnonymous();
            notTest();
            tree.field(fArgument);
            tree.finish(kNotOperator, m);
            depth--;
            return;
        }
        comparison();
    }

    private void comparison() {
        int m = tree.mark();
        binary(14);
        boolean any = false;
        while (true) {
            if (type[pos] == PythonLexer.OP && comparison[code[pos]] || isKeyword(IN) || isKeyword(IS)) {
                if (isKeyword(IS) && isKeywordAt(peekIndex(1), NOT)) {
                    int o = tree.mark();
                    takeAnonymous();
                    takeAnonymous();
                    tree.finish(isNotWord, o);
                } else {
                    takeAnonymous();
                }
            } else if (isKeyword(NOT) && isKeywordAt(peekIndex(1), IN)) {
                int o = tree.mark();
                takeAnonymous();
                takeAnonymous();
                tree.finish(notInWord, o);
            } else {
                break;
            }
            tree.field(fOperators);
            binary(14);
            any = true;
        }
        if (any) {
            tree.finish(kComparisonOperator, m);
        }
    }

    private void binary(int minimum) {
        enter();
        int m = tree.mark();
        unary();
        while (type[pos] == PythonLexer.OP) {
            int level = binaryPrecedence[code[pos]];
            if (level < minimum) {
                break;
            }
            tree.fieldAt(m, fLeft);
            takeAnonymous();
            tree.field(fOperator);
            binary(level + 1);
            tree.field(fRight);
            tree.finish(kBinaryOperator, m);
        }
        depth--;
    }

    private void unary() {
        if (isOp(O_MINUS) || isOp(O_PLUS) || isOp(O_TILDE)) {
            enter();
            int m = tree.mark();
            takeAnonymous();
            tree.field(fOperator);
            unary();
            tree.field(fArgument);
            tree.finish(kUnaryOperator, m);
            depth--;
            return;
        }
        if (isKeyword(AWAIT)) {
            enter();
            int m = tree.mark();
            takeAnonymous();
            unary();
            tree.finish(kAwait, m);
            depth--;
            return;
        }
        power();
    }

    private void power() {
        int m = tree.mark();
        postfix();
        if (isOp(O_POWER)) {
            enter();
            tree.fieldAt(m, fLeft);
            takeAnonymous();
            tree.field(fOperator);
            unary();
            tree.field(fRight);
            tree.finish(kBinaryOperator, m);
            depth--;
        }
    }

    private void postfix() {
        int m = tree.mark();
        atom();
        trailers(m);
    }

    /** Attribute accesses, calls and subscripts applied to the primary pending at {@code m}. */
    private void trailers(int m) {
        while (true) {
            if (isOp(O_DOT)) {
                tree.fieldAt(m, fObject);
                takeAnonymous();
                identifier();
                tree.field(fAttribute);
                tree.finish(kAttribute, m);
            } else if (isOp(O_LPAREN)) {
                tree.fieldAt(m, fFunction);
                arguments(true);
                tree.field(fArguments);
                tree.finish(kCall, m);
            } else if (isOp(O_LBRACKET)) {
                tree.fieldAt(m, fValue);
                takeAnonymous();
                subscriptItem();
                tree.field(fSubscript);
                while (isOp(O_COMMA)) {
                    takeAnonymous();
                    if (isOp(O_RBRACKET)) {
                        break;
                    }
                    subscriptItem();
                    tree.field(fSubscript);
                }
                expectOp(O_RBRACKET);
                tree.finish(kSubscript, m);
            } else {
                return;
            }
        }
    }

    private void subscriptItem() {
        int m = tree.mark();
        if (!isOp(O_COLON)) {
            expression();
            if (!isOp(O_COLON)) {
                return;
            }
        }
        takeAnonymous();
        if (!isOp(O_COLON) && !isOp(O_RBRACKET) && !isOp(O_COMMA)) {
            expression();
        }
        if (isOp(O_COLON)) {
            takeAnonymous();
            if (!isOp(O_RBRACKET) && !isOp(O_COMMA)) {
                expression();
            }
        }
        tree.finish(kSlice, m);
    }

    /** An argument list; with {@code generator}, a single generator argument makes a generator expression. */
    private void arguments(boolean generator) {
        enter();
        int m = tree.mark();
        takeAnonymous();
        if (isOp(O_RPAREN)) {
            takeAnonymous();
            tree.finish(kArgumentList, m);
            depth--;
            return;
        }
        boolean plain = argument();
        if (plain && (isKeyword(FOR) || isKeyword(ASYNC) && isKeywordAt(peekIndex(1), FOR))) {
            if (!generator) {
                throw giveUp;
            }
            comprehension(m, m + 1, O_RPAREN, kGeneratorExpression);
            depth--;
            return;
        }
        while (isOp(O_COMMA)) {
            takeAnonymous();
            if (isOp(O_RPAREN)) {
                break;
            }
            argument();
        }
        expectOp(O_RPAREN);
        tree.finish(kArgumentList, m);
        depth--;
    }

    /** One argument; returns whether it is a plain expression. */
    private boolean argument() {
        int m = tree.mark();
        if (isOp(O_STAR) || isOp(O_POWER)) {
            boolean star = isOp(O_STAR);
            takeAnonymous();
            expression();
            tree.finish(star ? kListSplat : kDictionarySplat, m);
            return false;
        }
        if (type[pos] == PythonLexer.NAME && !reserved(code[pos]) && isOpAt(peekIndex(1), O_ASSIGN)) {
            take(kIdentifier);
            tree.field(fName);
            takeAnonymous();
            expression();
            tree.field(fValue);
            tree.finish(kKeywordArgument, m);
            return false;
        }
        expression();
        return true;
    }

    private void comprehensionClauses() {
        if (!isKeyword(FOR) && !isKeyword(ASYNC)) {
            throw giveUp;
        }
        while (true) {
            if (isKeyword(FOR) || isKeyword(ASYNC) && isKeywordAt(peekIndex(1), FOR)) {
                int m = tree.mark();
                if (isKeyword(ASYNC)) {
                    takeAnonymous();
                }
                takeAnonymous();
                targets();
                tree.field(fLeft);
                expectKeyword(IN);
                expression(false);
                tree.field(fRight);
                while (isOp(O_COMMA)) {
                    // the grammar's field covers the whole comma-separated list, commas too
                    takeAnonymous();
                    tree.field(fRight);
                    if (!startsExpression()) {
                        break;
                    }
                    expression(false);
                    tree.field(fRight);
                }
                tree.finish(kForInClause, m);
            } else if (isKeyword(IF)) {
                int m = tree.mark();
                takeAnonymous();
                expression(false);
                tree.finish(kIfClause, m);
            } else {
                return;
            }
        }
    }

    /** Assignment targets of {@code for}: a pattern or a pattern list. */
    private void targets() {
        int m = tree.mark();
        target();
        boolean list = false;
        while (isOp(O_COMMA)) {
            list = true;
            takeAnonymous();
            if (isKeyword(IN)) {
                break;
            }
            target();
        }
        if (list) {
            tree.finish(kPatternList, m);
        }
    }

    private void target() {
        if (isOp(O_STAR)) {
            int m = tree.mark();
            takeAnonymous();
            postfix();
            splatTarget(tree.last());
            tree.finish(kListSplatPattern, m);
            return;
        }
        postfix();
        toPattern(tree.last());
    }

    private void atom() {
        if (splatPrimary) {
            splatPrimary = false;
            if (isOp(O_STAR)) {
                int m = tree.mark();
                takeAnonymous();
                identifier();
                tree.finish(kListSplat, m);
                return;
            }
        }
        int t = type[pos];
        if (t == PythonLexer.NAME) {
            int c = code[pos];
            if (c == TRUE) {
                take(kTrue);
            } else if (c == FALSE) {
                take(kFalse);
            } else if (c == NONE) {
                take(kNone);
            } else if (reserved(c) || c == AWAIT || c == ASYNC) {
                throw giveUp;
            } else {
                take(kIdentifier);
            }
            return;
        }
        if (t == PythonLexer.INTEGER) {
            take(kInteger);
            return;
        }
        if (t == PythonLexer.FLOAT) {
            take(kFloat);
            return;
        }
        if (t == PythonLexer.STRING_START) {
            strings();
            return;
        }
        if (t != PythonLexer.OP) {
            throw giveUp;
        }
        int c = code[pos];
        if (c == O_LPAREN) {
            parenthesized();
        } else if (c == O_LBRACKET) {
            listDisplay();
        } else if (c == O_LBRACE) {
            braceDisplay();
        } else if (c == O_ELLIPSIS) {
            take(kEllipsis);
        } else {
            throw giveUp;
        }
    }

    private boolean atComprehension() {
        return isKeyword(FOR) || isKeyword(ASYNC) && isKeywordAt(peekIndex(1), FOR);
    }

    private boolean element() {
        return element(SPLAT_WHOLE, -1);
    }

    /**
     * A collection element: an expression, {@code *expression} or a yield; returns whether it is an
     * ordinary expression (one that may start a comprehension). {@code splat} and {@code close} say
     * where it stands (see {@link #starred}).
     */
    private boolean element(int splat, int close) {
        if (isOp(O_STAR)) {
            return starred(splat, close);
        }
        if (isKeyword(YIELD)) {
            yieldExpression();
            return false;
        }
        expression();
        return true;
    }

    private void parenthesized() {
        enter();
        int m = tree.mark();
        takeAnonymous();
        if (isOp(O_RPAREN)) {
            takeAnonymous();
            tree.finish(kTuple, m);
            depth--;
            return;
        }
        if (isKeyword(YIELD)) {
            yieldExpression();
            expectOp(O_RPAREN);
            tree.finish(kParenthesizedExpression, m);
            depth--;
            return;
        }
        boolean plain = element();
        if (plain && atComprehension()) {
            comprehension(m, m + 1, O_RPAREN, kGeneratorExpression);
            depth--;
            return;
        }
        if (isOp(O_RPAREN)) {
            if (!plain) {
                throw giveUp;
            }
            takeAnonymous();
            tree.finish(kParenthesizedExpression, m);
            depth--;
            return;
        }
        elementsRest(m, O_RPAREN, kTuple);
        depth--;
    }

    private void listDisplay() {
        enter();
        int m = tree.mark();
        takeAnonymous();
        if (isOp(O_RBRACKET)) {
            takeAnonymous();
            tree.finish(kList, m);
            depth--;
            return;
        }
        boolean plain = element(SPLAT_FIRST_IN_DISPLAY, O_RBRACKET);
        if (plain && atComprehension()) {
            comprehension(m, m + 1, O_RBRACKET, kListComprehension);
            depth--;
            return;
        }
        elementsRest(m, O_RBRACKET, kList);
        depth--;
    }

    private void braceDisplay() {
        enter();
        int m = tree.mark();
        takeAnonymous();
        if (isOp(O_RBRACE)) {
            takeAnonymous();
            tree.finish(kDictionary, m);
            depth--;
            return;
        }
        if (isOp(O_POWER)) {
            dictionaryItems(m);
            depth--;
            return;
        }
        if (isOp(O_STAR)) {
            setItems(m);
            depth--;
            return;
        }
        int first = tree.mark();
        expression();
        if (isOp(O_COLON)) {
            tree.fieldAt(first, fKey);
            takeAnonymous();
            expression();
            tree.field(fValue);
            tree.finish(kPair, first);
            if (atComprehension()) {
                comprehension(m, first, O_RBRACE, kDictionaryComprehension);
                depth--;
                return;
            }
            dictionaryRest(m);
            depth--;
            return;
        }
        if (atComprehension()) {
            comprehension(m, first, O_RBRACE, kSetComprehension);
            depth--;
            return;
        }
        setRest(m);
        depth--;
    }

    private void dictionaryItems(int m) {
        dictionaryItem();
        dictionaryRest(m);
    }

    private void dictionaryItem() {
        int m = tree.mark();
        if (isOp(O_POWER)) {
            takeAnonymous();
            expression();
            tree.finish(kDictionarySplat, m);
            return;
        }
        expression();
        tree.fieldAt(m, fKey);
        expectOp(O_COLON);
        expression();
        tree.field(fValue);
        tree.finish(kPair, m);
    }

    private void dictionaryRest(int m) {
        while (isOp(O_COMMA)) {
            takeAnonymous();
            if (isOp(O_RBRACE)) {
                break;
            }
            dictionaryItem();
        }
        expectOp(O_RBRACE);
        tree.finish(kDictionary, m);
    }

    private void setItems(int m) {
        if (element(SPLAT_FIRST_IN_DISPLAY, O_RBRACE) && atComprehension()) {
            comprehension(m, m + 1, O_RBRACE, kSetComprehension);
            return;
        }
        setRest(m);
    }

    private void setRest(int m) {
        elementsRest(m, O_RBRACE, kSet);
    }

    /** The comprehension clauses after a body pending at {@code body}, the closing bracket, the node from {@code m}. */
    private void comprehension(int m, int body, int close, int kind) {
        tree.fieldAt(body, fBody);
        comprehensionClauses();
        expectOp(close);
        tree.finish(kind, m);
    }

    /** The elements after a display's first one, the closing bracket, the node from {@code m}. */
    private void elementsRest(int m, int close, int kind) {
        while (isOp(O_COMMA)) {
            takeAnonymous();
            if (isOp(close)) {
                break;
            }
            element();
        }
        expectOp(close);
        tree.finish(kind, m);
    }

    private void strings() {
        int m = tree.mark();
        string();
        if (type[pos] == PythonLexer.STRING_START) {
            while (type[pos] == PythonLexer.STRING_START) {
                string();
            }
            tree.finish(kConcatenatedString, m);
        }
    }

    private void string() {
        enter();
        int m = tree.mark();
        take(kStringStart);
        while (true) {
            int t = type[pos];
            if (t == PythonLexer.STRING_END) {
                take(kStringEnd);
                break;
            }
            if (isContent(t)) {
                int c = tree.mark();
                while (isContent(type[pos])) {
                    int piece = type[pos];
                    take(piece == PythonLexer.ESCAPE ? kEscapeSequence
                            : piece == PythonLexer.ESCAPE_INTERPOLATION ? kEscapeInterpolation
                            : piece == PythonLexer.NOT_ESCAPE ? backslashWord : -1);
                }
                tree.finish(kStringContent, c);
                continue;
            }
            if (isOp(O_LBRACE)) {
                interpolation(kInterpolation);
                continue;
            }
            throw giveUp;
        }
        tree.finish(kString, m);
        depth--;
    }

    private static boolean isContent(int t) {
        return t == PythonLexer.CONTENT || t == PythonLexer.ESCAPE || t == PythonLexer.NOT_ESCAPE
                || t == PythonLexer.ESCAPE_INTERPOLATION;
    }

    private void interpolation(int kind) {
        enter();
        int m = tree.mark();
        takeAnonymous();
        if (isKeyword(YIELD) || isOp(O_STAR)) {
            throw giveUp;
        }
        expression();
        if (isOp(O_COMMA)) {
            throw giveUp;
        }
        tree.field(fExpression);
        if (isOp(O_ASSIGN)) {
            takeAnonymous();
        }
        if (type[pos] == PythonLexer.TYPE_CONVERSION) {
            take(kTypeConversion);
            tree.field(fTypeConversion);
        }
        if (isOp(O_COLON)) {
            int f = tree.mark();
            takeAnonymous();
            while (!isOp(O_RBRACE)) {
                if (type[pos] == PythonLexer.FORMAT_TEXT) {
                    take(-1);
                } else if (isOp(O_LBRACE)) {
                    interpolation(kFormatExpression);
                } else {
                    throw giveUp;
                }
            }
            tree.finish(kFormatSpecifier, f);
            tree.field(fFormatSpecifier);
        }
        expectOp(O_RBRACE);
        tree.finish(kind, m);
        depth--;
    }
}
