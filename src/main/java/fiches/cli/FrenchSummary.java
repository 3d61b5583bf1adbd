package fiches.cli;

import fiches.batch.Outcome;
import fiches.catalogue.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a run told in plain French, for the people who start Fiches with a double-click:
 * how many guides were made, where the PDFs and the catalogue are, and what to do when none was
 * found or some failed.
 */
final class FrenchSummary {
    /** French typography: a non-breaking space before a colon, inside guillemets. */
    private static final String COLON = "\u00a0:";

    private FrenchSummary() {}

    static List<String> lines(List<Outcome> outcomes, boolean checkOnly, Path out) {
        List<String> lines = new ArrayList<>();
        if (outcomes.isEmpty()) {
            lines.add("Aucune fiche trouvée" + COLON + " mettez vos fichiers .md dans le dossier des guides, "
                    + "puis relancez Fiches.");
            return lines;
        }
        long failed = outcomes.stream().filter(Outcome::failed).count();
        long upToDate = outcomes.stream().filter(Outcome::upToDate).count();
        long good = outcomes.size() - failed - upToDate;
        lines.add(count(outcomes.size(), "fiche", "fiches") + COLON + " "
                + count(good, checkOnly ? "correcte" : "faite", checkOnly ? "correctes" : "faites") + ", "
                + (upToDate > 0 ? upToDate + " déjà à jour, " : "")
                + failed + " en échec.");
        if (failed > 0) {
            lines.add(
                    failed == 1
                            ? "La fiche en échec est expliquée plus haut" + COLON
                                    + " le fichier, la ligne et la correction à faire."
                            : "Les fiches en échec sont expliquées plus haut" + COLON
                                    + " le fichier, la ligne et la correction à faire.");
        }
        if (!checkOnly && good + upToDate > 0) {
            Path folder = out.toAbsolutePath().normalize();
            lines.add("Vos PDF sont dans le dossier" + COLON + " " + folder);
            Path catalogue = folder.resolve(Catalogue.FILE_NAME);
            if (Files.isRegularFile(catalogue)) {
                lines.add("Le catalogue de toutes les fiches" + COLON + " " + catalogue);
            }
        }
        return lines;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 || n == 0 ? one : many);
    }
}
