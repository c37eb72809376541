package jianbao.model;

import java.util.Locale;
import java.util.Map;

/**
 * A file an office placed beside an issue's index.md: the PDF of the printed issue, a document, an
 * image.
 *
 * @param path  its path relative to the folder, with / between folders
 * @param bytes its size
 */
public record Attachment(String path, long bytes) {

    /** The kinds of file a reader knows by name, by extension; others are known by their extension. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("pdf", "pdf"), Map.entry("ofd", "ofd"),
            Map.entry("doc", "word"), Map.entry("docx", "word"), Map.entry("wps", "word"), Map.entry("rtf", "word"),
            Map.entry("xls", "excel"), Map.entry("xlsx", "excel"), Map.entry("et", "excel"), Map.entry("csv", "excel"),
            Map.entry("ppt", "presentation"), Map.entry("pptx", "presentation"), Map.entry("dps", "presentation"),
            Map.entry("jpg", "image"), Map.entry("jpeg", "image"), Map.entry("png", "image"), Map.entry("gif", "image"),
            Map.entry("webp", "image"), Map.entry("svg", "image"), Map.entry("bmp", "image"), Map.entry("tif", "image"),
            Map.entry("tiff", "image"),
            Map.entry("zip", "archive"), Map.entry("rar", "archive"), Map.entry("7z", "archive"),
            Map.entry("txt", "text"),
            Map.entry("mp3", "audio"), Map.entry("mp4", "video"));

    /** The file's name, without the folders it may be in. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The file's extension in lower case, or empty. */
    public String extension() {
        String name = name();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * What kind of file it is: pdf, ofd, word, excel, presentation, image, archive, text, audio,
     * video, or other; the theme names each kind for readers.
     */
    public String kind() {
        return KINDS.getOrDefault(extension(), "other");
    }
}
