package fr.ent.sesame.devinbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The local run's inbox shows what reached its SMTP port. */
class DevInboxTest {

    @Test
    void aMailSentToItsSmtpPort_isListed_andReadable() throws Exception {
        DevInbox inbox = new DevInbox(3925, 8925);
        inbox.start();
        try {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", "3925");
            MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
            mail.setFrom(
                    new InternetAddress("ne-pas-repondre@unistra.example", "Support Informatique Unistra", "UTF-8"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("jeanne.dupont@example.org"));
            mail.setSubject("Réinitialisation de son mot de passe", "UTF-8");
            mail.setText("Lien : http://localhost:8080/sesame/x?t=<b>", "UTF-8");
            Transport.send(mail);

            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:8925/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(list.contains("Réinitialisation de son mot de passe"), list);
            assertTrue(list.contains("jeanne.dupont@example.org"), list);

            HttpResponse<String> shown = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:8925/message/0"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, shown.statusCode());
            assertTrue(shown.body().contains("&lt;b&gt;"), "mail content is escaped: " + shown.body());
            assertTrue(shown.body().contains("<a href=\"http://localhost:8080/sesame/x?t=&lt;b&gt;\">"), shown.body());
        } finally {
            inbox.stop();
        }
    }
}
