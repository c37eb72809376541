package jianbao.render;

import java.time.LocalDate;
import java.util.Map;

/** Dates the way the bulletin prints them, by the theme's label {@code date}: 2024年8月9日. */
public final class CnDates {

    private CnDates() {
    }

    public static String format(Labels labels, LocalDate date) {
        return labels.text("date", Map.of("year", date.getYear(), "month", date.getMonthValue(), "day", date.getDayOfMonth()));
    }
}
