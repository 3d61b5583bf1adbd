package fiches.catalogue;

/**
 * One PDF an entry links to.
 *
 * @param name  its file name, beside the catalogue: the link is this name, relative
 * @param bytes its size, shown in KB so that the sender knows whether it fits an e-mail
 */
public record PdfFile(String name, long bytes) {
    /** The size in KB, rounded up: a file of 1 byte is 1 KB, never 0. */
    public long kilobytes() {
        return (bytes + 1023) / 1024;
    }
}
