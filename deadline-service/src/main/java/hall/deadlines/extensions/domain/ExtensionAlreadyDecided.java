package hall.deadlines.extensions.domain;

public class ExtensionAlreadyDecided extends RuntimeException {

    public ExtensionAlreadyDecided(String id, ExtensionState state) {
        super("extension " + id + " is already " + state);
    }
}
