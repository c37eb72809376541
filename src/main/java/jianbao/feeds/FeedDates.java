package jianbao.feeds;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as each feed format writes them, keeping the offset of the site's time zone (+08:00). */
final class FeedDates {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ENGLISH);
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private FeedDates() {
    }

    /** For RSS 2.0: {@code Fri, 09 Aug 2024 00:00:00 +0800}. */
    static String rfc822(OffsetDateTime time) {
        return RFC_822.format(time);
    }

    /** For Atom and JSON Feed: {@code 2024-08-09T00:00:00+08:00}. */
    static String rfc3339(OffsetDateTime time) {
        return RFC_3339.format(time);
    }
}
