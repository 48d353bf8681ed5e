package fr.ent.sesame.memberimport;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Turns a line into directory data, or rejects it with its reason (a skippable {@link RejectedRow}). */
@Named("membersProcessor")
@Dependent
public class MembersProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) throws RejectedRow {
        MemberLine member = (MemberLine) item;
        if (member.duplicateOf() != null) {
            throw new RejectedRow(
                    member.line().number(),
                    "identifier already on line " + member.duplicateOf() + " (the first one was imported)");
        }
        return MemberRows.entryOf(member.line(), member.columns());
    }
}
