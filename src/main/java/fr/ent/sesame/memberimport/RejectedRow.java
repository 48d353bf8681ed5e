package fr.ent.sesame.memberimport;

/** One row of the file cannot be imported; the job skips it, reports its line and reason, and carries on. */
public class RejectedRow extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final String reason;

    public RejectedRow(long line, String reason) {
        super("line " + line + ": " + reason, null, false, false);
        this.line = line;
        this.reason = reason;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
