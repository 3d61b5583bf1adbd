package fiches.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One walk reaches every kind of node, in source order, and every kind has its visitor method. */
class GuideWalkerTest {
    private static final Inline.Image IMAGE = new Inline.Image("Le bouton", "images/b.png", 12);

    /** A body with every kind of block and inline, nested. */
    private static List<Section> everyKind() {
        List<Inline> inlines = List.of(
                new Inline.Text("Cliquez "),
                new Inline.Strong(List.of(new Inline.Emphasis(List.of(new Inline.Text("ici"))))),
                new Inline.Code("F5"),
                new Inline.LineBreak(),
                new Inline.Link("https://a.fr", List.of(new Inline.Text("le site")), 11),
                IMAGE);
        Block table = new Block.Table(List.of(List.of(List.of(new Inline.Text("tête")))), List.of(List.of(inlines)));
        Block list = new Block.ListBlock(false, List.of(List.of(new Block.Quote(List.of(table)))));
        Step step = new Step(
                1,
                "Ouvrir",
                9,
                List.of(new Block.Heading(4, List.of(new Inline.Text("Note"))), list, new Block.Code("ls")));
        return List.of(new Section("Les étapes", 7, List.of(new Block.Paragraph(inlines)), List.of(step)));
    }

    @Test
    void reachesEveryKindOfNodeOnce() {
        List<Class<?>> seen = new ArrayList<>();
        GuideVisitor recorder = (GuideVisitor) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {GuideVisitor.class},
                (proxy, method, args) -> seen.add(args[0].getClass()));
        GuideWalker.walk(everyKind(), recorder);
        Set<Class<?>> kinds = Stream.of(
                        Stream.of(Section.class, Step.class),
                        Arrays.stream(Block.class.getPermittedSubclasses()),
                        Arrays.stream(Inline.class.getPermittedSubclasses()))
                .flatMap(s -> s)
                .collect(Collectors.toSet());
        assertEquals(kinds, new HashSet<>(seen));
    }

    @Test
    void hasAVisitorMethodForEveryKindOfBlockAndInline() {
        Set<Class<?>> handled = Arrays.stream(GuideVisitor.class.getMethods())
                .map(Method::getParameterTypes)
                .filter(p -> p.length == 1)
                .map(p -> p[0])
                .collect(Collectors.toSet());
        for (Class<?> kind : Block.class.getPermittedSubclasses()) {
            assertEquals(true, handled.contains(kind), kind.getName());
        }
        for (Class<?> kind : Inline.class.getPermittedSubclasses()) {
            assertEquals(true, handled.contains(kind), kind.getName());
        }
    }

    @Test
    void plainTextAndInlinesFollowTheWalk() {
        List<Inline> all = new ArrayList<>();
        Inlines.forEach(everyKind(), all::add);
        assertEquals(2, all.stream().filter(IMAGE::equals).count());
        assertEquals(
                "Cliquez iciF5 le siteLe bouton",
                PlainText.of(((Block.Paragraph) everyKind().get(0).blocks().get(0)).content()));
    }
}
