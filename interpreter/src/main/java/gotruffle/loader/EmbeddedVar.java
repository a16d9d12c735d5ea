package gotruffle.loader;

import gotruffle.parser.ast.VarSpec;

import java.util.List;

/**
 * A package-level variable that {@code //go:embed} fills: its spec (one name, a type, no value)
 * and the files its patterns matched, by path relative to the package folder (slash-separated,
 * sorted) with their contents read at load time.
 */
public record EmbeddedVar(VarSpec spec, List<String> names, List<byte[]> contents) {
}
