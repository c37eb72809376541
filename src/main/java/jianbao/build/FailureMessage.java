package jianbao.build;

/** What to tell a person about an unexpected failure: a message, never a stack trace. */
public final class FailureMessage {

    private FailureMessage() {
    }

    /** The message of the innermost cause that has one. */
    public static String of(Throwable failure) {
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() != null ? shown.getMessage() : shown.toString();
    }
}
