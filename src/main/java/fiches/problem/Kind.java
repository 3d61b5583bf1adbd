package fiches.problem;

/**
 * Every kind of problem a run can meet, named once so that tools and tests can match it, with
 * its severity (an error stops the guide, or the run when it is Fiches' own; a warning is shown
 * and the work goes on) and its {@link Blame} (the guide's, the set-up's, or Fiches' own).
 */
public enum Kind {
    FILE_UNREADABLE(Severity.ERROR, Blame.GUIDE),
    FILE_TOO_LARGE(Severity.ERROR, Blame.GUIDE),
    FILE_OUTSIDE_FOLDER(Severity.ERROR, Blame.GUIDE),
    FILE_EMPTY(Severity.ERROR, Blame.GUIDE),
    NOT_UTF8(Severity.ERROR, Blame.GUIDE),
    FRONT_MATTER_MISSING(Severity.ERROR, Blame.GUIDE),
    FRONT_MATTER_UNCLOSED(Severity.ERROR, Blame.GUIDE),
    YAML_SYNTAX(Severity.ERROR, Blame.GUIDE),
    YAML_TOO_COMPLEX(Severity.ERROR, Blame.GUIDE),
    YAML_TAG(Severity.ERROR, Blame.GUIDE),
    DUPLICATE_KEY(Severity.ERROR, Blame.GUIDE),
    MISSING_KEY(Severity.ERROR, Blame.GUIDE),
    WRONG_TYPE(Severity.ERROR, Blame.GUIDE),
    INVALID_VALUE(Severity.ERROR, Blame.GUIDE),
    UNKNOWN_KEY(Severity.WARNING, Blame.GUIDE),
    UNKNOWN_CATEGORY(Severity.WARNING, Blame.GUIDE),
    /** {@code translation_of} names no guide it can link to (itself, none of the folder, a loop): the guide is listed alone. */
    TRANSLATION_UNLINKED(Severity.WARNING, Blame.GUIDE),
    NO_STEPS(Severity.ERROR, Blame.GUIDE),
    STEP_COUNT_MISMATCH(Severity.ERROR, Blame.GUIDE),
    STEP_NUMBER_OUT_OF_ORDER(Severity.ERROR, Blame.GUIDE),
    STEP_HEADING_MALFORMED(Severity.ERROR, Blame.GUIDE),
    IMAGE_WITHOUT_ALT(Severity.ERROR, Blame.GUIDE),
    IMAGE_OUTSIDE_FOLDER(Severity.ERROR, Blame.GUIDE),
    IMAGE_NOT_FOUND(Severity.ERROR, Blame.GUIDE),
    IMAGE_NOT_SUPPORTED(Severity.ERROR, Blame.GUIDE),
    REMOTE_RESOURCE(Severity.ERROR, Blame.GUIDE),
    LINK_NOT_ALLOWED(Severity.ERROR, Blame.GUIDE),
    RAW_HTML(Severity.ERROR, Blame.GUIDE),
    NESTING_TOO_DEEP(Severity.ERROR, Blame.GUIDE),
    RUN_TOO_LONG(Severity.ERROR, Blame.GUIDE),
    PARAGRAPH_TOO_LONG(Severity.ERROR, Blame.GUIDE),
    TOO_MANY_QUESTIONS(Severity.ERROR, Blame.GUIDE),
    TOO_MANY_LINKS(Severity.ERROR, Blame.GUIDE),
    TOO_MANY_IMAGES(Severity.ERROR, Blame.GUIDE),
    IMAGE_TOO_LARGE(Severity.ERROR, Blame.GUIDE),
    IMAGE_UNREADABLE(Severity.ERROR, Blame.GUIDE),
    GLYPH_MISSING(Severity.WARNING, Blame.GUIDE),
    RIGHT_TO_LEFT(Severity.WARNING, Blame.GUIDE),
    /** Most of the guide's text is in a script its {@code lang} is not written in. */
    SCRIPT_NOT_OF_LANGUAGE(Severity.WARNING, Blame.GUIDE),
    RENDER_FAILED(Severity.ERROR, Blame.GUIDE),
    /** The guide needs more stack or memory than a guide may use. */
    GUIDE_TOO_COMPLEX(Severity.ERROR, Blame.GUIDE),
    /** The guide took longer than a guide may take. */
    TIME_LIMIT(Severity.ERROR, Blame.GUIDE),
    /** Its PDFs could not be written: the output folder or the disk, not the guide. */
    OUTPUT_FAILED(Severity.ERROR, Blame.TOOL),
    /** A fault in Fiches itself, not in the guide. */
    INTERNAL_ERROR(Severity.ERROR, Blame.TOOL),

    // What a run tells that belongs to no single guide (see fiches.batch.Notice).

    /** An entry of the guides folder that looks like a guide but is not read. */
    ENTRY_SKIPPED(Severity.WARNING, Blame.SETUP),
    /** A part of the site profile {@code fiches.yaml} that the guides are made without. */
    PROFILE_PART_LEFT_OUT(Severity.WARNING, Blame.SETUP),
    /** A record of the output folder that is ignored and made again. */
    RECORD_REBUILT(Severity.WARNING, Blame.TOOL),
    /** An unfinished file of an earlier run that could not be removed. */
    LEFTOVER_KEPT(Severity.WARNING, Blame.TOOL),
    /** The folder of guides cannot be read. */
    GUIDES_UNREADABLE(Severity.ERROR, Blame.TOOL),
    /** Fiches' own fonts or styles are missing: a broken installation. */
    INSTALLATION_BROKEN(Severity.ERROR, Blame.TOOL),
    /** The recueil could not be made: its guides' PDFs, a name it would take, the disk. */
    BOOK_NOT_MADE(Severity.ERROR, Blame.TOOL),
    /** Another run holds the output folder. */
    OUTPUT_LOCKED(Severity.ERROR, Blame.TOOL),
    /** The run was interrupted before its end. */
    INTERRUPTED(Severity.ERROR, Blame.TOOL);

    private final Severity severity;
    private final Blame blame;

    Kind(Severity severity, Blame blame) {
        this.severity = severity;
        this.blame = blame;
    }

    public Severity severity() {
        return severity;
    }

    /** Whose it is: a guide's, the set-up's, or Fiches' own. */
    public Blame blame() {
        return blame;
    }
}
