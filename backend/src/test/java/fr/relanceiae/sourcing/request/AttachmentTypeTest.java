package fr.relanceiae.sourcing.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void office_documents_are_told_apart_by_their_zip_entries() throws IOException {
        assertThat(AttachmentType.detect(zip(null, "[Content_Types].xml", "word/document.xml"), "a.docx"))
                .contains(AttachmentType.DOCX);
        assertThat(AttachmentType.detect(zip(null, "[Content_Types].xml", "xl/workbook.xml"), "a.xlsx"))
                .contains(AttachmentType.XLSX);
        assertThat(AttachmentType.detect(zip("application/vnd.oasis.opendocument.text", "content.xml"), "a.odt"))
                .contains(AttachmentType.ODT);
        assertThat(AttachmentType.detect(zip("application/vnd.oasis.opendocument.spreadsheet", "content.xml"), "a.ods"))
                .contains(AttachmentType.ODS);
        assertThat(AttachmentType.detect(zip(null, "payload.exe"), "a.docx")).isEmpty();
        assertThat(AttachmentType.detect(zip("application/vnd.oasis.opendocument.presentation", "content.xml"), "a.odp"))
                .isEmpty();
    }

    @Test
    void magic_bytes_decide_and_the_extension_must_agree() {
        byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
        assertThat(AttachmentType.detect(ole2, "ancien.xls")).contains(AttachmentType.XLS);
        assertThat(AttachmentType.detect(ole2, "ancien.doc")).contains(AttachmentType.DOC);
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(AttachmentType.detect(webp, "photo.webp")).contains(AttachmentType.WEBP);
        assertThat(AttachmentType.detect("%PDF-".getBytes(StandardCharsets.US_ASCII), "x")).contains(AttachmentType.PDF);
        assertThat(AttachmentType.detect("PK\3\4".getBytes(StandardCharsets.ISO_8859_1), "broken.docx")).isEmpty();
        assertThat(AttachmentType.detect(new byte[] { 'G', 'I', 'F', '8', '9', 'a' }, "image.gif")).isEmpty();

        assertThat(AttachmentType.PDF.hasExtensionOf("devis.PDF")).isTrue();
        assertThat(AttachmentType.PDF.hasExtensionOf("devis.pdf.png")).isFalse();
        assertThat(AttachmentType.JPEG.hasExtensionOf("photo.jpg")).isTrue();
        assertThat(AttachmentType.JPEG.hasExtensionOf("photo")).isFalse();
        assertThat(AttachmentType.PNG.hasExtensionOf("photo.")).isFalse();
    }

    /** A ZIP whose first entry is an uncompressed {@code mimetype} when given (as OpenDocument writes it). */
    private static byte[] zip(String mimetype, String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                byte[] content = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
