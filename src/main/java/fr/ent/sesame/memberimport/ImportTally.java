package fr.ent.sesame.memberimport;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run did so far; kept as the step's persistent user data, so it survives a restart from the
 * checkpoint. Only the first rejections are kept for the summary; every one is in the log.
 */
public final class ImportTally implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int REJECTIONS_IN_SUMMARY = 10;
    /** JBeret's JDBC job repository keeps at most 512 characters of an exit status. */
    private static final int LONGEST_SUMMARY = 500;

    long created;
    long updated;
    long unchanged;
    long rejected;
    private final List<String> firstRejections = new ArrayList<>();

    void reject(RejectedRow row) {
        rejected++;
        if (firstRejections.size() < REJECTIONS_IN_SUMMARY) {
            firstRejections.add(row.getMessage());
        }
    }

    long rows() {
        return created + updated + unchanged + rejected;
    }

    /** The outcome an admin reads as the job's exit status in the console or the CLI. */
    String summary() {
        StringBuilder summary = new StringBuilder()
                .append(rows())
                .append(" rows: ")
                .append(created)
                .append(" created, ")
                .append(updated)
                .append(" updated, ")
                .append(unchanged)
                .append(" unchanged, ")
                .append(rejected)
                .append(" rejected");
        if (!firstRejections.isEmpty()) {
            summary.append(" — ").append(String.join("; ", firstRejections));
            if (rejected > firstRejections.size()) {
                summary.append("; and ")
                        .append(rejected - firstRejections.size())
                        .append(" more in the server log (sesame.import)");
            }
        }
        return summary.length() <= LONGEST_SUMMARY
                ? summary.toString()
                : summary.substring(0, LONGEST_SUMMARY - 40) + "… (all rejections: server log, sesame.import)";
    }
}
