package fr.relanceiae.sourcing.request;

import static fr.relanceiae.sourcing.request.SourcingFixtures.BASE;
import static fr.relanceiae.sourcing.request.SourcingFixtures.PROBLEMS;
import static fr.relanceiae.sourcing.request.SourcingFixtures.buyer;
import static fr.relanceiae.sourcing.request.SourcingFixtures.complete;
import static fr.relanceiae.sourcing.request.SourcingFixtures.create;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.relanceiae.sourcing.request.SourcingFixtures.Caller;
import fr.relanceiae.testing.EmbeddedPostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class SourcingAttachmentTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    @Test
    void a_pdf_is_joined_then_downloaded_as_an_attachment_of_its_detected_type() {
        Caller buyer = buyer();
        UUID id = create(buyer, complete("Avec cahier des charges"));

        String attachmentId = upload(buyer, id, "Cahier des clauses techniques.pdf", PDF, "application/octet-stream")
                .statusCode(201).body("contentType", equalTo("application/pdf"))
                .body("fileName", equalTo("Cahier des clauses techniques.pdf"))
                .body("sizeBytes", equalTo(PDF.length)).extract().path("id");

        var download = given().auth().oauth2(buyer.token()).when().get(BASE + "/" + id + "/attachments/" + attachmentId)
                .then().statusCode(200).contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("attachment; filename=")).extract();
        assertThat(download.asByteArray()).isEqualTo(PDF);
        buyer.as().when().get(BASE + "/" + id).then().body("attachments[0].id", equalTo(attachmentId));
        assertThat(attachmentCount(id)).isEqualTo(1);
        buyer().as().when().get(BASE + "/" + id + "/attachments/" + attachmentId).then().statusCode(404);
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() {
        Caller buyer = buyer();
        UUID id = create(buyer, complete("Types de fichiers"));

        upload(buyer, id, "plan.pdf", PNG, "application/pdf").statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unsupported-media-type")).body("detail", containsString("PNG"));
        upload(buyer, id, "notes.pdf", "juste du texte".getBytes(StandardCharsets.UTF_8), "application/pdf").statusCode(415)
                .body("detail", containsString("Formats acceptés"));
        upload(buyer, id, "script.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), "application/pdf").statusCode(415);
        upload(buyer, id, "vide.pdf", new byte[0], "application/pdf").statusCode(400);
        assertThat(attachmentCount(id)).isZero();

        upload(buyer, id, "plan.png", PNG, "application/octet-stream").statusCode(201).body("contentType", equalTo("image/png"));
        upload(buyer, id, "photo.JPEG", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0 }, "image/jpeg")
                .statusCode(201).body("contentType", equalTo("image/jpeg"));
        assertThat(attachmentCount(id)).isEqualTo(2);
    }

    @Test
    void at_most_three_files_of_at_most_ten_megabytes() {
        Caller buyer = buyer();
        UUID id = create(buyer, complete("Trop de fichiers"));
        byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        upload(buyer, id, "gros.pdf", tooLarge, "application/pdf").statusCode(413)
                .body("type", equalTo(PROBLEMS + "payload-too-large"));
        byte[] justUnder = Arrays.copyOf(PDF, 10 * 1024 * 1024);
        upload(buyer, id, "un.pdf", justUnder, "application/pdf").statusCode(201);
        upload(buyer, id, "deux.pdf", PDF, "application/pdf").statusCode(201);
        upload(buyer, id, "trois.pdf", PDF, "application/pdf").statusCode(201);
        upload(buyer, id, "quatre.pdf", PDF, "application/pdf").statusCode(409).body("detail", containsString("3 pièces jointes"));
        assertThat(attachmentCount(id)).isEqualTo(3);
    }

    @Test
    void files_change_only_while_in_draft_and_only_by_editors() {
        Caller buyer = buyer();
        UUID id = create(buyer, complete("Fichiers figés"));
        String first = upload(buyer, id, "a.pdf", PDF, "application/pdf").statusCode(201).extract().path("id");
        String second = upload(buyer, id, "b.pdf", PDF, "application/pdf").statusCode(201).extract().path("id");

        given().auth().oauth2(buyer().token()).when().delete(BASE + "/" + id + "/attachments/" + first).then().statusCode(404);
        given().auth().oauth2(buyer.token()).when().delete(BASE + "/" + id + "/attachments/" + UUID.randomUUID()).then()
                .statusCode(404);
        given().auth().oauth2(buyer.token()).when().delete(BASE + "/" + id + "/attachments/" + first).then().statusCode(204);
        assertThat(attachmentCount(id)).isEqualTo(1);

        buyer.as().when().post(BASE + "/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(buyer.token()).when().delete(BASE + "/" + id + "/attachments/" + second).then().statusCode(409)
                .body("detail", containsString("soumise"));
        upload(buyer, id, "c.pdf", PDF, "application/pdf").statusCode(409);
        assertThat(attachmentCount(id)).isEqualTo(1);
        given().auth().oauth2(buyer.token()).when().get(BASE + "/" + id + "/attachments/" + second).then().statusCode(200);
    }

    @Test
    void a_solicited_structure_downloads_the_files() {
        Caller buyer = buyer();
        UUID structure = SourcingFixtures.structure();
        UUID id = create(buyer, complete("Pour les structures sollicitées"));
        String attachment = upload(buyer, id, "a.pdf", PDF, "application/pdf").statusCode(201).extract().path("id");
        Caller siae = SourcingFixtures.siaeOf(structure);

        given().auth().oauth2(siae.token()).when().get(BASE + "/" + id + "/attachments/" + attachment).then().statusCode(404);
        SourcingFixtures.solicit(id, structure, "VIEWED", false);
        given().auth().oauth2(siae.token()).when().get(BASE + "/" + id + "/attachments/" + attachment).then().statusCode(200);
        given().auth().oauth2(siae.token()).multiPart("file", "x.pdf", PDF, "application/pdf")
                .when().post(BASE + "/" + id + "/attachments").then().statusCode(403);
        assertThat(attachmentCount(id)).isEqualTo(1);
    }

    @Test
    void a_broken_multipart_body_is_the_client_s_error() {
        Caller buyer = buyer();
        UUID id = create(buyer, complete("Envoi interrompu"));
        String cut = "--limite\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 sans fin";

        given().auth().oauth2(buyer.token()).contentType("multipart/form-data; boundary=limite").body(cut)
                .when().post(BASE + "/" + id + "/attachments").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(buyer.token()).contentType("multipart/form-data; boundary=autre").body("--limite--\r\n")
                .when().post(BASE + "/" + id + "/attachments").then().statusCode(400);
        assertThat(attachmentCount(id)).isZero();
    }

    @Test
    void the_content_disposition_keeps_the_name_safe() {
        assertThat(SourcingRequestResource.contentDisposition("devis \"final\".pdf"))
                .startsWith("attachment; filename=\"devis _final_.pdf\"; filename*=UTF-8''");
        assertThat(SourcingRequestService.fileName("C:\\Users\\moi\\devis\r\n.pdf")).isEqualTo("devis.pdf");
        assertThat(SourcingRequestService.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SourcingRequestService.fileName("   ")).isEqualTo("piece-jointe");
        assertThat(List.of(SourcingRequestService.fileName("x".repeat(300) + ".pdf"))).allSatisfy(name -> {
            assertThat(name).hasSize(255).endsWith(".pdf");
        });
    }

    private static ValidatableResponse upload(Caller caller, UUID requestId, String fileName, byte[] content, String type) {
        return given().auth().oauth2(caller.token()).multiPart("file", fileName, content, type)
                .when().post(BASE + "/" + requestId + "/attachments").then();
    }

    private static long attachmentCount(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> SourcingAttachment.count("requestId", requestId));
    }
}
