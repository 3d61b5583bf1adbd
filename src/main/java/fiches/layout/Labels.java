package fiches.layout;

import fiches.guide.Category;
import fiches.guide.Difficulty;
import fiches.guide.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The words Fiches adds to a guide, in the guide's language. They are data, one file per
 * language in {@code fiches/labels/<code>.properties}; a guide's {@code lang} is checked to be
 * one of them before it is laid out.
 */
public final class Labels {
    private static final Map<String, Map<String, String>> BY_LANGUAGE = loadAll();

    private final Map<String, String> words;
    private final Locale locale;
    private final Language language;

    public Labels(Language lang) {
        this.language = lang;
        this.words = BY_LANGUAGE.get(lang.primary());
        if (words == null) {
            throw new IllegalArgumentException("Fiches has no labels for the language " + lang.tag());
        }
        this.locale = Locale.forLanguageTag(lang.primary());
    }

    /** The language these are the words of. */
    public Language language() {
        return language;
    }

    /**
     * The family the language's letters are printed in first ({@code language.font}), as CSS
     * names it: the body's for a Latin script.
     */
    public String font() {
        return word("language.font");
    }

    /** Every label of a language, by key: what its file holds. */
    static Map<String, String> of(String language) {
        return BY_LANGUAGE.getOrDefault(language, Map.of());
    }

    private static Map<String, Map<String, String>> loadAll() {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (String language : Language.SUPPORTED) {
            all.put(language, load(language));
        }
        return Map.copyOf(all);
    }

    private static Map<String, String> load(String language) {
        String name = "/fiches/labels/" + language + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the labels file " + name + " is missing from Fiches");
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            Map<String, String> words = new HashMap<>();
            p.stringPropertyNames().forEach(k -> words.put(k, p.getProperty(k)));
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private String word(String key) {
        String w = words.get(key);
        if (w == null) {
            throw new IllegalStateException("the label " + key + " is missing for " + locale);
        }
        return w;
    }

    private String word(String key, Object argument) {
        return word(key).replace("{0}", String.valueOf(argument));
    }

    /** « Étape 3 » or « Step 3 ». */
    public String step(int n) {
        return word("step", n);
    }

    /** « Étape 3 (suite) »: the reminder at the top of a page where a step runs on. */
    public String stepContinued(int n) {
        return word("step.continued", n);
    }

    /** « Image : », set before a picture's printed description. */
    public String imageLabel() {
        return image() + colon();
    }

    /** « Étape 3 : Trouver le bouton », the name a screen reader speaks for the step. */
    public String stepHeading(int n, String title) {
        return step(n) + colon() + title;
    }

    /** The separator after a label: a non-breaking space before the colon in French. */
    public String colon() {
        return word("separator");
    }

    public String faqTitle() {
        return word("faq.title");
    }

    /** The label set before an image's description, on paper. */
    public String image() {
        return word("image");
    }

    public String updated(LocalDate date) {
        return word("updated", date(date));
    }

    /** « 1er janvier 2026 », « 30 January 2026 ». */
    public String date(LocalDate date) {
        String pattern = word("date.pattern");
        if (date.getDayOfMonth() == 1) {
            pattern = pattern.replaceFirst("d+", "'" + word("date.first.day") + "'");
        }
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** A word of the catalogue page: the label {@code catalogue.<key>}, with {0} replaced by the argument. */
    public String catalogue(String key, Object argument) {
        return word("catalogue." + key, argument);
    }

    public String catalogue(String key) {
        return word("catalogue." + key);
    }

    /** A word of the recueil, the book of every guide: the label {@code recueil.<key>}, with {0} replaced. */
    public String recueil(String key, Object argument) {
        return word("recueil." + key, argument);
    }

    public String recueil(String key) {
        return word("recueil." + key);
    }

    /** « Santé »: a category's name alone; one Fiches does not know is printed as written. */
    public String categoryName(String category) {
        return Category.fromSlug(category)
                .map(c -> word("category." + c.slug()))
                .orElse(category);
    }

    /** « moyen »: a difficulty's word alone. */
    public String difficultyName(Difficulty d) {
        return word("difficulty." + d.name().toLowerCase(Locale.ROOT));
    }

    /** « site internet »: a platform's name alone; one Fiches does not know is printed as written. */
    public String platformName(String platform) {
        return words.getOrDefault("platform." + platform.toLowerCase(Locale.ROOT), platform);
    }

    /** « Niveau », « Sur », « Thème »: the name of a fact, to set before its value. */
    public String levelName() {
        return word("level");
    }

    public String platformLabel() {
        return word("on");
    }

    public String topicName() {
        return word("topic");
    }

    public String difficulty(Difficulty d) {
        return levelName() + colon() + difficultyName(d);
    }

    public String platform(String platform) {
        return platformLabel() + colon() + platformName(platform);
    }

    /** « Thème : Santé »; a category Fiches does not know is printed as written. */
    public String category(String category) {
        return topicName() + colon() + categoryName(category);
    }

    /** The running footer: « Titre — », then « page 2 sur 3 » kept on one line. */
    public String footerTitle(String title) {
        return title + " — ";
    }

    public String footerPage() {
        return word("footer.page");
    }

    public String footerOf() {
        return word("footer.of");
    }

    /** « Besoin d'aide ? »: the title of the box with the desk's contacts. */
    public String helpTitle() {
        return word("help.title");
    }

    /** « Téléphone »: the label of one of the desk's contacts (address, phone, hours, email, website). */
    public String helpLabel(String contact) {
        return word("help." + contact);
    }

    /** « Scannez ce code … pour ouvrir la page de www.ameli.fr. »: printed beside a QR code. */
    public String qrCaption(String site) {
        return word("qr.caption", site);
    }

    /** « Scannez ce code pour avoir ce guide sur votre téléphone. »: beside the code to the guide online. */
    public String qrOnline() {
        return word("qr.online");
    }

    /** What a screen reader says for a QR code: the address it opens. */
    public String qrDescription(String address) {
        return word("qr.description", address);
    }

    /** « Mes notes »: the title of the room to write. */
    public String notesTitle() {
        return word("notes.title");
    }

    /** What a screen reader says for a link, with the address it leads to. */
    public String linkTitle(String text, String address) {
        return text.equals(address) ? text : text + " (" + address + ")";
    }
}
