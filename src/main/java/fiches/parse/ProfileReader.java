package fiches.parse;

import fiches.guide.LinkScheme;
import fiches.guide.SiteProfile;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.source.GuideSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a site profile, {@code fiches.yaml}, with the same safe YAML as a guide's front matter.
 * A key whose value is wrong is reported and left out; the profile as a whole is left out only
 * when it cannot be read or has no {@code name}, so that one mistake costs as little as it can.
 */
public final class ProfileReader {
    static final List<String> KEYS =
            List.of("name", "address", "phone", "hours", "email", "website", "logo", "published_at");
    private static final List<String> LOGO_KEYS = List.of("file", "description");
    /** Longer than any address or opening hours; a longer value is a mistake, not a contact. */
    static final int MAX_VALUE_LENGTH = 300;
    /** The longest phone number that fits one line of the box at the largest print size, 24 pt. */
    static final int MAX_PHONE_LENGTH = 24;

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final String EXAMPLE_NAME = "name: \"France Services de Marmande\"";

    public ProfileDraft read(GuideSource source) {
        Session s = new Session(source.file());
        SafeYaml yaml = new SafeYaml(source.file(), 1, s.problems, "The site profile");
        Optional<Node> root = yaml.compose(source.text());
        if (root.isEmpty() || !(root.get() instanceof MappingNode map)) {
            if (root.isPresent() || s.problems.isEmpty()) {
                s.problems.add(Problem.error(
                        source.file(),
                        root.map(s::line).orElse(1),
                        Kind.WRONG_TYPE,
                        "The site profile is not a list of keys and values.",
                        "Write one key per line, starting with " + EXAMPLE_NAME + "."));
            }
            return new ProfileDraft(source.file(), source.text(), Optional.empty(), Optional.empty(), s.problems);
        }
        int before = s.problems.size();
        yaml.checkTags(map);
        if (s.problems.size() > before) {
            return new ProfileDraft(source.file(), source.text(), Optional.empty(), Optional.empty(), s.problems);
        }
        Map<String, NodeTuple> entries = s.entries(map, KEYS, "");
        Optional<String> name = s.name(entries);
        Optional<SiteProfile> profile = name.map(n -> new SiteProfile(
                n,
                s.text(entries, "address"),
                s.phone(entries),
                s.text(entries, "hours"),
                s.email(entries),
                s.https(entries, "website"),
                Optional.empty(),
                s.https(entries, "published_at"),
                ""));
        Optional<ProfileDraft.LogoEntry> logo = profile.isPresent() ? s.logo(entries.get("logo")) : Optional.empty();
        return new ProfileDraft(source.file(), source.text(), profile, logo, s.problems);
    }

    /** The problems of one reading. */
    private static final class Session {
        private final Path file;
        private final List<Problem> problems = new ArrayList<>();

        Session(Path file) {
            this.file = file;
        }

        int line(Node node) {
            return node.getStartMark().getLine() + 1;
        }

        /** The keys of a mapping; an unknown one is named in a warning and ignored. */
        Map<String, NodeTuple> entries(MappingNode map, List<String> known, String within) {
            return new MappingKeys(file, this::line, problems)
                    .read(
                            map,
                            known,
                            new MappingKeys.Wording(
                                    "A key of the site profile is not a plain word.",
                                    within,
                                    "; the second is ignored."));
        }

        Optional<String> name(Map<String, NodeTuple> entries) {
            if (!entries.containsKey("name")) {
                problems.add(Problem.error(
                        file,
                        1,
                        Kind.MISSING_KEY,
                        "The site profile has no name; without it, " + "the profile is not used.",
                        "Add a line such as " + EXAMPLE_NAME + "."));
                return Optional.empty();
            }
            Optional<String> name = text(entries, "name");
            if (name.isEmpty() && !hasErrorAt(entries.get("name"))) {
                error(
                        entries.get("name").getKeyNode(),
                        Kind.INVALID_VALUE,
                        "The name of the site profile is " + "empty; without it, the profile is not used.",
                        "Write it, for instance " + EXAMPLE_NAME + ".");
            }
            return name;
        }

        private boolean hasErrorAt(NodeTuple t) {
            int line = line(t.getValueNode());
            return problems.stream().anyMatch(p -> p.isError() && p.line() == line);
        }

