package fr.ent.sesame.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SMTP server the test WildFly sends to (GreenMail, in the test JVM). */
public final class Mailbox {

    private static final Pattern RESET_LINK =
            Pattern.compile("https?://\\S+/assistance/lien\\.xhtml\\?jeton=[A-Za-z0-9_-]+");

    private Mailbox() {}

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(
                Integer.getInteger("sesame.it.smtpPort", 3125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Waits for the {@code count}-th mail (mails are sent just after the response) and returns it. */
    public static MimeMessage awaitMail(GreenMailExtension server, int count) {
        if (!server.waitForIncomingEmail(20_000, count)) {
            throw new AssertionError("expected " + count + " mail(s), got " + server.getReceivedMessages().length);
        }
        return server.getReceivedMessages()[count - 1];
    }

    public static String resetLinkIn(MimeMessage mail) {
        Matcher m = RESET_LINK.matcher(
                GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        if (!m.find()) {
            throw new AssertionError("no reset link in " + GreenMailUtil.getBody(mail));
        }
        return m.group();
    }
}
