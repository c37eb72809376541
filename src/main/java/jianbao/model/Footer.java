package jianbao.model;

/**
 * The footer of a printed issue.
 *
 * @param recipients   本期送
 * @param distribution 发
 * @param editor       责任编辑
 */
public record Footer(String recipients, String distribution, String editor) {
}
