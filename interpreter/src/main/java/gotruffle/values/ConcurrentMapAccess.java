package gotruffle.values;

/**
 * A map was read, written or iterated while another goroutine wrote it (map.go's hashWriting
 * checks). The message is Go's, e.g. {@code concurrent map writes}; the nodes turn it into
 * Go's fatal error, which no recover stops.
 */
public final class ConcurrentMapAccess extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String WRITES = "concurrent map writes";

    public ConcurrentMapAccess(String message) {
        super(message, null, false, false);
    }
}
