package fiches.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.check.TestImages;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.product.Edition;
import fiches.product.LanguageRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Random guides, from plausible to absurd and hostile (deep nesting, long runs, broken images):
 * each is either made, both PDFs, or rejected with its problems explained; loading never throws,
 * rendering never fails, and nothing overflows the stack or hangs. Each property builds its own
 * folders, so tries share nothing. Each also states its coverage: the share of its tries that
 * reached each stage (front matter, body, rendering) or each bound, so that a generator that
 * drifts into trying nothing of interest fails instead of passing.
 */
@Tag("integration")
class GuideFuzzTest {
    /*
     * What each property tried is counted by the kind of its first error, and checked at the end
     * of the property in per cent of its tries: below these figures, a property would pass without
     * having tried what it claims to. Each figure is a third or less of what the generators give.
     */

    /** The errors found in the front matter, before the body is read. */
    private static final Set<String> FRONT_KINDS = Stream.of(
                    Kind.FRONT_MATTER_MISSING,
                    Kind.FRONT_MATTER_UNCLOSED,
                    Kind.YAML_SYNTAX,
                    Kind.YAML_TOO_COMPLEX,
                    Kind.YAML_TAG,
                    Kind.DUPLICATE_KEY,
                    Kind.MISSING_KEY,
                    Kind.WRONG_TYPE,
                    Kind.INVALID_VALUE)
            .map(Kind::name)
            .collect(Collectors.toUnmodifiableSet());

    private static final Predicate<List<?>> FRONT_MATTER = v -> FRONT_KINDS.contains(String.valueOf(v.get(0)));

    /** The errors the body's checks find, once the front matter is sound. */
    private static final Set<String> BODY_KINDS = Stream.of(
                    Kind.NO_STEPS,
                    Kind.STEP_COUNT_MISMATCH,
                    Kind.STEP_NUMBER_OUT_OF_ORDER,
                    Kind.STEP_HEADING_MALFORMED,
                    Kind.IMAGE_WITHOUT_ALT,
                    Kind.IMAGE_OUTSIDE_FOLDER,
                    Kind.IMAGE_NOT_FOUND,
                    Kind.IMAGE_NOT_SUPPORTED,
                    Kind.REMOTE_RESOURCE,
                    Kind.LINK_NOT_ALLOWED,
                    Kind.RAW_HTML,
                    Kind.NESTING_TOO_DEEP,
                    Kind.RUN_TOO_LONG,
                    Kind.PARAGRAPH_TOO_LONG,
                    Kind.TOO_MANY_QUESTIONS,
                    Kind.TOO_MANY_LINKS,
                    Kind.TOO_MANY_IMAGES,
                    Kind.IMAGE_TOO_LARGE,
                    Kind.IMAGE_UNREADABLE)
            .map(Kind::name)
            .collect(Collectors.toUnmodifiableSet());

    /** The bounds a hostile guide is built to reach. */
    private static final Set<String> BOUND_KINDS = Stream.of(
                    Kind.NESTING_TOO_DEEP,
                    Kind.RUN_TOO_LONG,
                    Kind.PARAGRAPH_TOO_LONG,
                    Kind.TOO_MANY_LINKS,
                    Kind.TOO_MANY_IMAGES,
                    Kind.IMAGE_TOO_LARGE,
                    Kind.IMAGE_UNREADABLE,
                    Kind.GUIDE_TOO_COMPLEX)
            .map(Kind::name)
            .collect(Collectors.toUnmodifiableSet());

    /** Generous: a hang, not a slow machine, is what it catches. */
    private static final Duration HANG = Duration.ofSeconds(60);

    private final Path dir;
    private int count;
    private GuideRenderer renderer;

