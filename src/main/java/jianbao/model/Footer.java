package jianbao.model;

import java.util.List;

/**
 * The footer of a printed issue.
 *
 * @param recipients   本期送
 * @param distribution 发
 * @param editor       责任编辑
 * @param lines        further lines (报, 送, 发, 抄送, 本期增发 …) in the printed order
 * @param printRun     how many copies were printed (共印 60 份), 0 when not given
 */
public record Footer(String recipients, String distribution, String editor, List<FooterLine> lines, int printRun) {

    /** The words a footer line may start with, as printed. */
    public static final List<String> WORDS = List.of("报", "报送", "送", "发", "抄送", "抄报", "分送", "本期送", "本期增发");

    public Footer {
        lines = List.copyOf(lines);
    }

    public Footer(String recipients, String distribution, String editor) {
        this(recipients, distribution, editor, List.of(), 0);
    }
}
