package fiches.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.ledger.Manifest;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed half-way keeps the record of the guides it finished: the manifest is saved as they complete. */
class ManifestAsGuidesCompleteTest {
    @TempDir
    Path tmp;

    @Test
    void theFirstGuideIsInTheManifestBeforeTheSecondIsReported() throws IOException {
        Path guides = tmp.resolve("guides");
        Path out = tmp.resolve("out");
        Fixtures.copySample(Fixtures.FRANCE_CONNECT, guides);
        Fixtures.copySample(Fixtures.WHATSAPP, guides);
        Batch batch = Batch.rendering(
                Fixtures.resources(),
                Options.builder(out).size(18).editions(Edition.pdfs()).build());
        List<List<String>> seen = new ArrayList<>();

        batch.run(Batch.guidesIn(guides), o -> seen.add(recorded(out)));

        // The second guide may finish first on another core: what matters is that the first is
        // recorded by the time it is reported, before the run ends.
        assertTrue(seen.get(0).contains(Fixtures.FRANCE_CONNECT), "saved once the first guide was made: " + seen);
        assertEquals(List.of(Fixtures.FRANCE_CONNECT, Fixtures.WHATSAPP), recorded(out));
    }

    private static List<String> recorded(Path out) {
        try {
            Path manifest = out.resolve(Manifest.FILE_NAME);
            return Files.exists(manifest)
                    ? Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                            .map(l -> l.substring(0, l.indexOf('\t')))
                            .toList()
                    : List.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aManifestAtItsSizeBoundIsReadAndOneByteOverIsIgnored() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path file = out.resolve(Manifest.FILE_NAME);
        byte[] line = "guide\tdigest\tclean\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[Manifest.MAX_BYTES];
        java.util.Arrays.fill(bytes, (byte) '\n');
        System.arraycopy(line, 0, bytes, 0, line.length);
        Files.write(file, bytes);
        Manifest atBound = Manifest.in(out);
        assertTrue(atBound.ignored().isEmpty());
        assertEquals("digest", atBound.entry("guide").orElseThrow().identity());

        Files.write(file, new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);
        Manifest over = Manifest.in(out);
        assertTrue(over.ignored().orElseThrow().contains("is over 16 MB"));
        assertTrue(over.entry("guide").isEmpty());
    }
}