    GuideFuzzTest() throws IOException {
        dir = Files.createTempDirectory("fiches-fuzz");
        Fixtures.writePng(dir.resolve("guides/images/ok.png"));
        Files.writeString(dir.resolve("guides/images/not-a-png.png"), "GIF89a");
        Path images = dir.resolve("guides/images");
        Files.write(images.resolve("immense.png"), TestImages.blankPng(30_000, 30_000));
        Files.write(images.resolve("menteuse.png"), TestImages.lyingPng(100_000, 100_000));
        Files.write(images.resolve("menteuse-moyenne.png"), TestImages.lyingPng(3_000, 3_000));
        Files.write(images.resolve("coupee.png"), TestImages.truncated("png"));
        Files.write(images.resolve("coupee.jpg"), TestImages.truncated("jpeg"));
        Files.write(images.resolve("photo.png"), TestImages.valid("jpeg", 30, 20));
    }

    @AfterProperty
    void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 250, shrinking = ShrinkingMode.BOUNDED)
    void loadingAnyTextNeverThrowsAndExplainsEveryProblem(@ForAll("anyGuide") String text) throws IOException {
        Path file = write(text.getBytes(StandardCharsets.UTF_8));
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(file);
        assertExplained(file, loaded);
        // the texts reach both stages: some fail in the front matter, others in the body
        Statistics.label("first error").collect(firstError(loaded)).coverage(c -> {
            c.checkQuery(FRONT_MATTER).percentage(p -> p >= 20);
            c.checkQuery(v -> BODY_KINDS.contains(String.valueOf(v.get(0)))).percentage(p -> p >= 3);
        });
    }

    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void loadingAnyBytesNeverThrowsAndExplainsEveryProblem(@ForAll("anyBytes") byte[] bytes) throws IOException {
        Path file = write(bytes);
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(file);
        assertExplained(file, loaded);
        Statistics.label("first error").collect(firstError(loaded)).coverage(c -> {
            // bytes that are not UTF-8, and bytes that are and are read on
            c.check(Kind.NOT_UTF8.name()).percentage(p -> p >= 15);
            c.checkQuery(v -> !v.get(0).equals(Kind.NOT_UTF8.name())).percentage(p -> p >= 20);
        });
    }

    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    void aGuideThatLoadsIsMade(@ForAll("plausibleGuide") String text) throws IOException {
        String first = madeOrRejectedWithAMessage(text);
        // most plausible guides load, and are made
        Statistics.label("first error")
                .collect(first)
                .coverage(c -> c.check("none").percentage(p -> p >= 15));
    }

    @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
    void aHostileGuideIsMadeOrRejectedWithAMessage(@ForAll("hostileGuide") String text) throws IOException {
        String first = madeOrRejectedWithAMessage(text);
        // some hostile guides are made, and others are stopped by the bounds they were built to reach
        Statistics.label("first error").collect(first).coverage(c -> {
            c.check("none").percentage(p -> p >= 5);
            c.checkQuery(v -> BOUND_KINDS.contains(String.valueOf(v.get(0)))).percentage(p -> p >= 10);
        });
    }

    /**
     * Loads and renders a guide on a thread of the default stack size, as the batch's workers
     * have: a stack overflow, any exception or a failed rendering fails the property.
     *
     * @return the kind of the load's first error, or « none » when the guide was made
     */
    private String madeOrRejectedWithAMessage(String text) throws IOException {
        Path file = write(text.getBytes(StandardCharsets.UTF_8));
        GuideLoader.Loaded loaded =
                assertTimeoutPreemptively(HANG, () -> fiches.TestFiles.loader().load(file));
        assertExplained(file, loaded);
        if (loaded.guide().isEmpty()) {
            assertTrue(loaded.hasErrors(), loaded::toString);
            return firstError(loaded);
        }
        if (renderer == null) {
            renderer = Fixtures.renderer(dir.resolve("out"));
        }
        Outcome outcome = assertTimeoutPreemptively(
                HANG,
                () -> renderer.render(loaded.guide().get(), loaded.source().get(), loaded.problems()));
        assertEquals(
                List.of(),
                outcome.problems().stream()
                        .filter(p -> p.kind() == Kind.RENDER_FAILED)
                        .toList(),
                () -> "a guide that loads must be made:\n" + text);
        assertFalse(outcome.failed(), outcome::toString);
        String slug = loaded.guide().get().slug();
        assertEquals(
                List.of(
                        dir.resolve("out").resolve(Edition.HANDOUT.fileName(slug)),
                        dir.resolve("out").resolve(Edition.ACCESSIBLE.fileName(slug))),
                outcome.written(),
                outcome::toString);
        for (Path pdf : outcome.written()) {
            assertTrue(Fixtures.pageCount(pdf) >= 1, pdf::toString);
        }
        return firstError(loaded);
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("guides/guide-" + ++count + ".md");
        Files.write(file, bytes);
        return file;
    }

    private static void assertExplained(Path file, GuideLoader.Loaded loaded) {
        assertEquals(file, loaded.file());
        assertEquals(loaded.hasErrors(), loaded.guide().isEmpty(), () -> "an error, or a guide: " + loaded);
        for (Problem p : loaded.problems()) {
            assertNotNull(p.kind(), p::toString);
            assertNotNull(p.severity(), p::toString);
            assertEquals(file, p.file(), p::toString);
            assertTrue(p.line() >= 0 && p.column() >= 0, p::toString);
            assertFalse(p.message() == null || p.message().isBlank(), p::toString);
            assertFalse(p.fix() == null || p.fix().isBlank(), p::toString);
        }
        loaded.guide().ifPresent(g -> {
            assertEquals(file, g.file(), g::toString);
            assertTrue(loaded.source().isPresent(), () -> "a guide comes with the text it was made from: " + loaded);
            assertEquals(g.meta().steps(), g.steps().size(), g::toString);
        });
    }

    /** The kind of a load's first error, or « none » when it made a guide. */
    private static String firstError(GuideLoader.Loaded loaded) {
        return loaded.problems().stream()
                .filter(Problem::isError)
                .map(p -> p.kind().name())
                .findFirst()
                .orElse("none");
    }

    // ---- generators -------------------------------------------------------------------------

    /**
     * A sound guide whose one step holds something built to exhaust the stack or the clock:
     * nesting around the limit of 20 and far past it, runs of marks, long words, paragraphs of
     * many links, broken or enormous images.
     */
    @Provide
    Arbitrary<String> hostileGuide() {
        Arbitrary<Integer> depth = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(18, 22)),
                Tuple.of(1, Arbitraries.integers().between(1, 800)));
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(490, 510)),
                Tuple.of(1, Arbitraries.integers().between(1, 300_000)));
        Arbitrary<String> nesting = Combinators.combine(
                        Arbitraries.of("> ", ">", "- ", "* ", "1. ", "+ ", "> - "), depth)
                .as((mark, n) -> mark.repeat(n) + "au fond");
        // lists by indentation and emphasis pass the line scan: only the depth bound stops them
        Arbitrary<Integer> deep = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(18, 22)),
                Tuple.of(1, Arbitraries.integers().between(200, 600)));
        Arbitrary<String> indented = deep.map(n -> IntStream.range(0, n)
                .mapToObj(i -> "  ".repeat(i) + "- niveau " + i)
                .collect(Collectors.joining("\n")));
        Arbitrary<String> emphasis = Combinators.combine(Arbitraries.of("*a ", "**a ", "_a ", "[a ", "![a "), deep)
                .as((open, n) -> open.repeat(n) + "x"
                        + (open.startsWith("[") || open.startsWith("!")
                                        ? " a](https://x.fr)"
                                        : " a"
                                                + open.strip()
                                                        .substring(
                                                                0, open.strip().length() - 1))
                                .repeat(n));
        Arbitrary<String> runs = Combinators.combine(
                        Arbitraries.of("*", "-", "_", "* ", "_ ", "=", "`", "[a]", "a"), length)
                .as((mark, n) -> "Texte " + mark.repeat(Math.max(1, n / mark.length())));
        Arbitrary<String> lineOfMarks = Combinators.combine(Arbitraries.of("*", "-", "_", "* ", "- ", "_ "), length)
                .as((mark, n) -> mark.repeat(Math.max(3, Math.min(n, 20_000) / mark.length())));
        Arbitrary<String> links = Arbitraries.integers().between(1, 3_000).map(n -> "[lien](https://x.fr) ".repeat(n));
        Arbitrary<String> image = Arbitraries.of(
                        "immense.png",
                        "menteuse.png",
                        "menteuse-moyenne.png",
                        "coupee.png",
                        "coupee.jpg",
                        "photo.png",
                        "not-a-png.png",
                        "ok.png",
                        "absente.png",
                        "mon image.png")
                .map(name -> "![Une capture d'écran](<images/" + name + ">)");
        Arbitrary<String> hostile = Arbitraries.oneOf(nesting, indented, emphasis, runs, lineOfMarks, links, image);
        return Combinators.combine(hostile.list().ofMinSize(1).ofMaxSize(2), Arbitraries.of("fr", "en"))
                .as((blocks, lang) -> "---\ntitle: \"Guide hostile\"\nsteps: 1\nlang: " + lang + "\n---\n\n"
                        + (lang.equals("fr")
                                ? "## Les étapes\n\n### Étape 1 : Essayer\n\n"
                                : "## Steps\n\n### Step 1: Try\n\n")
                        + String.join("\n\n", blocks) + "\n");
    }

    /** Anything from a good guide to garbage: random front matter lines and random Markdown lines. */
    @Provide
    Arbitrary<String> anyGuide() {
        Arbitrary<String> opening = Arbitraries.of(
                "---\n", "---\n", "---\n", "", "--- \n", "\uFEFF---\n", "---\r\n", "----\n", "\n---\n", "+++\n");
        Arbitrary<String> closing = Arbitraries.of("---\n", "---\n", "---\n", "", "...\n", "--- x\n", "---", "---\r\n");
        Arbitrary<String> lines = Arbitraries.frequencyOf(Tuple.of(3, yamlLine()), Tuple.of(1, garbage(30)))
                .list()
                .ofMaxSize(12)
                .map(ls -> String.join("\n", ls) + "\n");
        // a sound front matter now and then, so that the body is read and checked too
        Arbitrary<String> sound = Arbitraries.integers()
                .between(0, 4)
                .map(steps -> "title: \"Un guide\"\nsteps: " + steps + "\nlang: fr\n");
        Arbitrary<String> body = Arbitraries.frequencyOf(Tuple.of(5, markdownBlock()), Tuple.of(1, garbage(60)))
                .list()
                .ofMaxSize(14)
                .map(blocks -> String.join("\n\n", blocks) + "\n");
        Arbitrary<String> lineEnds = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r");
        Arbitrary<String> anyFront =
                Combinators.combine(opening, lines, closing).as((o, y, c) -> o + y + c);
        Arbitrary<String> soundFront = sound.map(y -> "---\n" + y + "---\n");
        return Combinators.combine(
                        Arbitraries.frequencyOf(Tuple.of(3, anyFront), Tuple.of(1, soundFront)), body, lineEnds)
                .as((f, b, nl) -> (f + "\n" + b).replace("\n", nl));
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        // a plausible guide with bytes flipped: mostly valid, sometimes not UTF-8 or with a NUL
        Arbitrary<byte[]> damaged = Combinators.combine(
                        anyGuide(),
                        Arbitraries.bytes().list().ofMaxSize(4),
                        Arbitraries.integers().between(0, 10_000))
                .as((text, noise, at) -> {
                    byte[] b = text.getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < noise.size() && b.length > 0; i++) {
                        b[(at + 31 * i) % b.length] = noise.get(i);
                    }
                    return b;
                });
        return Arbitraries.oneOf(random, damaged);
    }

    /** Guides likely to load: sound front matter with random text, steps that count, random but tame blocks. */
    @Provide
    Arbitrary<String> plausibleGuide() {
        Arbitrary<String> title = text(40).filter(t -> !t.isBlank());
        Arbitrary<String> description = text(120);
        Arbitrary<String> lang = Arbitraries.of("fr", "fr-FR", "en", "en-GB", "fr-CA", "de", "ar", "ja");
        Arbitrary<List<String>> steps = Combinators.combine(
                        tameText(50).map(t -> "Faire " + oneLine(t)),
                        tameBlock().list().ofMaxSize(4))
                .as((t, blocks) -> t + "\n\n" + String.join("\n\n", blocks))
                .list()
                .ofMinSize(1)
                .ofMaxSize(5);
        Arbitrary<List<String>> faq = Combinators.combine(text(60), text(120))
                .as((q, a) -> "  - question: " + yamlQuoted(q.isBlank() ? "Q ?" : q) + "\n    answer: "
                        + yamlQuoted(a.isBlank() ? "R." : a))
                .list()
                .ofMaxSize(3);
        Arbitrary<List<String>> sections = Combinators.combine(
                        tameText(40).map(t -> "Avant " + oneLine(t)),
                        tameBlock().list().ofMaxSize(3))
                .as((t, blocks) -> "## " + t + "\n\n" + String.join("\n\n", blocks))
                .list()
                .ofMaxSize(2);
        Arbitrary<String> difficulty = Arbitraries.of("", "difficulty: facile\n", "difficulty: hard\n");
        return Combinators.combine(title, description, lang, steps, faq, sections, difficulty)
                .as((t, d, l, st, f, sec, diff) -> {
                    // A language Fiches knows gets its own heading words; any other, French ones.
                    LanguageRules words = LanguageRules.of(LanguageRules.isKnown(l) ? l.substring(0, 2) : "fr");
                    StringBuilder sb = new StringBuilder("---\n");
                    sb.append("title: ").append(yamlQuoted(t)).append('\n');
                    if (!d.isBlank()) {
                        sb.append("description: ").append(yamlQuoted(d)).append('\n');
                    }
                    sb.append("steps: ")
                            .append(st.size())
                            .append("\nlang: ")
                            .append(l)
                            .append('\n')
                            .append(diff);
                    sb.append("date: 2026-02-28\n");
                    if (!f.isEmpty()) {
                        sb.append("faq:\n").append(String.join("\n", f)).append('\n');
                    }
                    sb.append("---\n\n");
                    sec.forEach(s -> sb.append(s).append("\n\n"));
                    sb.append("## ").append(words.stepsTitles().get(0)).append("\n\n");
                    for (int i = 0; i < st.size(); i++) {
                        sb.append("### " + words.stepWords().get(0) + " " + (i + 1) + " : ")
                                .append(st.get(i))
                                .append("\n\n");
                    }
                    return sb.toString();
                });
    }

    private static Arbitrary<String> yamlLine() {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                Tuple.of(
                        4,
                        Arbitraries.of(
                                "title",
                                "description",
                                "category",
                                "steps",
                                "difficulty",
                                "platform",
                                "lang",
                                "date",
                                "country",
                                "faq",
                                "notes")),
                Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                "? complex",
                                "- item",
                                "\"quoted key\"",
                                "&anchor key",
                                "*alias",
                                "!!str tagged",
                                "[a, b]",
                                "{a: b}",
                                "\tindented",
                                "  nested",
                                "<<",
                                "~",
                                "",
                                "title ")));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(3, text(30).map(GuideFuzzTest::yamlQuoted)),
                Tuple.of(2, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30)),
                Tuple.of(2, Arbitraries.integers().between(-3, 600).map(String::valueOf)),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                "fr",
                                "en",
                                "fr-FR",
                                "xx-YY-ZZ",
                                "facile",
                                "moyen",
                                "hard",
                                "2026-01-15",
                                "2026-13-45",
                                "99999999999999999999",
                                "0x1F",
                                "0o17",
                                ".inf",
                                "-.nan",
                                "1e400",
                                "1_000",
                                "~",
                                "null",
                                "true",
                                "no",
                                "yes",
                                "[FR, BE]",
                                "[]",
                                "{}",
                                "[\"FR\", 12, [x]]",
                                "|\n  bloc\n  texte",
                                ">-\n  plié",
                                "\"non fermé",
                                "'simple ''quote'''",
                                "&a [1, 2]",
                                "*a",
                                "!!str 7",
                                "!!binary aGVsbG8=",
                                "!!java.net.URL [\"http://127.0.0.1:9/\"]",
                                "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                                        + "[\"http://127.0.0.1:9/\"]]]]",
                                "!local x",
                                "!<tag:yaml.org,2002:int> 3",
                                "\n  - question: \"Q ?\"\n    answer: \"R.\"",
                                "\n  - question: Q\n  - answer: [x]",
                                "\n  - {question: q, answer: a, extra: e}",
                                "\n\t- tab",
                                "\"\\u0000\\x01\\uD800\"",
                                "\"\\U0001F600 \\e \\_ \\N\"",
                                "@reserved",
                                "`backtick",
                                "%YAML 1.1",
                                "a: b: c",
                                "- - -")));
        Arbitrary<String> separator = Arbitraries.of(": ", ": ", ": ", ":", " : ", ":\t", "=", ": &x ", ": *x ");
        return Combinators.combine(key, separator, value).as((k, s, v) -> k + s + v);
    }

    private static Arbitrary<String> markdownBlock() {
        Arbitrary<Integer> number = Arbitraries.integers().between(-2, 12);
        Arbitrary<String> word =
                Arbitraries.of("Étape", "Etape", "étape", "E\u0301tape", "Step", "STEP", "Stepp", "Étapes");
        Arbitrary<String> space = Arbitraries.of(" ", " ", "\u00A0", "\u202F", "\t", "", "  ", "\u2009");
        Arbitrary<String> colon = Arbitraries.of(":", ":", "：", "", " -", ".", "::");
        Arbitrary<String> stepHeading = Combinators.combine(
                        Arbitraries.of("###", "###", "##", "####", "### "), word, space, number, space, colon, text(30))
                .as((h, w, s1, n, s2, c, t) -> h + " " + w + s1 + n + s2 + c + " " + oneLine(t));
        Arbitrary<String> sectionHeading = Combinators.combine(
                        Arbitraries.of("#", "##", "##", "######"),
                        Arbitraries.frequencyOf(
                                Tuple.of(
                                        2,
                                        Arbitraries.of(
                                                "Les étapes",
                                                "Les etapes",
                                                "Étapes",
                                                "Steps",
                                                "LES ÉTAPES",
                                                "Ce dont vous avez besoin",
                                                "Questions fréquentes")),
                                Tuple.of(1, text(30))))
                .as((h, t) -> h + " " + oneLine(t));
        Arbitrary<String> image = Combinators.combine(
                        Arbitraries.frequencyOf(
                                Tuple.of(3, text(30)), Tuple.of(1, Arbitraries.of("", " ", "]", "[x]"))),
                        imagePath())
                .as((alt, path) -> "![" + alt + "](" + path + ")");
        Arbitrary<String> list = Combinators.combine(
                        Arbitraries.of("- ", "* ", "1. ", "  - ", "10) ", "- [ ] "),
                        text(40).list().ofMinSize(1).ofMaxSize(4))
                .as((bullet, items) ->
                        items.stream().map(i -> bullet + oneLine(i)).collect(Collectors.joining("\n")));
        Arbitrary<String> table = Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.frequencyOf(Tuple.of(4, text(15)), Tuple.of(1, image))
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(12),
                        Arbitraries.of("|---|", "|:--|--:|", "| --- | --- | --- |", "", "|-"))
                .as((cols, cells, sep) -> table(cols, cells, sep));
        Arbitrary<String> html = Arbitraries.of(
                "<b>gras</b>",
                "<img src=\"http://127.0.0.1:9/b.png\">",
                "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/c.css\">",
                "<iframe src=\"x\"></iframe>",
                "<!-- commentaire -->",
                "<script>alert(1)</script>",
                "<?php echo 1; ?>",
                "<![CDATA[ x ]]>",
                "&amp; &nbsp; &#0; &#xD800; &#x1F600; &bogus;",
                "<div>\n\n*md*\n\n</div>",
                "<br/>",
                "</p>",
                "<",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<svg><image href=\"x.png\"/></svg>",
                "<!DOCTYPE html>");
        Arbitrary<String> inline = Combinators.combine(
                        text(40), Arbitraries.of("**", "*", "_", "`", "~~", "[", "]("), text(20))
                .as((a, mark, b) -> a + mark + b + mark + " " + a);
        Arbitrary<String> link = Combinators.combine(
                        text(20),
                        Arbitraries.of(
                                "https://www.service-public.fr",
                                "http://x",
                                "mailto:a@b.fr",
                                "tel:+33100000000",
                                "javascript:alert(1)",
                                "file:///etc/passwd",
                                "../secret.txt",
                                "",
                                "<https://x.fr>",
                                "#ancre",
                                "https://" + "a".repeat(300)))
                .as((t, u) -> "[" + t + "](" + u + ") et <" + u + ">");
        Arbitrary<String> fenced = text(60).map(t -> "```\n" + t + "\n```");
        Arbitrary<String> quote = text(60).map(t -> "> " + t.replace("\n", "\n> "));
        return Arbitraries.frequencyOf(
                Tuple.of(3, stepHeading),
                Tuple.of(2, sectionHeading),
                Tuple.of(4, text(120)),
                Tuple.of(2, image),
                Tuple.of(2, list),
                Tuple.of(1, table),
                Tuple.of(2, html),
                Tuple.of(2, inline),
                Tuple.of(1, link),
                Tuple.of(1, fenced),
                Tuple.of(1, quote),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                "---",
                                "***",
                                "    indented code",
                                "[ref]: http://127.0.0.1:9/r.png",
                                "![ref][ref]",
                                "\\",
                                "\u2028",
                                "| a |",
                                "===",
                                "- ")));
    }

    /** Blocks that rarely break the guide: text, lists, tables, quotes, code and good images. */
    private static Arbitrary<String> tameBlock() {
        Arbitrary<String> paragraph = tameText(200);
        Arbitrary<String> list = Combinators.combine(
                        Arbitraries.of("- ", "1. ", "* "),
                        tameText(60).list().ofMinSize(1).ofMaxSize(5))
                .as((b, items) -> items.stream().map(i -> b + oneLine(i)).collect(Collectors.joining("\n")));
        Arbitrary<String> table = Combinators.combine(
                        Arbitraries.integers().between(1, 5),
                        tameText(25).list().ofMinSize(1).ofMaxSize(15))
                .as((cols, cells) -> table(cols, cells, null));
        Arbitrary<String> image = tameText(80).map(alt -> "![" + oneLine(alt).replace("]", "") + "x](images/ok.png)");
        Arbitrary<String> emphasis = Combinators.combine(tameText(40), tameText(40))
                .as((a, b) ->
                        "**" + oneLine(a).strip() + "x** et *" + oneLine(b).strip() + "y* `code`");
        Arbitrary<String> link = tameText(30)
                .map(t -> "[" + oneLine(t).replace("]", "")
                        + "x](https://www.impots.gouv.fr/accueil) ou "
                        + "https://www.ameli.fr/assure/remboursements/rembourse/tableau-recapitulatif");
        Arbitrary<String> code = tameText(80).map(t -> "```\n" + t + "\n```");
        Arbitrary<String> quote = tameText(80).map(t -> "> " + oneLine(t));
        Arbitrary<String> longWord =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(60).ofMaxLength(300);
        return Arbitraries.frequencyOf(
                Tuple.of(5, paragraph),
                Tuple.of(2, list),
                Tuple.of(1, table),
                Tuple.of(2, image),
                Tuple.of(2, emphasis),
                Tuple.of(1, link),
                Tuple.of(1, code),
                Tuple.of(1, quote),
                Tuple.of(1, longWord));
    }

    private static Arbitrary<String> imagePath() {
        return Arbitraries.of(
                "images/ok.png",
                "images/ok.png",
                "images/missing.png",
                "images/not-a-png.png",
                "images",
                "images/",
                "../ok.png",
                "../../../../etc/passwd",
                "/etc/hostname",
                "file:///etc/hostname",
                "http://127.0.0.1:9/x.png",
                "HTTPS://127.0.0.1:9/x.png",
                "//127.0.0.1:9/x.png",
                "data:image/png;base64,iVBORw0KGgo=",
                "images/%2e%2e/%2e%2e/x.png",
                "images\\ok.png",
                "C:\\x.png",
                "~/x.png",
                "<images/ok.png>",
                "images/ok.png \"titre\"",
                "images/ok.png 'x'",
                "",
                " ",
                "\u0000",
                "images/ok.png#frag",
                "images/ok.png?q=1",
                "./images/./ok.png",
                "images/../images/ok.png",
                "images//ok.png",
                "IMAGES/OK.PNG",
                "jar:file:/x.jar!/a.png",
                "a".repeat(300) + ".png",
                "images/ok.png)(",
                "images/\u00e9\u0301.png");
    }

    /** Text from many scripts and corners of Unicode, controls and specials included. */
    private static Arbitrary<String> text(int maxLength) {
        Arbitrary<String> plain = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars(' ', ' ', ' ', 'É', 'é', '’', '«', '»', '\u00A0', '\u202F', '.', ',', '!', '?', ';', ':')
                .ofMaxLength(maxLength);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(maxLength / 2);
        Arbitrary<String> scripts = Arbitraries.integers()
                .between(0, 15)
                .flatMap(r -> codepoints(r))
                .list()
                .ofMaxSize(maxLength / 3)
                .map(parts -> String.join("", parts));
        Arbitrary<String> markdown = Arbitraries.strings()
                .withChars("*_`[]()<>#|\\!-+=~&;:\"'{}\n\t ".toCharArray())
                .ofMaxLength(maxLength / 4);
        return Arbitraries.frequencyOf(
                Tuple.of(6, plain), Tuple.of(2, any), Tuple.of(4, scripts), Tuple.of(1, markdown));
    }

    private static Arbitrary<String> codepoints(int range) {
        int[][] ranges = {
            {0x20, 0x7E},
            {0xA0, 0x17F},
            {0x300, 0x36F},
            {0x370, 0x3FF},
            {0x400, 0x4FF},
            {0x590, 0x5FF},
            {0x600, 0x6FF},
            {0x900, 0x97F},
            {0x4E00, 0x4FFF},
            {0xAC00, 0xACFF},
            {0x1F300, 0x1FAFF},
            {0x1D400, 0x1D7FF},
            {0x0, 0x1F},
            {0x7F, 0x9F},
            {0x2000, 0x206F},
            {0xFFF0, 0xFFFF}
        };
        int[] r = ranges[range];
        return Arbitraries.integers()
                .between(r[0], r[1])
                .list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(cps -> cps.stream().map(Character::toString).collect(Collectors.joining()));
    }

    private static String table(int cols, List<String> cells, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append("| ").append(oneLine(cells.get(i)).replace("|", "\\|")).append(' ');
            if ((i + 1) % cols == 0 || i == cells.size() - 1) {
                sb.append("|\n");
                if (i < cols) {
                    sb.append(separator != null ? separator : "|---".repeat(Math.min(cols, i + 1)) + "|")
                            .append('\n');
                }
            }
        }
        return sb.toString().stripTrailing();
    }

    /** Random text as an author might type it in the body: no NUL, which no text file holds. */
    private static Arbitrary<String> tameText(int maxLength) {
        return text(maxLength).map(t -> t.replace('\0', ' '));
    }

    private static Arbitrary<String> garbage(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\n\\r\\u2028\\u2029\\u0085\\u000B\\u000C]", " ");
    }

    /** A YAML double-quoted scalar of any text: controls, specials and lone surrogates as escapes. */
    static String yamlQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20
                    || (c >= 0x7F && c <= 0x9F)
                    || c == 0x2028
                    || c == 0x2029
                    || c == 0xFEFF
                    || c >= 0xFFFE
                    || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
