package jianbao.build;

/** Told how a build advances, for a progress line on the terminal. Called from several threads. */
public interface BuildProgress {

    /** Tells nothing to anyone. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** The build is about to render {@code pages} pages. */
    default void planned(int pages) {
    }

    /** One more page has been rendered and written. */
    default void pageWritten() {
    }
}
