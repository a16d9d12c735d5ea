package gotruffle.stdlib.json;

import gotruffle.stdlib.text.Quote;
import gotruffle.stdlib.text.Utf8;

import java.util.Arrays;

/**
 * JSON syntax, one byte at a time (the state machine behind Go's Valid, Compact, Indent,
 * Unmarshal's up-front check and Decoder's search for the end of a value). Each step returns
 * what the byte was (an op); errors carry Go's messages and the offset Go reports (the count of
 * bytes stepped, this one included).
 */
public final class JsonScanner {
    // ops, in Go's order (callers compare with SKIP_SPACE)
    public static final int CONTINUE = 0, BEGIN_LITERAL = 1, BEGIN_OBJECT = 2, OBJECT_KEY = 3, OBJECT_VALUE = 4,
            END_OBJECT = 5, BEGIN_ARRAY = 6, ARRAY_VALUE = 7, END_ARRAY = 8, SKIP_SPACE = 9, END = 10, ERROR = 11;

    private static final int PARSE_OBJECT_KEY = 0, PARSE_OBJECT_VALUE = 1, PARSE_ARRAY_VALUE = 2;
    private static final int MAX_DEPTH = 10000;

    private enum State {
        BEGIN_VALUE_OR_EMPTY, BEGIN_VALUE, BEGIN_STRING_OR_EMPTY, BEGIN_STRING, END_VALUE, END_TOP, IN_STRING, IN_STRING_ESC,
        ESC_U, ESC_U1, ESC_U12, ESC_U123, NEG, ONE, ZERO, DOT, DOT0, E, E_SIGN, E0, T, TR, TRU, F, FA, FAL, FALS, N, NU, NUL, ERROR
    }

    private State state = State.BEGIN_VALUE;
    private int[] stack = new int[16];
    private int depth;
    private boolean endTop;
    /** The syntax error, if any: message and offset. */
    public String errMsg;
    public long errOffset;
    /** Bytes counted for error offsets (callers increment it before each step, as Go does). */
    public long bytes;

    public void reset() {
        state = State.BEGIN_VALUE;
        depth = 0;
        endTop = false;
        errMsg = null;
    }

    public int depth() {
        return depth;
    }

    public boolean failed() {
        return errMsg != null;
    }

    /** End of input: END when a complete value was seen, else ERROR ("unexpected end of JSON input"). */
    public int eof() {
        if (errMsg != null) {
            return ERROR;
        }
        if (endTop) {
            return END;
        }
        step(' ');
        if (endTop) {
            return END;
        }
        if (errMsg == null) {
            errMsg = "unexpected end of JSON input";
            errOffset = bytes;
        }
        return ERROR;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** One byte (0..255). */
    public int step(int c) {
        switch (state) {
            case BEGIN_VALUE_OR_EMPTY:
                if (isSpace(c)) {
                    return SKIP_SPACE;
                }
                return c == ']' ? endValue(c) : beginValue(c);
            case BEGIN_VALUE:
                return beginValue(c);
            case BEGIN_STRING_OR_EMPTY:
                if (isSpace(c)) {
                    return SKIP_SPACE;
                }
                if (c == '}') {
                    stack[depth - 1] = PARSE_OBJECT_VALUE;
                    return endValue(c);
                }
                return beginString(c);
            case BEGIN_STRING:
                return beginString(c);
            case END_VALUE:
                return endValue(c);
            case END_TOP:
                return endTop(c);
            case IN_STRING:
                if (c == '"') {
                    state = State.END_VALUE;
                    return CONTINUE;
                }
                if (c == '\\') {
                    state = State.IN_STRING_ESC;
                    return CONTINUE;
                }
                if (c < 0x20) {
                    return error(c, "in string literal");
                }
                return CONTINUE;
            case IN_STRING_ESC:
                switch (c) {
                    case 'b', 'f', 'n', 'r', 't', '\\', '/', '"' -> {
                        state = State.IN_STRING;
                        return CONTINUE;
                    }
                    case 'u' -> {
                        state = State.ESC_U;
                        return CONTINUE;
                    }
                    default -> {
                        return error(c, "in string escape code");
                    }
                }
            case ESC_U:
                return hex(c, State.ESC_U1);
            case ESC_U1:
                return hex(c, State.ESC_U12);
            case ESC_U12:
                return hex(c, State.ESC_U123);
            case ESC_U123:
                return hex(c, State.IN_STRING);
            case NEG:
                if (c == '0') {
                    state = State.ZERO;
                    return CONTINUE;
                }
                if (c >= '1' && c <= '9') {
                    state = State.ONE;
                    return CONTINUE;
                }
                return error(c, "in numeric literal");
            case ONE:
                if (c >= '0' && c <= '9') {
                    return CONTINUE;
                }
                return zero(c);
            case ZERO:
                return zero(c);
            case DOT:
                if (c >= '0' && c <= '9') {
                    state = State.DOT0;
                    return CONTINUE;
                }
                return error(c, "after decimal point in numeric literal");
            case DOT0:
                if (c >= '0' && c <= '9') {
                    return CONTINUE;
                }
                if (c == 'e' || c == 'E') {
                    state = State.E;
                    return CONTINUE;
                }
                return endValue(c);
            case E:
                if (c == '+' || c == '-') {
                    state = State.E_SIGN;
                    return CONTINUE;
                }
                return eSign(c);
            case E_SIGN:
                return eSign(c);
            case E0:
                if (c >= '0' && c <= '9') {
                    return CONTINUE;
                }
                return endValue(c);
            case T:
                return literal(c, 'r', State.TR, "in literal true (expecting 'r')");
            case TR:
                return literal(c, 'u', State.TRU, "in literal true (expecting 'u')");
            case TRU:
                return literal(c, 'e', State.END_VALUE, "in literal true (expecting 'e')");
            case F:
                return literal(c, 'a', State.FA, "in literal false (expecting 'a')");
            case FA:
                return literal(c, 'l', State.FAL, "in literal false (expecting 'l')");
            case FAL:
                return literal(c, 's', State.FALS, "in literal false (expecting 's')");
            case FALS:
                return literal(c, 'e', State.END_VALUE, "in literal false (expecting 'e')");
            case N:
                return literal(c, 'u', State.NU, "in literal null (expecting 'u')");
            case NU:
                return literal(c, 'l', State.NUL, "in literal null (expecting 'l')");
            case NUL:
                return literal(c, 'l', State.END_VALUE, "in literal null (expecting 'l')");
            default:
                return ERROR;
        }
    }

    private int literal(int c, int want, State next, String context) {
        if (c == want) {
            state = next;
            return CONTINUE;
        }
        return error(c, context);
    }

    private int hex(int c, State next) {
        if (isHex(c)) {
            state = next;
            return CONTINUE;
        }
        return error(c, "in \\u hexadecimal character escape");
    }

    private int zero(int c) {
        if (c == '.') {
            state = State.DOT;
            return CONTINUE;
        }
        if (c == 'e' || c == 'E') {
            state = State.E;
            return CONTINUE;
        }
        return endValue(c);
    }

    private int eSign(int c) {
        if (c >= '0' && c <= '9') {
            state = State.E0;
            return CONTINUE;
        }
        return error(c, "in exponent of numeric literal");
    }

    private int push(int c, int parseState, int op) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = parseState;
        if (depth <= MAX_DEPTH) {
            return op;
        }
        return error(c, "exceeded max depth");
    }

