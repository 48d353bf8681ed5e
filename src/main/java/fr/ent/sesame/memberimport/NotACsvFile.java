package fr.ent.sesame.memberimport;

/** The file given to the import job cannot be a members file at all; the job stops before changing anything. */
public class NotACsvFile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotACsvFile(String reason) {
        super("Not a members CSV file: " + reason);
    }
}
