package jianbao.model;

/**
 * The body of an article: its sanitised HTML and its plain text, the largest part of an archive.
 * A build keeps them out of memory and reads each back when a page, feed or the search index asks
 * for it (see {@code jianbao.content.BodyFile}); serve and tests hold them as they are ({@link #of}).
 */
public interface Body {

    /** The body as sanitised HTML, without the trailing department parenthetical. */
    String html();

    /** The body as plain text, for descriptions, feeds and search. */
    String text();

    /** Whether the HTML shows an image, so that pages looking for one need not read a body without. */
    boolean hasImages();

    /** Whether sanitised HTML shows an image. */
    static boolean showsImages(String html) {
        return html.contains("<img ");
    }

    /** A body held in memory; equal to another with the same HTML and text. */
    static Body of(String html, String text) {
        return new Held(html, text);
    }

    /** A body held in memory. */
    record Held(String html, String text) implements Body {

        @Override
        public boolean hasImages() {
            return showsImages(html);
        }
    }
}
