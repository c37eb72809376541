package jianbao.importer;

/**
 * A place where the importer could not be sure how to read the bulletin and chose one reading,
 * which the person publishing the issue should check.
 *
 * @param line the line (or Word paragraph) the guess concerns
 */
public record Guess(int line, String message) {
}
