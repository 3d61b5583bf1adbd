package fiches.product;

import java.util.List;

/**
 * A print size as large-print guidelines mean it. Their point sizes are written for Arial, whose
 * x-height is 0.519 em; the body font's letters are set so that their x-height matches Arial's at
 * the chosen preset: {@code --size 18} prints letters as tall as 18 pt Arial (3.3 mm).
 *
 * @param preset the size asked for on the command line, one of {@link #PRESETS}
 * @param body   the body font's size in points, never below the preset
 */
public record PrintSize(int preset, double body) {
    /** The presets of the command line, smallest first: the one list the options, the help and the messages use. */
    public static final List<Integer> PRESETS = List.of(18, 20, 24);
    /** The preset of a run that asks for none. */
    public static final int DEFAULT_PRESET = 18;
    /** Arial's x-height in em, the measure the guidelines' point sizes assume. */
    static final double REFERENCE_X_HEIGHT = 0.519;

    /**
     * @param fontXHeight the body font's x-height in em (0.496 for Atkinson Hyperlegible Next)
     */
    public static PrintSize of(int preset, double fontXHeight) {
        double matched = preset * REFERENCE_X_HEIGHT / fontXHeight;
        // Rounded up to a tenth of a point, so the x-height is never below the reference.
        double body = Math.max(preset, Math.ceil(matched * 10 - 1e-9) / 10);
        return new PrintSize(preset, body);
    }

    /** The presets as a message names them: « 18, 20 or 24 ». */
    public static String presetsInWords() {
        List<String> words = PRESETS.stream().map(String::valueOf).toList();
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** The x-height of the body text on paper, in millimetres. */
    public double xHeightMm(double fontXHeight) {
        return body * fontXHeight * 25.4 / 72;
    }
}
