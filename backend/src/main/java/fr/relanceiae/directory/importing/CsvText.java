package fr.relanceiae.directory.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a CSV file as spreadsheets write them: UTF-8 with or without a BOM, or
 * Windows-1252 when the bytes are not valid UTF-8; {@code ,} or {@code ;} as the
 * separator (whichever the header line has more of); double quotes around fields
 * that hold separators, quotes or line breaks.
 *
 * <p>Every CSV the app writes goes through {@link #line}: a cell that a spreadsheet would
 * run as a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return) is written behind a {@code '} (OWASP's rule), and {@link #parse} drops
 * that one {@code '} again, so that a file the app wrote reads back to the same values.
 * Plain negative numbers ({@code -0.5}) are no formula and stay as they are, so that a
 * spreadsheet still reads them as numbers.
 */
public final class CsvText {

    /** One record and the line of the file where it starts (the header is line 1). */
    public record Record(int line, List<String> cells) {
        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** What a spreadsheet runs as a formula, behind any {@code '} already there (kept reversible). */
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");
    private static final Pattern ESCAPED_FORMULA = Pattern.compile("^'+[=+\\-@\t\r]");
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+([.,]\\d+)?");

    private CsvText() {
    }

    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    public static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    public static List<Record> parse(String text) {
        char separator = separator(text);
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(value(cell));
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(value(cell));
                cell.setLength(0);
                records.add(new Record(recordLine, List.copyOf(cells)));
                cells.clear();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(value(cell));
            records.add(new Record(recordLine, List.copyOf(cells)));
        }
        return records;
    }

    /** A cell's value: without the {@code '} that {@link #field} puts before a formula. */
    private static String value(CharSequence cell) {
        String text = cell.toString();
        return ESCAPED_FORMULA.matcher(text).find() ? text.substring(1) : text;
    }

    /** One line of a {@code ;}-separated file, CRLF included: what every CSV the app writes is made of. */
    public static String line(List<String> values) {
        return joined(values) + "\r\n";
    }

    /** The fields of one line, separated by {@code ;}, without the line break. */
    public static String joined(List<String> values) {
        return values.stream().map(CsvText::field).collect(Collectors.joining(";"));
    }

    /**
     * A field as written in a {@code ;}-separated file: behind a {@code '} when a spreadsheet would
     * take it for a formula, quoted when it must be.
     */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = FORMULA.matcher(value).find() && !NEGATIVE_NUMBER.matcher(value).matches() ? "'" + value
                : value;
        if (safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || safe.indexOf(',') >= 0 || !safe.equals(safe.strip())) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
