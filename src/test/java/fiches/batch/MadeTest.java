package fiches.batch;

import static fiches.batch.Fixtures.WHATSAPP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.layout.Edition;
import fiches.pdf.FirstPage;
import fiches.util.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run that a catalogue follows keeps of each guide it makes, so that nothing is read back. */
class MadeTest {
    @TempDir
    Path dir;

    @Test
    void aGuideMadeBringsItsModelTheDigestsOfItsPdfsAndThePictureOfTheHandout() throws IOException {
        Path out = dir.resolve("out");
        Outcome o = render(new Options(out, 18, Set.of(Edition.values()), false, true));

        Made made = o.made().orElseThrow(() -> new AssertionError("nothing kept: " + o));
        assertEquals("Faire un appel vidéo avec WhatsApp", made.guide().meta().title());
        assertEquals(2, made.sha256().size());
        for (Edition e : Edition.values()) {
            Path pdf = out.resolve(e.fileName(WHATSAPP));
            assertEquals(HexFormat.of().formatHex(Sha256.create().digest(Files.readAllBytes(pdf))),
                    made.sha256().get(pdf), pdf::toString);
        }
        Path handout = out.resolve(Edition.HANDOUT.fileName(WHATSAPP));
        FirstPage fromFile = FirstPage.of(Files.readAllBytes(handout));
        FirstPage kept = made.firstPage().orElseThrow();
        assertArrayEquals(fromFile.png(), kept.png(), "the handout's first page, as drawn from the file");
        assertEquals(Fixtures.pageCount(handout), kept.pages());
    }

    @Test
    void aRunThatNoCatalogueFollowsKeepsNothing() throws IOException {
        Outcome o = render(new Options(dir.resolve("out"), 18, Set.of(Edition.values()), false));

        assertEquals(2, o.written().size(), o::toString);
        assertTrue(o.made().isEmpty());
    }

    private Outcome render(Options options) throws IOException {
        Path guide = Fixtures.copySample(WHATSAPP, dir.resolve("guides"));
        GuideLoader.Loaded loaded = new GuideLoader().load(guide);
        return new GuideRenderer(Fixtures.resources(), options)
                .render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), loaded.problems());
    }
}
