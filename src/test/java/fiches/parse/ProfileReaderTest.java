package fiches.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.guide.SiteProfile;
import fiches.problem.Kind;
import fiches.problem.Problem;
import fiches.source.GuideSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The site profile is read like a guide's front matter: safe YAML, every problem at its line
 * with its fix. A faulty key is left out; the profile only when it has no name or no YAML.
 */
class ProfileReaderTest {
    private static final Path FILE = Path.of("guides", "fiches.yaml");
    private static final String NAME = "name: \"France Services de Marmande\"\n";

    private static ProfileDraft read(String yaml) {
        return new ProfileReader().read(new GuideSource(FILE, yaml));
    }

    private static Problem only(ProfileDraft draft, Kind kind) {
        List<Problem> found =
                draft.problems().stream().filter(p -> p.kind() == kind).toList();
        assertEquals(1, found.size(), draft.problems()::toString);
        assertEquals(FILE, found.get(0).file());
        return found.get(0);
    }

    @Test
    void readsEveryKeyOfAFullProfile() {
        ProfileDraft draft = read(NAME + "address: \"12 rue de la République, 47200 Marmande\"\nphone: 0553000000\n"
                + "hours: \"Du lundi au vendredi\"\nemail: \"marmande@exemple.fr\"\n"
                + "website: \"https://www.exemple.fr/france-services\"\n"
                + "logo:\n  file: \"images/logo.png\"\n  description: \"Logo de la Maison\"\n"
                + "published_at: \"https://fiches.exemple.fr/guides\"\n");
        assertEquals(List.of(), draft.problems());
        SiteProfile p = draft.profile().orElseThrow();
        assertEquals("France Services de Marmande", p.name());
        assertEquals(Optional.of("0553000000"), p.phone(), "a number is kept as written, its leading zero too");
        assertEquals(Optional.of("https://www.exemple.fr/france-services"), p.website());
        assertEquals(
                new ProfileDraft.LogoEntry("images/logo.png", "Logo de la Maison", 8),
                draft.logo().orElseThrow());
        assertEquals(
                Optional.of("https://fiches.exemple.fr/guides/declarer-ses-revenus-accessible.pdf"),
                p.onlineAddress("declarer-ses-revenus-accessible.pdf"));
    }

    @Test
    void anUnknownKeyIsNamedAtItsLineAndIgnored() {
        ProfileDraft draft = read(NAME + "telephone: \"05 53 00 00 00\"\n");
        Problem p = only(draft, Kind.UNKNOWN_KEY);
        assertEquals(2, p.line());
        assertFalse(p.isError());
        assertTrue(p.message().contains("'telephone'") && p.fix().contains("phone"), p::toString);
        assertTrue(draft.profile().isPresent());
    }

    @Test
    void aProfileWithoutANameIsNotUsed() {
        ProfileDraft draft = read("phone: \"05 53 00 00 00\"\n");
        Problem p = only(draft, Kind.MISSING_KEY);
        assertTrue(p.isError() && p.fix().contains("name: \""), p::toString);
        assertTrue(draft.profile().isEmpty());
    }

    @Test
    void anAddressThatIsNotHttpsIsLeftOutAndTheRestKept() {
        ProfileDraft draft = read(NAME + "phone: \"05 53 00 00 00\"\nwebsite: \"http://www.exemple.fr\"\n"
                + "published_at: \"fiches.exemple.fr\"\n");
        List<Problem> invalid = draft.problems().stream()
                .filter(p -> p.kind() == Kind.INVALID_VALUE)
                .toList();
        assertEquals(List.of(3, 4), invalid.stream().map(Problem::line).toList());
        assertTrue(
                invalid.get(0).message().contains("http://www.exemple.fr")
                        && invalid.get(0).fix().contains("https://"),
                invalid.get(0)::toString);
        SiteProfile kept = draft.profile().orElseThrow();
        assertEquals(Optional.empty(), kept.website());
        assertEquals(Optional.empty(), kept.onlineAddress("x"));
        assertEquals(Optional.of("05 53 00 00 00"), kept.phone());
    }

    @Test
    void aTypeTagInstantiatesNothingAndIsAnError() {
        ProfileDraft draft = read(NAME + "logo: !!java.io.File \"/etc/passwd\"\n");
        Problem p = only(draft, Kind.YAML_TAG);
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("The site profile uses the tag !!java.io.File"), p::toString);
        assertTrue(draft.profile().isEmpty());
    }

    @Test
    void aLogoWithoutDescriptionIsLeftOut() {
        ProfileDraft draft = read(NAME + "logo:\n  file: \"images/logo.png\"\n");
        Problem p = only(draft, Kind.IMAGE_WITHOUT_ALT);
        assertEquals(2, p.line());
        assertTrue(p.fix().contains("description: "), p::toString);
        assertTrue(draft.logo().isEmpty());
        assertTrue(draft.profile().isPresent());
    }

    @Test
    void aValueWithAControlCharacterIsLeftOut() {
        ProfileDraft draft = read(NAME + "hours: \"9 h\\x01\"\n");
        assertEquals(2, only(draft, Kind.INVALID_VALUE).line());
        assertEquals(Optional.empty(), draft.profile().orElseThrow().hours());
    }

    @Test
    void aPhoneNumberTooLongForOneLineIsLeftOut() {
        ProfileDraft draft = read(NAME + "phone: \"05 53 00 00 00, demandez l'accueil\"\n");
        assertTrue(only(draft, Kind.INVALID_VALUE).message().contains("on one line"));
        assertEquals(Optional.empty(), draft.profile().orElseThrow().phone());
    }

    @Test
    void brokenYamlIsAnErrorAtItsLine() {
        ProfileDraft draft = read(NAME + "phone: \"05 53\n");
        assertEquals(2, only(draft, Kind.YAML_SYNTAX).line());
        assertTrue(draft.profile().isEmpty());
    }
}
