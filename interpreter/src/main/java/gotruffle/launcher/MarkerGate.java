package gotruffle.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a REPL program's output stream at markers the synthesized program writes: everything
 * before the start marker comes from re-running earlier inputs and is held back (kept for
 * stderr, so compile errors and failures of the replay can still be shown); everything after it
 * is the new input's output and streams straight through. An end marker, written when main
 * finishes normally, is removed from the stream and only remembered.
 *
 * <p>Both markers begin with a byte that occurs nowhere else in them, so a simple match counter
 * that restarts at that byte finds every occurrence.
 */
final class MarkerGate extends OutputStream {
    private static final int HELD_LIMIT = 1 << 20;

    private final byte[] start;
    private final byte[] end;
    private final OutputStream after;
    private final ByteArrayOutputStream before = new ByteArrayOutputStream();
    private final boolean keepBefore;
    private boolean open;
    private boolean endSeen;
    private int matched;

    MarkerGate(String startMarker, String endMarker, OutputStream after, boolean keepBefore) {
        this.start = startMarker.getBytes(StandardCharsets.UTF_8);
        this.end = endMarker.getBytes(StandardCharsets.UTF_8);
        this.after = after;
        this.keepBefore = keepBefore;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        byte x = (byte) b;
        byte[] marker = open ? end : start;
        if (x == marker[matched]) {
            matched++;
            if (matched == marker.length) {
                matched = 0;
                if (open) {
                    endSeen = true;
                } else {
                    open = true;
                    before.reset();
                }
            }
            return;
        }
        if (matched > 0) {
            // A partial match that did not complete was ordinary output after all.
            emit(marker, 0, matched);
            matched = 0;
            if (x == marker[0]) {
                matched = 1;
                return;
            }
        }
        emit(new byte[] {x}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        // Fast path: once open and with no marker byte in sight, pass the block through whole.
        if (open && matched == 0 && indexOf(b, off, len, end[0]) < 0) {
            after.write(b, off, len);
            return;
        }
        for (int i = off; i < off + len; i++) write(b[i]);
    }

    private static int indexOf(byte[] b, int off, int len, byte x) {
        for (int i = off; i < off + len; i++) {
            if (b[i] == x) return i;
        }
        return -1;
    }

    private void emit(byte[] b, int off, int len) throws IOException {
        if (open) {
            after.write(b, off, len);
        } else if (keepBefore && before.size() < HELD_LIMIT) {
            before.write(b, off, len);
        }
    }

    /** Releases a pending partial match as ordinary output. */
    @Override
    public synchronized void flush() throws IOException {
        after.flush();
    }

    synchronized void finish() throws IOException {
        if (matched > 0) {
            emit(open ? end : start, 0, matched);
            matched = 0;
        }
        after.flush();
    }

    synchronized boolean opened() {
        return open;
    }

    synchronized boolean endSeen() {
        return endSeen;
    }

    /** What was written before the start marker (only kept when asked to, up to 1 MiB). */
    synchronized String heldBack() {
        return before.toString(StandardCharsets.UTF_8);
    }
}
