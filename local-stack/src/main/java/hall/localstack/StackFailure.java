package hall.localstack;

/** Why a command of the local stack cannot go on, in one line for the user (printed as {@code platform: ...}). */
public final class StackFailure extends RuntimeException {

    public StackFailure(String message) {
        super(message);
    }
}
