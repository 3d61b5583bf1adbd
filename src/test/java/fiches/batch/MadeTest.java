package fiches.batch;

import static fiches.batch.Fixtures.FRANCE_CONNECT;
import static fiches.batch.Fixtures.WHATSAPP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.pdf.FirstPage;
import fiches.product.Edition;
import fiches.util.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a run that a catalogue follows keeps of each guide it makes, so that nothing is read back. */
class MadeTest {
    @TempDir
    Path dir;

    /** France Connect is laid out once for both editions; WhatsApp, with its picture, once for each. */
    @ParameterizedTest
    @ValueSource(strings = {FRANCE_CONNECT, WHATSAPP})
    void aGuideMadeBringsItsModelTheDigestsOfItsPdfsAndThePictureOfTheHandout(String slug) throws IOException {
        Path out = dir.resolve("out");
        Outcome o = render(
                slug,
                Options.builder(out)
                        .size(18)
                        .editions(Edition.pdfs())
                        .catalogue(true)
                        .build());

        Made made = o.made().orElseThrow(() -> new AssertionError("nothing kept: " + o));
        assertEquals(
                Fixtures.pdfTitle(out.resolve(Edition.ACCESSIBLE.fileName(slug))),
                made.guide().meta().title());
        assertEquals(2, made.sha256().size());
        for (Edition e : Edition.pdfs()) {
            Path pdf = out.resolve(e.fileName(slug));
            assertEquals(Digest.ofFile(pdf), made.sha256().get(pdf), pdf::toString);
        }
        Path handout = out.resolve(Edition.HANDOUT.fileName(slug));
        FirstPage fromFile = FirstPage.of(Files.readAllBytes(handout));
        FirstPage kept = made.firstPage().orElseThrow();
        assertArrayEquals(fromFile.png(), kept.png(), "the handout's first page, as drawn from the file");
        assertEquals(Fixtures.pageCount(handout), kept.pages());
    }

    @Test
    void aRunThatNoCatalogueFollowsKeepsNothing() throws IOException {
        Outcome o = render(
                WHATSAPP,
                Options.builder(dir.resolve("out"))
                        .size(18)
                        .editions(Edition.pdfs())
                        .build());

        assertEquals(2, o.written().size(), o::toString);
        assertTrue(o.made().isEmpty());
    }

    private Outcome render(String slug, Options options) throws IOException {
        Path guide = Fixtures.copySample(slug, dir.resolve("guides"));
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(guide);
        return fiches.TestFiles.renderer(options)
                .render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), loaded.problems());
    }
}
