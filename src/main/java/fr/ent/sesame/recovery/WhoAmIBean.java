package fr.ent.sesame.recovery;

import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Messages;
import fr.ent.sesame.web.Requests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

@Named
@RequestScoped
public class WhoAmIBean {

    @Inject
    WhoAmI whoAmI;

    @Inject
    Settings settings;

    private String lastName;
    private String firstName;
    private LocalDate birthDate;
    private String number;
    private Identifier identifier;
    private boolean mailed;

    public String submit() {
        try {
            identifier = whoAmI.findIdentifier(lastName, firstName, birthDate, number, Requests.requester())
                    .orElse(null);
            mailed = identifier == null;
        } catch (NoMatchingPerson noMatch) {
            Messages.error("recovery.noMatch", settings.supportContact());
        } catch (TooManyAttempts tooMany) {
            Messages.error("recovery.tooMany");
        } catch (RecoveryClosed closed) {
            Messages.error("reset.closed", settings.supportContact());
        }
        return null;
    }

    public boolean isMailed() {
        return mailed;
    }

    public Identifier getIdentifier() {
        return identifier;
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
