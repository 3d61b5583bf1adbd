package fiches.problem;

/** Every kind of problem a guide can have, named once so that tools and tests can match it. */
public enum Kind {
    FILE_UNREADABLE,
    FILE_TOO_LARGE,
    FILE_OUTSIDE_FOLDER,
    FILE_EMPTY,
    NOT_UTF8,
    FRONT_MATTER_MISSING,
    FRONT_MATTER_UNCLOSED,
    YAML_SYNTAX,
    YAML_TOO_COMPLEX,
    YAML_TAG,
    DUPLICATE_KEY,
    MISSING_KEY,
    WRONG_TYPE,
    INVALID_VALUE,
    UNKNOWN_KEY,
    UNKNOWN_CATEGORY,
    NO_STEPS,
    STEP_COUNT_MISMATCH,
    STEP_NUMBER_OUT_OF_ORDER,
    STEP_HEADING_MALFORMED,
    IMAGE_WITHOUT_ALT,
    IMAGE_OUTSIDE_FOLDER,
    IMAGE_NOT_FOUND,
    IMAGE_NOT_SUPPORTED,
    REMOTE_RESOURCE,
    LINK_NOT_ALLOWED,
    RAW_HTML,
    NESTING_TOO_DEEP,
    RUN_TOO_LONG,
    PARAGRAPH_TOO_LONG,
    TOO_MANY_QUESTIONS,
    TOO_MANY_LINKS,
    TOO_MANY_IMAGES,
    IMAGE_TOO_LARGE,
    IMAGE_UNREADABLE,
    GLYPH_MISSING,
    RIGHT_TO_LEFT,
    RENDER_FAILED,
    /** The guide needs more stack or memory than a guide may use. */
    GUIDE_TOO_COMPLEX,
    /** The guide took longer than a guide may take. */
    TIME_LIMIT,
    /** Its PDFs could not be written: the output folder or the disk, not the guide. */
    OUTPUT_FAILED,
    /** A fault in Fiches itself, not in the guide. */
    INTERNAL_ERROR
}
