package fiches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.Guide;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are the stages of the pipeline, and a stage uses only those before it. Each
 * package says in its {@code package-info.java} which packages it may use; the compiled classes,
 * read with the JDK's {@code jdeps}, must use no other, and no package may list one that comes
 * after it.
 */
class PackageArrowsTest {
    /** From the bottom up: a package may only use packages earlier in this list. */
    private static final List<String> PIPELINE = List.of(
            "fiches.util",
            "fiches.problem",
            "fiches.guide",
            "fiches.product",
            "fiches.source",
            "fiches.parse",
            "fiches.check",
            "fiches.layout",
            "fiches.pdf",
            "fiches.ledger",
            "fiches.batch",
            "fiches.catalogue",
            "fiches.recueil",
            "fiches.cli");

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern MAY_USE = Pattern.compile("<p>May use:(.*?)(?:\\*/|<p>)", Pattern.DOTALL);
    private static final Pattern PACKAGE_NAME = Pattern.compile("fiches\\.[a-z]+");
    private static final Pattern JDEPS_ARROW =
            Pattern.compile("^\\s*(fiches\\.[a-z]+)\\s+->\\s+(fiches\\.[a-z]+)\\s", Pattern.MULTILINE);

    @Test
    void everyPackageHasItsPlaceInThePipeline() throws IOException {
        assertEquals(
                new TreeSet<>(PIPELINE),
                sourcePackages(),
                "a new package gets a place in PIPELINE and a package-info.java saying what it may use");
    }

    @Test
    void everyPackageSaysItsJobAndWhatItMayUse() throws IOException {
        for (String name : sourcePackages()) {
            String info = packageInfo(name);
            assertTrue(
                    info.indexOf("/**") < info.indexOf("<p>May use:") - 20,
                    name + ": package-info.java opens with the package's job, then « <p>May use: »");
            allowed(name);
        }
    }

    @Test
    void theDeclaredArrowsOnlyPointDownThePipeline() throws IOException {
        for (String name : PIPELINE) {
            for (String used : allowed(name)) {
                assertTrue(
                        PIPELINE.indexOf(used) >= 0 && PIPELINE.indexOf(used) < PIPELINE.indexOf(name),
                        name + " may not use " + used + ": it comes later in the pipeline");
            }
        }
    }

    @Test
    void noPackageUsesOneItDoesNotDeclare() throws Exception {
        Map<String, Set<String>> arrows = compiledArrows();
        assertFalse(arrows.isEmpty(), "jdeps found no arrow between the packages");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> from : arrows.entrySet()) {
            Set<String> undeclared = new TreeSet<>(from.getValue());
            undeclared.removeAll(allowed(from.getKey()));
            undeclared.forEach(to -> wrong.add(from.getKey() + " -> " + to));
        }
        assertEquals(List.of(), wrong, "arrows not declared in the package-info.java of their package");
    }

    private static Set<String> sourcePackages() throws IOException {
        try (Stream<Path> folders = Files.list(SOURCES.resolve("fiches"))) {
            return folders.filter(Files::isDirectory)
                    .map(folder -> "fiches." + folder.getFileName())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static String packageInfo(String name) throws IOException {
        Path file = SOURCES.resolve(name.replace('.', '/')).resolve("package-info.java");
        assertTrue(Files.isRegularFile(file), name + " has no package-info.java");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The packages named in the « May use » paragraph of a package's documentation. */
    private static Set<String> allowed(String name) throws IOException {
        Matcher paragraph = MAY_USE.matcher(packageInfo(name));
        assertTrue(paragraph.find(), name + ": package-info.java has no « <p>May use: » paragraph");
        Set<String> names = new TreeSet<>();
        Matcher used = PACKAGE_NAME.matcher(paragraph.group(1));
        while (used.find()) {
            names.add(used.group());
        }
        return names;
    }

    /** Which package's classes refer to which other package's, as the compiler left them. */
    private static Map<String, Set<String>> compiledArrows() throws URISyntaxException {
        Path classes = Path.of(
                Guide.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("this test needs a JDK with jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "-verbose:package",
                "-e",
                "fiches\\..*",
                classes.toString());
        assertEquals(0, status, "jdeps failed: " + err);
        Map<String, Set<String>> arrows = new TreeMap<>();
        Matcher arrow = JDEPS_ARROW.matcher(out.toString());
        while (arrow.find()) {
            if (!arrow.group(1).equals(arrow.group(2))) {
                arrows.computeIfAbsent(arrow.group(1), k -> new TreeSet<>()).add(arrow.group(2));
            }
        }
        return arrows;
    }
}
