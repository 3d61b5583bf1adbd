package fiches.guide;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a link of a guide may lead to: what a reader can follow from paper or screen. Named
 * once, for the checks that refuse any other, the layout that prints an address as it is typed,
 * and the QR codes, given to web addresses only.
 */
public enum LinkScheme {
    HTTPS("https://"),
    HTTP("http://"),
    MAILTO("mailto:"),
    TEL("tel:");

    private final String prefix;

    LinkScheme(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** A web page, which a phone opens from a QR code. */
    public boolean isWeb() {
        return this == HTTPS || this == HTTP;
    }

    /** The scheme an address starts with, in any case, if it is one of these. */
    public static Optional<LinkScheme> of(String address) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(s -> lower.startsWith(s.prefix)).findFirst();
    }

    /** The address as a person types it: without its scheme. */
    public static String withoutScheme(String address) {
        String s = address.strip();
        return of(s).map(scheme -> s.substring(scheme.prefix.length())).orElse(s);
    }

    /** « https://…, http://…, mailto:… or tel:… », for messages. */
    public static String inWords() {
        String all = Stream.of(values()).map(s -> s.prefix + "…").collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
