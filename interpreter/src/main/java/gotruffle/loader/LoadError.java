package gotruffle.loader;

import java.util.List;

/**
 * A package the go command cannot load, printed as go's PackageError prints it: {@code pos: msg}
 * when the error is about an import declaration, otherwise the import chain
 * ({@code package a\n\timports b\n\timports c: msg}); import cycles and internal-package
 * violations always show the chain (the latter with the position after it).
 *
 * @param importStack the import chain from the main package (may be empty)
 * @param pos         {@code file:line:col} of the import declaration (go's short path), or null
 */
public record LoadError(List<String> importStack, String pos, String message, boolean alwaysPrintStack) {

    public String format() {
        if (pos != null && (importStack.isEmpty() || !alwaysPrintStack)) {
            return pos + ": " + message;
        }
        if (importStack.isEmpty()) {
            return message;
        }
        return "package " + String.join("\n\timports ", importStack) + (pos != null ? "\n\t" + pos : "") + ": " + message;
    }
}
