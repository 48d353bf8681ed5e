package fr.ent.sesame.memberimport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as the university's exports write it: UTF-8 with or without a BOM, one record per line, fields
 * separated by {@code ;} or {@code ,} (whichever the header uses), optionally quoted with {@code "}. Each line
 * is decoded on its own, strictly, so one badly encoded line is reported and the others still read.
 */
final class CsvLines implements Closeable {

    /** One physical line: its number in the file (the header is line 1) and its fields, or why it cannot be read. */
    record Line(long number, List<String> fields, String problem) {

        boolean readable() {
            return problem == null;
        }
    }

    private static final int LONGEST_LINE = 64 * 1024;

    private final InputStream in;
    private char delimiter;
    private long lineNumber;

    CsvLines(InputStream raw) throws IOException {
        in = new BufferedInputStream(raw, 64 * 1024);
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
        byte[] bytes = nextLineBytes();
        if (bytes == null) {
            throw new NotACsvFile("the file is empty");
        }
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            throw new NotACsvFile("the first line is not UTF-8 text");
        }
        if (text.chars().anyMatch(c -> c == 0 || (Character.isISOControl(c) && c != '\t'))) {
            throw new NotACsvFile("the first line holds binary data");
        }
        long semicolons = text.chars().filter(c -> c == ';').count();
        long commas = text.chars().filter(c -> c == ',').count();
        delimiter = semicolons >= commas ? ';' : ',';
        List<String> fields = split(text);
        if (fields == null) {
            throw new NotACsvFile("the header line has unbalanced quotes");
        }
        return fields;
    }

    /** The next non-blank line, or null at the end of the file. */
    Line next() throws IOException {
        while (true) {
            byte[] bytes = nextLineBytes();
            if (bytes == null) {
                return null;
            }
            if (bytes.length > LONGEST_LINE) {
                return new Line(lineNumber, List.of(), "line longer than " + LONGEST_LINE + " bytes");
            }
            String text;
            try {
                text = decode(bytes);
            } catch (CharacterCodingException e) {
                return new Line(lineNumber, List.of(), "broken encoding (not UTF-8)");
            }
            if (text.isBlank()) {
                continue;
            }
            List<String> fields = split(text);
            return fields == null
                    ? new Line(lineNumber, List.of(), "unbalanced quotes")
                    : new Line(lineNumber, fields, null);
        }
    }

    /** The fields of one line; null when a quote is left open. */
    List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** The bytes of the next line without its end ({@code \n} or {@code \r\n}); null at the end of the file. */
    private byte[] nextLineBytes() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() <= LONGEST_LINE) {
                line.write(b);
            }
            b = in.read();
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                ? java.util.Arrays.copyOf(bytes, bytes.length - 1)
                : bytes;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
