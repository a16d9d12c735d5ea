package gotruffle.runtime.chan;

/** Result of {@code v, ok := <-c}: ok is false when the value is the zero value of a closed channel. */
public record Recv(Object value, boolean ok) {
}
