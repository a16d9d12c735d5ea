/*
 * Go 1.19 parser grammar, written from the Go language specification.
 *
 * Like Go's own parser it is deliberately a little more permissive than the spec in a few places
 * (statement headers, parameter lists, short variable declaration left-hand sides, go/defer
 * operands); the AST builder checks those and reports Go's messages.
 *
 * Composite literals in statement headers: as in Go's parser, `xnest` is -1 while parsing an
 * if/for/switch header and >= 0 otherwise (parentheses, brackets, call arguments, composite
 * literal bodies and function literals nest). `T {` continues a composite literal only when
 * xnest >= 0 and T is a (qualified or instantiated) type name; literal types such as []T or
 * map[K]V always start a composite literal.
 */
parser grammar GoParser;

options {
    tokenVocab = GoLexer;
}

@members {
    public int xnest = 0;

    /**
     * Whether `{` after the primary expression p starts a composite literal: p must look like a
     * type name (T, pkg.T, G[A], possibly parenthesized) and we must not be at the top level of
     * a statement header.
     */
    // Called with the parser's current context: during prediction ANTLR passes no local context.
    protected boolean complitOk(ParserRuleContext p) {
        if (xnest < 0 || !(p instanceof PrimaryExprContext)) {
            return false;
        }
        PrimaryExprContext e = (PrimaryExprContext) p;
        if (e.getChildCount() == 1 && e.getChild(0) instanceof PrimaryExprContext) {
            // the fresh left-recursion context holding p (when the alternative's predicate is validated)
            e = (PrimaryExprContext) e.getChild(0);
        }
        if (e.operand() != null) {
            OperandContext o = e.operand();
            return o.IDENTIFIER() != null || o.parenExpr() != null;
        }
        return e.IDENTIFIER() != null || e.index() != null;
    }
}

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
    ;

importSpec
    : (DOT | IDENTIFIER)? stringLit
    ;

stringLit
    : STRING_LIT
    | RAW_STRING_LIT
    ;

topLevelDecl
    : declaration
    | functionDecl
    | methodDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN)
    ;

constSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)?
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN)
    ;

// The array alternative comes first: `type T[N * M]int` is an array type, as in Go.
typeSpec
    : IDENTIFIER ASSIGN? type_
    | IDENTIFIER typeParameters ASSIGN? type_
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

expressionList
    : expression (COMMA expression)*
    ;

functionDecl
    : FUNC IDENTIFIER typeParameters? signature block?
    ;

methodDecl
    : FUNC parameters IDENTIFIER typeParameters? signature block?   // type parameters: parsed to report Go's error
    ;

typeParameters
    : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET
    ;

typeParamDecl
    : identifierList typeElem
    ;

// ---------------------------------------------------------------- types

type_
    : typeName typeArgs?
    | typeLit
    | L_PAREN type_ R_PAREN
    ;

typeName
    : IDENTIFIER (DOT IDENTIFIER)?
    ;

typeArgs
    : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET
    ;

typeLit
    : arrayType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | sliceType
    | mapType
    | channelType
    ;

arrayType
    : L_BRACKET arrayLength R_BRACKET type_
    ;

arrayLength
@init { int outer = xnest; xnest = Math.max(xnest, 0) + 1; }
    : expression
    ;
    finally { xnest = outer; }

sliceType
    : L_BRACKET R_BRACKET type_
    ;

structType
    : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY
    ;

fieldDecl
    : (identifierList type_ | embeddedField) stringLit?
    ;

embeddedField
    : STAR? typeName typeArgs?
    ;

pointerType
    : STAR type_
    ;

functionType
    : FUNC signature
    ;

signature
    : parameters result?
    ;

result
    : parameters
    | type_
    ;

parameters
    : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN
    ;

parameterDecl
    : identifierList? ELLIPSIS? type_
    ;

interfaceType
    : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY
    ;

interfaceElem
    : IDENTIFIER signature
    | typeElem
    ;

typeElem
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

mapType
    : MAP L_BRACKET type_ R_BRACKET type_
    ;

channelType
    : CHAN ARROW type_
    | CHAN type_
    | ARROW CHAN type_
    ;

// ---------------------------------------------------------------- statements

block
    : L_CURLY statementList R_CURLY
    ;

// Statements are separated by semicolons; the one before a closing } may be omitted.
statementList
    : statement? (SEMI statement?)*
    ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

