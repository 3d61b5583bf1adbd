package fiches.batch;

import fiches.pdf.Resources;
import fiches.product.Edition;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Guides to put in temporary folders, and ways to look at what a run wrote. */
public final class Fixtures {
    /** The sample guides shipped with Fiches; tests run from the project folder. */
    public static final Path SAMPLES = fiches.TestFiles.SAMPLES;

    public static final String FRANCE_CONNECT = "comment-utiliser-france-connect";
    /** The one sample with an image (in {@code images/}). */
    public static final String WHATSAPP = "faire-un-appel-video-whatsapp";

    private Fixtures() {}

    /** Fiches' fonts and styles, read afresh for each caller: tests share no state. */
    public static Resources resources() {
        return fiches.TestFiles.resources();
    }

    public static GuideRenderer renderer(Path out, Edition... editions) {
        return fiches.TestFiles.renderer(Options.builder(out)
                .size(18)
                .editions(editions.length == 0 ? Edition.pdfs() : Set.of(editions))
                .build());
    }

    /** The test site profile: a full {@code fiches.yaml} and its black-and-white logo, {@code images/logo.png}. */
    public static final Path PROFILE = fiches.TestFiles.PROFILE;

    /** Copies the test site profile and its logo into a folder of guides. */
    public static void copyProfile(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.copy(PROFILE.resolve("fiches.yaml"), folder.resolve("fiches.yaml"));
        Files.copy(PROFILE.resolve("images/logo.png"), folder.resolve("images/logo.png"));
    }

    /** Copies a sample guide, with the images it needs, into a folder; returns the copy. */
    public static Path copySample(String slug, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path copy = Files.copy(SAMPLES.resolve(slug + ".md"), folder.resolve(slug + ".md"));
        if (slug.equals(WHATSAPP)) {
            Path images = Files.createDirectories(folder.resolve("images"));
            Files.copy(
                    SAMPLES.resolve("images/whatsapp-bouton-appel-video.png"),
                    images.resolve("whatsapp-bouton-appel-video.png"));
        }
        return copy;
    }

    /** A small valid guide: front matter, then a steps section with {@code steps} steps and a body. */
    public static String guide(String title, int steps, String body) {
        StringBuilder sb = new StringBuilder(
                "---\ntitle: \"" + title + "\"\nsteps: " + steps + "\nlang: fr\n---\n\n" + "## Les étapes\n\n");
        for (int i = 1; i <= steps; i++) {
            sb.append("### Étape ")
                    .append(i)
                    .append(" : Faire la chose ")
                    .append(i)
                    .append("\n\n");
            sb.append(i == 1 ? body : "Appuyez sur le bouton.").append("\n\n");
        }
        return sb.toString();
    }

    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every file below a folder, hidden ones included, sorted. */
    public static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
        }
    }

    /** The PDFs below a folder, sorted; the folder may hold other bookkeeping files. */
    public static List<Path> pdfsIn(Path folder) throws IOException {
        return filesIn(folder).stream()
                .filter(f -> f.getFileName().toString().endsWith(".pdf"))
                .toList();
    }

    public static String pdfTitle(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getDocumentInformation().getTitle();
        }
    }

    public static int pageCount(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** How many images a PDF holds, wherever they are drawn. */
    public static int imageCount(Path pdf) throws IOException {
        int images = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                if (object.getObject() instanceof COSStream stream
                        && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    images++;
                }
            }
        }
        return images;
    }

    /** A small real PNG: a coloured square, nothing secret in it. */
    public static Path writePng(Path file) throws IOException {
        return writePng(file, Color.MAGENTA);
    }

    public static Path writePng(Path file, Color color) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
        return file;
    }

    public static String pdfText(Path pdf) throws IOException {
        return fiches.TestFiles.pdfText(pdf);
    }
}
