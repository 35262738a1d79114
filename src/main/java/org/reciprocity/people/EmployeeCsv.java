package org.reciprocity.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.reciprocity.shared.Text;

/**
 * Reads an employee CSV file into rows, as the import sees them: cells normalised ({@link Text#line}), e-mails
 * lowercase, each row with the line it starts on. A file that cannot be read at all is refused with an {@link ImportException}.
 */
final class EmployeeCsv {

    /** Files larger than this are refused before they are read. */
    static final int MAX_BYTES = 1024 * 1024;
    /** More rows than this are refused: split the file. */
    static final int MAX_ROWS = 5000;

    private static final String FULL_NAME = "full_name";
    private static final String JOB_TITLE = "job_title";
    private static final String EMAIL = "email";
    private static final String DEPARTMENT = "department";
    private static final String LOCATION = "location";
    private static final String MANAGER_EMAIL = "manager_email";
    private static final List<String> REQUIRED = List.of(FULL_NAME, JOB_TITLE, EMAIL, DEPARTMENT, LOCATION);

    private EmployeeCsv() {
    }

    /** UTF-8, with or without a byte-order mark; anything else, or anything too large, is refused rather than garbled. */
    static String decode(byte[] csv) {
        if (csv.length > MAX_BYTES) {
            throw new ImportException("people.import.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(csv)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException("people.import.encoding", null);
        }
    }

    /** The data rows of the file, in order, each still {@link ImportStatus#NEW}; the header must name the columns. */
    static List<ImportRow> read(String text) {
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        var lineStarts = lineStarts(text);
        var result = new ArrayList<ImportRow>();
        @Nullable Map<String, Integer> columns = null;
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record);
                } else if (!blank(record)) {
                    if (result.size() >= MAX_ROWS) {
                        throw new ImportException("people.import.tooManyRows", String.valueOf(MAX_ROWS));
                    }
                    result.add(row(record, columns, lineOf(text, lineStarts, record.getCharacterPosition())));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportException("people.import.malformed", null);
        }
        if (columns == null) {
            throw new ImportException("people.import.empty", null);
        }
        return result;
    }

    private static ImportRow row(CSVRecord record, Map<String, Integer> columns, int line) {
        return new ImportRow(line, cell(record, columns, FULL_NAME), cell(record, columns, JOB_TITLE),
                cell(record, columns, EMAIL).toLowerCase(Locale.ROOT), cell(record, columns, DEPARTMENT),
                cell(record, columns, LOCATION), cell(record, columns, MANAGER_EMAIL).toLowerCase(Locale.ROOT),
                ImportStatus.NEW, null, null, false);
    }

    /** Spreadsheets set to a Ukrainian or Russian locale save CSV files with semicolons. */
    private static char delimiterOf(String text) {
        var end = text.indexOf('\n');
        var first = end < 0 ? text : text.substring(0, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }

    private static Map<String, Integer> header(CSVRecord record) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < record.size(); i++) {
            columns.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'), i);
        }
        var missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException("people.import.header", String.join(", ", missing));
        }
        return columns;
    }

    private static boolean blank(CSVRecord record) {
        for (var value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        var index = columns.get(column);
        return index == null || index >= record.size() ? "" : Text.line(record.get(index));
    }

    private static int[] lineStarts(String text) {
        var starts = new ArrayList<Integer>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line a record starts on, skipping the line breaks the parser passed over before it. */
    private static int lineOf(String text, int[] lineStarts, long position) {
        var pos = (int) position;
        while (pos < text.length() && (text.charAt(pos) == '\r' || text.charAt(pos) == '\n')) {
            pos++;
        }
        var index = Arrays.binarySearch(lineStarts, pos);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
