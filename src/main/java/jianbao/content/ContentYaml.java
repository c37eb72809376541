package jianbao.content;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses the YAML of content files. Dates stay text, so that {@link FrontMatter} can check them
 * strictly: YAML's own timestamps would silently turn 2024-02-30 into 1 March.
 */
final class ContentYaml {

    private ContentYaml() {
    }

    /** A parser per thread: building one costs more than parsing a front matter, and they are not thread-safe. */
    private static final ThreadLocal<Yaml> PARSER = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new DatesAsText());
    });

    /** Parses {@code text}; throws SnakeYAML's exceptions, which carry the line of the problem. */
    static Object load(String text) {
        return PARSER.get().load(text);
    }

    private static final class DatesAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
