package fiches.guide;

import java.util.Optional;

/** How hard a guide is; the front matter accepts the French or the English word. */
public enum Difficulty {
    EASY("facile", "easy"),
    MEDIUM("moyen", "medium"),
    HARD("difficile", "hard");

    private final String french;
    private final String english;

    Difficulty(String french, String english) {
        this.french = french;
        this.english = english;
    }

    public static Optional<Difficulty> fromWord(String word) {
        for (Difficulty d : values()) {
            if (d.french.equalsIgnoreCase(word) || d.english.equalsIgnoreCase(word)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
