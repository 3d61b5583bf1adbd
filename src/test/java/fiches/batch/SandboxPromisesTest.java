package fiches.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fiches.guide.Guide;
import fiches.layout.GuideLayout;
import fiches.pdf.PdfRenderer;
import fiches.pdf.Resources;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.product.Edition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The promises of the guide format, tested rather than assumed: rendering never reaches the
 * network, and never reads a file outside the guide's folder (besides Fiches' own fonts and
 * styles). A loopback server witnesses every connection; a canary file outside the guide's
 * folder holds a token that must appear in no output.
 */
class SandboxPromisesTest {
    @TempDir
    Path tmp;

    Path guides;
    Path out;
    Path secret;
    String token;
    LoopbackServer server;
    Resources resources;

    @BeforeEach
    void setUp() throws IOException {
        guides = Files.createDirectories(tmp.resolve("guides"));
        out = tmp.resolve("out");
        secret = Files.createDirectories(tmp.resolve("secret"));
        token = "CANARY" + UUID.randomUUID().toString().replace("-", "");
        Files.writeString(secret.resolve("canary.txt"), token + "\n");
        Fixtures.writePng(secret.resolve("canary.png"));
        // a stylesheet that, if ever read, prints the token on every page
        Files.writeString(
                secret.resolve("canary.css"),
                "body::before { content: \"" + token + "\"; }\n" + "h1::after { content: \"" + token + "\"; }\n");
        server = new LoopbackServer();
        resources = Fixtures.resources();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void guidesThatTryToReachTheNetworkFailAndNothingIsFetched() throws Exception {
        Map<Path, Kind> expected = new LinkedHashMap<>();
        expected.put(attack("image-http", "![Une image](" + server.url("a.png") + ")"), Kind.REMOTE_RESOURCE);
        expected.put(
                attack(
                        "image-http-majuscules",
                        "![Une image](" + server.url("a2.png").replace("http", "HTTP") + ")"),
                Kind.REMOTE_RESOURCE);
        expected.put(
                attack("image-sans-protocole", "![Une image](//127.0.0.1:" + server.port() + "/a3.png)"),
                Kind.REMOTE_RESOURCE);
        expected.put(
                attack("image-par-reference", "![Une image][r]\n\n[r]: " + server.url("a4.png")), Kind.REMOTE_RESOURCE);
        expected.put(attack("html-img", "<img src=\"" + server.url("b.png") + "\">"), Kind.RAW_HTML);
        expected.put(
                attack("html-img-en-ligne", "Voici <img src=\"" + server.url("b2.png") + "\"> une image."),
                Kind.RAW_HTML);
        expected.put(
                attack("html-link", "<link rel=\"stylesheet\" href=\"" + server.url("c.css") + "\">"), Kind.RAW_HTML);
        expected.put(attack("html-iframe", "<iframe src=\"" + server.url("i.html") + "\"></iframe>"), Kind.RAW_HTML);
        expected.put(
                attack("html-style", "<style>@import url(\"" + server.url("s.css") + "\");</style>"), Kind.RAW_HTML);
        expected.put(
                frontMatterAttack("yaml-url", "source: !!java.net.URL [\"" + server.url("d") + "\"]"), Kind.YAML_TAG);
        expected.put(
                frontMatterAttack(
                        "yaml-url-dans-la-faq",
                        "faq:\n  - question: \"Q ?\"\n    answer: !!java.net.URL [\"" + server.url("d2") + "\"]"),
                Kind.YAML_TAG);
        // links are never followed, and these guides are fine: they render, with no connection
        Path link = Fixtures.write(
                guides.resolve("lien-http.md"),
                Fixtures.guide(
                        "Lien", 1, "Voir [la page](" + server.url("link") + ") et <" + server.url("autolink") + ">."));
        Path textual = Fixtures.write(
                guides.resolve("html-en-texte.md"),
                Fixtures.guide(
                                "<img src=\\\"" + server.url("title.png") + "\\\">",
                                1,
                                "Écrivez `<img src=\"" + server.url("code.png") + "\">` puis\n\n"
                                        + "```\n<link rel=\"stylesheet\" href=\"" + server.url("fence.css")
                                        + "\">\n```\n\n"
                                        + "et \\<img src=\"" + server.url("escaped.png") + "\">")
                        .replace("lang: fr", "lang: fr\ndescription: \"<iframe src='" + server.url("desc") + "'>\""));

        List<Outcome> outcomes = runBatch();

        assertEquals(List.of(), server.settledConnections(), "nothing may be fetched");
        for (Outcome o : outcomes) {
            if (o.file().equals(link) || o.file().equals(textual)) {
                assertFalse(o.failed(), o::toString);
                assertEquals(2, o.written().size());
            } else {
                Kind kind = expected.get(o.file());
                assertTrue(o.failed(), o::toString);
                assertTrue(kinds(o).contains(kind), () -> o.file().getFileName() + ": expected " + kind + " in " + o);
                assertEquals(List.of(), o.written());
            }
        }
        assertEquals(expected.size() + 2, outcomes.size());
        String text = Fixtures.pdfText(out.resolve(Edition.HANDOUT.fileName("html-en-texte")));
        assertTrue(text.contains("<img src="), "HTML written as text is shown as text:\n" + text);
    }

    @Test
    void guidesThatPointOutsideTheirFolderFailAndReadNothing() throws Exception {
        assumeSymlinks();
        Map<Path, Kind> expected = new LinkedHashMap<>();
        expected.put(attack("parent", "![Le canari](../secret/canary.png)"), Kind.IMAGE_OUTSIDE_FOLDER);
        expected.put(attack("parent-cache", "![Le canari](images/../../secret/canary.png)"), Kind.IMAGE_OUTSIDE_FOLDER);
        expected.put(
                attack(
                        "url-file-txt",
                        "![Le canari](" + secret.resolve("canary.txt").toUri() + ")"),
                Kind.IMAGE_OUTSIDE_FOLDER);
        expected.put(
                attack(
                        "url-file-png",
                        "![Le canari](" + secret.resolve("canary.png").toUri() + ")"),
                Kind.IMAGE_OUTSIDE_FOLDER);
        expected.put(
                attack("chemin-absolu", "![Le canari](" + secret.resolve("canary.png") + ")"),
                Kind.IMAGE_OUTSIDE_FOLDER);
        Path images = Files.createDirectories(guides.resolve("images"));
        Files.createSymbolicLink(images.resolve("link.png"), Path.of("../../secret/canary.png"));
        Files.createSymbolicLink(images.resolve("absolute-link.png"), secret.resolve("canary.png"));
        Files.createSymbolicLink(guides.resolve("secret-folder"), secret);
        expected.put(attack("lien-symbolique", "![Le canari](images/link.png)"), Kind.IMAGE_OUTSIDE_FOLDER);
        expected.put(
                attack("lien-symbolique-absolu", "![Le canari](images/absolute-link.png)"), Kind.IMAGE_OUTSIDE_FOLDER);
        expected.put(attack("dossier-lie", "![Le canari](secret-folder/canary.png)"), Kind.IMAGE_OUTSIDE_FOLDER);
        expected.put(attack("lien-vers-fichier", "[Le canari](../secret/canary.txt)"), Kind.LINK_NOT_ALLOWED);

        List<Outcome> outcomes = runBatch();

        assertEquals(expected.size(), outcomes.size());
        for (Outcome o : outcomes) {
            Kind kind = expected.get(o.file());
            assertTrue(o.failed(), o::toString);
            assertTrue(kinds(o).contains(kind), () -> o.file().getFileName() + ": expected " + kind + " in " + o);
        }
        assertEquals(List.of(), Fixtures.pdfsIn(out), "no output for a guide that reaches outside");
        assertNoCanaryIn(out);
        assertEquals(List.of(), server.settledConnections());
    }

    /**
     * The renderer's own gate, beneath the checks: a laid-out document with hostile elements
     * injected (as if a check had a hole) still reaches neither the network nor the canary.
     */
    @Test
    void theRendererItselfRefusesEveryAddressOutsideItsFolders() throws Exception {
        assumeSymlinks();
        Path images = Files.createDirectories(guides.resolve("images"));
        Files.createSymbolicLink(images.resolve("link.png"), secret.resolve("canary.png"));
        Files.createSymbolicLink(images.resolve("link.css"), secret.resolve("canary.css"));
        // the same kinds of resources, inside the allowed folders: they must show, or the test proves
        // nothing. The guide's folder serves only the images the checks decoded, so the witness
        // stylesheet sits in a styles/ folder of a home of its own.
        String inside = "INSIDE" + UUID.randomUUID().toString().replace("-", "");
        Path home = tmp.resolve("home");
        for (String folder : List.of("fonts", "styles")) {
            try (var files = Files.list(Path.of(folder))) {
                for (Path f : files.toList()) {
                    Files.copy(f, Files.createDirectories(home.resolve(folder)).resolve(f.getFileName()));
                }
            }
        }
        Path okCss = Files.writeString(home.resolve("styles/ok.css"), "h1::after { content: \"" + inside + "\"; }\n");
        resources = Resources.load(home);
        Fixtures.writePng(images.resolve("ok.png"), java.awt.Color.GREEN);
        Path file = Fixtures.write(
                guides.resolve("cible.md"), Fixtures.guide("Cible", 1, "Texte.\n\n![Un carré vert](images/ok.png)"));
        GuideLoader.Loaded loaded = fiches.TestFiles.loader().load(file);
        Guide guide = loaded.guide().orElseThrow(() -> new AssertionError(loaded.problems()));
        String canaryPng = secret.resolve("canary.png").toUri().toString();
        // the layout gives images as absolute file addresses; hostile ones come in both forms
        String folderUri = guides.toUri().toString();
        String canaryCss = secret.resolve("canary.css").toUri().toString();
        List<String> hostileImages = List.of(
                server.url("img.png"),
                "//127.0.0.1:" + server.port() + "/p.png",
                "https://127.0.0.1:" + server.port() + "/s.png",
                "ftp://127.0.0.1:" + server.port() + "/f.png",
                canaryPng,
                "../secret/canary.png",
                "images/link.png",
                folderUri + "../secret/canary.png",
                folderUri + "images/link.png",
                folderUri + "images/%2e%2e/%2e%2e/secret/canary.png",
                folderUri + "images/..%2F..%2Fsecret%2Fcanary.png",
                "file://127.0.0.1:" + server.port() + secret.resolve("canary.png"),
                "jar:" + canaryPng + "!/x.png",
                "jrt:/java.base/java/lang/Object.class");
        List<String> hostileSheets = List.of(
                server.url("sheet.css"),
                canaryCss,
                "../secret/canary.css",
                "images/link.css",
                folderUri + "../secret/canary.css",
                folderUri + "images/link.css");

        List<Path> pdfs = new ArrayList<>();
        for (Edition edition : Edition.pdfs()) {
            Document doc = new GuideLayout(resources.css(18), resources.textWidths(), resources.bodySize(18))
                    .layout(guide, edition);
            Element head = (Element) doc.getElementsByTagName("head").item(0);
            Element body = (Element) doc.getElementsByTagName("body").item(0);
            for (String href : hostileSheets) {
                Element link = doc.createElement("link");
                link.setAttribute("rel", "stylesheet");
                link.setAttribute("href", href);
                head.appendChild(link);
            }
            Element style = doc.createElement("style");
            style.setTextContent(hostileSheets.stream()
                            .map(h -> "@import url(\"" + h + "\");")
                            .collect(Collectors.joining("\n"))
                    + "\n@font-face { font-family: Canari; src: url(\""
                    + server.url("font.ttf") + "\"); }\n.canari { font-family: Canari; background-image: url(\""
                    + server.url("bg.png") + "\"); }\n.canari2 { background-image: url(\"" + canaryPng + "\"); }");
            // @import must come first: put this sheet before the edition's own
            head.insertBefore(style, head.getFirstChild());
            Element okSheet = doc.createElement("link");
            okSheet.setAttribute("rel", "stylesheet");
            okSheet.setAttribute("href", okCss.toUri().toString());
            head.appendChild(okSheet);
            for (String src : hostileImages) {
                Element img = doc.createElement("img");
                img.setAttribute("src", src);
                img.setAttribute("alt", "x");
                body.appendChild(img);
            }
            for (String[] tag :
                    new String[][] {{"iframe", "src"}, {"object", "data"}, {"embed", "src"}, {"div", "class"}}) {
                Element e = doc.createElement(tag[0]);
                e.setAttribute(tag[1], tag[0].equals("div") ? "canari canari2" : server.url(tag[0]));
                e.setTextContent("texte");
                body.appendChild(e);
            }
            byte[] bytes = new PdfRenderer(resources, "test")
                    .render(guide, java.util.EnumSet.of(edition), doc, e -> "sandbox")
                    .get(edition);
            pdfs.add(Files.write(tmp.resolve(edition.fileName("cible")), bytes));
        }

        assertEquals(List.of(), server.settledConnections(), "the renderer reached the network");
        for (Path pdf : pdfs) {
            assertEquals(1, Fixtures.imageCount(pdf), pdf + ": only images/ok.png may be drawn");
            // tokens longer than a line wrap: compare the text without its line breaks
            String text = Fixtures.pdfText(pdf).replaceAll("\\s", "");
            assertFalse(text.contains(token), pdf + " shows the canary");
            assertTrue(text.contains(inside), pdf + " lacks the stylesheet inside the folder:\n" + text);
        }
        assertNoCanaryIn(tmp.resolve("out"));
    }

    @Test
    void theWitnessSeesAConnection() throws Exception {
        try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
            s.getOutputStream().write("GET /witness HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            s.getInputStream().read();
        }
        server.close();
        assertEquals(1, server.connections().size());
        assertTrue(server.connections().get(0).endsWith("GET /witness HTTP/1.0"), server.connections()::toString);
    }

    @Test
    void theImageCounterSeesImages() throws IOException {
        // the witness of the tests above: an image inside the folder is found in the PDF
        Fixtures.copySample(Fixtures.WHATSAPP, guides);
        assertEquals(1, runBatch().size());
        assertTrue(Fixtures.imageCount(out.resolve(Edition.HANDOUT.fileName(Fixtures.WHATSAPP))) >= 1);
    }

    private List<Outcome> runBatch() throws IOException {
        return new Batch(
                        new GuideRenderer(
                                resources,
                                Options.builder(out)
                                        .size(18)
                                        .editions(Edition.pdfs())
                                        .build()),
                        Batch.coverage(resources),
                        4)
                .run(Batch.guidesIn(guides), o -> {});
    }

    /** A guide that is valid but for the given line in its first step. */
    private Path attack(String slug, String line) throws IOException {
        return Fixtures.write(guides.resolve(slug + ".md"), Fixtures.guide(slug, 1, line));
    }

    private Path frontMatterAttack(String slug, String yaml) throws IOException {
        return Fixtures.write(
                guides.resolve(slug + ".md"),
                Fixtures.guide(slug, 1, "Texte.").replace("lang: fr\n", "lang: fr\n" + yaml + "\n"));
    }

    private static Set<Kind> kinds(Outcome o) {
        return o.problems().stream().map(Problem::kind).collect(Collectors.toSet());
    }

    private void assertNoCanaryIn(Path folder) throws IOException {
        for (Path f : Fixtures.filesIn(folder)) {
            String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains(token), f + " holds the canary");
            if (f.toString().endsWith(".pdf")) {
                assertFalse(Fixtures.pdfText(f).replaceAll("\\s", "").contains(token), f + " shows the canary");
            }
        }
    }

    private void assumeSymlinks() throws IOException {
        try {
            Files.delete(Files.createSymbolicLink(tmp.resolve("probe"), tmp));
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeTrue(false, "symbolic links are not available here");
        }
    }
}
