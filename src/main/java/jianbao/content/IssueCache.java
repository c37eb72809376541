package jianbao.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import jianbao.model.Attachment;
import jianbao.model.Body;
import jianbao.model.Department;
import jianbao.model.SiteConfig;

/**
 * Issue files as parsed by an earlier load, with what the text check found in them, so that a rebuild
 * parses and checks again only the files that changed. Everything is parsed again when site.yaml,
 * the department registry or the text check (the language settings of site.yaml and words.yaml)
 * changes, since a parse depends on them.
 *
 * <p>A file is known unchanged without reading it when the file system tells the same size,
 * modification and change time and file as when it was parsed, and that change time was already
 * {@link #SETTLED} old then. The change time cannot be set back (a checkout or a copy that restores
 * a modification time still moves it), and a write within the same tick of the file system's clock
 * would leave the stamp as it was: so for a file written shortly before it was parsed, and where the
 * file system tells no change time, the cache keeps the bytes and compares them instead. An archive
 * of 100,000 articles is then read once, not at every rebuild, and its 184 MB are not held.
 *
 * <p>The bodies of the articles parsed go to a {@link BodyFile}, which grows by the bodies of each
 * file parsed again; when everything is parsed again, a new one replaces it.
 */
public final class IssueCache implements AutoCloseable {

    /** How old a file's last change must be for its stamp alone to tell that it did not change since. */
    static final Duration SETTLED = Duration.ofSeconds(3);

    private final Duration settled;

    public IssueCache() {
        this(SETTLED);
    }

    /** A cache that trusts the stamp of a file last changed {@code settled} before it was read. */
    IssueCache(Duration settled) {
        this.settled = settled;
    }

    /**
     * @param stamp the file as the file system told it just before it was read; empty where it tells no change time
     * @param bytes the file's bytes, kept only while its stamp cannot be trusted
     */
    private record Cached(Optional<Stamp> stamp, byte[] bytes, List<Attachment> attachments, IssueParser.Parsed parsed,
                          List<DepartmentRegistry.Mention> unregistered) {
    }

    /** What the file system tells of a file without reading it. */
    private record Stamp(long size, FileTime modified, FileTime changed, Object inode, Object device) {

        static Optional<Stamp> of(Path file) {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
                return Optional.of(new Stamp((Long) a.get("size"), (FileTime) a.get("lastModifiedTime"),
                        (FileTime) a.get("ctime"), a.get("ino"), a.get("dev")));
            } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
                return Optional.empty();
            }
        }
    }

    /** What every parse depends on besides the file itself. */
    private record Inputs(SiteConfig config, List<Department> registered, IssueTextCheck check) {
    }

    private final Map<Path, Cached> byFile = new ConcurrentHashMap<>();
    private final AtomicInteger parsedLastLoad = new AtomicInteger();
    private volatile Inputs inputs;
    private volatile BodyFile bodies = BodyFile.create();

    /** How many files the last load parsed and checked, rather than took from the cache. */
    public int parsedLastLoad() {
        return parsedLastLoad.get();
    }

    /**
     * Where the articles of the files parsed keep their bodies: the pages of the last build may still
     * show bodies of files parsed long ago, so they stay until every file is parsed again.
     */
    BiFunction<String, String, Body> bodies() {
        return (html, text) -> bodies.store(html, text);
    }

    /** The file of the bodies now, for tests. */
    BodyFile bodyFile() {
        return bodies;
    }

    /** Deletes the file of the bodies. */
    @Override
    public void close() {
        bodies.close();
    }

    void beginLoad(SiteConfig config, List<Department> registered, IssueTextCheck check) {
        Inputs now = new Inputs(config, registered, check);
        if (!now.equals(inputs)) {
            byFile.clear();
            inputs = now;
            // Every file is parsed again, into a new file: what the last build holds of the old one is
            // only compared, never read again, so the old one goes instead of growing without end.
            BodyFile old = bodies;
            bodies = BodyFile.create();
            old.close();
        }
        parsedLastLoad.set(0);
    }

    /** Forgets the files that no longer exist. */
    void endLoad(Collection<Path> files) {
        // A set to look paths up in: a list would compare every cached path with every file.
        byFile.keySet().retainAll(new HashSet<>(files));
    }

    /**
     * The parse of {@code file}: from the cache when it and its attachments are as before (its
     * unregistered departments are then made known to {@code registry} again), otherwise from
     * {@code parse} of what {@code read} reads. Empty when the file cannot be read, which {@code read}
     * reports.
     */
    Optional<IssueParser.Parsed> get(Path file, List<Attachment> attachments, DepartmentRegistry registry,
                                     Supplier<Optional<byte[]>> read, Function<byte[], IssueParser.Parsed> parse) {
        Instant asOf = Instant.now();
        Optional<Stamp> stamp = Stamp.of(file);
        Cached cached = byFile.get(file);
        if (cached != null && !cached.attachments.equals(attachments)) {
            cached = null;
        }
        if (cached != null && cached.bytes == null && stamp.isPresent() && stamp.equals(cached.stamp)) {
            registry.remember(cached.unregistered);
            return Optional.of(cached.parsed);
        }
        Optional<byte[]> bytes = read.get();
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        if (cached != null && cached.bytes != null && Arrays.equals(cached.bytes, bytes.get())) {
            byFile.put(file, new Cached(stamp, kept(stamp, asOf, bytes.get()), cached.attachments, cached.parsed,
                    cached.unregistered));
            registry.remember(cached.unregistered);
            return Optional.of(cached.parsed);
        }
        parsedLastLoad.incrementAndGet();
        IssueParser.Parsed parsed = parse.apply(bytes.get());
        byFile.put(file, new Cached(stamp, kept(stamp, asOf, bytes.get()), List.copyOf(attachments), parsed,
                registry.mentionsIn(file)));
        return Optional.of(parsed);
    }

    /**
     * The bytes to keep with a file's parse: none when its stamp, told at {@code asOf}, shows it last
     * changed long enough before for the stamp to be trusted.
     */
    private byte[] kept(Optional<Stamp> stamp, Instant asOf, byte[] bytes) {
        boolean settled = stamp.isPresent() && stamp.get().changed().toInstant().isBefore(asOf.minus(this.settled));
        return settled ? null : bytes;
    }
}
