package gotruffle.parser.ast;

/**
 * A syntax tree node. Positions are 1-based; {@code col} is a byte column as in Go's messages.
 * A node's position is its first token, except where the record's doc says otherwise.
 * No visitor: consumers use pattern-matching {@code switch} over the sealed families.
 */
public sealed interface Node permits Expr, Stmt, Decl, SourceFile, ImportSpec, Field, VarSpec, ConstSpec, TypeSpec, CaseClause, CommClause, KeyedElement, InterfaceMethod {
    int line();

    int col();
}
