package jianbao.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianbao.model.FreePage;
import jianbao.model.Site;
import jianbao.model.SiteConfig;

/** Renders pages with the theme's Pebble templates, compiled once and shared by all threads. */
public final class PageRenderer {

    /**
     * What a page's text depends on besides its {@link PageSpec} and the templates: pages with equal
     * specs, rendered with the same templates for sites with equal inputs, are identical. A rebuild
     * relies on this to render again only the pages that changed.
     */
    public record SiteInputs(SiteConfig config, List<FreePage> freePages) {

        public static SiteInputs of(Site site) {
            return new SiteInputs(site.config(), site.pages());
        }
    }

    private final PebbleEngine engine;
    private final Theme theme;
    private final Map<String, Object> global;
    private final Labels labels;

    public PageRenderer(Site site, Theme theme, Labels labels, SiteUrls urls) {
        this.labels = labels;
        HtmlEscaper html = new HtmlEscaper();
        this.engine = new PebbleEngine.Builder()
                .loader(new ThemeLoader(theme))
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", html)
                .newLineTrimming(true)
                .extension(new TemplateFilters(urls, new ContentHtml(urls, false), labels, html))
                .extension(new QrCodeFunction())
                .extension(new RecordAttributes())
                .build();
        this.theme = theme;
        this.global = Map.of("site", site.config(), "freePages", site.pages());
    }

    /** The theme's labels the pages are rendered with. */
    public Labels labels() {
        return labels;
    }

    /** Each thread's writer, reused from page to page. */
    private static final ThreadLocal<Utf8Writer> WRITERS = ThreadLocal.withInitial(Utf8Writer::new);

    /** The page as UTF-8, as it is written to disk; a template error is reported with the template's name and line. */
    public byte[] render(PageSpec page) {
        PebbleTemplate template;
        try {
            template = engine.getTemplate(page.template());
        } catch (PebbleException e) {
            throw new TemplateException(theme, page.template(), e);
        }
        Map<String, Object> context = new HashMap<>(global);
        context.putAll(page.context());
        context.put("path", page.path());
        Utf8Writer out = WRITERS.get().reset();
        try {
            template.evaluate(out, context);
        } catch (PebbleException e) {
            throw new TemplateException(theme, page.template(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A theme's template could not be compiled or evaluated. */
    public static final class TemplateException extends RuntimeException {

        private final Path file;
        private final int line;
        private final String reason;

        public TemplateException(Theme theme, String rendered, PebbleException cause) {
            super(message(cause.getFileName() != null ? cause.getFileName() : rendered, cause), cause);
            String template = cause.getFileName() != null ? cause.getFileName() : rendered;
            this.file = theme.template(template).orElse(Path.of(template + ".peb"));
            this.line = cause.getLineNumber() != null ? cause.getLineNumber() : 0;
            this.reason = "模板出错：" + cause.getPebbleMessage();
        }

        private static String message(String template, PebbleException cause) {
            return "模板 " + template + ".peb 出错" + (cause.getLineNumber() != null ? "（第 " + cause.getLineNumber() + " 行）" : "")
                    + "：" + cause.getPebbleMessage();
        }

        /** The template file the error is in, which may be one the rendered template extends or includes. */
        public Path file() {
            return file;
        }

        /** The line of the error, or 0 if Pebble does not tell. */
        public int line() {
            return line;
        }

        /** What is wrong, without the file and line. */
        public String reason() {
            return reason;
        }
    }
}
