package fiches.batch;

/**
 * Something a run tells its user that belongs to no single guide: an entry of the guides
 * folder that is not read, a record of the output folder that is rebuilt, or a failure of
 * Fiches itself (the output folder, the disk, the program).
 *
 * @param error   true when the run itself failed (exit status 3), false for a warning
 * @param message what happened, naming the file or folder
 * @param fix     what to do about it
 */
public record Notice(boolean error, String message, String fix) {
    public static Notice warning(String message, String fix) {
        return new Notice(false, message, fix);
    }

    public static Notice error(String message, String fix) {
        return new Notice(true, message, fix);
    }
}
