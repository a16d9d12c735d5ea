package gotruffle.launcher;

import java.time.Duration;
import java.util.List;

/**
 * The result of running one golden program under one variant.
 *
 * @param differences readable descriptions of what differed from the goldens (empty when the
 *                    output matched); for an unexpected pass, the reason it counts as a failure
 * @param error       a Java exception that escaped the interpreter, or null
 */
public record GoldenOutcome(GoldenProgram program, GoldenVariant variant, Status status,
                            List<String> differences, Throwable error, Duration elapsed) {

    public enum Status {
        /** Output matched the goldens. */
        PASSED,
        /** Output differed from the goldens. */
        FAILED,
        /** Listed in KNOWN_FAILURES and indeed still failing: accepted, not counted as passed. */
        KNOWN_FAILURE,
        /** Listed in KNOWN_FAILURES but the output now matches: the list must be updated. */
        UNEXPECTED_PASS
    }

    /** Whether the suite accepts this outcome. */
    public boolean ok() {
        return status == Status.PASSED || status == Status.KNOWN_FAILURE;
    }

    public String displayName() {
        return program.name() + variant.suffix();
    }

    /** The differences (or the known-failure note) as an indented block of text. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (String d : differences) {
            for (String line : d.split("\n", -1)) {
                sb.append("    ").append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
