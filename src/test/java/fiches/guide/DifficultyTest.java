package fiches.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A guide's level is written in French or in English, and messages name every word accepted. */
class DifficultyTest {
    @Test
    void acceptsTheFrenchOrTheEnglishWordInAnyCase() {
        assertEquals(Optional.of(Difficulty.MEDIUM), Difficulty.fromWord("Moyen"));
        assertEquals(Optional.of(Difficulty.HARD), Difficulty.fromWord("hard"));
        assertEquals(Optional.empty(), Difficulty.fromWord("expert"));
    }

    @Test
    void namesEveryWordInMessages() {
        assertEquals("facile, moyen or difficile (or easy, medium, hard)", Difficulty.wordsInMessages());
    }
}
