package fiches.product;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The languages' data files, {@code fiches/labels/<code>.properties}, each read once: the
 * languages Fiches knows are the files it finds, in its jar or its classes folder, so adding a
 * language is adding a file. Read-only once loaded.
 */
final class LanguageFiles {
    static final String FOLDER = "fiches/labels/";
    private static final Pattern NAME = Pattern.compile("(?:.*/)?([a-z]{2,3})\\.properties");
    /** French first, then English, then the rest by code: the order of ties and of messages. */
    private static final List<String> FIRST = List.of("fr", "en");

    /** Every language's keys and values, by code, in the order of {@link #codes()}. */
    private static final Map<String, Map<String, String>> ALL = loadAll();

    private LanguageFiles() {}

    /** The codes of the languages that have a file. */
    static List<String> codes() {
        return ALL.keySet().stream()
                .sorted(Comparator.comparingInt((String c) -> FIRST.contains(c) ? FIRST.indexOf(c) : FIRST.size())
                        .thenComparing(c -> c))
                .toList();
    }

    /** A language's keys and values, or null when it has no file. */
    static Map<String, String> of(String code) {
        return ALL.get(code);
    }

    private static Map<String, Map<String, String>> loadAll() {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (String code : listCodes()) {
            all.put(code, load(code));
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("Fiches holds no language file under " + FOLDER);
        }
        return Map.copyOf(all);
    }

    /** The codes of the files in the folder, whether the classes are a jar or a folder. */
    private static List<String> listCodes() {
        List<String> codes = new ArrayList<>();
        try {
            Path where = Path.of(LanguageFiles.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.list(where.resolve(FOLDER))) {
                    files.forEach(f -> addCode(f.getFileName().toString(), codes));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    jar.stream()
                            .map(JarEntry::getName)
                            .filter(n -> n.startsWith(FOLDER) && n.indexOf('/', FOLDER.length()) < 0)
                            .forEach(n -> addCode(n, codes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the language files of Fiches", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find where Fiches' classes are", e);
        }
        return codes;
    }

    private static void addCode(String name, List<String> codes) {
        Matcher m = NAME.matcher(name);
        if (m.matches()) {
            codes.add(m.group(1));
        }
    }

    private static Map<String, String> load(String code) {
        String name = "/" + FOLDER + code + ".properties";
        try (InputStream in = LanguageFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the language file " + name + " is missing from Fiches");
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
}
