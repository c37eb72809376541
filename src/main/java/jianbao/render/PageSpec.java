package jianbao.render;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One file of the generated site: the site path it is served at, the template that renders it and
 * what the template receives (values may be null, such as the next article of the newest one).
 */
public record PageSpec(String path, String template, Map<String, Object> context) {

    public PageSpec {
        context = Collections.unmodifiableMap(new HashMap<>(context));
    }

    /** The file under site/ to write. */
    public String file() {
        return SiteUrls.file(path);
    }
}
