package fiches.catalogue;

import fiches.ledger.PageRecord;
import fiches.pdf.FirstPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first-page pictures of the catalogue page already in the output folder, by the digest of
 * the PDF each was drawn from: a run that changed one guide draws one picture, not all of them.
 * A picture is a function of its PDF's bytes, the resolution and the way it is drawn, which its
 * key holds, so one taken back is the one that would be drawn.
 */
final class EarlierPictures {
    /** A larger page is not ours to read: it is made again from the PDFs. */
    private static final long MAX_BYTES = 64L << 20;

    private final Map<String, FirstPage> byKey;

    private EarlierPictures(Map<String, FirstPage> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    static EarlierPictures none() {
        return new EarlierPictures(Map.of());
    }

    /** The key of a picture: the PDF's SHA-256, the resolution it is drawn at and the way it is drawn. */
    static String key(String pdfSha256) {
        return pdfSha256 + "@" + FirstPage.DPI + "/" + FirstPage.DRAWING;
    }

    /** The pictures of the page at this path; none when there is no page, or one Fiches did not write. */
    static EarlierPictures in(Path page) {
        try {
            if (!Files.isRegularFile(page, LinkOption.NOFOLLOW_LINKS) || Files.size(page) > MAX_BYTES) {
                return none();
            }
            Document doc;
            try (InputStream in = Files.newInputStream(page, LinkOption.NOFOLLOW_LINKS)) {
                doc = Jsoup.parse(in, StandardCharsets.UTF_8.name(), "");
            }
            if (doc.selectFirst("meta[name=" + PageRecord.META + "]") == null) {
                return none();
            }
            Map<String, FirstPage> found = new HashMap<>();
            for (Element li : doc.select("li.guide[data-picture][data-pages]")) {
                picture(li).ifPresent(p -> found.put(li.attr("data-picture"), p));
            }
            return new EarlierPictures(found);
        } catch (IOException | RuntimeException e) {
            return none(); // a page that cannot be read is made again from the PDFs
        }
    }

    private static Optional<FirstPage> picture(Element li) {
        Element img = li.selectFirst("img[src^=data:image/png;base64,]");
        if (img == null) {
            return Optional.empty();
        }
        byte[] png = Base64.getDecoder().decode(img.attr("src").substring("data:image/png;base64,".length()));
        return Optional.of(new FirstPage(png, Integer.parseInt(li.attr("data-pages"))));
    }

    Optional<FirstPage> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
