package jianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import jianbao.build.SiteBuilder;
import jianbao.content.ContentLoader;
import jianbao.render.Labels;
import jianbao.render.Theme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Builds sites for tests: the sample site of the repository, or content written by a test. */
public final class TestSites {

    /** A fixed "today" after every sample and fixture date, so that tests do not depend on the clock. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** The headlines of the seven articles of the sample issue, in printed order. */
    public static final List<String> SAMPLE_HEADLINES = List.of(
            "区先进制造业开发区加速推进重点项目建设",
            "我区发展“采摘经济”激发乡村振兴新活力",
            "我区开展“网格+”占道经营治理工作",
            "我区深化政企合作推动产业转型升级",
            "区委编办积极做好机构编制“三个管理”",
            "区财政局扎实做好困难学生补助资金发放工作",
            "区退役军人事务局积极开展“拥军企业（门店）”招募工作");

    private TestSites() {
    }

    /** The repository's own content/ folder: the sample site. */
    public static Path sampleContent() {
        Path content = Path.of("content").toAbsolutePath();
        if (!Files.isDirectory(content)) {
            throw new IllegalStateException("run the tests from the repository root");
        }
        return content;
    }

    /** The labels of the repository's default theme. */
    public static Labels defaultLabels() {
        return Labels.load(Theme.of(Path.of("themes").toAbsolutePath(), "default"));
    }

    public static SiteBuilder.Result build(Path content, Path output, String baseUrl) {
        ContentLoader.Options loading = new ContentLoader.Options(false, TODAY,
                Optional.ofNullable(baseUrl).map(URI::create));
        return SiteBuilder.build(SiteBuilder.Options.of(content, output, loading));
    }

    public static Document page(Path site, String path) {
        try {
            return Jsoup.parse(site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file, UTF-8. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file of {@code folder} by its path relative to it, with its text, or, for a file that is
     * not UTF-8 text (an image), the SHA-256 of its bytes: equal trees hold exactly the same bytes,
     * and a test's message shows what text differs.
     */
    public static Map<String, String> tree(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), text(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            try {
                return "SHA-256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** A content folder with site.yaml and a small registry, to which a test adds issues. */
    public static Path fixtureContent(Path root, int itemsPerPage) {
        Path content = root.resolve("content");
        write(content.resolve("site.yaml"), """
                title: 测试信息
                publisher: 测试办公室
                base_url: https://example.gov.cn/
                items_per_page: %d
                """.formatted(itemsPerPage));
        write(content.resolve("departments.yaml"), """
                - name: 区财政局
                  slug: caizheng-ju
                  kind: 区直部门
                - name: 区城管局
                  slug: chengguan-ju
                  kind: 区直部门
                  aliases: [区域管局]
                - name: 峡窝镇
                  slug: xiawo-zhen
                  kind: 镇/街道
                """);
        return content;
    }

    /** A well-formed issue with one article per entry of {@code sources} (the text in the parentheses). */
    public static String issue(int number, String date, String... sources) {
        StringBuilder text = new StringBuilder("---\nnumber: " + number + "\ndate: " + date + "\neditor: 张三\n---\n\n");
        for (int i = 0; i < sources.length; i++) {
            text.append("## 第").append(number).append("期第").append(i + 1).append("条信息\n\n")
                    .append("一是做好工作。二是加强管理。截至目前，完成任务 ").append(i + 1).append(" 项。（")
                    .append(sources[i]).append("）\n\n");
        }
        return text.toString();
    }
}
