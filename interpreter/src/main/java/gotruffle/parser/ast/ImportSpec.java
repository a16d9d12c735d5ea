package gotruffle.parser.ast;

/**
 * One import; {@code name} is null, "_", "." or an alias; {@code path} is unquoted. Position: the
 * name if present, else the path literal; {@code pathCol} is the path literal's column (where the
 * go command reports a package it cannot load).
 */
public record ImportSpec(int line, int col, String name, String path, int pathCol) implements Node {
    public ImportSpec(int line, int col, String name, String path) {
        this(line, col, name, path, col);
    }
}
