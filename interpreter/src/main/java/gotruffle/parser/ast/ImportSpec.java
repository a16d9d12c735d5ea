package gotruffle.parser.ast;

/** One import; {@code name} is null, "_", "." or an alias; {@code path} is unquoted. Position: the name if present, else the path literal. */
public record ImportSpec(int line, int col, String name, String path) implements Node {}
