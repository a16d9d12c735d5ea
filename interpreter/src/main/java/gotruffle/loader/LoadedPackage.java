package gotruffle.loader;

import gotruffle.parser.ast.SourceFile;

import java.nio.file.Path;
import java.util.List;

/**
 * One package of the program, ready to compile.
 *
 * @param importPath   its import path ({@code main}'s is the folder's path in the module, or
 *                     {@code command-line-arguments} for named files)
 * @param name         the name in its package clauses
 * @param files        its parsed files, sorted by name (empty when they have syntax errors)
 * @param syntaxErrors go-formatted syntax errors of its files (the compiler reports them in its turn)
 * @param buildError   an error go reports when it gets to build this package (e.g. only test files), or null
 * @param embeds       its variables filled by //go:embed directives
 * @param embedErrors  go-formatted errors of misplaced //go:embed directives, which go reports only when the
 *                     package type-checks
 */
public record LoadedPackage(String importPath, String name, Path dir, List<SourceFile> files, List<String> syntaxErrors,
        String buildError, List<EmbeddedVar> embeds, List<String> embedErrors) {
}
