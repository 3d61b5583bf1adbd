package fiches.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fiches.product.Edition;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each level of a bulleted list has its own bullet: a disc, a square, then a ring. */
class ListBulletsTest {

    static Stream<Arguments> nestedLists() {
        return PrintGuides.atEverySize("listes-imbriquees.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nestedLists")
    void eachLevelOfANestedListHasItsOwnBullet(PrintGuides.Printed g) throws Exception {
        for (Edition edition : Edition.pdfs()) {
            List<ListMarkers.Marker> markers = new java.util.ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(g.pdf(edition).toFile())) {
                for (var page : doc.getPages()) {
                    markers.addAll(ListMarkers.of(page));
                }
            }
            // One shape per level, each level further in: discs, then squares, then rings.
            List<Long> levels = new java.util.ArrayList<>();
            for (ListMarkers.Shape shape : ListMarkers.Shape.values()) {
                Set<Long> lefts = lefts(markers, shape);
                assertEquals(1, lefts.size(), g + ": " + shape + " bullets at " + lefts + " in " + markers);
                assertTrue(markers.stream().filter(m -> m.shape() == shape).count() >= 2, g + " " + markers);
                levels.add(lefts.iterator().next());
            }
            assertTrue(levels.get(0) < levels.get(1) && levels.get(1) < levels.get(2), "levels at " + levels);
        }
    }

    private static Set<Long> lefts(List<ListMarkers.Marker> markers, ListMarkers.Shape shape) {
        return markers.stream()
                .filter(m -> m.shape() == shape)
                .map(m -> Math.round(m.x()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
