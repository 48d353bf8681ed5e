package fr.ent.sesame.account;

import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page the validation link opens: it shows the address and a confirm button; only the button validates. */
@Named
@ViewScoped
public class AddressValidationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalAddressChange personalAddressChange;

    private String token;
    private EmailAddress address;

    public void open() {
        address = personalAddressChange
                .addressToValidate(Requests.signedIn(), token)
                .orElse(null);
    }

    public String confirm() {
        try {
            personalAddressChange.validate(Requests.signedIn(), token, Requests.requester());
            return "/mon-compte/index.xhtml?faces-redirect=true&done=validated";
        } catch (ValidationLinkRefused refused) {
            address = null;
            Messages.error("account.validation.refused");
            return null;
        }
    }

    public EmailAddress getAddress() {
        return address;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
