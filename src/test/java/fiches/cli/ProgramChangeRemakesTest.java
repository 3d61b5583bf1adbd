package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.batch.Fixtures;
import fiches.product.Edition;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change to Fiches itself makes every output again, once: the program's fingerprint is part of
 * each record of what was made. Runs the real launcher on a copy of the program's classes, whose
 * French label file is then changed, as a fix to a label would change it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ProgramChangeRemakesTest {
    private static final Pattern PAGE_RECORD = Pattern.compile("<meta name=\"fiches-inputs\" content=\"([0-9a-f]+)\">");

    @TempDir
    Path tmp;

    @Test
    void aChangedLabelFileMakesEveryGuideTheCatalogueAndTheBookAgainOnceWithoutForce() throws Exception {
        Path classes = copyOfTheProgram(tmp.resolve("classes"));
        Path guides = tmp.resolve("guides");
        Path one = Fixtures.write(guides.resolve("un.md"), Fixtures.guide("Premier guide", 2, "Texte."));
        Path two = Fixtures.write(guides.resolve("deux.md"), Fixtures.guide("Second guide", 1, "Texte."));
        Path out = tmp.resolve("out");
        String[] run = {guides.toString(), "--out", out.toString(), "--recueil", "--report", "json"};

        Map<?, ?> first = launch(classes, run);
        assertEquals(Map.of(one, "ok", two, "ok"), statuses(first));
        Map<?, ?> again = launch(classes, run);
        assertEquals(Map.of(one, "up-to-date", two, "up-to-date"), statuses(again), "before any change");
        assertTrue(Fixtures.pdfText(out.resolve(Edition.HANDOUT.fileName("un"))).contains("Étape"));
        String pageBefore = pageRecord(out);

        Path labels = classes.resolve("fiches/labels/fr.properties");
        String text = Files.readString(labels, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nstep=Étape\\u00A0{0}\n"), "the label this test changes");
        Files.writeString(labels, text.replace("\nstep=Étape\\u00A0{0}\n", "\nstep=Phase\\u00A0{0}\n"));

        Map<?, ?> changed = launch(classes, run);
        assertEquals(Map.of(one, "ok", two, "ok"), statuses(changed), "after the program changed");
        assertEquals("ok", ((Map<?, ?>) changed.get("recueil")).get("status"));
        assertNotEquals(pageBefore, pageRecord(out), "the catalogue is made again");
        for (Path pdf : List.of(
                out.resolve(Edition.HANDOUT.fileName("un")),
                out.resolve(Edition.ACCESSIBLE.fileName("deux")),
                out.resolve(Edition.HANDOUT.fileName("recueil")))) {
            String words = Fixtures.pdfText(pdf);
            assertTrue(words.contains("Phase"), pdf + " shows the changed label: " + words);
            assertFalse(words.contains("Étape"), pdf + " shows no old label");
        }

        Map<Path, FileTime> made = times(out);
        Map<?, ?> last = launch(classes, run);
        assertEquals(Map.of(one, "up-to-date", two, "up-to-date"), statuses(last), "once made again");
        assertEquals("up-to-date", ((Map<?, ?>) last.get("recueil")).get("status"));
        assertEquals(made, times(out), "nothing in the output folder is written again");
    }

    /** The folder of the program's classes and resources, copied whole. */
    private static Path copyOfTheProgram(Path copy) throws Exception {
        Path classes = programClasses();
        try (Stream<Path> all = Files.walk(classes)) {
            for (Path from : all.toList()) {
                Path to = copy.resolve(classes.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    private static Path programClasses() throws Exception {
        Path classes = Path.of(
                Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "the program's classes are a folder: " + classes);
        return classes;
    }

    /** The class path of this test, with the copy instead of the program's classes. */
    private static String classPath(Path copy) throws Exception {
        Path classes = programClasses();
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().equals(classes) ? copy.toString() : entry);
        }
        assertTrue(entries.contains(copy.toString()), "the program's classes are on the class path");
        return String.join(File.pathSeparator, entries);
    }

    private static Map<Path, String> statuses(Map<?, ?> report) {
        Map<Path, String> statuses = new TreeMap<>();
        for (Object r : (List<?>) report.get("results")) {
            Map<?, ?> result = (Map<?, ?>) r;
            statuses.put(Path.of((String) result.get("file")), (String) result.get("status"));
        }
        return statuses;
    }

    private static String pageRecord(Path out) throws IOException {
        Matcher m = PAGE_RECORD.matcher(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertTrue(m.find(), "the catalogue keeps its record");
        return m.group(1);
    }

    private static Map<Path, FileTime> times(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(Files::isRegularFile)
                    .collect(Collectors.toMap(
                            p -> p,
                            p -> {
                                try {
                                    return Files.getLastModifiedTime(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            },
                            (a, b) -> a,
                            TreeMap::new));
        }
    }

    private static Map<?, ?> launch(Path classes, String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(Path.of("fiches").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("FICHES_HOME", Path.of("").toAbsolutePath().toString());
        pb.environment().put("FICHES_CLASSPATH", classPath(classes));
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the run ends");
        assertEquals(0, p.exitValue(), () -> out + err.join());
        return (Map<?, ?>) Json.parse(out);
    }

    private static String readAll(Process p) {
        try {
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
