package gotruffle.parser.ast;

import java.util.List;

/**
 * One parsed .go file; position is the {@code package} keyword. {@code errors} are the parser's
 * errors that are not syntax errors ("unknown escape", "invalid NUL character", "method has no
 * receiver"...): Go reports them and still type-checks the file, so the compiler reports them
 * among its own.
 */
public record SourceFile(int line, int col, String pkgName, List<ImportSpec> imports, List<Decl> decls, String path,
        List<ParseError> errors) implements Node {
    public SourceFile(int line, int col, String pkgName, List<ImportSpec> imports, List<Decl> decls, String path) {
        this(line, col, pkgName, imports, decls, path, List.of());
    }

    /** A message at a position of this file. */
    public record ParseError(int line, int col, String message) {
    }
}
