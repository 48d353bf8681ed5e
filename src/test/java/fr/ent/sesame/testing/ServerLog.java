package fr.ent.sesame.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The test server's server.log, read from a mark: what a test made the server write. */
public final class ServerLog {

    private static final Path FILE =
            Path.of(System.getProperty("sesame.it.serverDir"), "standalone", "log", "server.log");

    private ServerLog() {}

    /** Where the log ends now. */
    public static long mark() {
        try {
            return Files.size(FILE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ERROR lines written since the mark. */
    public static List<String> errorsSince(long mark) {
        return linesSince(mark).stream()
                .filter(line -> line.contains(" ERROR "))
                .toList();
    }

    /** Every line written since the mark. */
    public static List<String> linesSince(long mark) {
        try (RandomAccessFile log = new RandomAccessFile(FILE.toFile(), "r")) {
            byte[] written = new byte[(int) Math.max(0, log.length() - mark)];
            log.seek(mark);
            log.readFully(written);
            return Arrays.asList(new String(written, StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
