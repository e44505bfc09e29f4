import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar of the packaged app (target/quarkus-app) with its entries stored rather than
 * compressed, run by Maven once the app is packaged (pom.xml, "uncompress-jars"). A start loads
 * about 16,000 classes from these jars, and inflating them cost 0.3 s of CPU at each start, on
 * the 2 cores the rest of the start needs (backend/bench/RESULTS.md, "Restart"); the folder grows
 * from 162 to 183 MB. Entries, their order and their times are kept; a jar already stored is left
 * as it is.
 *
 *   java src/build/UncompressJars.java target/quarkus-app
 */
public class UncompressJars {

    public static void main(String[] arguments) throws IOException {
        Path folder = Path.of(arguments[0]);
        List<Path> jars;
        try (Stream<Path> files = Files.walk(folder)) {
            jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        }
        int rewritten = 0;
        for (Path jar : jars) {
            if (rewrite(jar)) {
                rewritten++;
            }
        }
        System.out.printf("UncompressJars: %d of %d jars in %s rewritten with stored entries%n", rewritten, jars.size(),
                folder);
    }

    /** Rewrites the jar with stored entries, unless they all are already; true when it did. */
    private static boolean rewrite(Path jar) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().allMatch(entry -> entry.getMethod() == ZipEntry.STORED)) {
                return false;
            }
            try (OutputStream file = Files.newOutputStream(stored); ZipOutputStream out = new ZipOutputStream(file)) {
                out.setMethod(ZipOutputStream.STORED);
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    byte[] content;
                    try (InputStream in = zip.getInputStream(entry)) {
                        content = in.readAllBytes();
                    }
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                    copy.setTime(entry.getTime());
                    if (entry.getExtra() != null) {
                        copy.setExtra(entry.getExtra());
                    }
                    out.putNextEntry(copy);
                    out.write(content);
                    out.closeEntry();
                }
            }
        }
        Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
