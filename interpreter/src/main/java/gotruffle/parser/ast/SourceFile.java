package gotruffle.parser.ast;

import java.util.List;

/**
 * One parsed .go file; position is the {@code package} keyword. {@code errors} are the parser's
 * errors that are not syntax errors ("unknown escape", "invalid NUL character", "method has no
 * receiver"...): Go reports them and still type-checks the file, so the compiler reports them
 * among its own.
 */
public record SourceFile(int line, int col, String pkgName, List<ImportSpec> imports, List<Decl> decls, String path,
        List<ParseError> errors, List<LineBase> lineBases) implements Node {
    public SourceFile(int line, int col, String pkgName, List<ImportSpec> imports, List<Decl> decls, String path) {
        this(line, col, pkgName, imports, decls, path, List.of(), List.of());
    }

    /** This file with other parser errors and line directives. */
    public SourceFile with(List<ParseError> errs, List<LineBase> bases) {
        return new SourceFile(line, col, pkgName, imports, decls, path, errs, bases);
    }

    /**
     * A line directive: from physical line:col on, positions read as file:relLine:relCol (relCol 0:
     * unknown), see {@code LineDirectives}.
     */
    public record LineBase(int line, int col, String file, int relLine, int relCol) {
    }

    /** A message at a position of this file. */
    public record ParseError(int line, int col, String message) {
    }
}
