package fr.ent.sesame.memberimport;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The members file, row by row, read by Apache Commons CSV: RFC 4180 as spreadsheets export it, a quoted
 * field may hold the delimiter, doubled quotes and line breaks. What Sésame adds is strictness for a file
 * that comes from another system: UTF-8 with or without its BOM, the delimiter ({@code ;} or {@code ,})
 * taken from the header line, blank lines skipped, every field trimmed, and a row that cannot be read
 * reported with the number of the line it starts on instead of stopping the import.
 */
final class CsvLines implements Closeable {

    /**
     * One row: the number of the line it starts on in the file (the header is line 1) and its fields, or
     * why it cannot be read.
     */
    record Line(long number, List<String> fields, String problem) {

        boolean readable() {
            return problem == null;
        }
    }

    /** A row longer than this (an opening quote never closed, say) is refused rather than held in memory. */
    static final int LONGEST_ROW = 64 * 1024;

    private static final char NOT_UTF_8 = '\uFFFD';

    private final BufferedInputStream in;
    private CountingReader text;
    private CSVParser parser;
    private Iterator<CSVRecord> rows;
    private long linesRead;
    private boolean broken;

    CsvLines(InputStream raw) throws IOException {
        in = new BufferedInputStream(raw, LONGEST_ROW + 4);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            in.reset();
        }
    }

    /**
     * The header's fields. The delimiter is the one of {@code ;} and {@code ,} the header line contains more of.
     * Fails with {@link NotACsvFile} when the file does not start with a readable text line.
     */
    List<String> header() throws IOException {
        String first = firstLine();
        if (first.chars().anyMatch(c -> c == 0 || (Character.isISOControl(c) && c != '\t'))) {
            throw new NotACsvFile("the first line holds binary data");
        }
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        char delimiter = semicolons >= commas ? ';' : ',';
        // Broken bytes become U+FFFD, so that one row in Latin-1 is reported as such and the others still read.
        text = new CountingReader(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        parser = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // counted by hand, so every row knows its first line
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(text);
        rows = parser.iterator();
        Line header = next();
        if (header == null) {
            throw new NotACsvFile("the file is empty");
        }
        if (!header.readable()) {
            throw new NotACsvFile("the header line cannot be read: " + header.problem());
        }
        return header.fields();
    }

    /**
     * The next row that is not blank, or null at the end of the file. After a row whose quotes never close,
     * nothing more can be told apart: that row says so, and the file ends there.
     */
    Line next() {
        while (!broken) {
            long startsOn = linesRead + 1;
            text.startRow();
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    return null;
                }
                row = rows.next();
            } catch (UncheckedIOException | IllegalStateException unreadable) {
                broken = true;
                return new Line(
                        startsOn,
                        List.of(),
                        (text.tooLong() ? "row longer than " + LONGEST_ROW + " characters" : "unbalanced quotes")
                                + " (the rest of the file was not read)");
            }
            linesRead = parser.getCurrentLineNumber();
            List<String> fields = row.stream().map(String::strip).toList();
            if (fields.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (fields.stream().anyMatch(field -> field.indexOf(NOT_UTF_8) >= 0)) {
                return new Line(startsOn, List.of(), "broken encoding (not UTF-8)");
            }
            return new Line(startsOn, fields, null);
        }
        return null;
    }

    /** The first line, read strictly as UTF-8, then given back to the parser. */
    private String firstLine() throws IOException {
        in.mark(LONGEST_ROW + 2);
        byte[] start = in.readNBytes(LONGEST_ROW + 1);
        in.reset();
        if (start.length == 0) {
            throw new NotACsvFile("the file is empty");
        }
        int end = 0;
        while (end < start.length && start[end] != '\n') {
            end++;
        }
        if (end > LONGEST_ROW) {
            throw new NotACsvFile("the first line is longer than " + LONGEST_ROW + " bytes");
        }
        if (end > 0 && start[end - 1] == '\r') {
            end--;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(start, 0, end))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NotACsvFile("the first line is not UTF-8 text");
        }
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        in.close();
    }

    /**
     * Stops the parser when one row goes on for more than {@link #LONGEST_ROW} characters (plus what the
     * parser reads ahead): a file that is one endless quoted field must not fill the heap.
     */
    private static final class CountingReader extends FilterReader {

        private static final int READ_AHEAD = 16 * 1024;

        private long sinceRowStart;
        private boolean tooLong;

        CountingReader(Reader in) {
            super(in);
        }

        void startRow() {
            sinceRowStart = 0;
        }

        boolean tooLong() {
            return tooLong;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(0, read));
            return read;
        }

        private void count(int read) throws IOException {
            sinceRowStart += read;
            if (sinceRowStart > LONGEST_ROW + READ_AHEAD) {
                tooLong = true;
                throw new IOException("row longer than " + LONGEST_ROW + " characters");
            }
        }
    }
}
