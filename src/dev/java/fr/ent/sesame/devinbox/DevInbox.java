package fr.ent.sesame.devinbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local run's mail catcher: an SMTP server (GreenMail) that keeps every mail Sésame sends, and a
 * small web page to read them. A development aid only: it is not in the WAR and listens on loopback.
 *
 * <pre>java fr.ent.sesame.devinbox.DevInbox [smtpPort] [httpPort]</pre>
 */
public final class DevInbox {

    private final GreenMail smtp;
    private final HttpServer web;

    public DevInbox(int smtpPort, int httpPort) throws IOException {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        web.createContext("/", this::serve);
    }

    public static void main(String[] args) throws IOException {
        int smtpPort = args.length > 0 ? Integer.parseInt(args[0]) : 3025;
        int httpPort = args.length > 1 ? Integer.parseInt(args[1]) : 8025;
        DevInbox inbox = new DevInbox(smtpPort, httpPort);
        inbox.start();
        System.out.printf(
                "%n  Sésame's local inbox: http://localhost:%d/  (SMTP on localhost:%d)%n%n", httpPort, smtpPort);
        Runtime.getRuntime().addShutdownHook(new Thread(inbox::stop));
    }

    public void start() {
        smtp.start();
        web.start();
    }

    public void stop() {
        web.stop(0);
        smtp.stop();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            MimeMessage[] messages = smtp.getReceivedMessages();
            String body;
            int status = 200;
            if (path.equals("/")) {
                body = list(messages);
            } else if (path.matches("/message/\\d+")) {
                int index = Integer.parseInt(path.substring("/message/".length()));
                if (index < messages.length) {
                    body = show(messages[index]);
                } else {
                    status = 404;
                    body = page("Not found", "<p>No such message. <a href=\"/\">Back</a></p>");
                }
            } else {
                status = 404;
                body = page("Not found", "<p><a href=\"/\">Back to the inbox</a></p>");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.getResponseHeaders()
                    .set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (MessagingException e) {
            throw new IOException(e);
        }
    }

    private String list(MimeMessage[] messages) throws MessagingException {
        StringBuilder rows = new StringBuilder();
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage m = messages[i];
            rows.append("<tr><td>")
                    .append(m.getSentDate() == null ? "" : format.format(m.getSentDate()))
                    .append("</td><td>")
                    .append(escape(addresses(m.getFrom())))
                    .append("</td><td>")
                    .append(escape(addresses(m.getAllRecipients())))
                    .append("</td><td><a href=\"/message/")
                    .append(i)
                    .append("\">")
                    .append(escape(String.valueOf(m.getSubject())))
                    .append("</a></td></tr>");
        }
        String table = messages.length == 0
                ? "<p>No mail yet. Everything Sésame sends in the local run shows up here (reload the page).</p>"
                : "<table><thead><tr><th>Date</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>" + rows
                        + "</tbody></table>";
        return page("Sésame — local inbox (" + messages.length + ")", table);
    }

    private String show(MimeMessage message) throws MessagingException, IOException {
        Parts parts = new Parts();
        parts.collect(message);
        StringBuilder html = new StringBuilder("<p><a href=\"/\">← Inbox</a></p><dl>")
                .append("<dt>From</dt><dd>")
                .append(escape(addresses(message.getFrom())))
                .append("</dd>")
                .append("<dt>To</dt><dd>")
                .append(escape(addresses(message.getAllRecipients())))
                .append("</dd>")
                .append("<dt>Subject</dt><dd>")
                .append(escape(String.valueOf(message.getSubject())))
                .append("</dd></dl>");
        if (parts.text != null) {
            html.append("<h2>Text part</h2><pre>")
                    .append(linkify(escape(parts.text)))
                    .append("</pre>");
        }
        if (parts.html != null) {
            html.append("<h2>HTML part</h2><iframe sandbox=\"allow-popups allow-popups-to-escape-sandbox\" srcdoc=\"")
                    .append(escape(parts.html))
                    .append("\"></iframe>");
        }
        return page(String.valueOf(message.getSubject()), html.toString());
    }

    private static final class Parts {
        String text;
        String html;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            }
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null
                ? ""
                : String.join(
                        ", ", List.of(addresses).stream().map(Address::toString).toList());
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s<]+");

    private static String linkify(String escaped) {
        Matcher m = URL.matcher(escaped);
        return m.replaceAll(r -> "<a href=\"" + Matcher.quoteReplacement(r.group()) + "\">"
                + Matcher.quoteReplacement(r.group()) + "</a>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String page(String title, String content) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>body{font-family:system-ui,sans-serif;margin:1rem;}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left}"
                + "pre{white-space:pre-wrap;background:#f5f5f5;padding:1rem}iframe{width:100%;height:60vh;border:1px solid #ccc}</style>"
                + "</head><body><h1>" + escape(title) + "</h1>" + content + "</body></html>";
    }
}
