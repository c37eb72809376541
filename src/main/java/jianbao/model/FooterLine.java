package jianbao.model;

/**
 * A line of the printed footer naming who receives the issue, such as 报：市委办公室.
 *
 * @param word       the word printed before the colon: 报, 送, 发, 抄送, 本期增发 …
 * @param recipients the recipients as printed
 */
public record FooterLine(String word, String recipients) {
}
