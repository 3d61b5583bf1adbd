package fiches.util;

/**
 * Text from outside (a file name, a line of a guide) made safe to print on one line: invisible
 * control and direction characters are written as escapes, so that a file name holding a line
 * break cannot start a line of its own in a report, and one holding a right-to-left override
 * cannot show its letters backwards.
 */
public final class Printable {
    private Printable() {}

    public static String line(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> invisible(c) ? String.format("\\u%04x", (int) c) : null;
        };
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
