package fiches.guide;

/** A question of the front matter's {@code faq} list, with its answer. */
public record FaqEntry(String question, String answer) {}
