package jianbao.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the text later than the issue's own date (△ 8月19日 in an issue of 8月16日), which is
 * most often a slip of the keyboard. A date without a year is taken in the issue's year, or in the
 * year before when that puts it nearer (12月28日 in an issue of early January). Dates that look
 * ahead (将于8月20日, 8月31日前, 至8月31日) are left alone.
 */
final class LaterDates implements LanguageRule {

    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern AHEAD_BEFORE = Pattern.compile("(?:将|拟|计划|预计|定于|将于|拟于|计划于|预计于|至|到|—|－|-|~|～)\\s*$");
    private static final Pattern AHEAD_AFTER = Pattern.compile("^\\s*(?:前|之前|以前|起|开始|截止|到期|为止)");
    private static final int LOOK_BEHIND = 4;
    /** The most characters of {@link #DATE} before its 月: 2024年12. */
    private static final int BEFORE_MONTH = 7;

    private final LocalDate issueDate;

    LaterDates(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    @Override
    public void find(ProseBlock block, List<Finding> found) {
        int month = firstMonth(block.chars());
        if (month < 0) {
            return;
        }
        String text = block.text();
        Matcher m = DATE.matcher(text);
        // The expression is tried only near a 月: the first match from where the last one ended is the
        // first from a few characters before the next 月, since no match lies wholly between them.
        int from = 0;
        for (; month >= 0 && m.find(Math.max(from, month - BEFORE_MONTH)); month = text.indexOf('月', from)) {
            from = m.end();
            if (m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))) {
                continue;
            }
            LocalDate date;
            try {
                date = date(m);
            } catch (DateTimeException e) {
                continue;
            }
            if (!date.isAfter(issueDate) || AHEAD_BEFORE.matcher(text.substring(Math.max(0, m.start() - LOOK_BEHIND), m.start())).find()
                    || AHEAD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + LOOK_BEHIND))).find()) {
                continue;
            }
            found.add(block.finding(FindingKind.LATER_DATES, m.start(), m.end(), "日期“" + m.group() + "”晚于本期的出刊日期（"
                    + issueDate.getYear() + "年" + issueDate.getMonthValue() + "月" + issueDate.getDayOfMonth() + "日），是不是写错了？"));
        }
    }

    private static int firstMonth(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '月') {
                return i;
            }
        }
        return -1;
    }

    private LocalDate date(Matcher m) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (m.group(1) != null) {
            return LocalDate.of(Integer.parseInt(m.group(1)), month, day);
        }
        LocalDate sameYear = LocalDate.of(issueDate.getYear(), month, day);
        return sameYear.isAfter(issueDate.plusMonths(6)) ? sameYear.minusYears(1) : sameYear;
    }
}
