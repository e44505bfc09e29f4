package fr.relanceiae.shared.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The RSA key pair that signs and verifies access tokens when none is configured:
 * generated once (2048 bits, PEM) in a directory and reused at every start, so
 * tokens survive a restart.
 */
public record KeyPairFiles(Path privateKey, Path publicKey) {

    public static KeyPairFiles ensure(Path directory) {
        KeyPairFiles files = new KeyPairFiles(directory.resolve("private.pem"), directory.resolve("public.pem"));
        if (Files.exists(files.privateKey()) && Files.exists(files.publicKey())) {
            return files;
        }
        try {
            Files.createDirectories(directory);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(files.publicKey(), "PUBLIC KEY", pair.getPublic().getEncoded());
            write(files.privateKey(), "PRIVATE KEY", pair.getPrivate().getEncoded());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(files.privateKey(), PosixFilePermissions.fromString("rw-------"));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JWT key pair in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n",
                StandardCharsets.US_ASCII);
    }
}
