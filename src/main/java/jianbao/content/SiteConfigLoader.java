package jianbao.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jianbao.model.SiteConfig;
import jianbao.model.SiteIdentity;

/** Reads the portal settings from content/site.yaml. */
public final class SiteConfigLoader {

    private static final Set<String> FIELDS = Stream.concat(Stream.of("title", "publisher", "description", "base_url",
            "language", "time_zone", "theme", "items_per_page", "feed_limit", "language_check"), SiteIdentityReader.FIELDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private SiteConfigLoader() {
    }

    /** The 1-based line of the settings {@code file} on which {@code key} is written, found as loading it finds it; 0 if it cannot be read. */
    public static int lineOf(Path file, String key) {
        Problems ignored = new Problems();
        return SourceText.read(file, ignored).flatMap(text -> FrontMatter.parseYaml(file, text, ignored)).map(yaml -> yaml.lineOf(key)).orElse(0);
    }

    public static Optional<SiteConfig> load(Path file, Problems problems) {
        if (!Files.exists(file)) {
            problems.error(file, 0, "找不到网站设置文件 site.yaml。");
            return Optional.empty();
        }
        Optional<String> text = SourceText.read(file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<FrontMatter> parsed = FrontMatter.parseYaml(file, text.get(), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter yaml = parsed.get();
        yaml.warnUnknownFields(FIELDS);
        Optional<String> title = yaml.requiredText("title", "网站名称");
        String publisher = yaml.text("publisher").orElse(title.orElse(""));
        String description = yaml.text("description").orElse(title.orElse(""));
        Optional<URI> baseUrl = yaml.requiredText("base_url", "网站地址").flatMap(url -> baseUrl(url, file, yaml.lineOf("base_url"), problems));
        String language = yaml.text("language").orElse("zh-CN");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Optional<String> zoneName = yaml.text("time_zone");
        if (zoneName.isPresent()) {
            try {
                zone = ZoneId.of(zoneName.get());
            } catch (DateTimeException e) {
                problems.error(file, yaml.lineOf("time_zone"), "时区“" + zoneName.get() + "”不认识，请写 Asia/Shanghai。");
            }
        }
        String theme = yaml.text("theme").orElse("default");
        if (!SiteConfig.THEME_NAME.matcher(theme).matches()) {
            problems.error(file, yaml.lineOf("theme"), "主题“" + theme + "”应是 themes/ 下一个目录的名字（字母、数字、连字符），如 district，"
                    + "不能是路径。");
            theme = "default";
        }
        int perPage = yaml.has("items_per_page") ? yaml.positiveInteger("items_per_page", "每页条数").orElse(20) : 20;
        int feedLimit = yaml.has("feed_limit")
                ? yaml.positiveInteger("feed_limit", "订阅条数").orElse(SiteConfig.DEFAULT_FEED_LIMIT)
                : SiteConfig.DEFAULT_FEED_LIMIT;
        SiteIdentity identity = SiteIdentityReader.read(yaml, file, problems);
        if (title.isEmpty() || baseUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get(), publisher, description, baseUrl.get(), language, zone, theme, perPage,
                feedLimit, identity));
    }

    /** An absolute http(s) URL that ends with a slash, so that page paths can be appended to it. */
    public static Optional<URI> baseUrl(String url, Path file, int line, Problems problems) {
        try {
            URI uri = new URI(url.endsWith("/") ? url : url + "/");
            if (uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null && uri.getQuery() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.error(file, line, "网站地址“" + url + "”应是完整的网址，如 https://www.example.gov.cn/xinxi/。");
        return Optional.empty();
    }
}
