package fiches.ledger;

import fiches.util.Digest;

/**
 * The one framing of every record's digest: which record it is, the fingerprint of the program
 * that made the output, and the digest of the output's inputs as its stage takes it. An output
 * is up to date when its record holds the identity the inputs and the running program give now:
 * after any change to Fiches, every output is made again once.
 *
 * <p>The outputs' own bytes (a PDF's document ID) are made from the inputs' digest alone, not from
 * the identity, so that the same inputs give the same PDF whichever build made it.
 */
public final class Identity {
    /** The three records, each named in the identities it keeps. */
    public enum Of {
        /** A guide's PDFs, in the manifest. */
        GUIDE,
        /** The catalogue page, in its own {@code <meta>}. */
        PAGE,
        /** The recueil, in its record beside the manifest. */
        BOOK
    }

    private Identity() {}

    /** The identity of an output made from inputs of this digest by the running program. */
    public static String of(Of record, String inputs) {
        return of(record, Build.fingerprint(), inputs);
    }

    static String of(Of record, String build, String inputs) {
        return new Digest().text(record.name()).text(build).text(inputs).hex();
    }
}
