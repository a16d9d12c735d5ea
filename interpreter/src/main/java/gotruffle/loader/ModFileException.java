package gotruffle.loader;

/** A go.mod, go.work or vendor/modules.txt that cannot be read or parsed; the message is what go prints. */
public final class ModFileException extends Exception {
    public ModFileException(String message) {
        super(message);
    }
}
