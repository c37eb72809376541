package jianbao.render;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One file of the generated site: the site path it is served at, the template that renders it and
 * what the template receives (values may be null, such as the next article of the newest one).
 *
 * @param file the file under site/ to write, made from the path (whatever is given for it), once:
 *             serve looks every page up by its file on each rebuild
 */
public record PageSpec(String path, String template, Map<String, Object> context, String file) {

    public PageSpec {
        context = Collections.unmodifiableMap(new HashMap<>(context));
        file = SiteUrls.file(path);
    }

    public PageSpec(String path, String template, Map<String, Object> context) {
        this(path, template, context, null);
    }
}
