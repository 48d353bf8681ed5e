package fr.ent.sesame.account;

import fr.ent.sesame.audit.AuditEvent;
import fr.ent.sesame.kernel.Instants;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Requests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named
@RequestScoped
public class ActivityBean {

    @Inject
    AccountActivity activity;

    @Inject
    Settings settings;

    public List<AuditEvent> getEvents() {
        return activity.latest(Requests.signedIn());
    }

    public String when(AuditEvent event) {
        return Instants.medium(event.occurredAt(), Requests.locale(), settings.timeZone());
    }
}
