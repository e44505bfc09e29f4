package fr.relanceiae.directory.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import fr.relanceiae.directory.importing.CsvText;
import fr.relanceiae.directory.importing.StructureCsv;
import fr.relanceiae.directory.importing.StructureCsv.Layout;

/** Where an export's rows go, one at a time: a CSV or an XLSX file written to a stream. */
public interface StructureExportWriter {

    void header(List<String> headers) throws IOException;

    /** Cells as {@link StructureCsv#row} gives them: text, numbers ({@link BigDecimal}) or null. */
    void row(List<Object> cells) throws IOException;

    /** Ends the file and flushes it; the stream stays open. */
    void finish() throws IOException;

    /**
     * UTF-8 with BOM and {@code ;}, which French spreadsheets open as columns; every cell through
     * {@link CsvText#field} (formulas neutralised); readable numbers with a decimal comma.
     */
    static StructureExportWriter csv(OutputStream stream, Layout layout) {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        return new StructureExportWriter() {
            @Override
            public void header(List<String> headers) throws IOException {
                out.write('\uFEFF');
                out.write(CsvText.line(headers));
            }

            @Override
            public void row(List<Object> cells) throws IOException {
                out.write(CsvText.line(cells.stream().map(cell -> StructureCsv.text(cell, layout)).toList()));
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }
        };
    }

    /**
     * One sheet, its header row frozen and bold; numbers as numbers, text as inline strings (never
     * a formula, and nothing kept in memory for a shared-strings table). Rows go out every
     * {@value #XLSX_FLUSH_ROWS}.
     */
    static StructureExportWriter xlsx(OutputStream stream) {
        return xlsx(stream, "Structures");
    }

    /** The same, its sheet named {@code sheetName}. */
    static StructureExportWriter xlsx(OutputStream stream, String sheetName) {
        Workbook workbook = new Workbook(stream, "Relance IAE", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        return new StructureExportWriter() {
            private int row;

            @Override
            public void header(List<String> headers) throws IOException {
                for (int column = 0; column < headers.size(); column++) {
                    sheet.inlineString(0, column, headers.get(column));
                    sheet.width(column, Math.min(50, Math.max(12, headers.get(column).length() + 4)));
                }
                sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
                sheet.freezePane(0, 1);
                row = 1;
            }

            @Override
            public void row(List<Object> cells) throws IOException {
                for (int column = 0; column < cells.size(); column++) {
                    Object cell = cells.get(column);
                    if (cell instanceof BigDecimal number) {
                        sheet.value(row, column, number.doubleValue());
                    } else if (cell != null) {
                        sheet.inlineString(row, column, cell.toString());
                    }
                }
                if (++row % XLSX_FLUSH_ROWS == 0) {
                    sheet.flush();
                }
            }

            @Override
            public void finish() throws IOException {
                workbook.finish();
            }
        };
    }

    int XLSX_FLUSH_ROWS = 200;
}
