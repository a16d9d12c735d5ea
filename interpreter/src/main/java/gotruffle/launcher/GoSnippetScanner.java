package gotruffle.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small Go tokenizer for the REPL's line editing: just enough lexing to tell whether an input
 * is complete (brackets balanced outside strings and comments) and to colour tokens while the
 * line is typed. The interpreter's parser decides what an input means.
 */
final class GoSnippetScanner {
    private GoSnippetScanner() {}

    enum Kind { IDENT, KEYWORD, NUMBER, STRING, OP }

    /** One token at [start, end); {@code depth} is the number of brackets open before it. */
    record Token(Kind kind, String text, int start, int end, int depth) {
        boolean is(String s) { return text.equals(s); }
    }

    /** The tokens plus what was left open at the end of the input. */
    record Scan(List<Token> tokens, int openBrackets, boolean unterminated) {
        /** Complete when every bracket is closed and no raw string or block comment is left open. */
        boolean complete() { return openBrackets <= 0 && !unterminated; }
    }

    static final Set<String> KEYWORDS = Set.of(
            "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
            "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
            "return", "select", "struct", "switch", "type", "var");

    // Longest first, so that greedy matching picks "<<=" before "<<" before "<".
    private static final String[] OPERATORS = {
            "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^",
            "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}",
            ",", ";", ".", ":", "~"};

    static boolean isComplete(String src) {
        return scan(src).complete();
    }

    static Scan scan(String src) {
        List<Token> tokens = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int close = src.indexOf("*/", i + 2);
                if (close < 0) return new Scan(tokens, depth, true);
                i = close + 2;
            } else if (c == '`') {
                int close = src.indexOf('`', i + 1);
                if (close < 0) return new Scan(tokens, depth, true);
                tokens.add(new Token(Kind.STRING, src.substring(i, close + 1), i, close + 1, depth));
                i = close + 1;
            } else if (c == '"' || c == '\'') {
                // Interpreted strings and runes end at their quote or, unterminated, at the line end
                // (the compiler reports that; the input is still "complete" for the REPL).
                int k = i + 1;
                while (k < n && src.charAt(k) != c && src.charAt(k) != '\n') {
                    k += src.charAt(k) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, k < n && src.charAt(k) == c ? k + 1 : k);
                tokens.add(new Token(Kind.STRING, src.substring(i, end), i, end, depth));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int k = i;
                while (k < n && (Character.isLetterOrDigit(src.charAt(k)) || src.charAt(k) == '_')) k++;
                String word = src.substring(i, k);
                tokens.add(new Token(KEYWORDS.contains(word) ? Kind.KEYWORD : Kind.IDENT, word, i, k, depth));
                i = k;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
                boolean hex = src.startsWith("0x", i) || src.startsWith("0X", i);
                int k = i + 1;
                while (k < n) {
                    char d = src.charAt(k);
                    char prev = src.charAt(k - 1);
                    // A sign belongs to the number only right after its exponent letter.
                    boolean sign = (d == '+' || d == '-')
                            && (hex ? prev == 'p' || prev == 'P' : prev == 'e' || prev == 'E');
                    if (Character.isLetterOrDigit(d) || d == '_' || d == '.' || sign) k++;
                    else break;
                }
                tokens.add(new Token(Kind.NUMBER, src.substring(i, k), i, k, depth));
                i = k;
            } else {
                String op = null;
                for (String candidate : OPERATORS) {
                    if (src.startsWith(candidate, i)) { op = candidate; break; }
                }
                if (op == null) op = String.valueOf(c); // unknown character: the compiler will say so
                int tokenDepth = depth;
                if (op.equals("(") || op.equals("[") || op.equals("{")) depth++;
                if (op.equals(")") || op.equals("]") || op.equals("}")) tokenDepth = --depth;
                tokens.add(new Token(Kind.OP, op, i, i + op.length(), tokenDepth));
                i += op.length();
            }
        }
        return new Scan(tokens, depth, false);
    }
}