// Like Go's parser: an expression list, then the operator decides the statement kind. The left
// side of := is checked by the builder, which also allows `range x` only in for headers.
simpleStmt
    : lhs=expressionList (
          assignOp (RANGE rangeX=expression | rhs=expressionList)
        | DECLARE_ASSIGN (RANGE rangeX=expression | rhs=expressionList)
        | ARROW sendValue=expression
        | incDec=(PLUS_PLUS | MINUS_MINUS)
      )?
    ;

assignOp
    : ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN
    | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

labeledStmt
    : IDENTIFIER COLON statement?
    ;

goStmt
    : GO expression
    ;

deferStmt
    : DEFER expression
    ;

returnStmt
    : RETURN expressionList?
    ;

breakStmt
    : BREAK IDENTIFIER?
    ;

continueStmt
    : CONTINUE IDENTIFIER?
    ;

gotoStmt
    : GOTO IDENTIFIER
    ;

fallthroughStmt
    : FALLTHROUGH
    ;

ifStmt
    : IF header block (ELSE (ifStmt | block))?
    ;

// if/switch header: [init ;] [cond]. The builder checks which parts are present.
header
@init { int outer = xnest; xnest = -1; }
    : simpleStmt? (SEMI simpleStmt?)?
    ;
    finally { xnest = outer; }

switchStmt
    : SWITCH header L_CURLY caseClause* R_CURLY
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT L_CURLY commClause* R_CURLY
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

forStmt
    : FOR forHeader block
    ;

// for header: `range x`, [init ; cond ; post], or a condition (`k, v := range x` is a simpleStmt).
forHeader
@init { int outer = xnest; xnest = -1; }
    : RANGE expression
    | simpleStmt? (SEMI simpleStmt? SEMI simpleStmt?)?
    ;
    finally { xnest = outer; }

// ---------------------------------------------------------------- expressions

// Precedence from lowest to highest per the spec; left-associative.
expression
    : unaryExpr
    | expression mulOp=(STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expression
    | expression addOp=(PLUS | MINUS | OR | CARET) expression
    | expression relOp=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) expression
    | expression LOGICAL_AND expression
    | expression LOGICAL_OR expression
    ;

unaryExpr
    : primaryExpr
    | unaryOp=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | ARROW | TILDE) unaryExpr   // ~x: Go parses it, the checker rejects it
    ;

primaryExpr
    : operand
    | primaryExpr DOT IDENTIFIER
    | primaryExpr DOT L_PAREN TYPE R_PAREN
    | primaryExpr DOT L_PAREN type_ R_PAREN
    | primaryExpr index
    | primaryExpr arguments
    | primaryExpr {complitOk(_ctx)}? literalValue
    ;

// A literal type is followed by its composite literal body when a `{` follows (always, as in Go);
// otherwise it is a type used as an operand (conversions, make/new, type arguments, cases).
operand
    : basicLit
    | IDENTIFIER
    | parenExpr
    | functionLit
    | literalType literalValue?
    ;

parenExpr
@init { int outer = xnest; xnest = Math.max(xnest, 0) + 1; }
    : L_PAREN expression R_PAREN
    ;
    finally { xnest = outer; }

basicLit
    : INT_LIT
    | FLOAT_LIT
    | IMAGINARY_LIT
    | RUNE_LIT
    | STRING_LIT
    | RAW_STRING_LIT
    ;

// Type literals in operand position (*T is a unary expression, func types are in functionLit).
literalType
    : structType
    | arrayType
    | L_BRACKET ELLIPSIS R_BRACKET type_
    | sliceType
    | mapType
    | interfaceType
    | channelType
    ;

// A function literal, or a function type when no body follows.
functionLit
@init { int outer = xnest; xnest = Math.max(xnest, 0) + 1; }
    : FUNC signature block?
    ;
    finally { xnest = outer; }

literalValue
@init { int outer = xnest; xnest = Math.max(xnest, 0) + 1; }
    : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY
    ;
    finally { xnest = outer; }

// Go's parser reads an element, then takes it as the key when a `:` follows; `(element COLON)?
// element` would make prediction read each element to its end, exponential in nesting depth.
keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;

// Index, generic instantiation or slice expression; the builder checks the slice/index forms.
index
@init { int outer = xnest; xnest = Math.max(xnest, 0) + 1; }
    : L_BRACKET (expression ((COMMA expression)* COMMA? | sliceRest) | sliceRest) R_BRACKET
    ;
    finally { xnest = outer; }

sliceRest
    : COLON expression? (COLON expression?)?
    ;

arguments
@init { int outer = xnest; xnest = Math.max(xnest, 0) + 1; }
    : L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN
    ;
    finally { xnest = outer; }
