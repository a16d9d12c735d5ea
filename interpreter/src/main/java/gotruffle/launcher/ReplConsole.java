package gotruffle.launcher;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Where the REPL's output goes: Go's stdout and stderr (streams the session writes to) and the
 * REPL's own messages. Without a terminal both go straight to the process's streams. On a
 * terminal every line is printed above the line being edited ({@link LineReader#printAbove}),
 * so goroutines printing in the background never corrupt what the user is typing.
 */
abstract class ReplConsole {
    /** Go's stdout. */
    abstract OutputStream goOut();

    /** Go's stderr. */
    abstract OutputStream goErr();

    /** One line of the REPL's own (no newline); errors go to stderr or show in red. */
    abstract void message(String line, boolean error);

    /** An input ended: show a partial last line now. */
    void inputDone() {}

    /** Called periodically: shows a partial line that has waited a while (progress dots). */
    void flushStale() {}

    /** Plain streams: `gotruffle repl < script`, tests. */
    static final class Plain extends ReplConsole {
        private final PrintStream out;
        private final PrintStream err;

        Plain(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        OutputStream goOut() {
            return new Unclosable(out);
        }

        @Override
        OutputStream goErr() {
            return new Unclosable(err);
        }

        @Override
        void message(String line, boolean error) {
            (error ? err : out).println(line);
            (error ? err : out).flush();
        }
    }

    /** A JLine terminal: everything is printed above the prompt, Go's stderr and REPL errors in red. */
    static final class Terminal extends ReplConsole {
        /** A partial line is shown after waiting this long for the rest of it. */
        private static final long PARTIAL_LINE_NANOS = 300_000_000L;
        private final LineReader reader;
        private final Lines out = new Lines(false);
        private final Lines err = new Lines(true);

        Terminal(LineReader reader) {
            this.reader = reader;
        }

        @Override
        OutputStream goOut() {
            return out;
        }

        @Override
        OutputStream goErr() {
            return err;
        }

        @Override
        void message(String line, boolean error) {
            print(line, error);
        }

        @Override
        void inputDone() {
            out.flushPartial(0);
            err.flushPartial(0);
        }

        @Override
        void flushStale() {
            out.flushPartial(PARTIAL_LINE_NANOS);
            err.flushPartial(PARTIAL_LINE_NANOS);
        }

        private void print(String line, boolean error) {
            AttributedString s = error ? new AttributedString(line, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED))
                    : new AttributedString(line);
            reader.printAbove(s);
        }

        /** Assembles bytes into UTF-8 lines and prints each complete one. */
        private final class Lines extends OutputStream {
            private final boolean error;
            private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
            private long partialSince;

            Lines(boolean error) {
                this.error = error;
            }

            @Override
            public synchronized void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                int start = off;
                for (int i = off; i < off + len; i++) {
                    if (b[i] == '\n') {
                        partial.write(b, start, i - start);
                        emit();
                        start = i + 1;
                    }
                }
                if (start < off + len) {
                    if (partial.size() == 0) {
                        partialSince = System.nanoTime();
                    }
                    partial.write(b, start, off + len - start);
                }
            }

            synchronized void flushPartial(long olderThanNanos) {
                if (partial.size() > 0 && System.nanoTime() - partialSince >= olderThanNanos) {
                    emit();
                }
            }

            private void emit() {
                String line = partial.toString(StandardCharsets.UTF_8);
                partial.reset();
                print(line, error);
            }
        }
    }

    /** The session must not close the process's streams. */
    private static final class Unclosable extends OutputStream {
        private final PrintStream to;

        Unclosable(PrintStream to) {
            this.to = to;
        }

        @Override
        public void write(int b) {
            to.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            to.write(b, off, len);
        }

        @Override
        public void flush() {
            to.flush();
        }

        @Override
        public void close() {
            to.flush();
        }
    }
}
