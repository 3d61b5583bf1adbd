package fiches.catalogue;

import fiches.guide.Difficulty;
import fiches.guide.Language;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A catalogue page of one guide in eight languages and scripts (French, English, Arabic, Persian,
 * Turkish, Ukrainian, Russian) and one French guide alone, written by {@link PageWriter} from entries
 * as the catalogue reads them from guides: the languages Fiches does not make guides in yet are
 * tested here, at the page's level. The build opens it in Chromium (see pom.xml), where the search
 * finds the Arabic title typed without its vowel marks and the Turkish one typed with a plain i.
 *
 * <p>{@code main(FOLDER)} writes it as {@code FOLDER/index.html}.
 */
public final class ScriptsCatalogue {
    static final String ORIGINAL = "comment-utiliser-france-connect";

    private ScriptsCatalogue() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        Files.write(folder.resolve(Catalogue.FILE_NAME), page());
    }

    /** The page's bytes. */
    static byte[] page() {
        List<Entry> entries = List.of(
                entry(
                        ORIGINAL,
                        "fr",
                        "Comment utiliser France Connect",
                        "Se connecter aux services publics en ligne.",
                        "Ouvrez le site et appuyez sur le bouton France Connect.",
                        null),
                entry(
                        "how-to-use-france-connect",
                        "en",
                        "How to use France Connect",
                        "Sign in to public services online.",
                        "Open the site and tap the France Connect button.",
                        ORIGINAL),
                // with its harakat, alef with hamza, alef wasla and a tatweel: « enter the password »
                entry(
                        "france-connect-ar",
                        "ar",
                        "كَيْفَ تَسْتَخْدِمُ فرانس كونكت",
                        "أَدْخِلْ كَلِمَةَ ٱلْمُرُورِ لِلـدُّخُولِ إلى الخَدَمَاتِ العَامَّةِ.",
                        "افتح الموقع واضغط على زر France Connect.",
                        ORIGINAL),
                // Persian keheh and yeh, and a word joined by a zero-width non-joiner (می‌شوید)
                entry(
                        "france-connect-fa",
                        "fa",
                        "چگونه از فرانس کانکت استفاده کنیم",
                        "با این راهنما وارد خدمات عمومی می‌شوید.",
                        "سایت را باز کنید و دکمه را بزنید.",
                        ORIGINAL),
                entry(
                        "france-connect-tr",
                        "tr",
                        "France Connect nasıl kullanılır",
                        "İnternetteki kamu hizmetlerine giriş yapmayı öğrenin.",
                        "Siteyi açın ve France Connect düğmesine basın.",
                        ORIGINAL),
                entry(
                        "france-connect-uk",
                        "uk",
                        "Як користуватися France Connect",
                        "Навчіться входити до державних послуг у мережі.",
                        "Відкрийте сайт і натисніть кнопку.",
                        ORIGINAL),
                entry(
                        "france-connect-ru",
                        "ru",
                        "Как пользоваться France Connect",
                        "Ещё один способ войти в государственные услуги.",
                        "Откройте сайт и нажмите кнопку.",
                        ORIGINAL),
                entry(
                        "recharger-son-telephone",
                        "fr",
                        "Recharger son téléphone",
                        "Brancher le chargeur et savoir quand la batterie est pleine.",
                        "Branchez le chargeur sur une prise.",
                        null));
        return new PageWriter(Shelves.language(entries)).write(entries, "0".repeat(64));
    }

    private static Entry entry(
            String slug, String lang, String title, String description, String steps, String original) {
        return new Entry(
                slug,
                title,
                description,
                new Language(lang).primary(),
                Optional.of("government"),
                Optional.of(Difficulty.EASY),
                Optional.of("web"),
                2,
                2,
                Optional.of(LocalDate.of(2026, 1, 30)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                thumbnail(),
                "",
                SearchWords.fold(steps),
                false,
                Optional.ofNullable(original));
    }

    /** A small picture of a page: white, a black title bar and two grey lines. */
    private static byte[] thumbnail() {
        BufferedImage image = new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 85);
        g.setColor(Color.BLACK);
        g.fillRect(6, 8, 48, 6);
        g.setColor(Color.GRAY);
        g.fillRect(6, 22, 40, 3);
        g.fillRect(6, 30, 44, 3);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
