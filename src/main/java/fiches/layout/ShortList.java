package fiches.layout;

import fiches.guide.Block;
import fiches.guide.PlainText;
import java.util.List;

/**
 * A list kept on one page when it can: a few short items, like « Ce dont vous avez besoin ».
 * A longer one may break between its lines, so that a heading above it is never left alone.
 */
public final class ShortList {
    /** The most items, and letters in all, of a list that is kept on one page. */
    static final int ITEMS = 8;

    static final int LETTERS = 400;

    private ShortList() {}

    public static boolean is(Block.ListBlock list) {
        int letters = 0;
        for (List<Block> item : list.items()) {
            if (item.size() != 1 || !(item.get(0) instanceof Block.Paragraph p)) {
                return false;
            }
            letters += PlainText.of(p.content()).length();
        }
        return list.items().size() <= ITEMS && letters <= LETTERS;
    }
}
