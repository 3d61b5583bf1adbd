package fiches.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.check.TestImages;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with a site profile: {@code fiches.yaml} is never taken for a guide, a change to it or to
 * its logo makes the guides again, and a faulty profile never stops them.
 */
class SiteProfileRunTest {
    @TempDir
    Path dir;

    private Path guides;
    private Path out;

    @BeforeEach
    void guidesWithAProfile() throws IOException {
        guides = dir.resolve("guides");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Fixtures.copyProfile(guides);
        out = dir.resolve("out");
    }

    private Outcome run() throws IOException {
        Options options = Options.builder(out)
                .size(18)
                .editions(Edition.pdfs())
                .profile(SiteProfiles.load(guides).profile())
                .build();
        List<Outcome> outcomes = Batch.rendering(Fixtures.resources(), options).run(Batch.guidesIn(guides), o -> {});
        assertEquals(1, outcomes.size(), "one guide; fiches.yaml is not one");
        assertFalse(outcomes.get(0).failed(), outcomes.get(0).problems()::toString);
        return outcomes.get(0);
    }

    private String pdfText() throws IOException {
        return Fixtures.pdfText(out.resolve(Edition.HANDOUT.fileName(Fixtures.FRANCE_CONNECT)));
    }

    @Test
    void theProfileIsNotTakenForAGuideNorWarnedAbout() throws IOException {
        GuideFolder folder = GuideFolder.scan(guides);
        assertEquals(List.of(guides.resolve(Fixtures.FRANCE_CONNECT + ".md")), folder.guides());
        assertEquals(List.of(), folder.skipped());
    }

    @Test
    void changingTheProfileMakesTheGuidesAgain() throws IOException {
        assertFalse(run().upToDate());
        assertTrue(run().upToDate(), "nothing changed");
        Path yaml = guides.resolve("fiches.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("05 53 00 00 00", "05 53 11 11 11"));
        assertFalse(run().upToDate());
        assertTrue(pdfText().contains("05 53 11 11 11"));
        assertTrue(run().upToDate());
    }

    @Test
    void changingTheLogoMakesTheGuidesAgain() throws IOException {
        run();
        Files.write(guides.resolve("images/logo.png"), TestImages.valid("png", 90, 30));
        assertFalse(run().upToDate());
    }

    @Test
    void removingTheProfileMakesTheGuidesAgainWithoutIt() throws IOException {
        run();
        Files.delete(guides.resolve("fiches.yaml"));
        assertFalse(run().upToDate());
        assertFalse(pdfText().contains("Marmande"));
    }

    @Test
    void aProfileWithErrorsIsReportedAndTheGuidesAreMadeWithoutTheFaultyParts() throws IOException {
        Path yaml = guides.resolve("fiches.yaml");
        Files.writeString(
                yaml,
                Files.readString(yaml)
                                .replace("https://www.exemple.fr", "http://www.exemple.fr")
                                .replace("images/logo.png", "images/absent.png")
                        + "couleur: \"bleu\"\n");
        SiteProfiles.Loaded loaded = SiteProfiles.load(guides);
        assertTrue(loaded.hasErrors());
        List<String> notices = loaded.problems().stream()
                .map(SiteProfiles::notice)
                .map(Notice::message)
                .toList();
        assertEquals(3, notices.size(), notices::toString);
        assertTrue(notices.stream().allMatch(n -> n.startsWith(yaml + ":")), notices::toString);
        run();
        String text = pdfText();
        assertTrue(text.contains("France Services de Marmande") && text.contains("05 53 00 00 00"), text);
        assertFalse(text.contains("exemple.fr/france-services"), "the http:// website is left out");
        assertEquals(
                0,
                Fixtures.imageCount(out.resolve(Edition.HANDOUT.fileName(Fixtures.FRANCE_CONNECT))),
                "the missing logo is left out");
    }

    @Test
    void aProfileThatCannotBeReadIsReportedAndTheGuidesAreMadeWithoutIt() throws IOException {
        Files.writeString(guides.resolve("fiches.yaml"), "name: !!java.io.File \"/etc/passwd\"\n");
        SiteProfiles.Loaded loaded = SiteProfiles.load(guides);
        assertTrue(loaded.hasErrors() && loaded.profile().isEmpty(), loaded::toString);
        run();
        assertFalse(pdfText().contains("Besoin d"));
    }

    @Test
    void anOversizedProfileIsRefusedUnread() throws IOException {
        Files.writeString(guides.resolve("fiches.yaml"), "name: \"x\"\n" + "#".repeat(100_000) + "\n");
        SiteProfiles.Loaded loaded = SiteProfiles.load(guides);
        assertTrue(loaded.hasErrors() && loaded.profile().isEmpty(), loaded::toString);
        assertEquals(
                fiches.problem.Kind.FILE_TOO_LARGE, loaded.problems().get(0).kind());
    }
}
