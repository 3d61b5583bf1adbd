package fiches.layout;

/**
 * The ids of one guide's elements in a document: as they are for a guide alone, and prefixed
 * for each guide of a book, so that no two guides of one document share an id.
 *
 * @param prefix set before every id: empty for a guide alone
 */
public record Ids(String prefix) {
    /** A guide alone in its document. */
    public static final Ids SINGLE = new Ids("");

    /** The ids of the {@code n}th guide of a book. */
    public static Ids ofPart(int n) {
        return new Ids("g" + n + "-");
    }

    /** The guide's title, where its first page starts. */
    public String title() {
        return of("title");
    }

    /** The step title, beside which the step's box is drawn. */
    public String tick(int step) {
        return of(GuideLayout.TICK_ID + step);
    }

    /** The step's section. */
    public String step(int step) {
        return of(GuideLayout.STEP_ID + step);
    }

    public String of(String name) {
        return prefix + name;
    }
}
