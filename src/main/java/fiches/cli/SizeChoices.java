package fiches.cli;

import fiches.product.PrintSize;
import java.util.Iterator;

/** The values of {@code --size} as the help lists them, taken from the one list of presets. */
final class SizeChoices implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return PrintSize.PRESETS.stream().map(String::valueOf).iterator();
    }
}
