package fr.ent.sesame.kernel;

/** What a failure is, wherever a container wrapped it. */
public final class Failures {

    private Failures() {}

    public static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        return causeOf(failure, kind).isPresent();
    }

    public static <T extends Throwable> java.util.Optional<T> causeOf(Throwable failure, Class<T> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return java.util.Optional.of(kind.cast(cause));
            }
        }
        return java.util.Optional.empty();
    }
}
