package jianbao.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jianbao.content.Problem;
import jianbao.content.Problems;
import jianbao.model.Article;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import jianbao.model.Site;

/**
 * Warnings about content that is allowed but suspicious, found by looking at the archive as a whole
 * rather than at one file: a gap in the issue numbers, dates out of step with the numbers, an article
 * much shorter or longer than usual, the same headline twice, a running total (总第N期) that goes back. The content loader has already reported
 * every error and the warnings about single files; {@code check} adds these.
 */
public final class ContentChecks {

    /** Fewer articles than this say too little about what length is usual. */
    public static final int MIN_ARTICLES_FOR_LENGTH = 20;

    /** An article is unusual when shorter than the median divided by this, or longer than the median times this. */
    public static final int LENGTH_FACTOR = 4;

    private ContentChecks() {
    }

    /**
     * The warnings for {@code issues}, every issue read (drafts included), in any order.
     *
     * @param files the issues that have a file, including those that could not be read for errors,
     *              which are not reported missing
     */
    public static List<Problem> warnings(List<Issue> issues, Set<IssueId> files) {
        List<Issue> ordered = issues.stream().sorted(Comparator.comparing(Issue::id)).toList();
        Problems found = new Problems();
        numbers(ordered, files, found);
        dates(ordered, found);
        totals(issues, found);
        lengths(ordered, found);
        headlines(ordered, found);
        return found.all();
    }

    /** The usual length of an article in characters, or empty if the archive is too small to tell. */
    public static Optional<Integer> medianLength(List<Issue> issues) {
        List<Integer> lengths = issues.stream().flatMap(i -> i.articles().stream()).map(ContentChecks::length).sorted().toList();
        return lengths.size() < MIN_ARTICLES_FOR_LENGTH ? Optional.empty() : Optional.of(lengths.get(lengths.size() / 2));
    }

    private static void numbers(List<Issue> ordered, Set<IssueId> files, Problems found) {
        Map<IssueId, Issue> read = new HashMap<>();
        ordered.forEach(issue -> read.put(issue.id(), issue));
        List<IssueId> all = new ArrayList<>(new TreeSet<>(files));
        for (int i = 1; i < all.size(); i++) {
            IssueId previous = all.get(i - 1);
            IssueId id = all.get(i);
            Issue issue = read.get(id);
            if (previous.year() != id.year() || previous.kind() != id.kind() || id.number() <= previous.number() + 1
                    || issue == null || read.containsKey(previous) && !read.get(previous).bulletin().equals(issue.bulletin())) {
                continue;
            }
            String kind = id.kind().word();
            String missing = id.number() == previous.number() + 2 ? kind + "第" + (previous.number() + 1) + "期"
                    : kind + "第" + (previous.number() + 1) + "至" + (id.number() - 1) + "期";
            found.warning(issue.source(), issue.lineOf("number"), previous + "之后是" + id.label()
                    + "，缺少" + missing + "。如果确实没有出版或不公开，可以忽略这条警告。");
        }
    }

    private static void dates(List<Issue> ordered, Problems found) {
        for (int i = 1; i < ordered.size(); i++) {
            Issue previous = ordered.get(i - 1);
            Issue issue = ordered.get(i);
            if (previous.year() == issue.year() && previous.kind() == issue.kind() && issue.date().isBefore(previous.date())) {
                found.warning(issue.source(), issue.lineOf("date"), "出刊日期 " + issue.date() + " 早于上一期（"
                        + previous.id().label() + "，" + previous.date() + "），期号和日期的先后不一致，请核对。");
            }
        }
    }

    /**
     * The running total (总第N期) counts every issue ever printed, so it grows from one issue to the
     * next in the order they appeared, whatever their kind.
     */
    private static void totals(List<Issue> issues, Problems found) {
        List<Issue> oldestFirst = new ArrayList<>(Site.newestFirst(issues));
        Collections.reverse(oldestFirst);
        Issue previous = null;
        for (Issue issue : oldestFirst) {
            if (issue.total() == 0) {
                continue;
            }
            if (previous != null && issue.total() <= previous.total()) {
                found.warning(issue.source(), issue.lineOf("total"), "总第" + issue.total() + "期不大于之前的"
                        + previous.id() + "（总第" + previous.total() + "期）：总期号应逐期增加，请核对。");
            }
            previous = issue;
        }
    }

    private static void lengths(List<Issue> ordered, Problems found) {
        Optional<Integer> usual = medianLength(ordered);
        if (usual.isEmpty()) {
            return;
        }
        int median = usual.get();
        for (Issue issue : ordered) {
            for (Article article : issue.articles()) {
                int length = length(article);
                if (length * LENGTH_FACTOR < median) {
                    found.warning(issue.source(), article.line(), "信息“" + article.headline() + "”正文只有 " + length
                            + " 个字，比往常短得多（全部信息的中位数是 " + median + " 字）。是不是没有写完？");
                } else if (length > median * LENGTH_FACTOR) {
                    found.warning(issue.source(), article.line(), "信息“" + article.headline() + "”正文有 " + length
                            + " 个字，比往常长得多（全部信息的中位数是 " + median + " 字）。是不是漏写了下一条的“## 标题”？");
                }
            }
        }
    }

    private static void headlines(List<Issue> ordered, Problems found) {
        Map<String, Article> first = new HashMap<>();
        for (Issue issue : ordered) {
            for (Article article : issue.articles()) {
                Article earlier = first.putIfAbsent(key(article.headline()), article);
                if (earlier != null) {
                    found.warning(issue.source(), article.line(), "标题“" + article.headline()
                            + "”与" + earlier.issueId() + "第" + earlier.position() + "条相同。是不是同一条信息登了两次？");
                }
            }
        }
    }

    private static int length(Article article) {
        return article.text().codePointCount(0, article.text().length());
    }

    private static String key(String headline) {
        return Normalizer.normalize(headline, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Turns warnings into errors, for {@code check --strict}. */
    public static List<Problem> strict(List<Problem> problems) {
        List<Problem> strict = new ArrayList<>();
        problems.forEach(p -> strict.add(p.asError()));
        return strict;
    }
}
