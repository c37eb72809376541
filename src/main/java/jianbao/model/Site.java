package jianbao.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that is published: settings, issues newest first, departments, free pages.
 * Departments are those of the registry plus any named in content, in registry order.
 */
public record Site(SiteConfig config, List<Issue> issues, List<Department> departments, List<FreePage> pages) {

    public Site {
        issues = issues.stream().sorted(Comparator.comparing(Issue::id).reversed()).toList();
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
        for (Issue issue : issues) {
            List<Entry> entries = new ArrayList<>(issue.articles());
            entries.addAll(issue.briefs());
            for (Entry entry : entries) {
                entry.departments().forEach(d -> byDepartment.computeIfAbsent(d, k -> new ArrayList<>()).add(entry));
            }
        }
        return byDepartment;
    }
}
