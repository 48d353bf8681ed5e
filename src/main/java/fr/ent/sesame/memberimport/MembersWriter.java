package fr.ent.sesame.memberimport;

import fr.ent.sesame.directory.DirectoryEntry;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Hands each chunk to {@link MemberImports} inside the chunk's transaction and counts what it did. */
@Named("membersWriter")
@Dependent
public class MembersWriter extends AbstractItemWriter {

    @Inject
    MemberImports imports;

    @Inject
    StepContext step;

    @Inject
    ImportProgress progress;

    @Inject
    jakarta.enterprise.event.Event<MembersImported> imported;

    @Override
    public void writeItems(List<Object> items) {
        ImportTally tally = ImportProgress.tallyOf(step);
        long before = tally.rows();
        long created = tally.created;
        long updated = tally.updated;
        long unchanged = tally.unchanged;
        imports.apply(items.stream().map(DirectoryEntry.class::cast).toList(), tally);
        imported.fire(
                new MembersImported(tally.created - created, tally.updated - updated, tally.unchanged - unchanged, 0));
        ImportProgress.keep(step, tally);
        progress.chunkWritten(before, tally);
    }
}
