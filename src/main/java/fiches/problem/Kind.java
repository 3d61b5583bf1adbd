package fiches.problem;

/**
 * Every kind of problem a guide can have, named once so that tools and tests can match it, with
 * its severity: an error stops the guide, a warning is shown and the guide is made.
 */
public enum Kind {
    FILE_UNREADABLE(Severity.ERROR),
    FILE_TOO_LARGE(Severity.ERROR),
    FILE_OUTSIDE_FOLDER(Severity.ERROR),
    FILE_EMPTY(Severity.ERROR),
    NOT_UTF8(Severity.ERROR),
    FRONT_MATTER_MISSING(Severity.ERROR),
    FRONT_MATTER_UNCLOSED(Severity.ERROR),
    YAML_SYNTAX(Severity.ERROR),
    YAML_TOO_COMPLEX(Severity.ERROR),
    YAML_TAG(Severity.ERROR),
    DUPLICATE_KEY(Severity.ERROR),
    MISSING_KEY(Severity.ERROR),
    WRONG_TYPE(Severity.ERROR),
    INVALID_VALUE(Severity.ERROR),
    UNKNOWN_KEY(Severity.WARNING),
    UNKNOWN_CATEGORY(Severity.WARNING),
    NO_STEPS(Severity.ERROR),
    STEP_COUNT_MISMATCH(Severity.ERROR),
    STEP_NUMBER_OUT_OF_ORDER(Severity.ERROR),
    STEP_HEADING_MALFORMED(Severity.ERROR),
    IMAGE_WITHOUT_ALT(Severity.ERROR),
    IMAGE_OUTSIDE_FOLDER(Severity.ERROR),
    IMAGE_NOT_FOUND(Severity.ERROR),
    IMAGE_NOT_SUPPORTED(Severity.ERROR),
    REMOTE_RESOURCE(Severity.ERROR),
    LINK_NOT_ALLOWED(Severity.ERROR),
    RAW_HTML(Severity.ERROR),
    NESTING_TOO_DEEP(Severity.ERROR),
    RUN_TOO_LONG(Severity.ERROR),
    PARAGRAPH_TOO_LONG(Severity.ERROR),
    TOO_MANY_QUESTIONS(Severity.ERROR),
    TOO_MANY_LINKS(Severity.ERROR),
    TOO_MANY_IMAGES(Severity.ERROR),
    IMAGE_TOO_LARGE(Severity.ERROR),
    IMAGE_UNREADABLE(Severity.ERROR),
    GLYPH_MISSING(Severity.WARNING),
    RIGHT_TO_LEFT(Severity.WARNING),
    /** Most of the guide's text is in a script its {@code lang} is not written in. */
    SCRIPT_NOT_OF_LANGUAGE(Severity.WARNING),
    RENDER_FAILED(Severity.ERROR),
    /** The guide needs more stack or memory than a guide may use. */
    GUIDE_TOO_COMPLEX(Severity.ERROR),
    /** The guide took longer than a guide may take. */
    TIME_LIMIT(Severity.ERROR),
    /** Its PDFs could not be written: the output folder or the disk, not the guide. */
    OUTPUT_FAILED(Severity.ERROR),
    /** A fault in Fiches itself, not in the guide. */
    INTERNAL_ERROR(Severity.ERROR);

    private final Severity severity;

    Kind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
