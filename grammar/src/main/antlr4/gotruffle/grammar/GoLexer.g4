/*
 * Go 1.19 lexer, written from the Go language specification.
 *
 * Input is the source file's bytes decoded as ISO-8859-1 (one char per byte), so columns are
 * byte columns as in Go's messages and chars \u0080-\u00FF are UTF-8 bytes: they are accepted
 * in identifiers, strings, runes and comments.
 *
 * Automatic semicolon insertion (spec "Semicolons") happens in nextToken(): a newline, a general
 * comment spanning lines, or EOF after an identifier, a literal, break/continue/fallthrough/return,
 * ++ -- ) ] or } becomes a SEMI token whose text is "newline" or "EOF" (explicit ones are ";").
 *
 * String, rune and number escapes/digits are lexed leniently where Go's scanner is lenient, so the
 * token boundaries match Go's and the front end can report Go's own lexical messages.
 */
lexer grammar GoLexer;

@members {
    private int lastType = -1;
    private Token pendingEof;

    private static boolean endsStatement(int type) {
        switch (type) {
            case IDENTIFIER: case INT_LIT: case FLOAT_LIT: case IMAGINARY_LIT: case RUNE_LIT:
            case STRING_LIT: case RAW_STRING_LIT: case BAD_NUMBER: case BAD_RUNE: case BAD_STRING: case BAD_RAW_STRING:
            case BREAK: case CONTINUE: case FALLTHROUGH: case RETURN:
            case PLUS_PLUS: case MINUS_MINUS: case R_PAREN: case R_BRACKET: case R_CURLY:
                return true;
            default:
                return false;
        }
    }

    private Token autoSemicolon(Token at, String text) {
        org.antlr.v4.runtime.CommonToken semi = new org.antlr.v4.runtime.CommonToken(at);
        semi.setType(SEMI);
        semi.setChannel(Token.DEFAULT_CHANNEL);
        semi.setText(text);
        semi.setStopIndex(semi.getStartIndex() - 1);
        return semi;
    }

    @Override
    public Token nextToken() {
        if (pendingEof != null) {
            Token t = pendingEof;
            pendingEof = null;
            return t;
        }
        Token t = super.nextToken();
        int type = t.getType();
        if (type == NEWLINE || (type == BLOCK_COMMENT && t.getText().indexOf('\n') >= 0)) {
            if (endsStatement(lastType)) {
                lastType = SEMI;
                return autoSemicolon(t, "newline");
            }
            return t;
        }
        if (type == Token.EOF) {
            if (endsStatement(lastType)) {
                lastType = SEMI;
                pendingEof = t;
                return autoSemicolon(t, "EOF");
            }
            return t;
        }
        if (t.getChannel() == Token.DEFAULT_CHANNEL) {
            lastType = type;
        }
        return t;
    }

    @Override
    public void reset() {
        super.reset();
        lastType = -1;
        pendingEof = null;
    }
}

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER  : Letter (Letter | [0-9])*;

// Operators and punctuation
L_PAREN          : '(';
R_PAREN          : ')';
L_CURLY          : '{';
R_CURLY          : '}';
L_BRACKET        : '[';
R_BRACKET        : ']';
ASSIGN           : '=';
COMMA            : ',';
SEMI             : ';';
COLON            : ':';
DOT              : '.';
PLUS_PLUS        : '++';
MINUS_MINUS      : '--';
DECLARE_ASSIGN   : ':=';
ELLIPSIS         : '...';
LOGICAL_OR       : '||';
LOGICAL_AND      : '&&';
EQUALS           : '==';
NOT_EQUALS       : '!=';
LESS             : '<';
LESS_OR_EQUALS   : '<=';
GREATER          : '>';
GREATER_OR_EQUALS: '>=';
OR               : '|';
DIV              : '/';
MOD              : '%';
LSHIFT           : '<<';
RSHIFT           : '>>';
BIT_CLEAR        : '&^';
EXCLAMATION      : '!';
PLUS             : '+';
MINUS            : '-';
CARET            : '^';
STAR             : '*';
AMPERSAND        : '&';
ARROW            : '<-';
TILDE            : '~';
PLUS_ASSIGN      : '+=';
MINUS_ASSIGN     : '-=';
MUL_ASSIGN       : '*=';
DIV_ASSIGN       : '/=';
MOD_ASSIGN       : '%=';
AND_ASSIGN       : '&=';
OR_ASSIGN        : '|=';
XOR_ASSIGN       : '^=';
SHL_ASSIGN       : '<<=';
SHR_ASSIGN       : '>>=';
AND_NOT_ASSIGN   : '&^=';

// Numbers (spec "Integer/Floating-point/Imaginary literals").
INT_LIT
    : '0' | [1-9] ('_'? DecDigits)?
    | '0' [bB] '_'? BinDigits
    | '0' [oO]? '_'? OctDigits
    | '0' [xX] '_'? HexDigits
    ;

FLOAT_LIT
    : DecDigits '.' DecDigits? DecExponent?
    | DecDigits DecExponent
    | '.' DecDigits DecExponent?
    | '0' [xX] HexMantissa HexExponent
    ;

IMAGINARY_LIT : (DecDigits | INT_LIT | FLOAT_LIT) 'i';

// A number Go's scanner would read as one (malformed) literal, e.g. 09, 0x, 1_, 0b12, 0x1.8.
BAD_NUMBER
    : ([0-9] | '.' [0-9]) ([0-9a-zA-Z_] | '.')*
    ;

// 'x', '\n', '\x41', '\u00e9', '\377', '\'' and a UTF-8 encoded char.
RUNE_LIT    : '\'' (~['\\\n] [\u0080-\u00BF]* | '\\' ~[\n] [0-9a-fA-F]*) '\'';
// More than one character, empty, or unterminated rune literals (reported with Go's wording).
BAD_RUNE    : '\'' (~['\\\n] | '\\' ~[\n])* '\''?;

STRING_LIT  : '"' (~["\\\n] | '\\' ~[\n])* '"';
BAD_STRING  : '"' (~["\\\n] | '\\' ~[\n])* '\\'?;

RAW_STRING_LIT     : '`' ~'`'* '`';
BAD_RAW_STRING     : '`' ~'`'* EOF;

// Whitespace, newlines and comments. NEWLINE and multi-line comments matter for semicolons.
WS            : [ \t\r\f]+ -> channel(HIDDEN);
NEWLINE       : '\n' -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
BAD_COMMENT   : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(HIDDEN);
LINE_COMMENT  : '//' ~'\n'* -> channel(HIDDEN);

// Go reports and skips an invalid character; hidden so parsing can go on as Go's does.
ERROR_CHAR    : . -> channel(HIDDEN);

fragment Letter      : [a-zA-Z_] | [\u0080-\u00FF];
fragment DecDigits   : [0-9] ('_'? [0-9])*;
fragment BinDigits   : [01] ('_'? [01])*;
fragment OctDigits   : [0-7] ('_'? [0-7])*;
fragment HexDigits   : HexDigit ('_'? HexDigit)*;
fragment HexDigit    : [0-9a-fA-F];
fragment DecExponent : [eE] [+-]? DecDigits;
fragment HexMantissa : '_'? HexDigits '.' HexDigits? | '_'? HexDigits | '.' HexDigits;
fragment HexExponent : [pP] [+-]? DecDigits;
