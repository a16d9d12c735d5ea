package gotruffle.launcher;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

import gotruffle.GoLanguage;
import gotruffle.repl.GoSession;
import gotruffle.repl.GoSession.Outcome;

/**
 * The REPL's handle on a live Go session: a polyglot context of its own in which the language
 * runs a {@link GoSession}. Every call enters the context on the calling thread (the reader
 * thread asks for completions while the evaluator thread runs inputs).
 */
final class ReplSession implements AutoCloseable {
    private final Context context;
    private final GoSession session;

    /** Go's stdout and stderr go to out and err; programs read an empty stdin. */
    ReplSession(Path cwd, Map<String, String> env, OutputStream out, OutputStream err) {
        context = Context.newBuilder(GoLanguage.ID)
                .engine(GoProgramRunner.engine())
                .in(InputStream.nullInputStream())
                .out(out)
                .err(err)
                .allowIO(IOAccess.ALL)
                .allowCreateThread(true)
                .currentWorkingDirectory(cwd.toAbsolutePath())
                .environment(env)
                .build();
        context.enter();
        try {
            Source src = Source.newBuilder(GoLanguage.ID, "", GoSession.SOURCE_NAME).buildLiteral();
            session = context.eval(src).asHostObject();
        } finally {
            context.leave();
        }
    }

    private <T> T in(Supplier<T> call) {
        context.enter();
        try {
            return call.get();
        } finally {
            context.leave();
        }
    }

    Outcome eval(String input) {
        return in(() -> session.eval(input));
    }

    Outcome load(List<String> paths) {
        return in(() -> session.load(paths));
    }

    boolean interrupt() {
        return session.interrupt();
    }

    List<String> complete(String chain) {
        return in(() -> session.complete(chain));
    }

    List<String> typeOf(String expr) {
        return in(() -> session.typeOf(expr));
    }

    String doc(String name) {
        return in(() -> session.doc(name));
    }

    Outcome vars() {
        return in(session::vars);
    }

    List<String> declarations() {
        return in(session::declarations);
    }

    String goroutines() {
        return session.goroutines();
    }

    List<String> kill(List<Long> ids) {
        return session.kill(ids);
    }

    int gomaxprocs(int n) {
        return in(() -> session.gomaxprocs(n));
    }

    void flushOutput() {
        session.flushOutput();
    }

    boolean isEnded() {
        return session.isEnded();
    }

    int exitCode() {
        return session.exitCode();
    }

    @Override
    public void close() {
        session.close();
        try {
            context.close(true);
        } catch (PolyglotException | IllegalStateException e) {
            // a goroutine still blocked in Java I/O: the context goes with the process
        }
    }
}
