package fiches.product;

import fiches.guide.Language;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of one language, read from its data file ({@code fiches/labels/<code>.properties},
 * whose keys {@code fr.properties} documents): the words of its headings, its digits, its
 * punctuation spacing and line ends, its quotation marks, its direction, scripts and font. Every
 * stage asks these rules instead of testing for a language, so a new language is a new file.
 * Immutable.
 */
public final class LanguageRules {
    private static final String SPACE = "[\\s\\u00A0\\u202F\\u2007\\u2009]*";
    /** A number past this many digits is no step count: it is read, and refused by the parser. */
    private static final int MOST_DIGITS = 3;

    private static final Map<String, LanguageRules> ALL = LanguageFiles.codes().stream()
            .collect(Collectors.toUnmodifiableMap(c -> c, c -> new LanguageRules(c, LanguageFiles.of(c))));

    private final String code;
    private final Locale locale;
    private final Map<String, String> data;
    private final TextDirection direction;
    private final Set<UnicodeScript> scripts;
    private final List<String> stepsTitles;
    private final List<String> stepWords;
    private final List<String> helpTitles;
    private final Set<String> foldedStepsTitles;
    private final Set<String> foldedStepWords;
    private final Set<String> foldedHelpTitles;
    private final String digits;
    private final Pattern stepHeading;
    private final Set<String> keptWithNext;
    private final String noLineStart;
    private final String noLineEnd;

