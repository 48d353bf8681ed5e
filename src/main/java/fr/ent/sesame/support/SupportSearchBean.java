package fr.ent.sesame.support;

import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Support › Trouver une personne: by identifier or number, or by last and first name. */
@Named
@RequestScoped
public class SupportSearchBean {

    @Inject
    SupportDesk desk;

    private String identifierOrNumber;
    private String lastName;
    private String firstName;
    private List<PersonFound> found;

    /** One match opens the account at once; several are listed; none says so. */
    public String search() {
        boolean byNumber = identifierOrNumber != null && !identifierOrNumber.isBlank();
        boolean byName = lastName != null && !lastName.isBlank() && firstName != null && !firstName.isBlank();
        if (!byNumber && !byName) {
            Messages.error("support.search.empty");
            return null;
        }
        try {
            found = desk.find(identifierOrNumber, lastName, firstName);
        } catch (NotASupportAgent refused) {
            Requests.answerWithStatus(403);
            return null;
        }
        if (found.size() == 1) {
            return "/support/personne.xhtml?faces-redirect=true&compte="
                    + found.get(0).id();
        }
        if (found.isEmpty()) {
            Messages.error("support.search.none");
        } else if (found.size() >= SupportDesk.MOST_FOUND) {
            Messages.info("support.search.many", SupportDesk.MOST_FOUND);
        }
        return null;
    }

    public List<PersonFound> getFound() {
        return found;
    }

    public String getIdentifierOrNumber() {
        return identifierOrNumber;
    }

    public void setIdentifierOrNumber(String identifierOrNumber) {
        this.identifierOrNumber = identifierOrNumber;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }
}
