package fiches.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fiches.batch.Fixtures;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the C locale of a cron job or a container, {@code ./fiches} still reads accented file
 * names and prints its messages and JSON in UTF-8. Runs the real launcher, on the classes the
 * build compiled, in a process whose environment holds only {@code LANG=C}.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LauncherLocaleTest {
    private static final String NAME = "étape-été";

    @TempDir
    Path tmp;

    @Test
    void anAccentedGuideNameWorksUnderTheCLocaleAndMessagesKeepTheirAccents() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "the test itself must name the file");
        assumeTrue(hasUtf8Locale(), "a UTF-8 locale must be installed (C.UTF-8 on Debian)");
        Path guides = tmp.resolve("guides");
        Path guide = Fixtures.write(guides.resolve(NAME + ".md"), Fixtures.guide("Été à l'étape", 1, "Texte."));
        Fixtures.write(
                guides.resolve("sans-titre.md"), Fixtures.guide("x", 1, "Déjà.").replace("title: \"x\"\n", ""));
        Path out = tmp.resolve("sortie");

        Launch text = launch(guides.toString(), "--out", out.toString());

        assertEquals(1, text.status(), text::toString);
        assertTrue(
                text.out().contains("done   " + guide + " -> " + out.resolve(Edition.HANDOUT.fileName(NAME))),
                text::toString);
        assertTrue(text.out().contains("The front matter has no 'title'"), text::toString);
        assertTrue(text.out().contains("2 guides: 1 rendered, 1 failed"), text::toString);
        for (Edition e : Edition.pdfs()) {
            assertEquals("Été à l'étape", Fixtures.pdfTitle(out.resolve(e.fileName(NAME))));
        }

        Launch json = launch(guides.toString(), "--out", out.toString(), "--force", "--report", "json");
        Map<?, ?> report = (Map<?, ?>) Json.parse(json.out());
        Map<?, ?> made = FaultScene.result(report, guide);
        assertEquals("ok", made.get("status"), json::toString);
        assertEquals(
                List.of(
                        out.resolve(Edition.HANDOUT.fileName(NAME)).toString(),
                        out.resolve(Edition.ACCESSIBLE.fileName(NAME)).toString(),
                        out.resolve(Edition.WEB.fileName(NAME)).toString()),
                made.get("outputs"));
    }

    private record Launch(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private static Launch launch(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of("fiches").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        String path = env.get("PATH");
        env.clear();
        env.put("PATH", path);
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("FICHES_HOME", Path.of("").toAbsolutePath().toString());
        env.put("FICHES_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        p.getOutputStream().close();
        // read both streams at once, so that neither fills its pipe
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        String out = readAll(p.getInputStream());
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Launch(p.exitValue(), out, err.join());
    }

    private static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasUtf8Locale() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        String all = readAll(p.getInputStream());
        p.waitFor(1, TimeUnit.MINUTES);
        return all.lines()
                .anyMatch(l -> l.equalsIgnoreCase("C.UTF-8")
                        || l.equalsIgnoreCase("C.utf8")
                        || l.equalsIgnoreCase("en_US.utf8"));
    }
}
