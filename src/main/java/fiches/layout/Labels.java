package fiches.layout;

import fiches.guide.Difficulty;
import fiches.guide.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The words Fiches adds to a guide, in the guide's language (French, else English). */
public final class Labels {
    private static final char NBSP = '\u00A0';
    private static final Map<String, String[]> CATEGORIES = Map.of(
            "government", new String[] {"Démarches administratives", "Government services"},
            "health", new String[] {"Santé", "Health"},
            "communication", new String[] {"Communication", "Communication"},
            "money", new String[] {"Argent et banque", "Money and banking"},
            "transport", new String[] {"Transports", "Transport"},
            "everyday", new String[] {"Vie quotidienne", "Everyday life"});
    private static final Map<String, String[]> PLATFORMS = Map.of(
            "web", new String[] {"site internet", "website"},
            "mobile", new String[] {"téléphone ou tablette", "phone or tablet"},
            "android", new String[] {"téléphone Android", "Android phone"},
            "ios", new String[] {"iPhone ou iPad", "iPhone or iPad"},
            "windows", new String[] {"ordinateur Windows", "Windows computer"},
            "macos", new String[] {"ordinateur Mac", "Mac computer"});

    private final boolean french;
    private final Locale locale;

    public Labels(Language lang) {
        this.french = lang.isFrench();
        this.locale = french ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** « Étape 3 » or « Step 3 ». */
    public String step(int n) {
        return (french ? "Étape" : "Step") + NBSP + n;
    }

    /** « Étape 3 (suite) », at the top of each page a step runs on to. */
    public String stepContinued(int n) {
        return step(n) + NBSP + (french ? "(suite)" : "(continued)");
    }

    /** The label that sets a picture's printed description apart from the instructions. */
    public String imageLabel() {
        return (french ? "Image" : "Picture") + colon();
    }

    /** « Étape 3 : Trouver le bouton », the name a screen reader speaks for the step. */
    public String stepHeading(int n, String title) {
        return step(n) + colon() + title;
    }

    /** The separator after a label: a non-breaking space before the colon in French. */
    public String colon() {
        return french ? NBSP + ": " : ": ";
    }

    public String faqTitle() {
        return french ? "Questions fréquentes" : "Frequently asked questions";
    }

    public String updated(LocalDate date) {
        if (!french) {
            return "Updated on " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return "Mis à jour le " + day + NBSP + date.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }

    public String difficulty(Difficulty d) {
        String word = switch (d) {
            case EASY -> french ? "facile" : "easy";
            case MEDIUM -> french ? "moyen" : "medium";
            case HARD -> french ? "difficile" : "hard";
        };
        return (french ? "Niveau" : "Level") + colon() + word;
    }

    public String platform(String platform) {
        String[] known = PLATFORMS.get(platform.toLowerCase(Locale.ROOT));
        String word = known == null ? platform : known[french ? 0 : 1];
        return (french ? "Sur" : "On") + colon() + word;
    }

    public String category(String category) {
        String[] known = CATEGORIES.get(category.toLowerCase(Locale.ROOT));
        String word = known == null ? category : known[french ? 0 : 1];
        return (french ? "Thème" : "Topic") + colon() + word;
    }

    /** The running footer: « Titre — », then « page 2 sur 3 » kept on one line. */
    public String footerTitle(String title) {
        return title + " — ";
    }

    public String footerPage() {
        return "page";
    }

    public String footerOf() {
        return french ? "sur" : "of";
    }

    /** What a screen reader says for a link, with the address it leads to. */
    public String linkTitle(String text, String address) {
        return text.equals(address) ? text : text + " (" + address + ")";
    }
}
