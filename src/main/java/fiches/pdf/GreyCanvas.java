package fiches.pdf;

import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small white picture that shapes are filled on in shades of grey, without smoothing: a pixel
 * takes a shape's grey when its centre is inside the shape. Only geometry is used, never the
 * Java 2D drawing pipeline nor an image of it, whose start-up cost more than drawing a hundred
 * thumbnails.
 */
final class GreyCanvas {
    private static final int WHITE = 255;

    private final byte[] pixels;
    private final int width;
    private final int height;
    /** The box shapes are cut to, in pixels: x from, y from, x to, y to. */
    private double[] clip;

    GreyCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new byte[width * height];
        this.clip = new double[] {0, 0, width, height};
        Arrays.fill(pixels, (byte) WHITE);
    }

    /** The picture drawn so far, as a PNG file. */
    byte[] png() {
        return GreyPng.encode(pixels, width, height);
    }

    /**
     * Fills a flat outline (only straight segments, in pixels) with a grey.
     *
     * @param outline a path iterator in pixel coordinates, already flattened
     * @param grey    0 (black) to 255 (white)
     */
    void fill(PathIterator outline, int grey) {
        List<double[]> edges = edges(outline);
        if (edges.isEmpty()) {
            return;
        }
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (double[] e : edges) {
            top = Math.min(top, Math.min(e[1], e[3]));
            bottom = Math.max(bottom, Math.max(e[1], e[3]));
        }
        boolean evenOdd = outline.getWindingRule() == PathIterator.WIND_EVEN_ODD;
        int firstRow = firstRow(top);
        int lastRow = lastRow(bottom);
        double[] xs = new double[edges.size()];
        int[] dirs = new int[edges.size()];
        for (int row = firstRow; row <= lastRow; row++) {
            row(edges, row + 0.5, xs, dirs, evenOdd, grey, row);
        }
    }

    /** Fills one row's spans: where the outline's edges cross the row's centre line, by the winding rule. */
    private void row(List<double[]> edges, double y, double[] xs, int[] dirs, boolean evenOdd, int grey, int row) {
        int n = 0;
        for (double[] e : edges) {
            double y0 = e[1];
            double y1 = e[3];
            if ((y0 <= y && y < y1) || (y1 <= y && y < y0)) {
                xs[n] = e[0] + (y - y0) * (e[2] - e[0]) / (y1 - y0);
                dirs[n] = y1 > y0 ? 1 : -1;
                n++;
            }
        }
        sort(xs, dirs, n);
        int winding = 0;
        for (int i = 0; i < n - 1; i++) {
            winding = evenOdd ? winding ^ 1 : winding + dirs[i];
            if (winding != 0) {
                span(row, xs[i], xs[i + 1], grey);
            }
        }
    }

    /** Cuts what is filled from now on to this box, given by two opposite corners in pixels. */
    void clip(double x0, double y0, double x1, double y1) {
        clip = new double[] {Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)};
    }

    /** Fills an upright box, given by two opposite corners in pixels: a letter's bar, a picture's block. */
    void fill(double x0, double y0, double x1, double y1, int grey) {
        int firstRow = firstRow(Math.min(y0, y1));
        int lastRow = lastRow(Math.max(y0, y1));
        for (int row = firstRow; row <= lastRow; row++) {
            span(row, Math.min(x0, x1), Math.max(x0, x1), grey);
        }
    }

    /** The first row whose centre is below this height and inside the clip. */
    private int firstRow(double top) {
        return Math.max(0, (int) Math.ceil(Math.max(top, clip[1]) - 0.5));
    }

    /** The last row whose centre is above this height and inside the clip. */
    private int lastRow(double bottom) {
        return Math.min(height - 1, (int) Math.ceil(Math.min(bottom, clip[3]) - 0.5) - 1);
    }

    /** The pixels of a row whose centres lie between two crossings, and inside the clip. */
    private void span(int row, double from, double to, int grey) {
        int first = Math.max(0, (int) Math.ceil(Math.max(from, clip[0]) - 0.5));
        int last = Math.min(width - 1, (int) Math.ceil(Math.min(to, clip[2]) - 0.5) - 1);
        if (first <= last) {
            Arrays.fill(pixels, row * width + first, row * width + last + 1, (byte) grey);
        }
    }

    /** Insertion sort of the crossings with their directions: a row crosses a handful of edges. */
    private static void sort(double[] xs, int[] dirs, int n) {
        for (int i = 1; i < n; i++) {
            double x = xs[i];
            int d = dirs[i];
            int j = i - 1;
            for (; j >= 0 && xs[j] > x; j--) {
                xs[j + 1] = xs[j];
                dirs[j + 1] = dirs[j];
            }
            xs[j + 1] = x;
            dirs[j + 1] = d;
        }
    }

    /** The outline's segments as {x0, y0, x1, y1}, each sub-path closed; horizontal ones cross no row. */
    private static List<double[]> edges(PathIterator outline) {
        List<double[]> edges = new ArrayList<>();
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double x = 0;
        double y = 0;
        for (; !outline.isDone(); outline.next()) {
            switch (outline.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    edge(edges, x, y, startX, startY);
                    startX = c[0];
                    startY = c[1];
                    x = startX;
                    y = startY;
                }
                case PathIterator.SEG_LINETO -> {
                    edge(edges, x, y, c[0], c[1]);
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    edge(edges, x, y, startX, startY);
                    x = startX;
                    y = startY;
                }
                default -> throw new IllegalArgumentException("the outline must be flattened");
            }
        }
        edge(edges, x, y, startX, startY);
        return edges;
    }

    private static void edge(List<double[]> edges, double x0, double y0, double x1, double y1) {
        if (y0 != y1) {
            edges.add(new double[] {x0, y0, x1, y1});
        }
    }
}
