package fiches.problem;

/**
 * Whose a problem is, which says who acts on it and how a run ends: the exit statuses of the
 * README follow from it (a guide's or the set-up's error: 1; Fiches' own: 3).
 */
public enum Blame {
    /** Something in a guide's file: its author fixes it; that guide alone is not made. */
    GUIDE,
    /**
     * Something in the desk's set-up read beside the guides (the site profile {@code fiches.yaml},
     * an entry of the guides folder): the run goes on without it.
     */
    SETUP,
    /**
     * Fiches itself or where it works (its installation, the folders it reads and writes, the
     * disk, a fault in the program): never the guide's.
     */
    TOOL
}
