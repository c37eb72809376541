package jianbao.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (content/ and themes/) and every folder below them, and reports the files that
 * changed once the changes have settled for a moment, so that an editor's save, which may write, rename
 * and delete several files, causes one rebuild. Editors' backup and swap files are ignored.
 */
public final class ContentWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Duration settle;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /**
     * @param roots    folders to watch; missing ones are skipped
     * @param settle   how long no change must follow the last one before {@code onChange} is called
     * @param onChange receives the changed files and folders, on the watcher's own thread
     */
    public ContentWatcher(List<Path> roots, Duration settle, Consumer<Set<Path>> onChange) {
        this.settle = settle;
        this.onChange = onChange;
        try {
            this.service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        roots.stream().filter(Files::isDirectory).forEach(this::registerTree);
        this.thread = new Thread(this::run, "jianbao-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder);
            }
        } catch (IOException e) {
            // a folder removed while being registered: its parent reports the removal
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                collect(service.take(), changed);
                WatchKey next;
                while ((next = service.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder == null ? Path.of(".") : folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isEditorScratch(path.getFileName().toString())) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private static boolean isEditorScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp");
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
