package jianbao.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jianbao.content.Problem;
import jianbao.content.Problems;

/**
 * The language check of serve mode: after a change, only the issue files whose text changed are
 * checked again, and all of them when site.yaml or words.yaml changed the settings.
 */
public final class LanguageMemo {

    /** A file's text and what the check found in it. */
    private record Checked(String text, List<Problem> problems) {
    }

    private final Map<Path, Checked> checked = new ConcurrentHashMap<>();
    private LanguageSettings settings;

    /**
     * The problems of every issue file of {@code content}, as {@link LanguageCheck#problems(Path)} finds
     * them; problems of the settings go to {@code settingsProblems}.
     */
    public synchronized List<Problem> problems(Path content, Problems settingsProblems) {
        LanguageSettings now = LanguageSettings.load(content, settingsProblems);
        if (!now.equals(settings)) {
            checked.clear();
            settings = now;
        }
        LanguageCheck check = new LanguageCheck(now);
        List<Problem> problems = check.problems(content, (file, text) -> {
            Checked last = checked.get(file);
            if (last != null && last.text().equals(text)) {
                return last.problems();
            }
            List<Problem> found = check.problems(file, text);
            checked.put(file, new Checked(text, found));
            return found;
        });
        checked.keySet().removeIf(file -> !Files.exists(file));
        return problems;
    }
}
