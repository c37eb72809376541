package jianbao.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A folder whose files are read into a site: content/ or a theme's folder. Every file jianbao reads
 * or publishes from these folders is found or checked here, under one rule: a link is followed only
 * when it leads to a place inside the folder. A link committed beside an issue, or as a free page or
 * a theme file, cannot bring a file from elsewhere on the computer that builds the site (its
 * passwords, keys, another web application's files) into the site.
 */
public final class SourceFolder {

    /** A file that is not read, and why, in the words of the people who write content. */
    public record Refusal(Path file, String reason) {
    }

    /**
     * What a folder holds.
     *
     * @param files   the plain files that may be read, sorted
     * @param refused the links (and other entries) that may not be
     */
    public record Listing(List<Path> files, List<Refusal> refused) {
    }

    private final Path realRoot;
    private final String shownAs;

    private SourceFolder(Path realRoot, String shownAs) {
        this.realRoot = realRoot;
        this.shownAs = shownAs;
    }

    /**
     * @param root    the folder (it may not exist)
     * @param shownAs how messages name it, such as content/ or themes/district/
     */
    public static SourceFolder of(Path root, String shownAs) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            return new SourceFolder(absolute.toRealPath(), shownAs);
        } catch (IOException e) {
            return new SourceFolder(absolute, shownAs);
        }
    }

    /** Why {@code file} may not be read (a link leading out of the folder or to nothing, or not a plain file); empty if it may. */
    public Optional<Refusal> refusal(Path file) {
        Optional<Refusal> outside = outside(file);
        if (outside.isPresent()) {
            return outside;
        }
        return Files.isRegularFile(file) ? Optional.empty() : Optional.of(notPlain(file));
    }

    private static Refusal notPlain(Path file) {
        return new Refusal(file, "这不是普通文件（而是目录、设备或管道），不能读取。");
    }

    /**
     * Why a file that {@link #files} came to may not be read. The walk checked every linked folder
     * on its way in, so a file that is no link lies inside, and only a link is followed to see where
     * it leads: finding each file's real path took a look at every folder above it, for every file.
     */
    private Optional<Refusal> refusalOfFound(Path file, BasicFileAttributes attributes) {
        if (Files.isSymbolicLink(file)) {
            return refusal(file);
        }
        return attributes.isRegularFile() ? Optional.empty() : Optional.of(notPlain(file));
    }

    /** Whether {@code folder}, its links followed, is a folder inside this one. */
    public boolean holdsFolder(Path folder) {
        return Files.isDirectory(folder) && outside(folder).isEmpty();
    }

    /**
     * The plain files under {@code folder} (this folder or one inside it), at most {@code depth} levels
     * down, for which {@code wanted} holds, as paths starting with {@code folder}. Links to files and folders inside this folder are followed;
     * a wanted link that leads out, to nothing or round in a loop is refused, and so is a link to a
     * folder outside.
     */
    public Listing files(Path folder, int depth, Predicate<Path> wanted) {
        List<Path> files = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        Path start = folder;
        if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
            return new Listing(List.of(), List.of());
        }
        Optional<Refusal> startOutside = outside(start);
        if (startOutside.isPresent()) {
            return new Listing(List.of(), List.of(startOutside.get()));
        }
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(start) && Files.isSymbolicLink(dir)) {
                        Optional<Refusal> out = outside(dir);
                        if (out.isPresent()) {
                            refused.add(out.get());
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isDirectory() && Files.isSymbolicLink(file)) {
                        outside(file).ifPresent(refused::add); // a linked folder below the depth looked at
                    } else if (wanted.test(file)) {
                        Optional<Refusal> refusal = refusalOfFound(file, attrs);
                        if (refusal.isPresent()) {
                            refused.add(refusal.get());
                        } else {
                            files.add(file);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    if (exc instanceof FileSystemLoopException) {
                        refused.add(new Refusal(outermostLink(start, file), "这个链接指向它自己所在的目录，会无限循环，不能读取。请删除这个链接。"));
                    } else {
                        refused.add(new Refusal(file, "无法读取：" + exc.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        refused.sort((a, b) -> a.file().compareTo(b.file()));
        return new Listing(List.copyOf(files), List.copyOf(refused));
    }

    /** The refusal of a path that leads, through links, out of the folder or to nothing. */
    private Optional<Refusal> outside(Path path) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            return Optional.of(new Refusal(path, "这是一个链接，但它指向的“" + linkTarget(path) + "”不存在。请把文件本身放在这里。"));
        } catch (IOException e) {
            return Optional.of(new Refusal(path, "无法读取：" + e.getMessage()));
        }
        if (real.startsWith(realRoot)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(path, "这是一个链接，指向 " + shownAs + " 以外的“" + linkTarget(path) + "”。"
                + "为免把电脑上的其他文件发布出去，不读取它。请把文件本身放在这里，或删除这个链接。"));
    }

    /** The link nearest to {@code start} on the way from it to {@code path}, where a loop through links begins. */
    private static Path outermostLink(Path start, Path path) {
        Path link = path;
        for (Path p = path; p != null && !p.equals(start); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                link = p;
            }
        }
        return link;
    }

    /** What the link at {@code path}, or the first link on the way to it, is written to point to. */
    private static String linkTarget(Path path) {
        for (Path p = path; p != null; p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                try {
                    return Files.readSymbolicLink(p).toString();
                } catch (IOException e) {
                    return p.toString();
                }
            }
        }
        return path.toString();
    }
}
