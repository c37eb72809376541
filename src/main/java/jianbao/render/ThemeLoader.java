package jianbao.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Loads Pebble templates by name from a {@link Theme}, so that a site theme overrides single templates. */
final class ThemeLoader implements Loader<String> {

    private final Theme theme;

    ThemeLoader(Theme theme) {
        this.theme = theme;
    }

    @Override
    public Reader getReader(String templateName) {
        var file = theme.template(templateName)
                .orElseThrow(() -> new LoaderException(null, "no template named " + templateName + " in " + theme.folders()));
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void setCharset(String charset) {
    }

    @Override
    public void setPrefix(String prefix) {
    }

    @Override
    public void setSuffix(String suffix) {
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return theme.template(templateName).isPresent();
    }
}
