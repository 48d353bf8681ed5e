package fr.ent.sesame.memberimport;

import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.settings.DirectoryMode;
import fr.ent.sesame.settings.Settings;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the members file line by line. The checkpoint is the number of the last line handed on, so a
 * restarted job carries on after it; the identifiers already met are remembered to report duplicates.
 */
@Named("membersReader")
@Dependent
public class MembersReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "file")
    String file;

    @Inject
    Settings settings;

    private CsvLines lines;
    private MemberColumns columns;
    private final Map<Identifier, Long> firstLineOf = new HashMap<>();
    private long lastLine;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        if (settings.directoryMode() == DirectoryMode.LDAP) {
            throw new ImportNotInLdapMode();
        }
        if (file == null || file.isBlank()) {
            throw new NotACsvFile("the job parameter 'file' is missing (the path of the CSV file on the server)");
        }
        Path path = Path.of(file.strip());
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new NotACsvFile("no readable file at " + path + " on this server");
        }
        lines = new CsvLines(Files.newInputStream(path));
        columns = MemberColumns.of(lines.header());
        long resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        while (lastLine < resumeAfter) {
            if (readItem() == null) {
                break;
            }
        }
    }

    @Override
    public Object readItem() throws IOException {
        CsvLines.Line line = lines.next();
        if (line == null) {
            return null;
        }
        lastLine = line.number();
        Long duplicateOf = null;
        if (line.readable()) {
            Optional<Identifier> identifier =
                    Identifier.parse(columns.valueOf(MemberColumns.Column.IDENTIFIER, line.fields()));
            if (identifier.isPresent()) {
                duplicateOf = firstLineOf.putIfAbsent(identifier.get(), line.number());
            }
        }
        return new MemberLine(line, columns, duplicateOf);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
    }
}
