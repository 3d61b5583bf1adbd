package fiches.product;

import fiches.guide.Category;
import fiches.guide.Difficulty;
import fiches.guide.Language;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words Fiches adds to a guide, in the guide's language. They are data, one file per
 * language in {@code fiches/labels/<code>.properties}; a guide's {@code lang} is checked to be
 * one of them before it is laid out.
 */
public final class Labels {
    private final Map<String, String> words;
    private final LanguageRules rules;
    private final Locale locale;
    private final Language language;

    public Labels(Language lang) {
        this.language = lang;
        this.rules = LanguageRules.of(lang);
        this.words = rules.data();
        this.locale = lang.locale();
    }

    /**
     * A language's name in itself (« Español », « العربية »): its file's {@code language.name}, when
     * Fiches has labels for it.
     */
    public static Optional<String> ownName(String primary) {
        return Optional.ofNullable(of(primary).get("language.name"));
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
        Map<String, String> words = LanguageFiles.of(language);
        return words == null ? Map.of() : words;
    }

    /** The rules of the labels' language. */
    public LanguageRules rules() {
        return rules;
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

    /**
     * « 1er janvier 2026 », « 30 January 2026 », « 1. Januar 2026 »: the order of day, month and
     * year and the month's name from CLDR's long date for the guide's locale (its region too:
     * {@code ar-MA} names the months as Morocco does), unless the language file gives a pattern
     * of its own; then the month's name still comes from CLDR. Digits stay ASCII, as the page
     * numbers and the step numbers are printed.
     */
    public String date(LocalDate date) {
        String pattern = word("date.pattern");
        if (pattern.isBlank()) {
            pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                    FormatStyle.LONG, null, IsoChronology.INSTANCE, locale);
        }
        String first = word("date.first.day");
        if (date.getDayOfMonth() == 1 && !first.isBlank()) {
            pattern = pattern.replaceFirst("(?<!')d+", "'" + first + "'");
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

    /** A word of the web edition, the page read on a phone: the label {@code web.<key>}. */
    public String web(String key) {
        return word("web." + key);
    }

    /** A word of the recueil, the book of every guide: the label {@code recueil.<key>}, with {0} replaced. */
    public String recueil(String key, Object argument) {
        return word("recueil." + key, argument);
    }

    public String recueil(String key) {
        return word("recueil." + key);
    }

    /**
     * « Santé »: a category's name alone; one Fiches does not know is printed as written, with a
     * capital by the language's casing rules (« İstanbul » in Turkish).
     */
    public String categoryName(String category) {
        return Category.fromSlug(category)
                .map(c -> word("category." + c.slug()))
                .orElseGet(() -> rules.capitalized(category.strip()));
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
