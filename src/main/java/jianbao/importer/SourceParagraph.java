package jianbao.importer;

/**
 * One paragraph of a bulletin as the office issued it: a line of a text file, or a paragraph of a
 * Word document, with bold text marked as {@code **…**}.
 *
 * @param line the 1-based line of the text file, or the 1-based paragraph of the Word document, it
 *             comes from
 * @param text the paragraph without leading and trailing spaces
 */
public record SourceParagraph(int line, String text) {
}
