package gotruffle.parser.ast;

import java.util.HashMap;
import java.util.Map;

/**
 * Operators and branch keywords in the syntax tree, named as in go/token. {@link #toString} is
 * the source text, so a message that prints an operator prints what Go prints.
 */
public enum Token {
    // binary and unary arithmetic
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),

    // assignment operators: x op= y
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="), AND_NOT_ASSIGN("&^="),

    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), ASSIGN("="), NOT("!"),
    NEQ("!="), LEQ("<="), GEQ(">="), DEFINE(":="),
    TILDE("~"),

    // branch statements
    BREAK("break"), CONTINUE("continue"), GOTO("goto"), FALLTHROUGH("fallthrough");

    private static final Map<String, Token> BY_TEXT = new HashMap<>();

    static {
        for (Token t : values()) {
            BY_TEXT.put(t.text, t);
        }
    }

    private final String text;

    Token(String text) {
        this.text = text;
    }

    /** The token spelled {@code text}; a spelling the parser never hands over is a bug here. */
    public static Token lookup(String text) {
        Token t = BY_TEXT.get(text);
        if (t == null) {
            throw new IllegalArgumentException("not an operator: " + text);
        }
        return t;
    }

    /** ==, !=, <, <=, >, >=. */
    public boolean isComparison() {
        return switch (this) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    /** == and !=, the comparisons defined on every comparable type. */
    public boolean isEquality() {
        return this == EQL || this == NEQ;
    }

    /** << and >>. */
    public boolean isShift() {
        return this == SHL || this == SHR;
    }

    /** The binary operator of an assignment operator (+= gives +), or null for any other token. */
    public Token binaryOp() {
        int i = ordinal() - ADD_ASSIGN.ordinal();
        return i >= 0 && i <= AND_NOT_ASSIGN.ordinal() - ADD_ASSIGN.ordinal() ? values()[ADD.ordinal() + i] : null;
    }

    @Override
    public String toString() {
        return text;
    }
}