    private void pop() {
        depth--;
        if (depth == 0) {
            state = State.END_TOP;
            endTop = true;
        } else {
            state = State.END_VALUE;
        }
    }

    private int beginValue(int c) {
        if (isSpace(c)) {
            return SKIP_SPACE;
        }
        switch (c) {
            case '{':
                state = State.BEGIN_STRING_OR_EMPTY;
                return push(c, PARSE_OBJECT_KEY, BEGIN_OBJECT);
            case '[':
                state = State.BEGIN_VALUE_OR_EMPTY;
                return push(c, PARSE_ARRAY_VALUE, BEGIN_ARRAY);
            case '"':
                state = State.IN_STRING;
                return BEGIN_LITERAL;
            case '-':
                state = State.NEG;
                return BEGIN_LITERAL;
            case '0':
                state = State.ZERO;
                return BEGIN_LITERAL;
            case 't':
                state = State.T;
                return BEGIN_LITERAL;
            case 'f':
                state = State.F;
                return BEGIN_LITERAL;
            case 'n':
                state = State.N;
                return BEGIN_LITERAL;
            default:
                if (c >= '1' && c <= '9') {
                    state = State.ONE;
                    return BEGIN_LITERAL;
                }
                return error(c, "looking for beginning of value");
        }
    }

    private int beginString(int c) {
        if (isSpace(c)) {
            return SKIP_SPACE;
        }
        if (c == '"') {
            state = State.IN_STRING;
            return BEGIN_LITERAL;
        }
        return error(c, "looking for beginning of object key string");
    }

    /** After a value: what may follow depends on the enclosing object or array. */
    public int endValue(int c) {
        if (depth == 0) {
            state = State.END_TOP;
            endTop = true;
            return endTop(c);
        }
        if (isSpace(c)) {
            state = State.END_VALUE;
            return SKIP_SPACE;
        }
        switch (stack[depth - 1]) {
            case PARSE_OBJECT_KEY:
                if (c == ':') {
                    stack[depth - 1] = PARSE_OBJECT_VALUE;
                    state = State.BEGIN_VALUE;
                    return OBJECT_KEY;
                }
                return error(c, "after object key");
            case PARSE_OBJECT_VALUE:
                if (c == ',') {
                    stack[depth - 1] = PARSE_OBJECT_KEY;
                    state = State.BEGIN_STRING;
                    return OBJECT_VALUE;
                }
                if (c == '}') {
                    pop();
                    return END_OBJECT;
                }
                return error(c, "after object key:value pair");
            default:
                if (c == ',') {
                    state = State.BEGIN_VALUE;
                    return ARRAY_VALUE;
                }
                if (c == ']') {
                    pop();
                    return END_ARRAY;
                }
                return error(c, "after array element");
        }
    }

    private int endTop(int c) {
        if (!isSpace(c)) {
            error(c, "after top-level value");
        }
        return END;
    }

    private int error(int c, String context) {
        state = State.ERROR;
        errMsg = "invalid character " + quoteChar(c) + " " + context;
        errOffset = bytes;
        return ERROR;
    }

    /** The byte as Go's quoteChar shows it: 'x', '\'', '"', '\n', '\x01', 'ÿ' (a byte ≥ 0x80 as the rune of that value). */
    static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = Quote.quote(Utf8.encodeRune(c));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    /** Whether data is one valid JSON value (Go's checkValid); on failure errMsg/errOffset say why. */
    public boolean check(String data) {
        reset();
        for (int i = 0; i < data.length(); i++) {
            bytes++;
            if (step(data.charAt(i)) == ERROR) {
                return false;
            }
        }
        return eof() != ERROR;
    }
}
