package jianbao.render;

import java.time.LocalDate;

/** Dates the way the bulletin prints them: 2024年8月9日. */
public final class CnDates {

    private CnDates() {
    }

    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
