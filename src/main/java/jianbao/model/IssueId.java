package jianbao.model;

/** Identifies an issue: numbers restart every year, so the year is part of the identity. */
public record IssueId(int year, int number) implements Comparable<IssueId> {

    @Override
    public int compareTo(IssueId other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "年第" + number + "期";
    }
}
