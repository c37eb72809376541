package jianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules between packages that ARCHITECTURE.md states: dependencies point down the pipeline, never back. */
class PackageRulesTest {

    private static final Set<String> EVERY_PACKAGE = Set.of("build", "check", "cli", "content", "feeds", "importer",
            "model", "output", "parallel", "render", "scratch", "search", "serve", "source");

    /** Packages every package may import: tools that know nothing of jianbao. */
    private static final Set<String> ANY_PACKAGE_MAY_IMPORT = Set.of("parallel", "scratch");

    /** For each package, the packages of jianbao it may import besides those of {@link #ANY_PACKAGE_MAY_IMPORT}. */
    private static final Map<String, Set<String>> MAY_IMPORT = Map.ofEntries(
            Map.entry("parallel", Set.of()),
            Map.entry("scratch", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("output", Set.of()),
            Map.entry("source", Set.of()),
            Map.entry("content", Set.of("model", "source")),
            Map.entry("render", Set.of("model", "source")),
            Map.entry("check", Set.of("content", "model")),
            Map.entry("importer", Set.of("content", "model")),
            Map.entry("feeds", Set.of("model", "output", "render")),
            Map.entry("search", Set.of("model", "output", "render")),
            Map.entry("build", Set.of("check", "content", "feeds", "model", "output", "render", "search")),
            Map.entry("serve", Set.of("build", "check", "content", "feeds", "model", "output", "render", "search")),
            Map.entry("cli", EVERY_PACKAGE));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?jianbao\\.(\\w+)\\.", Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyWhatItMay() throws IOException {
        Path sources = Path.of("src/main/java/jianbao");
        List<String> broken = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = sources.relativize(file).getName(0).toString();
                Set<String> allowed = MAY_IMPORT.get(pkg);
                if (allowed == null) {
                    broken.add(pkg + ": a package ARCHITECTURE.md and this test do not know");
                    continue;
                }
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String imported = imports.group(1);
                    seen++;
                    if (!imported.equals(pkg) && !ANY_PACKAGE_MAY_IMPORT.contains(imported) && !allowed.contains(imported)) {
                        broken.add(sources.relativize(file) + " imports jianbao." + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(seen > 100, "the imports between packages were found: " + seen);
    }

    @Test
    void everyPackageSaysWhatItIs() {
        List<String> missing = EVERY_PACKAGE.stream().sorted()
                .filter(pkg -> !Files.isRegularFile(Path.of("src/main/java/jianbao", pkg, "package-info.java")))
                .toList();
        assertEquals(List.of(), missing, "packages without a package-info.java");
    }
}
