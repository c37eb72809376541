package jianbao.model;

/**
 * An editor's note (编者按), printed before the first article of an issue or before one article.
 *
 * @param label the word printed before the colon: 编者按, 按语 or 按
 * @param html  the note as sanitised inline HTML, without the label
 * @param text  the note as plain text
 */
public record EditorNote(String label, String html, String text) {
}
