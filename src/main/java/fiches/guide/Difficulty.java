package fiches.guide;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    /** « facile, moyen or difficile (or easy, medium, hard) », for messages. */
    public static String wordsInMessages() {
        List<String> french = Stream.of(values()).map(d -> d.french).toList();
        List<String> english = Stream.of(values()).map(d -> d.english).toList();
        return String.join(", ", french.subList(0, french.size() - 1)) + " or " + french.get(french.size() - 1)
                + " (or " + String.join(", ", english) + ")";
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
