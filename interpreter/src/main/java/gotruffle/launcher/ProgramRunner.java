package gotruffle.launcher;

/**
 * Runs one Go program and returns its exit code. The CLI, the golden runner and the REPL take
 * one of these instead of calling {@link GoProgramRunner} directly, so their own logic can be
 * tested with a fake program.
 */
@FunctionalInterface
public interface ProgramRunner {
    int run(RunRequest request);

    /** The real interpreter. */
    ProgramRunner GO = GoProgramRunner::run;
}
