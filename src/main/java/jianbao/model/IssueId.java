package jianbao.model;

/**
 * Identifies an issue: numbers restart every year and each kind of issue is numbered on its own,
 * so the year and the kind are part of the identity.
 */
public record IssueId(int year, IssueKind kind, int number) implements Comparable<IssueId> {

    /** A regular issue. */
    public IssueId(int year, int number) {
        this(year, IssueKind.REGULAR, number);
    }

    @Override
    public int compareTo(IssueId other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Integer.compare(number, other.number);
    }

    /** 第45期, 增刊第3期. */
    public String label() {
        return kind.word() + "第" + number + "期";
    }

    @Override
    public String toString() {
        return year + "年" + label();
    }
}
