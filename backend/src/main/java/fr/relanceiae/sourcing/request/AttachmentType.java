package fr.relanceiae.sourcing.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a request may carry, recognised from their first bytes (and, for
 * ZIP-based office documents, the names of their entries, read from the ZIP's central
 * directory without inflating anything). A file's name must end with an extension of
 * the kind its content shows: a {@code .pdf} name on an image is refused.
 */
public enum AttachmentType {
    PDF("application/pdf", "PDF", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument texte", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument tableur", "ods"),
    DOC("application/msword", "Word 97-2003", "doc"),
    XLS("application/vnd.ms-excel", "Excel 97-2003", "xls"),
    PNG("image/png", "PNG", "png"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    WEBP("image/webp", "WebP", "webp");

    /** Every accepted media type, for the download's {@code @Produces}. */
    public static final String[] MEDIA_TYPES = { "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
        "application/msword", "application/vnd.ms-excel", "image/png", "image/jpeg", "image/webp" };

    /** What people are told is accepted. */
    public static final String ACCEPTED = "PDF, Word, Excel, OpenDocument (texte, tableur), PNG, JPEG ou WebP";

    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    AttachmentType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind's name for people ("PDF", "Word"…). */
    public String label() {
        return label;
    }

    /** The extension a file of this kind is named with ("pdf", "jpg"…). */
    public String usualExtension() {
        return extensions.get(0);
    }

    public boolean hasExtensionOf(String fileName) {
        return extension(fileName).map(extensions::contains).orElse(false);
    }

    public static Optional<String> extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The kind the content shows. Word and Excel 97-2003 share one container (OLE2), so
     * there the name's extension chooses between them.
     */
    public static Optional<AttachmentType> detect(byte[] content, String fileName) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (content.length >= 12 && ascii(content, 0, 4).equals("RIFF") && ascii(content, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, OLE2)) {
            return XLS.hasExtensionOf(fileName) ? Optional.of(XLS) : Optional.of(DOC);
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return zipKind(content);
        }
        return Optional.empty();
    }

    /** OpenDocument: a first, stored entry {@code mimetype} naming the kind; Office Open XML: its part folders. */
    private static Optional<AttachmentType> zipKind(byte[] zip) {
        String first = localEntryName(zip);
        if ("mimetype".equals(first) && u16(zip, 8) == 0) {
            int start = 30 + u16(zip, 26) + u16(zip, 28);
            long size = u32(zip, 18);
            if (size > 0 && size < 100 && start + size <= zip.length) {
                String mimetype = ascii(zip, start, (int) size).trim();
                if (mimetype.equals(ODT.mediaType)) {
                    return Optional.of(ODT);
                }
                if (mimetype.equals(ODS.mediaType)) {
                    return Optional.of(ODS);
                }
            }
            return Optional.empty();
        }
        List<String> names = centralDirectoryNames(zip);
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(name -> name.startsWith("word/"))) {
            return Optional.of(DOCX);
        }
        if (names.stream().anyMatch(name -> name.startsWith("xl/"))) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static String localEntryName(byte[] zip) {
        if (zip.length < 30) {
            return null;
        }
        int length = u16(zip, 26);
        return 30 + length <= zip.length ? ascii(zip, 30, length) : null;
    }

    /** The entry names of the central directory, found from the end-of-central-directory record; empty when broken. */
    static List<String> centralDirectoryNames(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (u32(zip, i) == 0x06054b50L) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int count = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        List<String> names = new ArrayList<>();
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + 46 > zip.length || u32(zip, at) != 0x02014b50L) {
                return List.of();
            }
            int nameLength = u16(zip, at + 28);
            if (at + 46 + nameLength > zip.length) {
                return List.of();
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
        }
        return names;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16 | (bytes[at + 3] & 0xFFL) << 24;
    }
}
