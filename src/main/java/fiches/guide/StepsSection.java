package fiches.guide;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Recognises the steps section by its title, without regard to case or accents. */
public final class StepsSection {
    private static final Set<String> TITLES =
            Set.of("les etapes", "etapes", "steps", "the steps", "الخطوات", "مراحل", "кроки");

    private StepsSection() {}

    public static boolean isStepsTitle(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return TITLES.contains(plain.toLowerCase(Locale.ROOT).strip());
    }
}