        /** A plain text value; a wrong one is reported and left out. */
        Optional<String> text(Map<String, NodeTuple> entries, String key) {
            NodeTuple t = entries.get(key);
            if (t == null) {
                return Optional.empty();
            }
            if (!(t.getValueNode() instanceof ScalarNode scalar)) {
                error(
                        t.getValueNode(),
                        Kind.WRONG_TYPE,
                        "The value of '" + key + "' is not a plain text; it is " + "left out.",
                        "Write it on the same line, in quotes: " + key + ": \"…\".");
                return Optional.empty();
            }
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                error(
                        scalar,
                        Kind.INVALID_VALUE,
                        "The value of '" + key + "' is " + value.length() + " characters long; at most "
                                + MAX_VALUE_LENGTH + " are accepted. It is left out.",
                        "Shorten it.");
                return Optional.empty();
            }
            if (value.codePoints().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' || c == 0x7F)) {
                error(
                        scalar,
                        Kind.INVALID_VALUE,
                        "The value of '" + key + "' holds a control character; it is " + "left out.",
                        "Write it as plain text, without escapes such as \\x01.");
                return Optional.empty();
            }
            return Optional.of(value.replaceAll("\\s+", " "));
        }

        /** A phone number, printed on one line: it must fit one at the largest print size. */
        Optional<String> phone(Map<String, NodeTuple> entries) {
            Optional<String> phone = text(entries, "phone");
            if (phone.isPresent() && phone.get().length() > MAX_PHONE_LENGTH) {
                error(
                        entries.get("phone").getValueNode(),
                        Kind.INVALID_VALUE,
                        "The phone number '" + phone.get()
                                + "' is longer than " + MAX_PHONE_LENGTH
                                + " characters: it is printed unbroken, on one line, "
                                + "and would not fit. It is left out.",
                        "Give the number alone, such as phone: \"05 53 00 00 " + "00\", and put the rest in hours.");
                return Optional.empty();
            }
            return phone;
        }

        Optional<String> email(Map<String, NodeTuple> entries) {
            Optional<String> email = text(entries, "email");
            if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
                error(
                        entries.get("email").getValueNode(),
                        Kind.INVALID_VALUE,
                        "The e-mail address '" + email.get() + "' is not one; it is left out.",
                        "Write it as name@domain, for instance " + "email: \"accueil@exemple.fr\".");
                return Optional.empty();
            }
            return email;
        }

        /** A web address, which must be a secure one: a printed {@code http://} address invites tampering. */
        Optional<String> https(Map<String, NodeTuple> entries, String key) {
            Optional<String> address = text(entries, key);
            if (address.isPresent() && !isHttps(address.get())) {
                error(
                        entries.get(key).getValueNode(),
                        Kind.INVALID_VALUE,
                        "The address of '" + key + "', " + address.get()
                                + ", is not a full https:// address; it is left out.",
                        "Write the whole secure address, for instance " + key + ": \"https://www.exemple.fr/"
                                + (key.equals("website") ? "france-services" : "guides") + "\".");
                return Optional.empty();
            }
            return address;
        }

        private static boolean isHttps(String address) {
            try {
                URI uri = new URI(address);
                return "https".equals(uri.getScheme())
                        && uri.getHost() != null
                        && !address.contains(" ")
                        && LinkScheme.of(address)
                                .filter(LinkScheme.HTTPS::equals)
                                .isPresent();
            } catch (URISyntaxException e) {
                return false;
            }
        }

        /** The logo's file and description; a logo without both is reported and left out. */
        Optional<ProfileDraft.LogoEntry> logo(NodeTuple t) {
            if (t == null) {
                return Optional.empty();
            }
            String example = "logo:\n  file: \"images/logo.png\"\n  description: \"Logo de France Services\"";
            if (!(t.getValueNode() instanceof MappingNode map)) {
                error(
                        t.getValueNode(),
                        Kind.WRONG_TYPE,
                        "The logo is not given as a file and a description; it is " + "left out.",
                        "Write it on two indented lines: " + example.replace("\n", " / "));
                return Optional.empty();
            }
            Map<String, NodeTuple> entries = entries(map, LOGO_KEYS, "logo.");
            Optional<String> path = text(entries, "file");
            Optional<String> description = text(entries, "description");
            if (path.isEmpty()) {
                if (!entries.containsKey("file") || !hasErrorAt(entries.get("file"))) {
                    error(
                            t.getKeyNode(),
                            Kind.MISSING_KEY,
                            "The logo has no file; it is left out.",
                            "Give the PNG file, relative to the folder of the guides: file: \"images/logo.png\".");
                }
                return Optional.empty();
            }
            int line = line(entries.get("file").getValueNode());
            if (description.isEmpty()) {
                if (!entries.containsKey("description") || !hasErrorAt(entries.get("description"))) {
                    error(
                            t.getKeyNode(),
                            Kind.IMAGE_WITHOUT_ALT,
                            "The logo " + path.get() + " has no description; " + "it is left out.",
                            "Say what it shows for a screen reader, under file: "
                                    + "description: \"Logo de France Services de Marmande\".");
                }
                return Optional.empty();
            }
            return Optional.of(new ProfileDraft.LogoEntry(path.get(), description.get(), line));
        }

        private void error(Node node, Kind kind, String message, String fix) {
            problems.add(Problem.error(file, line(node), kind, message, fix)
                    .atColumn(node.getStartMark().getColumn() + 1));
        }
    }
}
