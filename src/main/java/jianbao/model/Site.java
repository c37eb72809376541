package jianbao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that is published: settings, issues newest first, departments, free pages.
 * Departments are those of the registry plus any named in content, in registry order.
 * Regular issues keep the order of their numbers; a supplement or special issue stands among them
 * by its date, after the regular issues of its day.
 */
public record Site(SiteConfig config, List<Issue> issues, List<Department> departments, List<FreePage> pages) {

    /** The order of {@link #issues()}, newest first; see the class comment. */
    public static List<Issue> newestFirst(List<Issue> issues) {
        List<Issue> regular = issues.stream().filter(i -> i.kind() == IssueKind.REGULAR)
                .sorted(Comparator.comparing(Issue::id)).toList();
        List<Issue> others = issues.stream().filter(i -> i.kind() != IssueKind.REGULAR)
                .sorted(Comparator.comparing(Issue::year).thenComparing(Issue::date).thenComparing(Issue::id)).toList();
        List<Issue> oldestFirst = new ArrayList<>(issues.size());
        int next = 0;
        for (Issue issue : regular) {
            while (next < others.size() && comesBefore(others.get(next), issue)) {
                oldestFirst.add(others.get(next++));
            }
            oldestFirst.add(issue);
        }
        oldestFirst.addAll(others.subList(next, others.size()));
        Collections.reverse(oldestFirst);
        return List.copyOf(oldestFirst);
    }

    private static boolean comesBefore(Issue other, Issue regular) {
        return other.year() != regular.year() ? other.year() < regular.year() : other.date().isBefore(regular.date());
    }

    public Site {
        issues = newestFirst(issues);
        departments = List.copyOf(departments);
        pages = List.copyOf(pages);
    }

    /** Every article of every issue, newest issue first, in printed order within an issue. */
    public List<Article> articles() {
        List<Article> all = new ArrayList<>();
        issues.forEach(issue -> all.addAll(issue.articles()));
        return all;
    }

    /**
     * What each department reported, newest issue first, articles before briefs within an issue;
     * departments that reported nothing map to an empty list.
     */
    public Map<Department, List<Entry>> entriesByDepartment() {
        Map<Department, List<Entry>> byDepartment = new LinkedHashMap<>();
        departments.forEach(department -> byDepartment.put(department, new ArrayList<>()));
        // Entries mostly share their departments' objects: looked up by identity first, the records are seldom hashed.
        Map<Department, List<Entry>> seen = new IdentityHashMap<>();
        for (Issue issue : issues) {
            List<Entry> entries = new ArrayList<>(issue.articles());
            entries.addAll(issue.briefs());
            for (Entry entry : entries) {
                entry.departments().forEach(d -> seen.computeIfAbsent(d, k -> byDepartment.computeIfAbsent(k, x -> new ArrayList<>()))
                        .add(entry));
            }
        }
        return byDepartment;
    }
}
