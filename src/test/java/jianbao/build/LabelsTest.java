package jianbao.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.TestSites;
import jianbao.content.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixed texts of the site come from the theme's labels.yaml: a site theme rewords any of them
 * without Java, and a mistake in its file is an error at its line that leaves the site unbuilt.
 */
class LabelsTest {

    @TempDir
    Path root;

    private Path siteWithTheme(String labels) {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("site.yaml"), TestSites.read(content.resolve("site.yaml")) + "theme: district\n");
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(root.resolve("themes/district/labels.yaml"), labels);
        return content;
    }

    @Test
    void aSiteThemeRewordsLabelsInPageTitlesBreadcrumbsAndFeeds() throws IOException {
        Path content = siteWithTheme("""
                archive:
                  title: 期刊档案
                issue:
                  number: 第{number}期（{year}）
                feeds:
                  rss: "{title} RSS 订阅"
                date: "{year}-{month}-{day}"
                """);
        Path site = root.resolve("site");
        SiteBuilder.Result result = TestSites.build(content, site, null);
        assertTrue(result.succeeded(), () -> result.problems().all().toString());
        Document article = TestSites.page(site, "issues/2024/45/1/");
        assertEquals(List.of("首页", "期刊档案", "第45期（2024）", "第45期第1条信息"), article.select(".breadcrumbs li").eachText());
        assertEquals("期刊档案", article.selectFirst("meta[name=ColumnName]").attr("content"));
        assertEquals("测试信息 RSS 订阅", article.selectFirst("link[type=application/rss+xml]").attr("title"));
        assertEquals("期刊档案 - 测试信息", TestSites.page(site, "issues/").title());
        String feed = Files.readString(site.resolve("departments/caizheng-ju/feed.xml"));
        assertTrue(feed.contains("2024-8-9"), "dates in feeds follow the label");
        String siteFeed = Files.readString(site.resolve("feed.xml"));
        assertTrue(siteFeed.contains("<title>测试信息 第45期（2024）</title>"), "an issue's title is made with its number's label");
        assertTrue(siteFeed.contains("（本订阅收录最近 20 期全文，全部往期见 https://example.gov.cn/issues/）"),
                "labels the site theme leaves alone keep the default theme's text");
    }

    /**
     * A label named by a literal and printed as it is goes into the template when it is compiled; the
     * page must read exactly as when the label is looked up and escaped on the page (here, through an
     * expression that is not folded), in text, in attributes and where autoescaping is off.
     */
    @Test
    void labelsPutInTemplatesReadAsLabelsLookedUpOnThePage() throws IOException {
        Path content = siteWithTheme("""
                not_found:
                  title: 找不到<页面> & "链接"
                  text: 它'已'删除 <b>
                """);
        TestSites.write(root.resolve("themes/district/templates/404.peb"), """
                {% extends "base" %}
                {% block content %}
                <h1 title="{{ label('not_found.title') }}">{{ label('not_found.title') }}</h1>
                <h2 title="{{ label('not_found.title') ~ '' }}">{{ label('not_found.title') ~ '' }}</h2>
                <p>{{ label('not_found.text') }}{{ label('not_found.text') | raw }}</p>
                <p>{{ label('not_found.text') ~ '' }}{{ (label('not_found.text') ~ '') | raw }}</p>
                {% autoescape false %}<i>{{ label('not_found.text') }}</i>{% endautoescape %}
                {% autoescape false %}<i>{{ label('not_found.text') ~ '' }}</i>{% endautoescape %}
                {% endblock %}
                """);
        Path site = root.resolve("site");
        SiteBuilder.Result result = TestSites.build(content, site, null);
        assertTrue(result.succeeded(), () -> result.problems().all().toString());
        List<String> lines = Files.readString(site.resolve("404.html")).lines().toList();
        String folded = lines.stream().filter(line -> line.startsWith("<h1 title=")).findFirst().orElseThrow();
        String lookedUp = lines.stream().filter(line -> line.startsWith("<h2 title=")).findFirst().orElseThrow();
        assertEquals(lookedUp.replace("h2", "h1"), folded);
        assertTrue(folded.contains("找不到&lt;页面&gt; &amp;"), folded);
        int paragraph = lines.indexOf(lines.stream().filter(line -> line.startsWith("<p>它")).findFirst().orElseThrow());
        assertEquals(lines.get(paragraph + 1), lines.get(paragraph));
        assertTrue(lines.get(paragraph).endsWith("<b></p>"), "raw where asked: " + lines.get(paragraph));
        String italics = lines.stream().filter(line -> line.startsWith("<i>")).findFirst().orElseThrow();
        assertTrue(italics.startsWith("<i>它'已'删除 <b></i><i>它'已'删除 <b></i>"), "unescaped where autoescaping is off: " + italics);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'archive:\\n  titel: 期刊档案'                | 2 | 标签“archive.titel”不认识",
            "'issue:\\n  number: 第{num}期'               | 2 | 标签“issue.number”中的 {num} 无法填写：这个标签只能用 {year}、{kind}、{number}。",
            "'archive:\\n  title: [往期, 期刊]'            | 2 | 标签“archive.title”应是一段文字。",
            "'archive:\\n  title: 往期: 期刊'              | 2 | 格式有误"})
    void aMistakeInASiteThemesLabelsIsAnErrorAtItsLine(String labels, int line, String message) {
        Path content = siteWithTheme(labels.replace("\\n", "\n"));
        Path site = root.resolve("site");
        SiteBuilder.Result result = TestSites.build(content, site, null);
        assertFalse(result.succeeded());
        Problem problem = result.problems().all().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(root.resolve("themes/district/labels.yaml"), problem.file().toAbsolutePath());
        assertEquals(line, problem.line(), problem.message());
        assertTrue(problem.message().startsWith(message), problem.message());
        assertFalse(Files.exists(site), "nothing is written");
    }

    @Test
    void aTemplateAskingForALabelTheThemeLacksFailsNamingTheLabel() {
        Path content = siteWithTheme("archive:\n  title: 期刊档案\n");
        TestSites.write(root.resolve("themes/district/templates/archive.peb"),
                "{% extends \"base\" %}{% block content %}\n<h1>{{ label('archive.heading') }}</h1>{% endblock %}");
        SiteBuilder.Result result = TestSites.build(content, root.resolve("site"), null);
        assertFalse(result.succeeded());
        Problem problem = result.problems().all().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("archive.peb", problem.file().getFileName().toString());
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("labels.yaml 中没有标签“archive.heading”"), problem.message());
        assertFalse(Files.exists(root.resolve("site/index.html")));
    }

}
