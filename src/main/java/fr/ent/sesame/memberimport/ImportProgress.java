package fr.ent.sesame.memberimport;

import fr.ent.sesame.settings.Settings;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an admin sees of a run: a log line (category {@code sesame.import}) for every rejected row and every
 * {@code sesame.import.progress-every} rows, and at the end the summary as the job's exit status, shown by the
 * console's Batch page and by the CLI — which, while the job runs, show the rows done so far the same way.
 */
@Named("importProgress")
@Dependent
public class ImportProgress implements StepListener, SkipProcessListener {

    private static final Logger LOG = Logger.getLogger("sesame.import");

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Settings settings;

    @Inject
    jakarta.enterprise.event.Event<MembersImported> imported;

    /**
     * This run's tally. JBeret hands back a fresh copy of the persistent user data on each read, so the live
     * tally is the step's transient user data, copied into the persistent data (for a restart) at each change.
     */
    static ImportTally tallyOf(StepContext step) {
        if (step.getTransientUserData() == null) {
            Object saved = step.getPersistentUserData();
            step.setTransientUserData(saved == null ? new ImportTally() : saved);
        }
        return (ImportTally) step.getTransientUserData();
    }

    static void keep(StepContext step, ImportTally tally) {
        step.setPersistentUserData(tally);
    }

    @Override
    public void beforeStep() {
        LOG.info(() -> "sesame-import execution " + job.getExecutionId() + " started with file "
                + job.getProperties().getProperty("file"));
    }

    @Override
    public void onSkipProcessItem(Object item, Exception rejection) {
        RejectedRow row = (RejectedRow) rejection;
        ImportTally tally = tallyOf(step);
        tally.reject(row);
        keep(step, tally);
        imported.fire(new MembersImported(0, 0, 0, 1));
        LOG.warning(() -> "sesame-import execution " + job.getExecutionId() + " rejected " + row.getMessage());
    }

    void chunkWritten(long rowsBefore, ImportTally tally) {
        // The management model (console, CLI) shows the job's exit status while it runs: there, it is the progress.
        job.setExitStatus("running — " + tally.summary());
        int every = Math.max(1, settings.importProgressEvery());
        if (tally.rows() / every > rowsBefore / every) {
            LOG.info(() -> "sesame-import execution " + job.getExecutionId() + " in progress: " + tally.summary());
        }
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        String outcome = failure == null
                ? tallyOf(step).summary()
                : "FAILED: " + failure.getMessage()
                        + (tallyOf(step).rows() > 0
                                ? " — before that: " + tallyOf(step).summary()
                                : "");
        step.setExitStatus(outcome);
        job.setExitStatus(outcome);
        LOG.log(
                failure == null ? Level.INFO : Level.SEVERE,
                () -> "sesame-import execution " + job.getExecutionId() + " ended: " + outcome);
    }
}