    private LanguageRules(String code, Map<String, String> data) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
        this.data = data;
        this.direction = TextDirection.of(value("language.direction"));
        this.scripts = words(value("language.scripts")).stream()
                .map(s -> UnicodeScript.valueOf(s.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableSet());
        this.stepsTitles = choices(value("heading.steps"));
        this.stepWords = choices(value("heading.step"));
        this.helpTitles = choices(value("heading.help"));
        this.foldedStepsTitles = stepsTitles.stream().map(this::fold).collect(Collectors.toUnmodifiableSet());
        this.foldedStepWords = stepWords.stream().map(this::fold).collect(Collectors.toUnmodifiableSet());
        this.foldedHelpTitles = helpTitles.stream().map(this::foldTitle).collect(Collectors.toUnmodifiableSet());
        this.digits = "0123456789" + value("language.digits").replaceAll("\\s+", "");
        for (char d : digits.toCharArray()) {
            if (Character.digit(d, 10) < 0) {
                throw new IllegalStateException(code + ".properties: language.digits holds « " + d + " », no digit");
            }
        }
        this.stepHeading = Pattern.compile(
                "(\\S.*?)" + SPACE + "([" + digits + "]+)" + SPACE + ":" + SPACE + "(.*)", Pattern.DOTALL);
        this.noLineStart = value("line.no.break.before").replaceAll("\\s+", "");
        this.noLineEnd = value("line.no.break.after").replaceAll("\\s+", "");
        this.keptWithNext =
                words(value("line.keep.with.next")).stream().map(this::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** The codes of the languages Fiches has a data file for: French, English, then by code. */
    public static List<String> known() {
        return LanguageFiles.codes();
    }

    /** Whether Fiches has a data file for this tag's primary subtag. */
    public static boolean isKnown(String tag) {
        return Language.isWellFormed(tag) && ALL.containsKey(new Language(tag).primary());
    }

    /** The rules of a guide's language; it was checked to be known when the guide was read. */
    public static LanguageRules of(Language lang) {
        LanguageRules rules = ALL.get(lang.primary());
        if (rules == null) {
            throw new IllegalArgumentException("Fiches has no language file for " + lang.tag());
        }
        return rules;
    }

    /** The rules of a language by its code, {@code fr}. */
    public static LanguageRules of(String code) {
        return of(new Language(code));
    }

    /** The rules of every language, French first: for text whose language is not known. */
    public static List<LanguageRules> all() {
        return known().stream().map(ALL::get).toList();
    }

    /** What the data file holds under a key, as written (the labels read it too). */
    String value(String key) {
        String v = data.get(key);
        if (v == null) {
            throw new IllegalStateException("the key " + key + " is missing from " + code + ".properties");
        }
        return v;
    }

    Map<String, String> data() {
        return data;
    }

    public String code() {
        return code;
    }

    /** The language's locale, for casing, sorting and line breaking. */
    public Locale locale() {
        return locale;
    }

    /** The language's own name: « français », « العربية ». */
    public String name() {
        return value("language.name");
    }

    public TextDirection direction() {
        return direction;
    }

    /** The scripts its text is written in: LATIN, CYRILLIC, ARABIC. */
    public Set<UnicodeScript> scripts() {
        return scripts;
    }

    /** The CSS font family its body text is set in. */
    public String font() {
        return value("language.font");
    }

    /** The titles of the steps section, as the data file spells them: « Les étapes ». */
    public List<String> stepsTitles() {
        return stepsTitles;
    }

    /** The words a step heading opens with: « Étape ». */
    public List<String> stepWords() {
        return stepWords;
    }

    /** The titles of the help section: « Si ça ne marche pas ». */
    public List<String> helpTitles() {
        return helpTitles;
    }

    /** A step heading as a writer of the language writes it, for messages: « Étape 3 : Trouver le bouton ». */
    public String stepHeadingExample() {
        return value("heading.example");
    }

    /** The digits a step number may be written in: ASCII, and the script's own. */
    public String digits() {
        return digits;
    }

    /** The primary quotation marks, opening and closing: « and ». */
    public List<String> quotes() {
        return pair("quotes");
    }

    /** The quotation marks inside a quotation. */
    public List<String> innerQuotes() {
        return pair("quotes.inner");
    }

    /** The characters before which a space becomes a no-break space (French « : ; ? ! »). */
    public String noBreakSpaceBefore() {
        return value("typography.nbsp.before");
    }

    /** The characters after which a space becomes a no-break space (French « ). */
    public String noBreakSpaceAfter() {
        return value("typography.nbsp.after");
    }

    /** Whether a line may not start with this character (punctuation that closes). */
    public boolean mayNotStartLine(char c) {
        return noLineStart.indexOf(c) >= 0;
    }

    /** Whether a line may not end with this character (an apostrophe of elision, an opening quote). */
    public boolean mayNotEndLine(char c) {
        return noLineEnd.indexOf(c) >= 0;
    }

    /** Whether this word may not end a line: a short preposition the language keeps with what follows. */
    public boolean keepsWithNext(String word) {
        return !keptWithNext.isEmpty() && keptWithNext.contains(fold(word));
    }

    /** Whether a section title names the steps section, without regard to case or accents. */
    public boolean isStepsTitle(String title) {
        return foldedStepsTitles.contains(fold(title));
    }

    /**
     * Whether a section title names the help section, whatever its case, accents, apostrophe (' or
     * ’) or closing colon: it is set apart as a help box.
     */
    public boolean isHelpTitle(String title) {
        return foldedHelpTitles.contains(foldTitle(title));
    }

    /**
     * Reads a step heading, « Étape 3 : Trouver le bouton », its word matched without case or
     * accents, its number in any digits the language accepts; empty when it is not one.
     */
    public Optional<StepHeading> readStepHeading(String heading) {
        // A file saved on a Mac may spell É as E and a combining accent: the same to the author's eye.
        Matcher m = stepHeading.matcher(Normalizer.normalize(heading.strip(), Normalizer.Form.NFC));
        if (!m.matches() || !foldedStepWords.contains(fold(m.group(1)))) {
            return Optional.empty();
        }
        String written = m.group(2);
        int number = -1;
        if (written.length() <= MOST_DIGITS) {
            number = 0;
            for (char d : written.toCharArray()) {
                number = number * 10 + Character.digit(d, 10);
            }
        }
        return Optional.of(new StepHeading(written, number, m.group(3).strip()));
    }

    /** The text with a capital first letter, by the language's casing rules (Turkish « i » is « İ »). */
    public String capitalized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = Character.charCount(text.codePointAt(0));
        return text.substring(0, first).toUpperCase(locale) + text.substring(first);
    }

    /**
     * A word or title as headings are compared: in the language's lower case (Turkish « I » is
     * « ı »), without accents, dotless ı as i, the Arabic and Persian forms of yeh and kaf as one,
     * no tatweel or joiners, spaces collapsed.
     */
    String fold(String text) {
        String t = text.replace('\u00A0', ' ').replace('\u202F', ' ').toLowerCase(locale);
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.replace('ı', 'i')
                .replace('\u064A', '\u06CC') // Arabic yeh, as Persian keyboards and Arabic ones differ
                .replace('\u0649', '\u06CC') // alef maksura
                .replace('\u0643', '\u06A9') // Arabic kaf, Persian keheh
                .replaceAll("[\\u0640\\u200C\\u200D]", "");
        return t.strip().replaceAll("\\s+", " ");
    }

    /** A section title folded, its apostrophes one and its closing punctuation dropped. */
    private String foldTitle(String title) {
        return fold(title.replace('\u2019', '\'').replace('\u02BC', '\'')).replaceAll("[\\s:.…!?؟]+$", "");
    }

    private List<String> pair(String key) {
        List<String> marks = words(value(key));
        if (marks.size() != 2) {
            throw new IllegalStateException(code + ".properties: " + key + " holds an opening and a closing mark");
        }
        return marks;
    }

    /** A list of choices separated by « | », each stripped. */
    private static List<String> choices(String value) {
        return Arrays.stream(value.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A list of words separated by spaces or commas. */
    private static List<String> words(String value) {
        return Arrays.stream(value.split("[\\s,]+"))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .toList();
    }

    @Override
    public String toString() {
        return code;
    }
}
