/**
 * The language check of the prose of issue files ({@code LanguageCheck}, which the content loader runs
 * as a {@code jianbao.content.IssueTextCheck}), the fixes of {@code check --fix}, and the archive-wide
 * content warnings that {@code check} adds to the problems the content loader finds in single files.
 */
package jianbao.check;
