package jianbao.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jianbao.ArchiveGenerator;
import jianbao.TestSites;
import jianbao.build.BuildProgress;
import jianbao.build.SiteBuilder;
import jianbao.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures a full build and the rebuild after one issue changed, on an archive of 500 issues of 10
 * articles. Run with {@code mvn -B test -Dtest=RebuildBenchmark -Djianbao.bench=true}.
 */
@EnabledIfSystemProperty(named = "jianbao.bench", matches = "true")
class RebuildBenchmark {

    private static final int ISSUES = 500;
    private static final int ARTICLES = 10;
    private static final int ROUNDS = 5;

    @TempDir
    Path root;

    @Test
    void fullBuildAgainstRebuildOfOneChangedIssue() throws IOException {
        Path content = ArchiveGenerator.write(root, ISSUES, ARTICLES);
        SiteBuilder.Options full = SiteBuilder.Options.of(content, root.resolve("site"),
                new ContentLoader.Options(false, TestSites.TODAY, Optional.empty()));
        List<Double> builds = new ArrayList<>();
        int files = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long started = System.nanoTime();
            SiteBuilder.Result result = SiteBuilder.build(full);
            builds.add((System.nanoTime() - started) / 1e6);
            assertTrue(result.succeeded());
            files = result.filesWritten();
        }

        IncrementalBuilder builder = new IncrementalBuilder(SiteBuilder.Options.of(content, root.resolve("live"),
                full.loading()), BuildProgress.NONE);
        IncrementalBuilder.Outcome first = builder.rebuild();
        assertTrue(first.succeeded());
        List<Double> rebuilds = new ArrayList<>();
        int rendered = 0;
        for (int i = 0; i < ROUNDS * 2; i++) {
            Path file = ArchiveGenerator.issueFile(content, 2018, 10 + i);
            Files.writeString(file, Files.readString(file).replaceFirst("一是", "一是认真"));
            IncrementalBuilder.Outcome outcome = builder.rebuild();
            assertTrue(outcome.succeeded());
            assertFalse(outcome.full());
            rebuilds.add(outcome.nanos() / 1e6);
            rendered = outcome.pagesRendered();
        }
        System.out.printf("archive: %d issues, %d articles, %d files%n", ISSUES, ISSUES * ARTICLES, files);
        System.out.printf("full build (ms), %d rounds: %s%n", ROUNDS, builds);
        System.out.printf("first serve build (ms): %.0f%n", first.nanos() / 1e6);
        System.out.printf("rebuild after one issue changed (ms), %d rounds: %s; pages rendered: %d%n",
                rebuilds.size(), rebuilds, rendered);
    }
}
