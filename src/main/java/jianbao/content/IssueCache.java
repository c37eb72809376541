package jianbao.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import jianbao.model.Attachment;
import jianbao.model.Department;
import jianbao.model.Issue;
import jianbao.model.SiteConfig;

/**
 * Issue files as parsed by an earlier load, so that a rebuild parses again only the files whose
 * text changed. A file is recognised by its bytes, not its timestamp, so that an edit within the same
 * clock tick, or a checkout that restores an old timestamp, is never missed; reading a few hundred
 * small files costs far less than parsing them. Everything is parsed again when site.yaml or the
 * department registry changes, since a parse depends on them.
 */
public final class IssueCache {

    private record Parsed(byte[] bytes, List<Attachment> attachments, Optional<Issue> issue, List<Problem> problems,
                          List<DepartmentRegistry.Mention> unregistered) {
    }

    /** What every parse depends on besides the file itself. */
    private record Inputs(SiteConfig config, List<Department> registered) {
    }

    private final Map<Path, Parsed> byFile = new ConcurrentHashMap<>();
    private final AtomicInteger parsedLastLoad = new AtomicInteger();
    private volatile Inputs inputs;

    /** How many files the last load parsed, rather than took from the cache. */
    public int parsedLastLoad() {
        return parsedLastLoad.get();
    }

    void beginLoad(SiteConfig config, List<Department> registered) {
        Inputs now = new Inputs(config, registered);
        if (!now.equals(inputs)) {
            byFile.clear();
            inputs = now;
        }
        parsedLastLoad.set(0);
    }

    /** Forgets the files that no longer exist. */
    void endLoad(Collection<Path> files) {
        byFile.keySet().retainAll(files);
    }

    /**
     * The issue in {@code file}: from the cache when its bytes and attachments are as before (its
     * problems are reported again and its unregistered departments made known to {@code registry}),
     * otherwise from {@code parse}, whose problems go to a fresh list given to it.
     */
    Optional<Issue> get(Path file, List<Attachment> attachments, DepartmentRegistry registry, Problems problems,
                        Function<Problems, Optional<Issue>> parse) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            bytes = null;
        }
        Parsed cached = byFile.get(file);
        if (bytes != null && cached != null && Arrays.equals(cached.bytes, bytes) && cached.attachments.equals(attachments)) {
            cached.problems.forEach(problems::add);
            registry.remember(cached.unregistered);
            return cached.issue;
        }
        parsedLastLoad.incrementAndGet();
        Problems own = new Problems();
        Optional<Issue> issue = parse.apply(own);
        own.all().forEach(problems::add);
        if (bytes != null) {
            byFile.put(file, new Parsed(bytes, List.copyOf(attachments), issue, own.all(), registry.mentionsIn(file)));
        } else {
            byFile.remove(file);
        }
        return issue;
    }
}
