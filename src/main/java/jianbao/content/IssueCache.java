package jianbao.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jianbao.model.Attachment;
import jianbao.model.Department;
import jianbao.model.SiteConfig;

/**
 * Issue files as parsed by an earlier load, with what the text check found in them, so that a rebuild
 * parses and checks again only the files whose text changed. A file is recognised by its bytes, not
 * its timestamp, so that an edit within the same clock tick, or a checkout that restores an old
 * timestamp, is never missed; reading a few hundred small files costs far less than parsing them,
 * and the loader reads each file once, to compare and to parse. Everything is parsed again when
 * site.yaml, the department registry or the text check (the language settings of site.yaml and
 * words.yaml) changes, since a parse depends on them.
 */
public final class IssueCache {

    private record Cached(byte[] bytes, List<Attachment> attachments, IssueParser.Parsed parsed,
                          List<DepartmentRegistry.Mention> unregistered) {
    }

    /** What every parse depends on besides the file itself. */
    private record Inputs(SiteConfig config, List<Department> registered, IssueTextCheck check) {
    }

    private final Map<Path, Cached> byFile = new ConcurrentHashMap<>();
    private final AtomicInteger parsedLastLoad = new AtomicInteger();
    private volatile Inputs inputs;

    /** How many files the last load parsed and checked, rather than took from the cache. */
    public int parsedLastLoad() {
        return parsedLastLoad.get();
    }

    void beginLoad(SiteConfig config, List<Department> registered, IssueTextCheck check) {
        Inputs now = new Inputs(config, registered, check);
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
     * The parse of {@code file}, whose bytes are {@code bytes}: from the cache when its bytes and
     * attachments are as before (its unregistered departments are then made known to {@code registry}
     * again), otherwise from {@code parse}.
     */
    IssueParser.Parsed get(Path file, byte[] bytes, List<Attachment> attachments, DepartmentRegistry registry,
                           Supplier<IssueParser.Parsed> parse) {
        Cached cached = byFile.get(file);
        if (cached != null && Arrays.equals(cached.bytes, bytes) && cached.attachments.equals(attachments)) {
            registry.remember(cached.unregistered);
            return cached.parsed;
        }
        parsedLastLoad.incrementAndGet();
        IssueParser.Parsed parsed = parse.get();
        byFile.put(file, new Cached(bytes, List.copyOf(attachments), parsed, registry.mentionsIn(file)));
        return parsed;
    }
}
