package jianbao.output;

import java.nio.file.Path;

/**
 * Where the files of a generated site go, by their path relative to the site's root
 * ({@code issues/2024/45/index.html}). A full build writes into a {@link StagedSite}; a rebuild while
 * serving writes into the live folder, and only the files that changed.
 */
public interface SiteFiles {

    void write(String relativePath, byte[] bytes);

    /** Publishes {@code source} as it is, such as a stylesheet or the PDF beside an issue. */
    void copy(Path source, String relativePath);
}
