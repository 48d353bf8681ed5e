package fr.ent.sesame.memberimport;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.Accounts;
import fr.ent.sesame.directory.DirectoryEntry;
import fr.ent.sesame.kernel.Identifier;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates or updates the accounts of one chunk of members, in the chunk's transaction: one query finds the
 * ones that exist; an account whose data already match is not written at all, which is what makes a second
 * run of the same file change nothing. Only directory data are written, never a secret or an address.
 */
@Stateless
public class MemberImports {

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    public void apply(List<DirectoryEntry> entries, ImportTally tally) {
        Instant now = clock.instant();
        Map<Identifier, Account> existing =
                accounts
                        .byIdentifiers(
                                entries.stream().map(DirectoryEntry::identifier).toList())
                        .stream()
                        .collect(Collectors.toMap(Account::identifier, Function.identity()));
        for (DirectoryEntry entry : entries) {
            Account account = existing.get(entry.identifier());
            if (account == null) {
                accounts.create(new Account(entry, now));
                tally.created++;
            } else if (account.takeDirectoryData(entry, now)) {
                tally.updated++;
            } else {
                tally.unchanged++;
            }
        }
    }
}
