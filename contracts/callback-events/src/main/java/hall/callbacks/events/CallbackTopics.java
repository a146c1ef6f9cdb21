package hall.callbacks.events;

/** Topic of callback-service; the key is the callback task or problem id. */
public final class CallbackTopics {

    public static final String CALLBACK_EVENTS = "hall.callback-events";

    private CallbackTopics() {
    }
}
