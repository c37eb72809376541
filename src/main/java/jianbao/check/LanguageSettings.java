package jianbao.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jianbao.content.FrontMatter;
import jianbao.content.Problems;
import jianbao.content.SourceText;

/**
 * What the language check looks for: the level of each kind of finding ({@code language_check:} in
 * site.yaml) and the word lists, those shipped with jianbao and the site's own additions in
 * content/words.yaml.
 *
 * @param mistakenForms each mistaken form with its correct forms (one or more) and the correct words that contain it
 */
public record LanguageSettings(Map<FindingKind, Level> levels, Set<String> allowedLatin,
                               Map<String, MistakenForm> mistakenForms, List<String> standardExpressions) {

    public enum Level { ERROR, WARNING, OFF }

    /**
     * A mistaken form and what to write instead.
     *
     * @param lookAlikes correct words that overlap the mistaken form where it is not a mistake (帐篷 for 对帐)
     */
    public record MistakenForm(String wrong, List<String> correct, List<String> lookAlikes) {
    }

    /** The site file of word lists, in content/. */
    public static final String WORDS_FILE = "words.yaml";

    private static final String SETTINGS_FIELD = "language_check";

    /**
     * The settings of the content folder {@code content} (none when null); problems in them are added
     * to {@code problems}.
     */
    public static LanguageSettings load(Path content, Problems problems) {
        Map<FindingKind, Level> levels = new EnumMap<>(FindingKind.class);
        for (FindingKind kind : FindingKind.values()) {
            levels.put(kind, kind.usual());
        }
        // site.yaml is read by the content loader too, which reports whether it can be read at all.
        Path siteFile = content == null ? null : content.resolve("site.yaml");
        Problems settings = new Problems();
        yaml(siteFile, settings).ifPresent(site -> {
            readLevels(site, siteFile, levels, problems);
            settings.all().forEach(problems::add);
        });
        Set<String> latin = new LinkedHashSet<>(shipped("allowed-latin.txt"));
        Map<String, MistakenForm> forms = new LinkedHashMap<>();
        shipped("mistaken-forms.txt").forEach(line -> {
            String[] parts = line.split("\\s+");
            forms.put(parts[0], new MistakenForm(parts[0], List.of(parts[1]), List.of(parts).subList(2, parts.length)));
        });
        List<String> expressions = new ArrayList<>(shipped("standard-expressions.txt"));
        Path words = content == null ? null : content.resolve(WORDS_FILE);
        if (words != null && Files.exists(words)) {
            yaml(words, problems).ifPresent(site -> {
                site.warnUnknownFields(Set.of("allowed_latin", "mistaken_forms", "standard_expressions"));
                latin.addAll(site.texts("allowed_latin"));
                site.map("mistaken_forms").forEach((wrong, correct) -> siteForm(wrong.strip(), correct, forms));
                site.texts("standard_expressions").stream().filter(e -> !expressions.contains(e)).forEach(expressions::add);
            });
        }
        return new LanguageSettings(levels, Set.copyOf(latin), forms, List.copyOf(expressions));
    }

    /** The settings of a site that sets nothing: every kind at its usual level, the shipped lists alone. */
    public static LanguageSettings shipped() {
        return load(null, new Problems());
    }

    public Level level(FindingKind kind) {
        return levels.get(kind);
    }

    private static void readLevels(FrontMatter site, Path file, Map<FindingKind, Level> levels, Problems problems) {
        Map<String, Object> set = site.map(SETTINGS_FIELD);
        set.forEach((key, value) -> {
            Optional<FindingKind> kind = List.of(FindingKind.values()).stream().filter(k -> k.key().equals(key)).findFirst();
            if (kind.isEmpty()) {
                problems.warning(file, site.lineOf(SETTINGS_FIELD), SETTINGS_FIELD + " 下的“" + key + "”不认识，已忽略。可用的："
                        + String.join("、", List.of(FindingKind.values()).stream().map(FindingKind::key).toList()) + "。");
                return;
            }
            String word = value instanceof Boolean b && !b ? "off" : String.valueOf(value).strip().toLowerCase(Locale.ROOT);
            switch (word) {
                case "error" -> levels.put(kind.get(), Level.ERROR);
                case "warning" -> levels.put(kind.get(), Level.WARNING);
                case "off" -> levels.put(kind.get(), Level.OFF);
                default -> problems.error(file, site.lineOf(SETTINGS_FIELD), SETTINGS_FIELD + " 下的 " + key
                        + " 只能是 error（错误）、warning（警告）或 off（不检查），现在是“" + value + "”。");
            }
        });
    }

    /** An entry of words.yaml: a correct form, several, or none to stop checking a shipped entry. */
    private static void siteForm(String wrong, Object correct, Map<String, MistakenForm> forms) {
        List<String> written = new ArrayList<>();
        if (correct instanceof Iterable<?> several) {
            several.forEach(c -> written.add(String.valueOf(c).strip()));
        } else if (correct != null) {
            written.add(String.valueOf(correct).strip());
        }
        written.removeIf(String::isEmpty);
        if (written.isEmpty()) {
            forms.remove(wrong);
        } else {
            List<String> lookAlikes = forms.containsKey(wrong) ? forms.get(wrong).lookAlikes() : List.of();
            forms.put(wrong, new MistakenForm(wrong, List.copyOf(written), lookAlikes));
        }
    }

    private static Optional<FrontMatter> yaml(Path file, Problems problems) {
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        return SourceText.read(file, problems).flatMap(text -> FrontMatter.parseYaml(file, text, problems));
    }

    /** The lines of a list shipped with jianbao, without comments and blank lines. */
    private static List<String> shipped(String name) {
        List<String> entries = new ArrayList<>();
        try (InputStream in = LanguageSettings.class.getResourceAsStream(name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.replaceFirst("#.*", "").strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
