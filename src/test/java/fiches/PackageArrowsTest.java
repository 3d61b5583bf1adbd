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
import java.util.HashSet;
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
 *
 * <p>A stage may have rooms, sub-packages such as {@code fiches.pdf.passes}: a room belongs to
 * its stage, may use what its parent may, and may also name its parent, its siblings or its own
 * rooms, never in a circle. Every public class of a package is named in its
 * {@code package-info.java} ({@code {@link Foo}} or {@code {@code Foo}}), so that what the
 * package says it holds cannot fall behind what it holds.
 */
class PackageArrowsTest {
    /** From the bottom up: a package may only use packages earlier in this list, or its own rooms. */
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
            "fiches.web",
            "fiches.ledger",
            "fiches.batch",
            "fiches.catalogue",
            "fiches.recueil",
            "fiches.cli");

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern MAY_USE = Pattern.compile("<p>May use:(.*?)(?:\\*/|<p>)", Pattern.DOTALL);
    private static final Pattern PACKAGE_NAME = Pattern.compile("fiches(?:\\.[a-z][a-z0-9]*)+");
    private static final Pattern JDEPS_ARROW = Pattern.compile(
            "^\\s*(fiches(?:\\.[a-z][a-z0-9]*)+)\\s+->\\s+(fiches(?:\\.[a-z][a-z0-9]*)+)\\s", Pattern.MULTILINE);
    /** A top-level type declared public, at the start of a line of its source file. */
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|record|interface|enum|@interface)\\s+(\\w+)",
            Pattern.MULTILINE);

    @Test
    void everyPackageHasItsPlaceInThePipeline() throws IOException {
        Set<String> stages = new TreeSet<>();
        for (String name : sourcePackages()) {
            stages.add(stage(name));
        }
        assertEquals(
                new TreeSet<>(PIPELINE),
                stages,
                "a new package gets a place in PIPELINE (a room, fiches.x.y, gets its parent's) and a package-info.java"
                        + " saying what it may use");
    }

    @Test
    void everyPackageSaysItsJobAndWhatItMayUse() throws IOException {
        for (String name : sourcePackages()) {
            String info = packageInfo(name);
            assertTrue(
                    info.indexOf("/**") < info.indexOf("<p>May use:") - 20,
                    name + ": package-info.java opens with the package's job, then « <p>May use: »");
            declared(name);
        }
    }

    @Test
    void everyRoomHasAParentPackage() throws IOException {
        Set<String> packages = sourcePackages();
        for (String name : packages) {
            if (!name.equals(stage(name))) {
                assertTrue(
                        packages.contains(parent(name)),
                        name + " is a room of " + parent(name) + ", which has no package-info.java of its own");
            }
        }
    }

    @Test
    void theDeclaredArrowsOnlyPointDownThePipeline() throws IOException {
        Set<String> packages = sourcePackages();
        for (String name : packages) {
            for (String used : declared(name)) {
                assertTrue(packages.contains(used), name + " may use " + used + ", which is no package of Fiches");
                int from = PIPELINE.indexOf(stage(name));
                int to = PIPELINE.indexOf(stage(used));
                assertTrue(
                        to < from || (to == from && !used.equals(name)),
                        name + " may not use " + used + ": it comes later in the pipeline");
            }
        }
    }

    @Test
    void theRoomsOfAStageUseOneAnotherWithoutACircle() throws IOException {
        Map<String, Set<String>> within = new TreeMap<>();
        for (String name : sourcePackages()) {
            for (String used : declared(name)) {
                if (stage(used).equals(stage(name))) {
                    within.computeIfAbsent(name, k -> new TreeSet<>()).add(used);
                }
            }
        }
        for (String start : within.keySet()) {
            List<String> circle = circleFrom(start, start, within, new ArrayList<>(List.of(start)), new HashSet<>());
            assertEquals(List.of(), circle, "the rooms of " + stage(start) + " may not use one another in a circle");
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

    @Test
    void everyPublicClassIsNamedInItsPackageInfo() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String name : sourcePackages()) {
            String info = packageInfo(name);
            for (String type : publicTypes(name)) {
                Pattern named = Pattern.compile(
                        "\\{@(?:link|linkplain|code)\\s+(?:" + Pattern.quote(name) + "\\.)?" + type + "\\b");
                if (!named.matcher(info).find()) {
                    missing.add(name + "." + type + " is public, but " + infoFile(name)
                            + " does not name it: say what it is" + " for there, with {@link " + type + "}");
                }
            }
        }
        assertTrue(
                missing.isEmpty(),
                () -> "each package-info.java names its package's public classes:\n  " + String.join("\n  ", missing));
    }

    /** Every package with sources, rooms included. */
    private static Set<String> sourcePackages() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve("fiches"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".java"))
                    .map(file -> SOURCES.relativize(file.getParent())
                            .toString()
                            .replace(SOURCES.getFileSystem().getSeparator(), "."))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** The stage a package belongs to: itself, or for a room the top package it is in. */
    private static String stage(String name) {
        int second = name.indexOf('.', "fiches.".length());
        return second < 0 ? name : name.substring(0, second);
    }

    private static String parent(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static Path infoFile(String name) {
        return SOURCES.resolve(name.replace('.', '/')).resolve("package-info.java");
    }

    private static String packageInfo(String name) throws IOException {
        Path file = infoFile(name);
        assertTrue(Files.isRegularFile(file), name + " has no package-info.java");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The packages named in the « May use » paragraph of a package's documentation. */
    private static Set<String> declared(String name) throws IOException {
        Matcher paragraph = MAY_USE.matcher(packageInfo(name));
        assertTrue(paragraph.find(), name + ": package-info.java has no « <p>May use: » paragraph");
        Set<String> names = new TreeSet<>();
        Matcher used = PACKAGE_NAME.matcher(paragraph.group(1));
        while (used.find()) {
            names.add(used.group());
        }
        return names;
    }

    /** What a package may use: what it declares, and for a room what its parent may use too. */
    private static Set<String> allowed(String name) throws IOException {
        Set<String> names = new TreeSet<>(declared(name));
        if (!name.equals(stage(name))) {
            names.addAll(allowed(parent(name)));
        }
        return names;
    }

    /** The public top-level types of a package, from its sources. */
    private static Set<String> publicTypes(String name) throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve(name.replace('.', '/')))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".java"))
                    .toList()) {
                Matcher type = PUBLIC_TYPE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (type.find()) {
                    types.add(type.group(1));
                }
            }
        }
        return types;
    }

    /** A path of declared arrows within a stage from {@code at} back to {@code start}, or none. */
    private static List<String> circleFrom(
            String start, String at, Map<String, Set<String>> within, List<String> path, Set<String> seen) {
        for (String next : within.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> circle = new ArrayList<>(path);
                circle.add(start);
                return circle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> circle = circleFrom(start, next, within, path, seen);
                if (!circle.isEmpty()) {
                    return circle;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
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
