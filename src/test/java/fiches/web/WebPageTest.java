package fiches.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.TestFiles;
import fiches.batch.GuideLoader;
import fiches.batch.Options;
import fiches.batch.SiteProfiles;
import fiches.guide.FaqEntry;
import fiches.guide.Guide;
import fiches.guide.Inline;
import fiches.guide.Inlines;
import fiches.guide.SiteProfile;
import fiches.guide.Step;
import fiches.layout.GuideLayout;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The web edition holds everything its guide's PDFs say, and nothing of a guide runs in it. */
class WebPageTest {
    private static final Optional<SiteProfile> PROFILE =
            SiteProfiles.load(TestFiles.PROFILE).profile();

    @TempDir
    Path out;

    static Stream<Path> guides() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : List.of(TestFiles.SAMPLES, TestFiles.PRINT_GUIDES)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    /** Spaces as a reader sees them: the typography's no-break spaces are spaces. */
    private static String words(String s) {
        return s.replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Guide load(Path file) {
        return loaded(file).guide().orElseThrow();
    }

    private static GuideLoader.Loaded loaded(Path file) {
        GuideLoader.Loaded loaded = TestFiles.loader().load(file);
        assertTrue(loaded.guide().isPresent(), () -> loaded.problems().toString());
        return loaded;
    }

    /** The page a run makes of a guide, alone, with the test desk's profile. */
    private Path made(Path guideFile) {
        GuideLoader.Loaded loaded = loaded(guideFile);
        Options options = Options.builder(out)
                .size(18)
                .editions(EnumSet.of(Edition.WEB))
                .force(true)
                .profile(PROFILE)
                .build();
        var outcome = TestFiles.renderer(options)
                .render(loaded.guide().orElseThrow(), loaded.source().orElseThrow(), List.of());
        assertFalse(outcome.failed(), () -> outcome.problems().toString());
        return out.resolve(Edition.WEB.fileName(loaded.guide().orElseThrow().slug()));
    }

    private Document page(Path guideFile) throws IOException {
        return Jsoup.parse(Files.readString(made(guideFile), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("guides")
    void holdsEverythingItsGuideSays(Path file) throws IOException {
        assertTrue(PROFILE.flatMap(SiteProfile::logo).isPresent(), "the test profile and its logo are good");
        Guide guide = load(file);
        Document page = page(file);
        String text = words(page.body().text());

        List<Element> boxes = page.select("input[type=checkbox]");
        assertEquals(guide.steps().size(), boxes.size(), "one checkbox per step");
        for (int i = 0; i < guide.steps().size(); i++) {
            Step step = guide.steps().get(i);
            Element box = boxes.get(i);
            Element label = page.selectFirst("label[for=" + box.id() + "]");
            assertTrue(label != null, "the box of step " + step.number() + " has a label");
            assertTrue(words(label.text()).contains(words(step.title())), "its label is the step's title: " + label);
        }
        for (FaqEntry entry : guide.faq()) {
            assertTrue(
                    page.select("#faq h3").stream()
                            .anyMatch(h -> words(h.text()).equals(words(entry.question()))),
                    "the question « " + entry.question() + " »");
        }
        List<String> hrefs = page.select("a[href]").eachAttr("href");
        for (Element a : page.select("a[href]")) {
            assertFalse(
                    a.previousSibling() instanceof Element before
                            && before.normalName().equals("a")
                            && before.attr("href").equals(a.attr("href")),
                    "an address broken on paper is one link on screen: " + a.parent());
        }
        List<Element> images = page.select("img");
        Inlines.forEach(guide.sections(), i -> {
            if (i instanceof Inline.Link l) {
                assertTrue(hrefs.contains(l.url()), "a live link to " + l.url());
            } else if (i instanceof Inline.Image img) {
                assertTrue(
                        images.stream()
                                .anyMatch(e -> e.attr("alt").equals(img.alt())
                                        && e.attr("src").startsWith("data:image/")),
                        "the picture « " + img.alt() + " », embedded");
            }
        });
        SiteProfile desk = PROFILE.orElseThrow();
        Element help = page.selectFirst("aside.help");
        assertTrue(help != null, "the desk's help box is a landmark");
        for (String line : Stream.of(Optional.of(desk.name()), desk.address(), desk.phone(), desk.hours(), desk.email())
                .flatMap(Optional::stream)
                .toList()) {
            assertTrue(words(help.text()).contains(words(line)), "the help box says « " + line + " »");
        }
        assertTrue(help.select("a[href^=tel:]").size() == 1, "the phone number can be dialled");
        assertTrue(
                help.select("a[href=mailto:" + desk.email().orElseThrow() + "]").size() == 1, "an e-mail link");
        Element logo = page.selectFirst("header img");
        assertTrue(logo != null && logo.attr("src").startsWith("data:image/png;base64,"), "the logo, embedded");
        assertEquals(guide.meta().notes().size(), page.select("textarea").size(), "one text field per note");
        assertTrue(text.contains(words(guide.meta().title())));
        assertEquals(guide.meta().lang().tag(), page.selectFirst("html").attr("lang"));
        assertEquals("ltr", page.selectFirst("html").attr("dir"));
    }

    @Test
    void asksForNothingFromOutside() throws IOException {
        Document page = page(TestFiles.SAMPLES.resolve("creer-son-compte-ameli.md"));
        String policy =
                page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.startsWith("default-src 'none'; img-src data:;"), policy);
        String script = page.select("script").first().data();
        assertTrue(policy.contains("script-src " + ContentPolicy.hash(script)), "the script runs by its hash");
        assertTrue(policy.contains(
                "style-src " + ContentPolicy.hash(page.selectFirst("style").data())));
        assertTrue(page.select("[style]").isEmpty(), "no style attribute, which the policy would refuse");
        for (Element e : page.select("[src]")) {
            assertTrue(e.attr("src").startsWith("data:"), "nothing is loaded from elsewhere: " + e);
        }
        assertTrue(page.select("link, iframe, object, embed, form").isEmpty());
    }

    @Test
    void escapesHostileText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hostile.md");
        Files.writeString(
                file,
                Files.readString(TestFiles.SAMPLES.resolve("creer-son-compte-ameli.md"), StandardCharsets.UTF_8)
                        .replaceFirst(
                                "(?m)^title: .*$",
                                "title: \"<script>alert('titre')</script> & <img src=x onerror=alert(1)>\""),
                StandardCharsets.UTF_8);
        Guide guide = load(file);
        // A link the checks would refuse, put in the layout behind their back: the page keeps its
        // words and drops the address.
        org.w3c.dom.Document laidOut = new GuideLayout(
                        TestFiles.resources().css(18),
                        TestFiles.resources().textWidths(),
                        TestFiles.resources().bodySize(18))
                .layout(guide, Edition.WEB, PROFILE);
        org.w3c.dom.Element a =
                (org.w3c.dom.Element) laidOut.getElementsByTagName("a").item(0);
        a.setAttribute("href", "javascript:alert(document.cookie)");
        String html = new String(new WebPage().write(guide, laidOut, Set.of(Edition.WEB)), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertEquals(1, page.select("script").size(), "only the page's own script");
        assertTrue(page.select("img[onerror], [onerror]").isEmpty());
        assertEquals(
                "<script>alert('titre')</script> & <img src=x onerror=alert(1)>",
                page.selectFirst("h1").text(),
                "the title is shown as written, as text");
        assertFalse(html.contains("<script>alert"));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("javascript:"), "no javascript: link");
    }

    @Test
    void isTheSameForTheSameGuide() throws IOException {
        Path guide = TestFiles.SAMPLES.resolve("faire-un-appel-video-whatsapp.md");
        byte[] first = Files.readAllBytes(made(guide));
        Files.delete(out.resolve("faire-un-appel-video-whatsapp.html"));
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(made(guide))), "byte for byte");
    }
}
