package fr.ent.sesame.reset;

import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Procédure 2, steps 1 and 2: identifier and personal address. */
@Named
@RequestScoped
public class EmailResetBean {

    @Inject
    ResetByEmail resetByEmail;

    @Inject
    Settings settings;

    private String identifier;
    private String address;
    private boolean sent;

    public String submit() {
        try {
            resetByEmail.requestLink(identifier, address, Requests.requester());
            sent = true;
        } catch (NoValidatedAddressMatch noMatch) {
            Messages.fieldError("address", "reset.email.noMatch", settings.supportContact());
        } catch (TooManyRequests tooMany) {
            Messages.error("reset.email.tooMany");
        } catch (ProcedureClosed closed) {
            Messages.error("reset.closed", settings.supportContact());
        }
        return null;
    }

    public boolean isSent() {
        return sent;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
