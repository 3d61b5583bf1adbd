package fiches.recueil;

import fiches.batch.Batch;
import fiches.batch.Options;
import fiches.batch.Outcome;
import fiches.guide.Guide;
import fiches.guide.Step;
import fiches.pdf.PdfText;
import fiches.pdf.Resources;
import fiches.product.Edition;
import fiches.product.Labels;
import fiches.testing.TestGuides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The collection the recueil is tested on: the six sample guides and three guides of the print
 * tests (one in English, one of fifteen steps, one with pictures), made once per test run.
 */
final class Books {
    static final Path SAMPLES = fiches.TestFiles.SAMPLES;
    static final Path PRINT = fiches.TestFiles.PRINT_GUIDES;
    static final List<String> FROM_PRINT =
            List.of("english-guide.md", "quinze-etapes.md", "etape-longue-et-captures.md", "liens-et-notes.md");
    private static final Path HOME = fiches.testing.TestRun.folder("recueil");
    private static Made made;

    /** A run's folders, its outcomes and what it made of the recueil. */
    record Made(Path guides, Path out, List<Outcome> outcomes, Recueil.Written recueil) {
        Path file(Edition edition) {
            return out.resolve(edition.fileName(Recueil.NAME));
        }

        List<Guide> models() {
            return outcomes.stream().map(o -> o.made().orElseThrow().guide()).toList();
        }
    }

    private Books() {}

    static Resources resources() {
        return fiches.TestFiles.resources();
    }

    /** The collection, made once; the tests only read it. */
    static synchronized Made collection() {
        if (made == null) {
            try {
                Path guides = copyCollection(HOME.resolve("guides"));
                made = run(guides, HOME.resolve("out"), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return made;
    }

    /** The samples and the print guides in one folder, with the images they show. */
    static Path copyCollection(Path folder) throws IOException {
        deleteTree(folder);
        Files.createDirectories(folder.resolve("images"));
        copyGuides(SAMPLES, folder, listGuides(SAMPLES));
        copyGuides(PRINT, folder, FROM_PRINT);
        // the desk's profile: each guide of the book keeps its logo, its codes and its help box
        fiches.batch.Fixtures.copyProfile(folder);
        return folder;
    }

    private static List<String> listGuides(Path folder) throws IOException {
        return TestGuides.in(folder).stream()
                .map(p -> p.getFileName().toString())
                .toList();
    }

    private static void copyGuides(Path from, Path to, List<String> names) throws IOException {
        for (String name : names) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
        try (Stream<Path> images = Files.list(from.resolve("images"))) {
            for (Path image : images.toList()) {
                Files.copy(image, to.resolve("images").resolve(image.getFileName()));
            }
        }
    }

    /** Makes every guide of a folder and then the recueil, in both editions. */
    static Made run(Path guides, Path out, boolean force) throws IOException {
        Files.createDirectories(out);

        Options options = Options.builder(out)
                .size(18)
                .editions(Edition.pdfs())
                .force(force)
                .recueil(true)
                .profile(fiches.batch.SiteProfiles.load(guides).profile())
                .build();
        Resources resources = resources();
        List<Outcome> outcomes = Batch.rendering(resources, options).run(Batch.guidesIn(guides), o -> {});
        return new Made(guides, out, outcomes, new Recueil(resources, options).write(outcomes));
    }

    /** « Étape 3 : Trouver le bouton », as the PDF's text normalises it, for each step of a guide. */
    static List<String> stepHeadings(Guide guide) {
        Labels labels = new Labels(guide.meta().lang());
        List<String> out = new ArrayList<>();
        for (Step s : guide.steps()) {
            out.add(PdfText.normalize(labels.stepHeading(s.number(), s.title())));
        }
        return out;
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
