package jianbao.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import jianbao.model.Article;
import jianbao.model.Brief;
import jianbao.model.Department;
import jianbao.model.Entry;
import jianbao.model.FreePage;
import jianbao.model.Issue;
import jianbao.model.IssueId;

/**
 * The filters a theme author uses, so that templates never compute a URL or format a date by hand:
 * {@code {{ article | url }}}, {@code {{ issue | abs_url }}}, {@code {{ "assets/css/site.css" | url }}},
 * {@code {{ article | body }}} (or {@code body(headline=1)} under an h1), {@code {{ issue.date | cn_date }}},
 * {@code {{ attachment.bytes | file_size }}} (312 KB).
 */
final class TemplateFilters extends AbstractExtension {

    private final SiteUrls urls;
    private final ContentHtml contentHtml;
    private final Labels labels;
    private final EscapingStrategy html;

    /** @param html the strategy that autoescaping uses for HTML */
    TemplateFilters(SiteUrls urls, ContentHtml contentHtml, Labels labels, EscapingStrategy html) {
        this.urls = urls;
        this.contentHtml = contentHtml;
        this.labels = labels;
        this.html = html;
    }

    /** {@code {{ label('key') }}} with a literal key and no values is put in the template as its text ({@link ConstantLabels}). */
    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(new ConstantLabels(labels, html));
    }

    /**
     * {@code {{ label('archive.title') }}}, {@code {{ label('issue.number', {'year': issue.year, 'number': issue.number}) }}}:
     * a text of the theme's labels.yaml, its placeholders filled from the map; and
     * {@code {{ labels_json('search') }}}, a group of labels as a JSON object for a
     * {@code <script type="application/json">} element.
     */
    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "label", function((args, line, self) -> {
                    Map<String, Object> values = new HashMap<>();
                    if (args.get("1") instanceof Map<?, ?> given) {
                        given.forEach((name, value) -> values.put(String.valueOf(name), value));
                    }
                    return labels.text(String.valueOf(args.get("0")), values);
                }),
                "labels_json", function((args, line, self) -> new SafeString(json(labels.group(String.valueOf(args.get("0")))))));
    }

    private interface Call {
        Object apply(Map<String, Object> args, int line, PebbleTemplate self);
    }

    /** A function of positional and named arguments; a missing label is an error at the template's line. */
    private static Function function(Call call) {
        return new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                try {
                    return call.apply(args, line, self);
                } catch (Labels.MissingLabelException e) {
                    throw new PebbleException(e, e.getMessage(), line, self.getName());
                }
            }

            @Override
            public List<String> getArgumentNames() {
                return null;
            }
        };
    }

    /** A JSON object of strings; {@code <} is escaped so that the object can stand in a script element. */
    private static String json(Map<String, String> strings) {
        StringBuilder json = new StringBuilder("{");
        strings.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            jsonString(json, key);
            json.append(':');
            jsonString(json, value);
        });
        return json.append('}').toString();
    }

    private static void jsonString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '<' -> json.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "url", filter(target -> urls.href(path(target))),
                "abs_url", filter(target -> urls.absolute(path(target))),
                "body", body(),
                "cn_date", filter(date -> CnDates.format(labels, (LocalDate) date)),
                "file_size", filter(bytes -> FileSizes.format(((Number) bytes).longValue())));
    }

    /** The site path of a model object, or a string taken as a site path already. */
    static String path(Object target) {
        if (target instanceof String path) {
            return path;
        } else if (target instanceof Issue issue) {
            return SiteUrls.issue(issue.id());
        } else if (target instanceof IssueId id) {
            return SiteUrls.issue(id);
        } else if (target instanceof Article article) {
            return SiteUrls.article(article);
        } else if (target instanceof Brief brief) {
            return SiteUrls.brief(brief);
        } else if (target instanceof Department department) {
            return SiteUrls.department(department);
        } else if (target instanceof FreePage page) {
            return SiteUrls.freePage(page);
        }
        throw new IllegalArgumentException("no URL for " + target);
    }

    /** {@code {{ article | body }}} under a headline of level 2, {@code {{ article | body(headline=1) }}} under an h1. */
    private Filter body() {
        return filter(List.of("headline"), (entry, args) -> new SafeString(args.get("headline") instanceof Number level
                ? contentHtml.html((Entry) entry, level.intValue()) : contentHtml.html((Entry) entry)));
    }

    private static Filter filter(java.util.function.Function<Object, Object> function) {
        return filter(List.of(), (input, args) -> function.apply(input));
    }

    /** A filter taking the named arguments; a null input gives null. */
    private static Filter filter(List<String> argumentNames, BiFunction<Object, Map<String, Object>, Object> function) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return input == null ? null : function.apply(input, args);
            }

            @Override
            public List<String> getArgumentNames() {
                return argumentNames;
            }
        };
    }
}
