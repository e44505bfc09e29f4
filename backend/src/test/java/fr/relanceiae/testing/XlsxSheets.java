package fr.relanceiae.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exports' XLSX files read back for assertions: a sheet's cells as strings and numbers. */
public final class XlsxSheets {

    private XlsxSheets() {
    }

    /** An entry read through the zip's central directory, as spreadsheet programs read it. */
    public static String zipEntry(byte[] zip, String name) throws Exception {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile xlsx = new ZipFile(file.toFile())) {
                ZipEntry entry = xlsx.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                try (InputStream in = xlsx.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** The sheet's rows: inline strings as String, numbers as Double, empty cells as null. */
    public static List<List<Object>> sheet(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList rowNodes = document.getElementsByTagName("row");
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < rowNodes.getLength(); r++) {
            NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagName("c");
            TreeMap<Integer, Object> cells = new TreeMap<>();
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                int column = column(cell.getAttribute("r"));
                if ("inlineStr".equals(cell.getAttribute("t"))) {
                    cells.put(column, cell.getElementsByTagName("t").item(0).getTextContent());
                } else {
                    assertThat(cell.getAttribute("t")).as("a number cell").isIn("", "n");
                    cells.put(column, Double.valueOf(cell.getElementsByTagName("v").item(0).getTextContent()));
                }
            }
            List<Object> row = new ArrayList<>();
            for (int i = 0; i <= (cells.isEmpty() ? -1 : cells.lastKey()); i++) {
                row.add(cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static int column(String reference) {
        int column = 0;
        for (char c : reference.toCharArray()) {
            if (Character.isLetter(c)) {
                column = column * 26 + (c - 'A' + 1);
            }
        }
        return column - 1;
    }
}
