package fiches.batch;

/** The tool's version, part of every output's identity. */
public final class Version {
    public static final String NUMBER = "0.1.0";

    private Version() {
    }
}
