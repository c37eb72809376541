package jianbao.importer;

import java.util.List;

/**
 * What importing one bulletin file gave.
 *
 * @param form    how the file was read, such as “文本，UTF-8 编码”
 * @param guesses the places where the importer chose one of several readings, by line
 */
public record ImportResult(ImportedIssue issue, String form, List<Guess> guesses) {

    public ImportResult {
        guesses = List.copyOf(guesses);
    }
}
