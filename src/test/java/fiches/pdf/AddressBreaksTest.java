package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An address that does not fit a line breaks after a « / » or a « . », never at its own hyphen. */
class AddressBreaksTest {
    private static final List<String> ADDRESSES = List.of(
            "www.service-public.fr/particuliers/vosdroits/F1234-demande-de-carte",
            "mon-espace-sante.ameli-assurance-maladie.fr",
            "www.impots.gouv.fr/portail/particulier/acces-espace-particulier");

    static Stream<Arguments> longAddresses() {
        return PrintGuides.atEverySize("adresses-longues.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longAddresses")
    void longAddressesBreakOnlyAfterASlashOrADot(PrintGuides.Printed g) {
        for (Edition edition : Edition.pdfs()) {
            String text = String.join(
                    "\n",
                    PrintGuides.lines(g, edition).stream()
                            .map(p -> String.join("\n", p))
                            .toList());
            List<String> wrong = new ArrayList<>();
            int split = 0;
            int found = 0;
            for (String address : ADDRESSES) {
                Matcher m = acrossLines(address).matcher(text);
                while (m.find()) {
                    found++;
                    String printed = m.group();
                    for (int i = printed.indexOf('\n'); i >= 0; i = printed.indexOf('\n', i + 1)) {
                        split++;
                        char before = printed.substring(0, i)
                                .strip()
                                .charAt(printed.substring(0, i).strip().length() - 1);
                        if (before != '/' && before != '.') {
                            wrong.add(printed.replace("\n", " / "));
                        }
                    }
                }
            }
            assertTrue(found >= ADDRESSES.size(), g + ": addresses not found whole in " + text);
            assertTrue(split > 0, g + ": no address runs over two lines; the guide no longer tests the rule");
            assertEquals(List.of(), wrong, g + ", " + edition + ": addresses broken elsewhere than after / or .");
        }
    }

    /** The address, with a line break (and spaces around it) allowed between any two characters. */
    private static Pattern acrossLines(String address) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < address.length(); i++) {
            if (i > 0) {
                regex.append("(?:[ \\u00A0]*\\n[ \\u00A0]*)?");
            }
            regex.append(Pattern.quote(String.valueOf(address.charAt(i))));
        }
        return Pattern.compile(regex.toString());
    }
}
