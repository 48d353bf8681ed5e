package fr.ent.sesame.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address rules and the audit log see. Behind a reverse proxy, enable
 * {@code proxy-address-forwarding} on the Undertow listener so this is the person's address; Sésame
 * itself never trusts an {@code X-Forwarded-For} header it cannot verify.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
