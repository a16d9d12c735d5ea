package gotruffle.parser.ast;

import java.util.List;

/** One parsed .go file; position is the {@code package} keyword. */
public record SourceFile(int line, int col, String pkgName, List<ImportSpec> imports, List<Decl> decls, String path) implements Node {}
